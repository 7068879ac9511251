package org.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfIdfBaselineTest {

  private static final List<TfIdfBaseline.Document> DOCUMENTS = List.of(
      new TfIdfBaseline.Document("quake-1", "Earthquake shakes Lombok", "A magnitude 6.4 earthquake struck the island of Lombok in Indonesia."),
      new TfIdfBaseline.Document("budget-1", "Senate passes budget", "The Senate passed the budget bill late on Thursday after a long debate."),
      new TfIdfBaseline.Document("quake-2", "Lombok earthquake kills 14", "The earthquake on Lombok island in Indonesia killed at least 14 people."),
      new TfIdfBaseline.Document("budget-2", "Budget bill clears Senate", "After a long debate the budget bill cleared the Senate on Thursday."));

  @Test
  void similarDocumentsShareACluster() {
    Map<String, String> clusters = new TfIdfBaseline(TfIdfBaseline.THRESHOLD).cluster(DOCUMENTS);
    assertEquals(clusters.get("quake-1"), clusters.get("quake-2"));
    assertEquals(clusters.get("budget-1"), clusters.get("budget-2"));
    assertNotEquals(clusters.get("quake-1"), clusters.get("budget-1"));
  }

  @Test
  void aThresholdAboveOneKeepsEveryDocumentAlone() {
    Map<String, String> clusters = new TfIdfBaseline(1.01).cluster(DOCUMENTS);
    assertEquals(4, clusters.values().stream().distinct().count());
  }

  @Test
  void emptyDocumentsDoNotBreakIt() {
    Map<String, String> clusters = new TfIdfBaseline(0.3).cluster(List.of(
        new TfIdfBaseline.Document("a", null, ""), new TfIdfBaseline.Document("b", "", "")));
    assertEquals(2, clusters.values().stream().distinct().count());
  }
}
