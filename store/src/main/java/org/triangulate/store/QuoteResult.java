package org.triangulate.store;

import java.util.List;

/**
 * One page of the quotes {@link ArticleStore#quotes} found.
 *
 * @param total how many quotes match in all, not just on this page
 * @param quotes the requested page, oldest article first, in the order of each article's text
 */
public record QuoteResult(long total, List<StoredQuote> quotes) {

  public QuoteResult {
    if (total < 0) {
      throw new IllegalArgumentException("negative total " + total);
    }
    quotes = List.copyOf(quotes);
  }
}
