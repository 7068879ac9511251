package org.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.eval.ShingleScorer.PageScore;

class ZyteScoreTest {

  private final ShingleScorer scorer = new ShingleScorer();

  @Test
  void tokensAreUnicodeWordsLikePythons() {
    assertEquals(List.of("Café", "x_1", "naïve", "Москва", "2024"), ShingleScorer.tokens("Café, x_1 -- naïve «Москва» 2024!"));
    // A combining mark is not a word character in Python's re, so it splits the word.
    assertEquals(List.of("e", "x"), ShingleScorer.tokens("e\u0301x"));
  }

  @Test
  void identicalTextsArePerfect() {
    PageScore s = scorer.score("one two three four five", "one two three four five");
    assertEquals(new PageScore(1, 0, 0), s);
  }

  @Test
  void scoresAreScaledToSumOne() {
    // truth shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x)
    PageScore s = scorer.score("a b c d e", "a b c d x");
    assertEquals(1 / 3.0, s.tp(), 1e-12);
    assertEquals(1 / 3.0, s.fp(), 1e-12);
    assertEquals(1 / 3.0, s.fn(), 1e-12);
  }

  @Test
  void shortTextsAreOneShingleAndCaseCounts() {
    assertEquals(new PageScore(1, 0, 0), scorer.score("Hello world", "hello, world!".replace('h', 'H')));
    assertEquals(new PageScore(0, 0.5, 0.5), scorer.score("Hello world", "hello world"));
  }

  @Test
  void emptyPredictionsCountForRecallOnly() {
    List<PageScore> pages = List.of(scorer.score("a b c d", "a b c d"), scorer.score("a b c d", ""));
    ZyteScore z = ZyteScore.of(pages);
    assertEquals(1.0, z.precision(), 1e-12); // the empty page predicted nothing: no precision
    assertEquals(0.5, z.recall(), 1e-12);
    assertEquals(2 * 0.5 / 1.5, z.f1(), 1e-12);
  }

  @Test
  void averagesArePerPageNotPerShingle() {
    PageScore half = scorer.score("a b c d e", "a b c d x");
    PageScore perfect = scorer.score("p q r s", "p q r s");
    ZyteScore z = ZyteScore.of(List.of(half, perfect));
    assertEquals((0.5 + 1) / 2, z.precision(), 1e-12);
    assertEquals((0.5 + 1) / 2, z.recall(), 1e-12);
  }
}
