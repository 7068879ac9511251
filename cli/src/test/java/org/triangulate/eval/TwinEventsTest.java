package org.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwinEventsTest {

  private static final Map<String, String> GOLD = Map.of(
      "1_1ecb", "1-ecb", "1_2ecb", "1-ecb", "1_1ecbplus", "1-plus",
      "12_1ecb", "12-ecb", "12_1ecbplus", "12-plus");

  @Test
  void mergedWhenOneClusterHoldsBothEventsOfATopic() {
    Map<String, String> predicted = Map.of("1_1ecb", "p", "1_2ecb", "p", "1_1ecbplus", "q", "12_1ecb", "r", "12_1ecbplus", "r");
    assertEquals(List.of("12"), TwinEvents.mergedTopics(GOLD, predicted));
  }

  @Test
  void eventsOfDifferentTopicsTogetherAreNotTwins() {
    Map<String, String> predicted = Map.of("1_1ecb", "p", "1_2ecb", "p", "1_1ecbplus", "q", "12_1ecb", "p", "12_1ecbplus", "q");
    assertEquals(List.of(), TwinEvents.mergedTopics(GOLD, predicted));
  }

  @Test
  void appliesOnlyToEcbLabels() {
    assertTrue(TwinEvents.applies(GOLD));
    assertFalse(TwinEvents.applies(Map.of("val-0-0", "s0")));
    assertFalse(TwinEvents.applies(Map.of()));
  }
}
