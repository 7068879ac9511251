package org.triangulate.nlp.minilm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The real model, on a report told twice in other words and a report of something else. */
class MiniLmEmbedderTest {

  private final MiniLmEmbedder embedder = new MiniLmEmbedder();

  @Test
  void theSameEventInOtherWordsLiesNearerThanAnotherEvent() {
    float[] reid = embedder.embed("Tara Reid checks into rehab. The actress entered the Promises Treatment Center in Malibu, her representative told People.");
    float[] reworded = embedder.embed("Actress Tara Reid seeks treatment at Malibu clinic. Reid has gone to Promises for help, a spokesman said.");
    float[] quake = embedder.embed("A magnitude 6.1 earthquake struck the island of Lombok on Sunday, killing at least 14 people and destroying homes.");
    assertTrue(dot(reid, reworded) > dot(reid, quake) + 0.2,
        "reworded " + dot(reid, reworded) + ", other event " + dot(reid, quake));
  }

  @Test
  void vectorsHaveUnitLengthAndTheModelsSize() {
    float[] v = embedder.embed("Senate passes the budget bill.");
    assertEquals(384, v.length);
    assertEquals(1.0, dot(v, v), 1e-5);
  }

  private static double dot(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
