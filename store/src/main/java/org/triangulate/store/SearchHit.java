package org.triangulate.store;

import java.util.Objects;

/**
 * One article matching a search.
 *
 * @param id the article's id
 * @param title its headline, or null when it has none
 * @param score Lucene's relevance score (BM25); only comparable within one search
 * @param snippet a short stretch of the article's body around the first matching word, or its
 *     opening when the match is elsewhere (title, entities, metadata); never null
 */
public record SearchHit(String id, String title, float score, String snippet) {

  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(snippet, "snippet");
  }
}
