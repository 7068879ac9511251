package org.triangulate.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.triangulate.model.Quote;
import org.triangulate.model.Span;

/**
 * Scores predicted quotes of one article against its gold attributions.
 *
 * <p>Exact match, per role and roles scored separately: a role's mention is its fragments with
 * surrounding whitespace trimmed, sorted, and joined where only whitespace separates them; two
 * mentions match when they are the same set of fragments. So a split quotation matches a gold
 * content annotated with the same two fragments, whichever order brat lists them in. Each distinct
 * mention counts once per article, as a source shared by two attributions is one span of text.
 *
 * <p>Attribution level: a prediction matches a gold attribution when their contents share more than
 * 30% of the gold content's characters; pairs are taken one-to-one, greediest overlap first. A
 * matched attribution has its source right when both name none, or when the spans overlap.
 *
 * <p>Quoted: the same, between the gold and the predicted attributions whose content holds a
 * double quotation mark or guillemet (“ ” " „ ‟ « »).
 */
public final class QuoteScorer {

  private static final double MIN_OVERLAP = 0.3;
  private static final String QUOTATION_MARKS = "“”\"„‟«»";

  private QuoteScorer() {}

  public static QuoteScores score(String text, List<GoldAttribution> gold, List<Quote> predicted) {
    Counts source = exact(text, gold, GoldAttribution::source, predicted, q -> q.source() == null ? List.of() : List.of(q.source()));
    Counts cue = exact(text, gold, GoldAttribution::cue, predicted, q -> q.cue() == null ? List.of() : List.of(q.cue()));
    Counts content = exact(text, gold, GoldAttribution::content, predicted, Quote::content);

    List<Mention> goldMentions = gold.stream().map(g -> new Mention(normal(text, g.content()), normal(text, g.source()))).toList();
    List<Mention> predictedMentions = predicted.stream()
        .map(q -> new Mention(normal(text, q.content()), q.source() == null ? List.of() : normal(text, List.of(q.source()))))
        .toList();
    Matching all = match(goldMentions, predictedMentions);
    Matching quoted = match(
        goldMentions.stream().filter(m -> quoted(text, m.content)).toList(),
        predictedMentions.stream().filter(m -> quoted(text, m.content)).toList());
    return new QuoteScores(source, cue, content, all.counts, all.sourcesRight, quoted.counts, quoted.sourcesRight);
  }

  private record Mention(List<Span> content, List<Span> source) {}

  private record Matching(Counts counts, int sourcesRight) {}

  private record Pair(int gold, int predicted, double overlap) {}

  private static Counts exact(
      String text, List<GoldAttribution> gold, Function<GoldAttribution, List<Span>> goldRole,
      List<Quote> predicted, Function<Quote, List<Span>> predictedRole) {
    Set<List<Span>> goldMentions = mentions(text, gold.stream().map(goldRole).toList());
    Set<List<Span>> predictedMentions = mentions(text, predicted.stream().map(predictedRole).toList());
    Set<List<Span>> both = new HashSet<>(goldMentions);
    both.retainAll(predictedMentions);
    return new Counts(both.size(), predictedMentions.size(), goldMentions.size());
  }

  private static Set<List<Span>> mentions(String text, List<List<Span>> roles) {
    Set<List<Span>> mentions = new LinkedHashSet<>();
    for (List<Span> role : roles) {
      List<Span> normal = normal(text, role);
      if (!normal.isEmpty()) {
        mentions.add(normal);
      }
    }
    return mentions;
  }

  /** Trimmed, sorted, and joined across gaps of whitespace; fragments outside the text are dropped. */
  static List<Span> normal(String text, List<Span> fragments) {
    List<Span> trimmed = new ArrayList<>();
    for (Span fragment : fragments) {
      int start = Math.min(fragment.start(), text.length());
      int end = Math.min(fragment.end(), text.length());
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (start < end) {
        trimmed.add(new Span(start, end));
      }
    }
    trimmed.sort(null);
    List<Span> joined = new ArrayList<>();
    for (Span fragment : trimmed) {
      Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && (fragment.start() <= last.end() || text.substring(last.end(), fragment.start()).isBlank())) {
        joined.set(joined.size() - 1, new Span(last.start(), Math.max(last.end(), fragment.end())));
      } else {
        joined.add(fragment);
      }
    }
    return List.copyOf(joined);
  }

  private static Matching match(List<Mention> gold, List<Mention> predicted) {
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      int length = length(gold.get(g).content);
      if (length == 0) {
        continue;
      }
      for (int p = 0; p < predicted.size(); p++) {
        double overlap = (double) overlap(gold.get(g).content, predicted.get(p).content) / length;
        if (overlap > MIN_OVERLAP) {
          pairs.add(new Pair(g, p, overlap));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::overlap).reversed()
        .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
    Set<Integer> goldTaken = new HashSet<>();
    Set<Integer> predictedTaken = new HashSet<>();
    int sourcesRight = 0;
    for (Pair pair : pairs) {
      if (goldTaken.contains(pair.gold) || predictedTaken.contains(pair.predicted)) {
        continue;
      }
      goldTaken.add(pair.gold);
      predictedTaken.add(pair.predicted);
      List<Span> goldSource = gold.get(pair.gold).source;
      List<Span> predictedSource = predicted.get(pair.predicted).source;
      boolean right = goldSource.isEmpty() ? predictedSource.isEmpty() : overlap(goldSource, predictedSource) > 0;
      sourcesRight += right ? 1 : 0;
    }
    return new Matching(new Counts(goldTaken.size(), predicted.size(), gold.size()), sourcesRight);
  }

  private static int length(List<Span> spans) {
    return spans.stream().mapToInt(Span::length).sum();
  }

  private static int overlap(List<Span> a, List<Span> b) {
    int shared = 0;
    for (Span x : a) {
      for (Span y : b) {
        shared += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    return shared;
  }

  private static boolean quoted(String text, List<Span> content) {
    for (Span span : content) {
      for (int i = span.start(); i < span.end(); i++) {
        if (QUOTATION_MARKS.indexOf(text.charAt(i)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }
}
