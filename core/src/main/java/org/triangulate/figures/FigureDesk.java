package org.triangulate.figures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Agreement;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Claim;
import org.triangulate.model.Figure;
import org.triangulate.model.ReportedValue;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;
import org.triangulate.model.Value;

/**
 * Lays the figures of one story's articles side by side: claims that count the same thing become
 * one {@link Figure} with every source's value, marked as agreeing or not.
 *
 * <p>Two claims count the same thing when
 * <ul>
 *   <li>their heads are the same lemma or synonyms ({@code same-counted.txt}: troops, soldiers,
 *       forces, personnel, ...), and their units are equal;
 *   <li>their place qualifiers do not differ: the capitalised words after a place preposition
 *       following the head ({@code in Russia}, {@code to Russia}, {@code in the border region of
 *       Kursk}) are the same when both claims give one, so that a narrower count stays apart;
 *   <li>their kind qualifiers do not differ: the capitalised words before the head ({@code North
 *       Korean}) are the same when both claims give them.
 * </ul>
 * A claim that gives no place or kind fits either way: the story supplies it. A claim joins the
 * first figure, in order of publication, whose every value it fits, preferring one whose values it
 * agrees with. Two different values that one
 * article gives on the same source's word (or both on its own) are never one figure: a source does
 * not contradict itself within a report, so they count different things ("300,000 acres" burnt
 * this year, "1,000,000 acres" last year).
 *
 * <p>A claim with nothing counted right after a claim in the same clause counts what that one
 * counts, narrowed by the words after its own figure when they name a place ("with 10,000 already
 * stationed in the border region of Kursk"). Left out: other claims with nothing counted, and magnitudes ({@code thousands of}: approximate with
 * only a lower bound), which no estimate can contradict. An article's repeat of its own value from
 * the same source counts once, and the caller leaves out copies, so that a republished report
 * counts once.
 *
 * <p>Values agree when every two of them overlap, each hedged value ({@code nearly 12,000}) widened
 * by {@link #HEDGE} of itself on both sides. Pure and safe to share across threads.
 */
public final class FigureDesk {

  /** How far a hedged value reaches: "nearly 12,000" stands for 11,400 to 12,600. */
  public static final double HEDGE = 0.05;

  /** What grouping needs of one claim: its reported value, its head's group and its qualifiers. */
  public record Noted(ReportedValue reported, String head, Set<String> kind, Set<String> place) {
    public Noted {
      Objects.requireNonNull(reported, "reported");
      Objects.requireNonNull(head, "head");
      kind = Set.copyOf(kind);
      place = Set.copyOf(place);
    }
  }

