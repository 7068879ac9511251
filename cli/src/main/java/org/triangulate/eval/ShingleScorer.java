package org.triangulate.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an extracted text with the expected one the way Zyte's article-extraction benchmark
 * does ({@code evaluate.py}, scrapinghub/article-extraction-benchmark): the texts become {@code \w+}
 * tokens, the tokens overlapping runs of four (a text of fewer tokens is one shorter shingle), and
 * the two multisets of shingles give true positives, false positives and false negatives, scaled
 * to sum 1 so that a long page weighs no more than a short one.
 *
 * <p>Python's {@code \w} on a {@code str} is a letter (Unicode categories L*), a number (N*) or the
 * underscore; Java's {@code \w} is ASCII-only, and its Unicode variant also takes combining marks,
 * so the class is spelled out here. Tokens keep their case: the benchmark's {@code IGNORECASE}
 * flag does not change what {@code findall} returns.
 */
public final class ShingleScorer {

  /** One page's overlap, scaled so that {@code tp + fp + fn} is 1 (or all three are 0). */
  public record PageScore(double tp, double fp, double fn) {}

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  private final int size;

  public ShingleScorer() {
    this(4);
  }

  public ShingleScorer(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be positive");
    }
    this.size = size;
  }

  public PageScore score(String expected, String predicted) {
    Map<List<String>, Integer> truth = shingles(expected);
    Map<List<String>, Integer> guess = shingles(predicted);
    Set<List<String>> all = new HashSet<>(truth.keySet());
    all.addAll(guess.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> shingle : all) {
      int t = truth.getOrDefault(shingle, 0);
      int p = guess.getOrDefault(shingle, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - size + 1); i++) {
      List<String> shingle = List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + size)));
      if (!shingle.isEmpty()) {
        counts.merge(shingle, 1, Integer::sum);
      }
    }
    return counts;
  }
}
