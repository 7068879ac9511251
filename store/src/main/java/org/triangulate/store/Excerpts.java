package org.triangulate.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The short stretch of an article shown under a search hit: the words around the first place
 * where the body matches the query, found by running the body through the same analysis as the
 * index so that "soldiers" highlights "soldier".
 */
final class Excerpts {

  static final int LENGTH = 200;
  /** How much of the excerpt comes before the match. */
  private static final int LEAD = 60;
  /** A match further in than this is not looked for: a 5 MB article must not slow a results page. */
  private static final int SCAN_LIMIT = 200_000;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private final Analyzer analyzer;

  Excerpts(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * An excerpt of {@code body} around the first of {@code terms} (as indexed in the text field),
   * or its opening when none occurs early enough.
   */
  String of(String body, Set<String> terms) {
    int match = terms.isEmpty() ? -1 : firstMatch(body, terms);
    int start = match < 0 ? 0 : wordStart(body, Math.max(0, match - LEAD));
    int end = Math.min(body.length(), start + LENGTH);
    while (end < body.length() && end > start && !Character.isWhitespace(body.charAt(end))) {
      end--;
    }
    if (end == start) {
      end = Math.min(body.length(), start + LENGTH);
    }
    // Never cut a character outside the Basic Multilingual Plane in half.
    if (start > 0 && Character.isLowSurrogate(body.charAt(start))) {
      start++;
    }
    if (end < body.length() && end > start && Character.isLowSurrogate(body.charAt(end))) {
      end--;
    }
    String excerpt = WHITESPACE.matcher(body.substring(start, end)).replaceAll(" ").strip();
    if (start > 0 && !excerpt.isEmpty()) {
      excerpt = "…" + excerpt;
    }
    if (end < body.length() && !excerpt.isEmpty()) {
      excerpt = excerpt + "…";
    }
    return excerpt;
  }

  private int firstMatch(String body, Set<String> terms) {
    try (TokenStream tokens = analyzer.tokenStream(ArticleDocument.TEXT, new StringReader(body))) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      int found = -1;
      while (found < 0 && tokens.incrementToken() && offset.startOffset() < SCAN_LIMIT) {
        if (terms.contains(term.toString())) {
          found = offset.startOffset();
        }
      }
      tokens.end();
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail, yet did", e);
    }
  }

  private static int wordStart(String body, int from) {
    int i = from;
    while (i > 0 && !Character.isWhitespace(body.charAt(i - 1)) && from - i < LEAD) {
      i--;
    }
    return i;
  }
}
