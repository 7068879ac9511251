package org.triangulate.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Finds the stretches of text inside quotation marks, marks included, in every common style:
 * “ ” and „ “, « », straight double quotes, and the doubled apostrophes {@code ''} and {@code ``}
 * of some wire copy. A quotation that runs over several paragraphs follows newspaper style: a
 * paragraph ends without a closing mark and the next opens with a new one; the whole stretch is
 * one quotation. A mark left open at the end of a paragraph that does not continue is dropped. A
 * quotation quoting another in marks of a different style ({@code "... the question: “As you
 * know ...?” Forty-three, yes."}) is one quotation: the inner pair nests inside the outer one.
 */
final class QuotationMarks {

  /**
   * What stands before a programme's title: a capitalized possessive ("NBC's", "POLITICO’s"), "on",
   * "with" ("an interview with “Fox News Sunday.”") or the word for a programme itself.
   */
  private static final Pattern PROGRAMME_HOLDER = Pattern.compile("(?:\\b\\p{Lu}[\\p{L}.&-]*['’]s|\\b(?:on|with|program|show)) *$");

  private QuotationMarks() {}

  static List<Span> find(String text) {
    List<Span> quotations = new ArrayList<>();
    int open = -1;
    int nested = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int width = doubled(text, i) ? 2 : 1;
      if (c == '\n') {
        if (open >= 0 && !opensNextParagraph(text, i)) {
          open = -1;
        }
        nested = 0;
      } else if (open < 0 && opens(text, i)) {
        open = i;
      } else if (open >= 0 && opensInside(text, i, open)) {
        nested++;
      } else if (open >= 0 && closes(text, i) && !continuesParagraphStart(text, i)) {
        if (nested > 0) {
          nested--;
        } else {
          quotations.add(new Span(open, i + width));
          open = -1;
        }
      }
      i += width;
    }
    return quotations;
  }

  private static boolean doubled(String text, int i) {
    return i + 1 < text.length()
        && ((text.charAt(i) == '\'' && text.charAt(i + 1) == '\'') || (text.charAt(i) == '`' && text.charAt(i + 1) == '`'));
  }

  private static boolean opens(String text, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '„' || c == '«' || (c == '`' && doubled(text, i))) {
      return true;
    }
    if (c == '"' || (c == '\'' && doubled(text, i))) {
      return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.' && text.charAt(i - 1) != ','
          ? i + (c == '"' ? 1 : 2) < text.length() && !Character.isWhitespace(text.charAt(i + (c == '"' ? 1 : 2)))
          : false;
    }
    return false;
  }

  /**
   * An opening mark of another style than the open quotation's, after a space within a paragraph
   * (at a paragraph's start it continues the quotation instead), when the open
   * quotation's own closing mark follows later in the paragraph: a quotation inside it. Without
   * that closing mark the inner pair is the quotation's end, as in an excerpt whose paragraphs
   * each open with a mark.
   */
  private static boolean opensInside(String text, int i, int open) {
    char c = text.charAt(i);
    char outer = text.charAt(open);
    if (!(c == '“' || c == '«' || c == '„') || outer == c || text.charAt(i - 1) != ' ') {
      return false;
    }
    int paragraphEnd = text.indexOf('\n', i);
    int close = outer == '"' ? text.indexOf('"', i) : outer == '\'' || outer == '`' ? text.indexOf("''", i) : -1;
    return close >= 0 && (paragraphEnd < 0 || close < paragraphEnd);
  }

  private static boolean closes(String text, int i) {
    char c = text.charAt(i);
    return c == '”' || c == '»' || c == '"' || (c == '\'' && doubled(text, i))
        || (c == '“' && i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(');
  }

  /** An opening mark at the start of a paragraph, inside an open quotation, continues it. */
  private static boolean continuesParagraphStart(String text, int i) {
    return i > 0 && text.charAt(i - 1) == '\n' && text.charAt(i) != '”' && text.charAt(i) != '»';
  }

  private static boolean opensNextParagraph(String text, int newline) {
    int next = newline + 1;
    while (next < text.length() && (text.charAt(next) == '\n' || text.charAt(next) == ' ')) {
      next++;
    }
    return next < text.length() && opens(text, next);
  }

  /** The quotation that closes right before this sentence, in its paragraph, or null. */
  static Span quotationJustBefore(String text, Sentence sentence, List<Span> quotations) {
    int start = sentence.span().start();
    for (Span quotation : quotations) {
      if (quotation.end() <= start && text.substring(quotation.end(), start).isBlank()
          && text.substring(quotation.end(), start).indexOf('\n') < 0) {
        return quotation;
      }
    }
    return null;
  }

  /**
   * The quotation that opens at {@code offset}, white space and line breaks aside, or null; a
   * no-break space is white space too ("Michael P. McDonald:\u00a0“...”").
   */
  static Span quotationFrom(String text, int offset, List<Span> quotations) {
    int start = offset;
    while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || Character.isSpaceChar(text.charAt(start)))) {
      start++;
    }
    return quotationAt(start, quotations);
  }

  /**
   * A quotation mark at a sentence's end that closes no quotation: one left dangling, or the
   * opening mark of the next sentence's quotation that the sentence splitter left behind ("...
   * in the future. ''Some three million ...").
   */
  static boolean strayMark(String text, Token token, List<Span> quotations) {
    return isClosingMark(text, token) && quotationEndingAt(token.span().end(), quotations) == null && !inside(token.span(), quotations);
  }

  static Span quotationAt(int offset, List<Span> quotations) {
    for (Span quotation : quotations) {
      if (quotation.start() == offset) {
        return quotation;
      }
    }
    return null;
  }

  static Span quotationEndingAt(int offset, List<Span> quotations) {
    for (Span quotation : quotations) {
      if (quotation.end() == offset) {
        return quotation;
      }
    }
    return null;
  }

  static boolean inside(Span span, List<Span> quotations) {
    for (Span quotation : quotations) {
      if (span.start() > quotation.start() && span.end() < quotation.end()) {
        return true;
      }
    }
    return false;
  }

  static boolean isClosingMark(String text, Token token) {
    return token.text().length() <= 2 && isMark(text.charAt(token.span().end() - 1));
  }

  static boolean isMark(char c) {
    return "“”\"„«»'`".indexOf(c) >= 0;
  }

  /** Whether the quotation stands as a sentence of its own: only white space or a sentence's end comes before it. */
  static boolean opensSentence(String text, Span quotation) {
    int before = quotation.start() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    return before < 0 || ".?!\n".indexOf(text.charAt(before)) >= 0 || isMark(text.charAt(before));
  }

  /**
   * Whether the quotation names a programme or a column rather than quoting words: "he said on ABC's
   * “This Week.”", "Mrs. Clinton said on ''The Late Show''": a capitalized title right after a
   * broadcaster's possessive or a word that names where the words were said ({@link #PROGRAMME_HOLDER}).
   */
  static boolean namesProgramme(String text, Span quotation) {
    int first = quotation.start();
    while (first < quotation.end() && !Character.isLetterOrDigit(text.charAt(first))) {
      first++;
    }
    return first < quotation.end() && Character.isUpperCase(text.charAt(first))
        && PROGRAMME_HOLDER.matcher(text.substring(Math.max(0, quotation.start() - 40), quotation.start())).find();
  }

  /** Whether token {@code i} is a closing mark with the comma that ends its clause inside: "“a mess,” adding". */
  static boolean commaInsideClose(String text, List<Token> tokens, int i) {
    return i > 0 && isClosingMark(text, tokens.get(i)) && tokens.get(i - 1).text().equals(",");
  }
}
