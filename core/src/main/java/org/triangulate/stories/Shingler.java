package org.triangulate.stories;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fingerprints a text by MinHash over its overlapping four-word shingles. Words are runs of
 * letters and digits, lowercased, so that punctuation, spacing and case from scraping do not
 * matter; a typo spoils only the four shingles that hold the word, so a copy with a few typos
 * still shares most of its shingles. Safe to share across threads.
 */
public final class Shingler {

  /** Words per shingle: short enough to survive typos, long enough that unrelated texts share few. */
  static final int WORDS = 4;
  /** Signature components: 32 bands of 4 for the copy index. */
  static final int COMPONENTS = 128;
  private static final int BITS = 32;
  private static final int BAND_ROWS = 4;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final SimilarityHashPolicy policy = SimilarityHashing.minHash(COMPONENTS, BITS);
  private final Hasher64 hasher = Hashing.xxh3_64();

  /** The fingerprint of {@code text}, or null when it has fewer words than a shingle. */
  public Fingerprint fingerprint(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    if (words.size() < WORDS) {
      return null;
    }
    long[] hashes = new long[words.size() - WORDS + 1];
    StringBuilder shingle = new StringBuilder();
    for (int i = 0; i < hashes.length; i++) {
      shingle.setLength(0);
      for (int j = i; j < i + WORDS; j++) {
        shingle.append(words.get(j)).append(' ');
      }
      hashes[i] = hasher.hashCharsToLong(shingle);
    }
    long distinct = Arrays.stream(hashes).distinct().count();
    byte[] signature = policy.createHasher().compute(ElementHashProvider.ofValues(hashes));
    return new Fingerprint(signature, (int) distinct);
  }

  /**
   * The least share of the smaller text's shingles that the larger must hold for the smaller to be
   * a part copied from it (a republication that keeps the first paragraphs): chosen on versions of
   * PolNeAR train's 840 articles cut to their first half (`eval copies`), where 0.7 to 0.8 found
   * the most and took no more of the articles for copies of one another than resemblance alone.
   */
  static final double CONTAINED = 0.8;

  /**
   * The shingles the smaller text needs for {@link #CONTAINED} to count, about two paragraphs: a
   * sentence or two shared with a longer text (a quotation, a line of wire copy) makes no copy.
   */
  static final int PART_SHINGLES = 50;

  /**
   * Whether one text repeats the other: their shingle sets resemble each other at least as much as
   * {@code similarity}, or the smaller, of at least {@link #PART_SHINGLES} shingles, lies for the
   * most part inside the larger ({@link #containment}).
   */
  public boolean copies(Fingerprint a, Fingerprint b, double similarity) {
    double resemblance = resemblance(a, b);
    return resemblance >= similarity
        || Math.min(a.shingles(), b.shingles()) >= PART_SHINGLES && containment(resemblance, a, b) >= CONTAINED;
  }

  /**
   * The estimated share of the smaller text's shingles that the larger holds, from the resemblance
   * J and the two counts: the shared shingles number J (|A| + |B|) / (1 + J). A first half cut
   * from a whole resembles it about 0.5 and is contained in it wholly.
   */
  public double containment(Fingerprint a, Fingerprint b) {
    return containment(resemblance(a, b), a, b);
  }

  private static double containment(double j, Fingerprint a, Fingerprint b) {
    int smaller = Math.min(a.shingles(), b.shingles());
    return smaller == 0 ? 0 : Math.min(1, j * (a.shingles() + b.shingles()) / (1 + j) / smaller);
  }

  /** The estimated Jaccard resemblance of the shingle sets behind two fingerprints. */
  public double resemblance(Fingerprint a, Fingerprint b) {
    return policy.getFractionOfEqualComponents(a.bytes(), b.bytes());
  }

  /**
   * The fingerprint's bands, for finding copies by locality-sensitive hashing: its components cut
   * into 32 bands of 4, each hashed to one key. Two fingerprints that agree on a whole band share
   * its key: two texts of resemblance 0.5 share some key 87% of the time, of 0.7 nearly always,
   * of 0.2 rarely.
   */
  public long[] bands(Fingerprint f) {
    long[] keys = new long[COMPONENTS / BAND_ROWS];
    for (int band = 0; band < keys.length; band++) {
      long key = band;
      for (int row = 0; row < BAND_ROWS; row++) {
        key = key * 0x9E3779B97F4A7C15L + policy.getComponent(f.bytes(), band * BAND_ROWS + row);
      }
      keys[band] = key;
    }
    return keys;
  }
}
