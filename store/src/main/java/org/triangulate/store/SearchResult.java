package org.triangulate.store;

import java.util.List;

/**
 * One page of a search.
 *
 * @param total how many articles match in all, not just on this page
 * @param hits the requested page, best first
 */
public record SearchResult(long total, List<SearchHit> hits) {

  public SearchResult {
    if (total < 0) {
      throw new IllegalArgumentException("negative total " + total);
    }
    hits = List.copyOf(hits);
  }
}
