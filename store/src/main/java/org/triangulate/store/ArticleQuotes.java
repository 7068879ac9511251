package org.triangulate.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Quote;
import org.triangulate.model.Span;

/** The quotes of one stored article as {@link StoredQuote}s, each with its words from the text. */
final class ArticleQuotes {

  /** Between the fragments of a quotation split by its cue. */
  static final String FRAGMENT_GAP = " … ";

  private ArticleQuotes() {}

  /**
   * The quotes of {@code analyzed} in the order of the text, each identified by its own {@link
   * SpeakerKey} only.
   *
   * @param speakerName a {@link SpeakerKey#fold folded} name to keep only that speaker's quotes, or
   *     null for all
   */
  static List<StoredQuote> of(AnalyzedArticle analyzed, String speakerName) {
    Article a = analyzed.article();
    List<StoredQuote> found = new ArrayList<>();
    List<Quote> inOrder = new ArrayList<>(analyzed.quotes());
    inOrder.sort(Comparator.comparing(q -> q.content().get(0)));
    for (Quote quote : inOrder) {
      SpeakerKey key = SpeakerKey.of(quote.speaker());
      if (speakerName != null && (key == null || !key.name().equals(speakerName))) {
        continue;
      }
      String content =
          quote.content().stream().map(span -> words(a.text(), span)).collect(Collectors.joining(FRAGMENT_GAP));
      found.add(
          new StoredQuote(
              a.id(),
              a.title(),
              a.outlet(),
              a.reportedBy(),
              a.published(),
              quote,
              key,
              content,
              quote.cue() == null ? null : words(a.text(), quote.cue()),
              quote.source() == null ? null : words(a.text(), quote.source()),
              quote.recipient() == null ? null : words(a.text(), quote.recipient())));
    }
    return found;
  }

  /** The text of {@code span}, cut to the text should a stored span run past its end. */
  private static String words(String text, Span span) {
    int end = Math.min(span.end(), text.length());
    return text.substring(Math.min(span.start(), end), end).strip();
  }
}
