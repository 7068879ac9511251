package org.triangulate.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmbeddingTest {

  @Test
  void dotAndSumAreThoseOfTheVectors() {
    Embedding a = new Embedding(new float[] {0.6f, 0.8f, 0});
    Embedding b = new Embedding(new float[] {0, 1, 0});
    assertEquals(0.8, a.dot(b), 1e-6);
    assertArrayEquals(new float[] {0.6f, 1.8f, 0}, a.plus(b).values());
    assertEquals(1.8 / 2, a.plus(b).dot(b) / 2, 1e-6, "a sum over n, dotted, is the mean cosine");
  }

  @Test
  void valuesAreCopiedInAndOut() {
    float[] values = {1, 0};
    Embedding e = new Embedding(values);
    values[0] = 5;
    e.values()[1] = 5;
    assertArrayEquals(new float[] {1, 0}, e.values());
  }

  @Test
  void bytesRoundTrip() {
    Embedding e = new Embedding(new float[] {0.25f, -1.5f, Float.MIN_VALUE, 3e7f});
    assertEquals(e, Embedding.ofBytes(e.bytes()));
    assertThrows(IllegalArgumentException.class, () -> Embedding.ofBytes(new byte[5]));
  }

  @Test
  void embeddingsOfAnotherSizeDoNotCompareOrAdd() {
    Embedding a = new Embedding(new float[3]);
    Embedding b = new Embedding(new float[] {1, 0});
    assertEquals(0, a.dot(b));
    assertThrows(IllegalArgumentException.class, () -> a.plus(b));
  }
}
