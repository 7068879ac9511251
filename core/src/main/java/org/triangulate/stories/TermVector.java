package org.triangulate.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An article's terms weighted by TF-IDF, with a title and a lead bonus, scaled to unit length.
 * Terms are kept sorted so that two vectors meet in one merge pass. Immutable.
 */
public final class TermVector {

  private final String[] terms;
  private final double[] weights;

  private TermVector(String[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  public static TermVector of(ArticleDigest digest, Frequencies frequencies, StoryOptions options) {
    SortedMap<String, Double> raw = new TreeMap<>();
    digest.bodyTerms().forEach((term, count) -> raw.merge(term, 1 + Math.log(count), Double::sum));
    digest.titleTerms().keySet().forEach(term -> raw.merge(term, options.titleBoost(), Double::sum));
    digest.leadTerms().keySet().forEach(term -> raw.merge(term, options.leadBoost(), Double::sum));
    digest.entities().forEach((entity, count) ->
        raw.merge(Frequencies.ENTITY + entity, options.entityWeight() * (1 + Math.log(count)), Double::sum));
    return weighed(raw, frequencies);
  }

  /** Counts of terms (entities under {@link Frequencies#ENTITY}) weighted by TF-IDF alone, at unit length. */
  static TermVector ofCounts(Map<String, Integer> counts, String prefix, Frequencies frequencies) {
    SortedMap<String, Double> raw = new TreeMap<>();
    counts.forEach((term, count) -> raw.merge(prefix + term, 1 + Math.log(count), Double::sum));
    return weighed(raw, frequencies);
  }

  private static TermVector weighed(SortedMap<String, Double> raw, Frequencies frequencies) {
    String[] terms = new String[raw.size()];
    double[] weights = new double[raw.size()];
    double norm = 0;
    int i = 0;
    for (Map.Entry<String, Double> entry : raw.entrySet()) {
      terms[i] = entry.getKey();
      weights[i] = entry.getValue() * frequencies.idf(entry.getKey());
      norm += weights[i] * weights[i];
      i++;
    }
    norm = Math.sqrt(norm);
    for (int j = 0; j < weights.length && norm > 0; j++) {
      weights[j] /= norm;
    }
    return new TermVector(terms, weights);
  }

  /** A vector kept as {@link #asMap()} gave it, weights as they were. */
  public static TermVector of(Map<String, Double> weighted) {
    SortedMap<String, Double> sorted = new TreeMap<>(weighted);
    return new TermVector(sorted.keySet().toArray(String[]::new), sorted.values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The terms and their weights, sorted by term. */
  public SortedMap<String, Double> asMap() {
    SortedMap<String, Double> map = new TreeMap<>();
    for (int i = 0; i < terms.length; i++) {
      map.put(terms[i], weights[i]);
    }
    return map;
  }

  int size() {
    return terms.length;
  }

  String term(int i) {
    return terms[i];
  }

  double weight(int i) {
    return weights[i];
  }

  /** The dot product, which for two unit vectors is their cosine. */
  public double dot(TermVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      int c = terms[i].compareTo(other.terms[j]);
      if (c == 0) {
        dot += weights[i++] * other.weights[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** The {@code n} heaviest terms, heaviest first, ties in term order. */
  public List<String> strongest(int n) {
    Integer[] order = new Integer[terms.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> terms[i]));
    List<String> top = new ArrayList<>();
    for (int k = 0; k < Math.min(n, order.length); k++) {
      top.add(terms[order[k]]);
    }
    return top;
  }
}
