package org.triangulate.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How many articles each term and entity occurs in, counted in memory. Grows as articles are
 * counted; not safe to share across threads while it grows.
 */
public final class DocumentFrequencies implements Frequencies {

  private final Map<String, Integer> counts = new HashMap<>();
  private int articles;

  public void count(ArticleDigest digest) {
    terms(digest).forEach(term -> counts.merge(term, 1, Integer::sum));
    articles++;
  }

  /** The distinct terms an article counts under: its title and body words, and its entities under {@link #ENTITY}. */
  public static SortedSet<String> terms(ArticleDigest digest) {
    TreeSet<String> seen = new TreeSet<>(digest.bodyTerms().keySet());
    seen.addAll(digest.titleTerms().keySet());
    digest.entities().keySet().forEach(e -> seen.add(ENTITY + e));
    return seen;
  }

  @Override
  public int articles() {
    return articles;
  }

  @Override
  public int articlesWith(String term) {
    return counts.getOrDefault(term, 0);
  }
}
