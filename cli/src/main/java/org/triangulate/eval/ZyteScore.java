package org.triangulate.eval;

import java.util.List;
import org.triangulate.eval.ShingleScorer.PageScore;

/**
 * The figures of Zyte's article-extraction benchmark over a set of pages: precision averaged over
 * the pages that predicted something, recall over the pages that expected something, and F1 of
 * those two averages (not an average of per-page F1s). A page is perfect (1) when it has no false
 * positive and no false negative, including when both texts are empty.
 */
public record ZyteScore(double precision, double recall, double f1, int pages) {

  public static ZyteScore of(List<PageScore> pages) {
    double precision =
        pages.stream()
            .filter(p -> p.tp() + p.fp() > 0)
            .mapToDouble(ZyteScore::precision)
            .average()
            .orElse(0);
    double recall =
        pages.stream()
            .filter(p -> p.tp() + p.fn() > 0)
            .mapToDouble(ZyteScore::recall)
            .average()
            .orElse(0);
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return new ZyteScore(precision, recall, f1, pages.size());
  }

  static double precision(PageScore p) {
    if (p.fp() == 0 && p.fn() == 0) {
      return 1;
    }
    return p.tp() + p.fp() == 0 ? 0 : p.tp() / (p.tp() + p.fp());
  }

  static double recall(PageScore p) {
    if (p.fp() == 0 && p.fn() == 0) {
      return 1;
    }
    return p.tp() + p.fn() == 0 ? 0 : p.tp() / (p.tp() + p.fn());
  }
}
