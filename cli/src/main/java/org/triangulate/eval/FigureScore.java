package org.triangulate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.triangulate.model.Span;

/**
 * Scores found figures against gold ones. A found figure matches a gold one when their words
 * overlap and their bounds agree (each bound equal within 0.5%, or both open); each gold figure
 * matches at most one. Three scores: detection (matched figures), counted head (matched figures
 * whose head spans overlap, over the figures that have a head) and source (matched figures whose
 * source spans overlap, over the figures that have a source). Also the share of matched figures
 * whose source is right, a missing source being right when gold has none too.
 */
public final class FigureScore {

  /** One figure as the scorer sees it, gold or found. Head and source are null when absent. */
  public record Figure(Span words, Double low, Double high, Span head, Span source) {
    public Figure {
      Objects.requireNonNull(words, "words");
    }
  }

  /** Precision, recall and F1 from counts. */
  public record Prf(int correct, int found, int gold) {
    public double precision() {
      return found == 0 ? 0 : (double) correct / found;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Prf plus(Prf other) {
      return new Prf(correct + other.correct, found + other.found, gold + other.gold);
    }
  }

  /** The scores of one article or of a whole set. */
  public record Result(Prf detection, Prf head, Prf source, int sourceAgreements, int matched) {
    public static Result empty() {
      return new Result(new Prf(0, 0, 0), new Prf(0, 0, 0), new Prf(0, 0, 0), 0, 0);
    }

    public double sourceAccuracy() {
      return matched == 0 ? 0 : (double) sourceAgreements / matched;
    }

    public Result plus(Result other) {
      return new Result(detection.plus(other.detection), head.plus(other.head), source.plus(other.source),
          sourceAgreements + other.sourceAgreements, matched + other.matched);
    }
  }

  private FigureScore() {}

  /** A gold figure and the found figure matched to it; either is null when it has no match. */
  public record Pair(Figure gold, Figure found) {}

  /** Each gold figure with the first unused found figure it matches, then the found ones left over. */
  public static List<Pair> match(List<Figure> gold, List<Figure> found) {
    boolean[] used = new boolean[found.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Figure g : gold) {
      Figure match = null;
      for (int i = 0; i < found.size() && match == null; i++) {
        if (!used[i] && found.get(i).words().overlaps(g.words()) && sameValue(g, found.get(i))) {
          used[i] = true;
          match = found.get(i);
        }
      }
      pairs.add(new Pair(g, match));
    }
    for (int i = 0; i < found.size(); i++) {
      if (!used[i]) {
        pairs.add(new Pair(null, found.get(i)));
      }
    }
    return pairs;
  }

  public static Result score(List<Figure> gold, List<Figure> found) {
    int matched = 0;
    int heads = 0;
    int sources = 0;
    int agreements = 0;
    for (Pair pair : match(gold, found)) {
      Figure g = pair.gold();
      Figure f = pair.found();
      if (g == null || f == null) {
        continue;
      }
      matched++;
      if (g.head() != null && f.head() != null && g.head().overlaps(f.head())) {
        heads++;
      }
      if (g.source() != null && f.source() != null && g.source().overlaps(f.source())) {
        sources++;
        agreements++;
      } else if (g.source() == null && f.source() == null) {
        agreements++;
      }
    }
    return new Result(
        new Prf(matched, found.size(), gold.size()),
        new Prf(heads, count(found, true), count(gold, true)),
        new Prf(sources, count(found, false), count(gold, false)),
        agreements,
        matched);
  }

  private static int count(List<Figure> figures, boolean heads) {
    int n = 0;
    for (Figure f : figures) {
      if ((heads ? f.head() : f.source()) != null) {
        n++;
      }
    }
    return n;
  }

  static boolean sameValue(Figure a, Figure b) {
    return sameBounds(a.low(), a.high(), b.low(), b.high());
  }

  /** Whether each bound is equal within 0.5%, or open in both. */
  static boolean sameBounds(Double lowA, Double highA, Double lowB, Double highB) {
    return sameBound(lowA, lowB) && sameBound(highA, highB);
  }

  private static boolean sameBound(Double a, Double b) {
    if (a == null || b == null) {
      return a == b;
    }
    return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
  }
}
