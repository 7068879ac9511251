package org.triangulate.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * How many articles each term and entity occurs in, for inverse document frequency. Grows as
 * articles are counted; not safe to share across threads while it grows.
 */
public final class DocumentFrequencies {

  /** Entities share the frequency table with words, under this prefix. */
  static final String ENTITY = "@";

  private final Map<String, Integer> counts = new HashMap<>();
  private int articles;

  public void count(ArticleDigest digest) {
    TreeSet<String> seen = new TreeSet<>(digest.bodyTerms().keySet());
    seen.addAll(digest.titleTerms().keySet());
    digest.entities().keySet().forEach(e -> seen.add(ENTITY + e));
    seen.forEach(term -> counts.merge(term, 1, Integer::sum));
    articles++;
  }

  public int articles() {
    return articles;
  }

  /** Smoothed inverse document frequency: rare terms weigh more, a term in every article little. */
  double idf(String term) {
    return Math.log((articles + 1.0) / (counts.getOrDefault(term, 0) + 1.0)) + 1.0;
  }
}