  private static final Comparator<ReportedValue> PUBLICATION = Comparator
      .comparing(ReportedValue::published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
      .thenComparing(ReportedValue::article);

  private final Map<String, String> groupOf;
  private final Set<String> placePrepositions;
  private final Set<String> nonQualifiers;

  FigureDesk(Map<String, String> groupOf, Set<String> placePrepositions, Set<String> nonQualifiers) {
    this.groupOf = Map.copyOf(groupOf);
    this.placePrepositions = Set.copyOf(placePrepositions);
    this.nonQualifiers = Set.copyOf(nonQualifiers);
  }

  public static FigureDesk english() {
    Map<String, String> groups = new HashMap<>();
    for (String line : WordList.load(FigureDesk.class, "same-counted.txt")) {
      String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
      for (String word : words) {
        groups.putIfAbsent(word, words[0]);
      }
    }
    return new FigureDesk(groups,
        Set.copyOf(WordList.load(FigureDesk.class, "place-prepositions.txt")),
        Set.copyOf(WordList.load(FigureDesk.class, "non-qualifiers.txt")));
  }

  /** The article's claims that can take part in a figure, reduced to what grouping needs. */
  public List<Noted> note(AnalyzedArticle analyzed) {
    String text = analyzed.article().text();
    String outlet = analyzed.article().reportedBy() != null ? analyzed.article().reportedBy() : analyzed.article().outlet();
    List<Noted> noted = new ArrayList<>();
    Claim antecedent = null;
    for (Claim claim : analyzed.claims()) {
      if (claim.counted() != null) {
        antecedent = claim;
      }
      if (magnitude(claim.value())) {
        continue;
      }
      String source = claim.source() == null ? null : claim.source().name();
      if (claim.counted() != null) {
        ReportedValue reported = new ReportedValue(analyzed.id(), claim.value(), claim.counted().of(text).strip(),
            source, outlet, analyzed.article().published());
        String before = text.substring(claim.counted().start(), Math.max(claim.counted().start(), claim.head().start()));
        String after = text.substring(Math.min(claim.head().end(), claim.counted().end()), claim.counted().end());
        noted.add(new Noted(reported, group(lemma(analyzed, claim.head(), text)), kind(before), place(after)));
      } else if (elliptical(antecedent, claim)) {
        Noted elided = ellipsis(analyzed, antecedent, claim, source, outlet);
        if (!elided.place().isEmpty()) {
          noted.add(elided);
        }
      }
    }
    return noted;
  }

  /**
   * Whether a claim with nothing counted leaves out the counted words of the claim before it in
   * the same clause: "11,000 to 12,000 North Korean soldiers in Russia, with 10,000 already
   * stationed in the border region of Kursk". The caller keeps it only when the words after its
   * figure name a place: without one, what the elided count narrows to is too unsure to show.
   */
  private static boolean elliptical(Claim antecedent, Claim claim) {
    return antecedent != null
        && antecedent.span().overlaps(claim.span())
        && antecedent.figure().end() <= claim.figure().start()
        && antecedent.value().unit().equals(claim.value().unit());
  }

  /**
   * The elided claim, counting what its antecedent counts ({@code North Korean soldiers}) with the
   * qualifier that follows its own figure, up to the end of the phrase ({@code already stationed in
   * the border region of Kursk}): a narrower place keeps it apart from the antecedent.
   */
  private Noted ellipsis(AnalyzedArticle analyzed, Claim antecedent, Claim claim, String source, String outlet) {
    String text = analyzed.article().text();
    String counted = text.substring(antecedent.counted().start(), Math.max(antecedent.counted().start(), antecedent.head().end()));
    String trailing = text.substring(claim.figure().end(), Math.max(claim.figure().end(), claim.span().end()));
    int cut = 0;
    while (cut < trailing.length() && ",;:.!?\r\n".indexOf(trailing.charAt(cut)) < 0) {
      cut++;
    }
    String qualifier = trailing.substring(0, cut).strip();
    String before = text.substring(antecedent.counted().start(), Math.max(antecedent.counted().start(), antecedent.head().start()));
    ReportedValue reported = new ReportedValue(analyzed.id(), claim.value(), (counted.strip() + " " + qualifier).strip(),
        source, outlet, analyzed.article().published());
    return new Noted(reported, group(lemma(analyzed, antecedent.head(), text)), kind(before), place(qualifier));
  }

  /**
   * The figures of one story, most reported first. {@code copies} holds the ids of articles that
   * republish another: their values are left out.
   */
  public List<Figure> compare(String story, List<Noted> notes, Set<String> copies) {
    List<Noted> ordered = new ArrayList<>();
    for (Noted note : notes) {
      if (!copies.contains(note.reported().article())) {
        ordered.add(note);
      }
    }
    ordered.sort(Comparator.comparing(Noted::reported, PUBLICATION));
    List<List<Noted>> groups = new ArrayList<>();
    for (Noted note : ordered) {
      List<List<Noted>> fitting = groups.stream().filter(g -> g.stream().allMatch(member -> fits(member, note))).toList();
      List<Noted> home = fitting.stream()
          .filter(g -> g.stream().allMatch(member -> overlap(member.reported().value(), note.reported().value())))
          .findFirst().orElse(fitting.isEmpty() ? null : fitting.get(0));
      if (home == null) {
        groups.add(new ArrayList<>(List.of(note)));
      } else if (home.stream().noneMatch(member -> repeats(member, note))) {
        home.add(note);
      }
    }
    List<Figure> figures = new ArrayList<>();
    for (List<Noted> group : groups) {
      List<ReportedValue> values = group.stream().map(Noted::reported).toList();
      String counted = values.stream().map(ReportedValue::counted)
          .max(Comparator.comparingInt(String::length).thenComparing(Comparator.<String>reverseOrder())).orElseThrow();
      figures.add(new Figure(story, counted, values.get(0).value().unit(), agreement(values.stream().map(ReportedValue::value).toList()), values));
    }
    figures.sort(Comparator.<Figure>comparingInt(f -> -f.values().size()).thenComparing(Figure::counted).thenComparing(Figure::unit));
    return figures;
  }

  /** Whether the values agree: every two overlap, hedged ones widened by {@link #HEDGE}. */
  public static Agreement agreement(List<Value> values) {
    if (values.size() < 2) {
      return Agreement.SINGLE;
    }
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if (!overlap(values.get(i), values.get(j))) {
          return Agreement.DISAGREE;
        }
      }
    }
    return Agreement.AGREE;
  }

  private static boolean overlap(Value a, Value b) {
    return lowest(a) <= highest(b) && lowest(b) <= highest(a);
  }

  private static double lowest(Value v) {
    if (v.low() == null) {
      return Double.NEGATIVE_INFINITY;
    }
    return v.approximate() ? v.low() - Math.abs(v.low()) * HEDGE : v.low();
  }

  private static double highest(Value v) {
    if (v.high() == null) {
      return Double.POSITIVE_INFINITY;
    }
    return v.approximate() ? v.high() + Math.abs(v.high()) * HEDGE : v.high();
  }

  private static boolean magnitude(Value value) {
    return value.approximate() && value.high() == null;
  }

  private static boolean fits(Noted a, Noted b) {
    return a.head().equals(b.head())
        && a.reported().value().unit().equals(b.reported().value().unit())
        && compatible(a.kind(), b.kind())
        && compatible(a.place(), b.place())
        && !sameVoice(a, b);
  }

  /**
   * The same article giving two values on one source's word (or both on its own): a source does not
   * contradict itself within a report, so the two count different things (two years, two places).
   */
  private static boolean sameVoice(Noted a, Noted b) {
    return a.reported().article().equals(b.reported().article())
        && Objects.equals(a.reported().source(), b.reported().source())
        && !a.reported().value().equals(b.reported().value());
  }

  private static boolean compatible(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /** The same article giving the same value from the same source again. */
  private static boolean repeats(Noted a, Noted b) {
    return a.reported().article().equals(b.reported().article())
        && a.reported().value().equals(b.reported().value())
        && Objects.equals(a.reported().source(), b.reported().source());
  }

  /** The head's lemma from the analysis, or its lowercased words when no token matches. */
  private static String lemma(AnalyzedArticle analyzed, Span head, String text) {
    for (Sentence sentence : analyzed.sentences()) {
      if (!sentence.span().overlaps(head)) {
        continue;
      }
      for (Token token : sentence.tokens()) {
        if (token.span().equals(head)) {
          return token.lemma().toLowerCase(Locale.ROOT);
        }
      }
    }
    return head.of(text).strip().toLowerCase(Locale.ROOT);
  }

  /** The synonym group a lemma belongs to; a plural the lemmatizer left alone is tried without its s. */
  String group(String lemma) {
    String group = groupOf.get(lemma);
    if (group == null && lemma.endsWith("s")) {
      group = groupOf.get(lemma.substring(0, lemma.length() - 1));
    }
    return group != null ? group : lemma;
  }

  /** The capitalised words before the head: {@code North Korean} of {@code North Korean soldiers}. */
  Set<String> kind(String beforeHead) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : words(beforeHead)) {
      if (capitalised(word) && !nonQualifiers.contains(word.toLowerCase(Locale.ROOT))) {
        words.add(word);
      }
    }
    return words;
  }

  /** The capitalised words after the first place preposition: {@code Kursk} of {@code in the border region of Kursk}. */
  Set<String> place(String afterHead) {
    Set<String> words = new LinkedHashSet<>();
    boolean open = false;
    for (String word : words(afterHead)) {
      if (!open) {
        open = placePrepositions.contains(word.toLowerCase(Locale.ROOT));
      } else if (capitalised(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (String word : phrase.split("[\\s,;:()\"“”]+")) {
      String trimmed = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").replaceAll("['’]s$", "");
      if (!trimmed.isEmpty()) {
        words.add(trimmed);
      }
    }
    return words;
  }

  private static boolean capitalised(String word) {
    return Character.isUpperCase(word.codePointAt(0));
  }
}
