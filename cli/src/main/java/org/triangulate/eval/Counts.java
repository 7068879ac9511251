package org.triangulate.eval;

/** Matches against what was predicted and what the gold standard holds. */
public record Counts(int matched, int predicted, int gold) {

  public double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  Counts plus(Counts other) {
    return new Counts(matched + other.matched, predicted + other.predicted, gold + other.gold);
  }
}
