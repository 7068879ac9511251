package org.triangulate.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well a clustering matches gold labels, by two standard measures. Pairwise: precision is the
 * share of same-cluster pairs that are gold same-story pairs, recall the share of gold pairs put
 * in one cluster. B-cubed (Bagga and Baldwin 1998): per item, precision is the share of its
 * cluster that shares its gold story and recall the share of its gold story in its cluster,
 * averaged over items. Only items present in both mappings count.
 */
public record ClusterScore(Prf pairwise, Prf bcubed, int items) {

  /** Precision, recall and their harmonic mean. */
  public record Prf(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  public ClusterScore {
    Objects.requireNonNull(pairwise, "pairwise");
    Objects.requireNonNull(bcubed, "bcubed");
  }

  /**
   * @param gold item to gold label
   * @param predicted item to predicted label
   */
  public static ClusterScore of(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, Integer> goldSizes = new HashMap<>();
    Map<String, Integer> predictedSizes = new HashMap<>();
    Map<String, Integer> overlaps = new HashMap<>();
    int items = 0;
    for (Map.Entry<String, String> entry : gold.entrySet()) {
      String p = predicted.get(entry.getKey());
      if (p == null) {
        continue;
      }
      items++;
      goldSizes.merge(entry.getValue(), 1, Integer::sum);
      predictedSizes.merge(p, 1, Integer::sum);
      overlaps.merge(entry.getValue() + '\u0000' + p, 1, Integer::sum);
    }
    if (items == 0) {
      return new ClusterScore(new Prf(0, 0), new Prf(0, 0), 0);
    }
    long together = 0;
    long goldPairs = 0;
    long predictedPairs = 0;
    double bPrecision = 0;
    double bRecall = 0;
    for (Map.Entry<String, Integer> cell : overlaps.entrySet()) {
      int n = cell.getValue();
      together += pairs(n);
    }
    for (int n : goldSizes.values()) {
      goldPairs += pairs(n);
    }
    for (int n : predictedSizes.values()) {
      predictedPairs += pairs(n);
    }
    // Each item of a cell (gold g, predicted p) of size n has B-cubed precision n/|p| and recall n/|g|.
    for (Map.Entry<String, Integer> cell : overlaps.entrySet()) {
      String[] labels = cell.getKey().split("\u0000", 2);
      int n = cell.getValue();
      bPrecision += (double) n * n / predictedSizes.get(labels[1]);
      bRecall += (double) n * n / goldSizes.get(labels[0]);
    }
    Prf pairwise = new Prf(predictedPairs == 0 ? 1 : (double) together / predictedPairs, goldPairs == 0 ? 1 : (double) together / goldPairs);
    return new ClusterScore(pairwise, new Prf(bPrecision / items, bRecall / items), items);
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }
}
