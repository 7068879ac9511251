package org.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.eval.FigureScore.Figure;
import org.triangulate.model.Span;

class FigureScoreTest {

  private static Figure figure(int start, Double low, Double high, Span head, Span source) {
    return new Figure(new Span(start, start + 5), low, high, head, source);
  }

  @Test
  void matchesNeedOverlapAndTheSameBounds() {
    Figure gold = figure(10, 11000.0, 12000.0, new Span(20, 28), new Span(0, 8));
    FigureScore.Result right = FigureScore.score(List.of(gold), List.of(figure(12, 11000.0, 12000.0, new Span(20, 28), new Span(2, 5))));
    assertEquals(1, right.detection().correct());
    assertEquals(1.0, right.detection().f1());
    assertEquals(1, right.head().correct());
    assertEquals(1, right.source().correct());
    FigureScore.Result wrongValue = FigureScore.score(List.of(gold), List.of(figure(10, 12000.0, 12000.0, null, null)));
    assertEquals(0, wrongValue.detection().correct());
    FigureScore.Result elsewhere = FigureScore.score(List.of(gold), List.of(figure(40, 11000.0, 12000.0, null, null)));
    assertEquals(0, elsewhere.detection().correct());
  }

  @Test
  void precisionRecallAndSourceAgreement() {
    List<Figure> gold = List.of(figure(0, 1.0, 1.0, null, null), figure(10, 2.0, null, null, new Span(30, 35)));
    List<Figure> found = List.of(figure(0, 1.0, 1.0, null, null), figure(10, 2.0, null, null, null), figure(50, 3.0, 3.0, null, null));
    FigureScore.Result r = FigureScore.score(gold, found);
    assertEquals(2.0 / 3, r.detection().precision(), 1e-9);
    assertEquals(1.0, r.detection().recall(), 1e-9);
    assertEquals(0, r.source().correct());
    assertEquals(1, r.source().gold());
    assertEquals(0.5, r.sourceAccuracy(), 1e-9);
    assertEquals(0.0, FigureScore.Result.empty().detection().f1());
  }
}
