package org.triangulate.stories;

/**
 * How many articles hold each term and entity, for inverse document frequency: counted in memory
 * over one run ({@link DocumentFrequencies}), or read from a store's index.
 */
public interface Frequencies {

  /** Entities share the frequency table with words, under this prefix. */
  String ENTITY = "@";

  /** How many articles were counted. */
  int articles();

  /** How many of them hold {@code term} (an entity under {@link #ENTITY}). */
  int articlesWith(String term);

  /** Smoothed inverse document frequency: rare terms weigh more, a term in every article little. */
  default double idf(String term) {
    return Math.log((articles() + 1.0) / (articlesWith(term) + 1.0)) + 1.0;
  }
}
