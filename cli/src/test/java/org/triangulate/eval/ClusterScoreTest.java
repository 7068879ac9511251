package org.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoreTest {

  private static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");

  @Test
  void perfectClusteringScoresOne() {
    ClusterScore score = ClusterScore.of(GOLD, Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"));
    assertEquals(1.0, score.pairwise().f1(), 1e-9);
    assertEquals(1.0, score.bcubed().f1(), 1e-9);
    assertEquals(5, score.items());
  }

  @Test
  void oneClusterForAllHasFullRecall() {
    ClusterScore score = ClusterScore.of(GOLD, Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1"));
    // 4 gold pairs (3 + 1) among 10 predicted pairs.
    assertEquals(0.4, score.pairwise().precision(), 1e-9);
    assertEquals(1.0, score.pairwise().recall(), 1e-9);
    // B-cubed precision: three items at 3/5, two at 2/5.
    assertEquals((3 * 0.6 + 2 * 0.4) / 5, score.bcubed().precision(), 1e-9);
    assertEquals(1.0, score.bcubed().recall(), 1e-9);
  }

  @Test
  void singletonsHaveFullPrecision() {
    ClusterScore score = ClusterScore.of(GOLD, Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5"));
    assertEquals(1.0, score.pairwise().precision(), 1e-9);
    assertEquals(0.0, score.pairwise().recall(), 1e-9);
    assertEquals(1.0, score.bcubed().precision(), 1e-9);
    // Recall: three items at 1/3, two at 1/2.
    assertEquals((3.0 / 3 + 2.0 / 2) / 5, score.bcubed().recall(), 1e-9);
    assertEquals(0.0, score.pairwise().f1(), 1e-9);
  }

  @Test
  void splitStory() {
    ClusterScore score = ClusterScore.of(GOLD, Map.of("a", "1", "b", "1", "c", "2", "d", "3", "e", "3"));
    assertEquals(1.0, score.pairwise().precision(), 1e-9);
    assertEquals(0.5, score.pairwise().recall(), 1e-9);
    // Recall: a and b 2/3, c 1/3, d and e 1.
    assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, score.bcubed().recall(), 1e-9);
  }

  @Test
  void itemsMissingFromThePredictionAreLeftOut() {
    ClusterScore score = ClusterScore.of(GOLD, Map.of("a", "1", "b", "1"));
    assertEquals(2, score.items());
    assertEquals(1.0, score.bcubed().f1(), 1e-9);
    assertEquals(0, ClusterScore.of(GOLD, Map.of()).items());
  }
}
