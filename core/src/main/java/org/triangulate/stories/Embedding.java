package org.triangulate.stories;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A sentence embedding of an article's title and lead, or the sum of those of a story's members.
 * Immutable: the values are copied in and out. Kept as floats, as the model gives them, sums too:
 * over the thousands of members a story holds at most, float rounding moves no decision.
 */
public final class Embedding {

  private final float[] values;

  public Embedding(float[] values) {
    this.values = values.clone();
  }

  public float[] values() {
    return values.clone();
  }

  /** The dot product, which for two unit vectors is their cosine; 0 when the sizes differ (another model). */
  public double dot(Embedding other) {
    if (other.values.length != values.length) {
      return 0;
    }
    double dot = 0;
    for (int i = 0; i < values.length; i++) {
      dot += (double) values[i] * other.values[i];
    }
    return dot;
  }

  public Embedding plus(Embedding other) {
    if (other.values.length != values.length) {
      throw new IllegalArgumentException("embeddings of " + values.length + " and " + other.values.length + " dimensions do not add");
    }
    float[] sum = values.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.values[i];
    }
    return new Embedding(sum);
  }

  /** The values as big-endian floats, for storing. */
  public byte[] bytes() {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES);
    buffer.asFloatBuffer().put(values);
    return buffer.array();
  }

  public static Embedding ofBytes(byte[] bytes) {
    if (bytes.length % Float.BYTES != 0) {
      throw new IllegalArgumentException("an embedding's bytes come in fours, not " + bytes.length);
    }
    float[] values = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
    return new Embedding(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Embedding other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Embedding[" + values.length + " dimensions]";
  }
}
