package org.triangulate.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds earlier articles whose wording a new one repeats, by locality-sensitive hashing: the
 * fingerprint's components are cut into bands, and articles that agree on a whole band share a
 * bucket. With 32 bands of 4, two texts of resemblance 0.5 meet in some bucket 87% of the time,
 * of 0.7 nearly always, of 0.2 rarely; only bucket mates are compared. A bucket is scanned from
 * its latest entries, up to a limit, so the cost per article stays flat. Not safe to share across
 * threads while it grows.
 */
final class CopyIndex {

  private static final int BUCKET_SCAN = 64;

  private final Shingler shingler;
  private final double threshold;
  private final Map<Long, List<Integer>> buckets = new HashMap<>();
  private final List<Fingerprint> fingerprints = new ArrayList<>();

  CopyIndex(Shingler shingler, double threshold) {
    this.shingler = shingler;
    this.threshold = threshold;
  }

  /** The ordinals of indexed fingerprints that {@code f} copies or that copy it ({@link Shingler#copies}), in order. */
  List<Integer> matches(Fingerprint f) {
    TreeSet<Integer> candidates = new TreeSet<>();
    for (long key : shingler.bands(f)) {
      List<Integer> bucket = buckets.getOrDefault(key, List.of());
      for (int k = bucket.size() - 1; k >= Math.max(0, bucket.size() - BUCKET_SCAN); k--) {
        candidates.add(bucket.get(k));
      }
    }
    List<Integer> found = new ArrayList<>();
    for (int candidate : candidates) {
      if (shingler.copies(f, fingerprints.get(candidate), threshold)) {
        found.add(candidate);
      }
    }
    return found;
  }

  /** Indexes {@code f}; returns its ordinal. */
  int add(Fingerprint f) {
    int ordinal = fingerprints.size();
    fingerprints.add(f);
    for (long key : shingler.bands(f)) {
      buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(ordinal);
    }
    return ordinal;
  }
}
