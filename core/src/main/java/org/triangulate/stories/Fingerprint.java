package org.triangulate.stories;

import java.util.Arrays;
import java.util.Objects;

/**
 * A MinHash signature of an article body's word shingles: the fraction of components two
 * fingerprints share estimates the Jaccard resemblance of their shingle sets.
 *
 * @param signature the signature as {@link Shingler} computes it
 * @param shingles how many distinct shingles the body has, a measure of how complete it is
 */
public record Fingerprint(byte[] signature, int shingles) {

  public Fingerprint {
    Objects.requireNonNull(signature, "signature");
    signature = signature.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  byte[] bytes() {
    return signature;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fingerprint f && shingles == f.shingles && Arrays.equals(signature, f.signature);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(signature) + shingles;
  }

  @Override
  public String toString() {
    return "Fingerprint[" + shingles + " shingles]";
  }
}
