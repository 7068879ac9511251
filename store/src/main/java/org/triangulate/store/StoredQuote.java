package org.triangulate.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Quote;

/**
 * One attribution found in a stored article, with what a reader needs beside it: which article,
 * which outlet and when, and the words of the quote.
 *
 * @param articleId the id of the article that carries it
 * @param title the article's headline, or null
 * @param outlet the article's publisher, or null
 * @param reportedBy the outlet that did the reporting, when the text names one, or null
 * @param published when the article was published, or null
 * @param quote the attribution as found, spans into the article's text
 * @param identity who the speaker is across the corpus (see {@link SpeakerIdentities}), or null
 *     when the speaker has no name
 * @param content the attributed words; the fragments of a split quotation joined by " … "
 * @param cue the words that mark the attribution ("said"), or null
 * @param source the words that name the speaker here ("she", "Patricia Kim, a fellow at ..."), or
 *     null
 * @param recipient who was told ("Newsweek" in "told Newsweek"), or null
 */
public record StoredQuote(
    String articleId,
    String title,
    String outlet,
    String reportedBy,
    Instant published,
    Quote quote,
    SpeakerKey identity,
    String content,
    String cue,
    String source,
    String recipient) {

  public StoredQuote {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(content, "content");
  }

  /**
   * The quotes of one article in the order of its text, each identified by its own {@link
   * SpeakerKey} only: the corpus is not consulted.
   */
  public static List<StoredQuote> in(AnalyzedArticle analyzed) {
    return ArticleQuotes.of(analyzed, null);
  }

  StoredQuote withIdentity(SpeakerKey resolved) {
    return new StoredQuote(
        articleId, title, outlet, reportedBy, published, quote, resolved, content, cue, source, recipient);
  }
}
