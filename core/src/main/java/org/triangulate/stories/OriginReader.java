package org.triangulate.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Origin;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;

/**
 * Names where an article's reporting comes from when the original may not be in the corpus: the
 * outlet the cleaner found the text crediting ({@link Article#reportedBy()}, from phrases such as
 * "told Newsweek" and "Photo-illustration by Newsweek/Getty"), with every sentence or line of the
 * text that names it as evidence, boilerplate included, since credits live there. None when the
 * text credits the article's own outlet. Pure and safe to share across threads.
 */
public final class OriginReader {

  /** Evidence beyond this many places adds nothing a reader needs. */
  private static final int MOST_EVIDENCE = 10;

  public Optional<Origin> origin(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    String outlet = article.reportedBy();
    // A text that credits its own outlet ("she told Radio Free Asia" in Radio Free Asia's report)
    // is that outlet's original reporting, not a copy of it.
    if (outlet == null || outlet.isBlank() || outlet.equalsIgnoreCase(article.outlet())) {
      return Optional.empty();
    }
    String text = article.text();
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(outlet) + "(?![\\p{L}\\p{N}])").matcher(text);
    List<Span> evidence = new ArrayList<>();
    while (m.find() && evidence.size() < MOST_EVIDENCE) {
      Span place = around(analyzed, text, m.start(), m.end());
      if (evidence.isEmpty() || !evidence.get(evidence.size() - 1).equals(place)) {
        evidence.add(place);
      }
    }
    return Optional.of(new Origin(outlet, evidence));
  }

  /** The sentence holding a mention, or where analysis saw none (boilerplate), its line. */
  private static Span around(AnalyzedArticle analyzed, String text, int start, int end) {
    for (Sentence sentence : analyzed.sentences()) {
      if (sentence.span().start() <= start && end <= sentence.span().end()) {
        return sentence.span();
      }
    }
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    while (lineEnd > lineStart && Character.isWhitespace(text.charAt(lineEnd - 1))) {
      lineEnd--;
    }
    while (lineStart < start && Character.isWhitespace(text.charAt(lineStart))) {
      lineStart++;
    }
    return new Span(lineStart, lineEnd);
  }
}
