package org.triangulate.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Claim;
import org.triangulate.model.Entity;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;
import org.triangulate.model.Value;

/**
 * Finds figures over the analysed tokens (part of speech and lemma) of each sentence: a number in
 * digits or words with its hedge, range, unit and rate ({@code about $2,000 a month}), a vague
 * plural ({@code thousands of}), a share ({@code a quarter of}) or a change ({@code doubled}); then
 * what it counts and its source. The rules of what is not a figure are those of {@code
 * eval/figures/README.md}; their word lists are in {@code org/triangulate/figures/en/}.
 */
public final class TokenFigureFinder implements FigureFinder {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
  private static final Pattern YEAR = Pattern.compile("1[6-9]\\d\\d|20\\d\\d");
  private static final String COUNT = "count";

  private final FigureLexicon lexicon;
  private final SourceFinder sources;

  /** English word lists, sources from the article's attributions, else from the nearest reporting cue. */
  public TokenFigureFinder() {
    this(new QuotedSource(new NearestCue()));
  }

  /** English word lists, sources from {@code sources} (e.g. one built on the article's quotes). */
  public TokenFigureFinder(SourceFinder sources) {
    this.lexicon = FigureLexicon.english();
    this.sources = sources;
  }

  @Override
  public List<Claim> find(AnalyzedArticle article) {
    List<Claim> claims = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      while (i < tokens.size()) {
        Reading reading = read(tokens, i);
        if (reading == null) {
          i++;
          continue;
        }
        Span figure = new Span(tokens.get(reading.start).span().start(), tokens.get(reading.end - 1).span().end());
        Counted counted = counted(tokens, reading);
        if (isFigure(article, tokens, reading, counted)) {
          Span head = counted == null ? null : tokens.get(counted.head).span();
          Span what = counted == null ? null : counted.span;
          claims.add(new Claim(sentence.span(), figure, reading.value(), what, head, sources.sourceOf(article, sentence, figure)));
        }
        i = reading.end;
      }
    }
    return List.copyOf(claims);
  }

  /** A number as read at a token position: tokens [start, end), its bounds and how it was written. */
  private static final class Reading {
    int start;
    int end;
    Double low;
    Double high;
    boolean approximate;
    String unit = COUNT;
    String hedge;
    int numberToken;
    boolean plainCount;
    boolean digitsOnly;
    boolean change;

    Value value() {
      return new Value(low, high, approximate, unit);
    }
  }

  /** A number read with its own words: value and the token after it. */
  private record Number(double value, int end, boolean words, boolean multiplied) {}

  private Reading read(List<Token> tokens, int at) {
    Reading r = new Reading();
    r.start = at;
    int i = at;
    String kind = null;
    FigureLexicon.Phrase hedge = phraseAt(lexicon.approximators(), tokens, i);
    if (hedge != null && !hedge.meaning().endsWith("after")) {
      kind = hedge.meaning();
      r.hedge = String.join(" ", hedge.words());
      i += hedge.words().size();
    }
    boolean between = false;
    if (kind == null && i < tokens.size() && lower(tokens.get(i)).equals("between")) {
      between = true;
      i++;
    }
    if (i >= tokens.size()) {
      return null;
    }
    Reading special = readShareOrChange(tokens, i, r);
    if (special != null) {
      applyHedge(special, kind, special.low);
      return special;
    }
    boolean dollar = tokens.get(i).text().equals("$");
    if (dollar) {
      i++;
    }
    Number first = number(tokens, i);
    if (first == null) {
      Double vague = i < tokens.size() ? lexicon.vague().get(lower(tokens.get(i))) : null;
      if (vague == null || dollar || i + 1 >= tokens.size() || !lower(tokens.get(i + 1)).equals("of")) {
        return null;
      }
      r.numberToken = i;
      r.end = i + 1;
      r.low = vague;
      r.approximate = true;
      if (lower(tokens.get(i + 2 < tokens.size() ? i + 2 : i)).equals("dollars")) {
        r.unit = "USD";
      }
      applyHedge(r, kind, vague);
      r.approximate = true;
      r.high = null;
      return r;
    }
    r.numberToken = i;
    r.digitsOnly = !first.words && !first.multiplied && !dollar;
    i = first.end;
    double low = first.value;
    double high = first.value;
    int afterFirst = i;
    if (i + 1 < tokens.size() && (between && lower(tokens.get(i)).equals("and")
        || !between && (lower(tokens.get(i)).equals("to") || tokens.get(i).text().equals("-")))) {
      int j = i + 1;
      FigureLexicon.Phrase inner = phraseAt(lexicon.approximators(), tokens, j);
      if (inner != null && !inner.meaning().endsWith("after")) {
        j += inner.words().size();
      }
      boolean secondDollar = j < tokens.size() && tokens.get(j).text().equals("$");
      if (secondDollar) {
        j++;
      }
      Number second = number(tokens, j);
      if (second != null && second.value > first.value && (secondDollar == dollar)) {
        high = second.value;
        if (first.multiplied == false && second.multiplied && first.value < 1000) {
          low = first.value * (second.value / multiplierBase(second.value));
        }
        i = second.end;
      }
    }
    if (between && high == low) {
      return null;
    }
    r.low = low;
    r.high = high;
    if (dollar) {
      r.unit = "USD";
    }
    FigureLexicon.Phrase unit = phraseAt(lexicon.units(), tokens, i);
    if (unit != null && !(dollar && !unit.meaning().equals("USD"))) {
      r.unit = unit.meaning();
      i += unit.words().size();
    }
    FigureLexicon.Phrase rate = phraseAt(lexicon.rates(), tokens, i);
    if (rate != null && !r.unit.equals(COUNT)) {
      r.unit = r.unit + rate.meaning();
      i += rate.words().size();
    }
    FigureLexicon.Phrase after = phraseAt(lexicon.approximators(), tokens, i);
    if (kind == null && after != null && after.meaning().endsWith("after")) {
      kind = after.meaning().substring(0, after.meaning().indexOf(' '));
      i += after.words().size();
    }
    r.plainCount = r.unit.equals(COUNT) && !first.multiplied && afterFirst == i && kind == null;
    r.end = i;
    applyHedge(r, kind, low);
    return r;
  }

  private static double multiplierBase(double value) {
    double base = 1;
    while (base * 1000 <= value) {
      base *= 1000;
    }
    return base;
  }

  private static void applyHedge(Reading r, String kind, double number) {
    if (kind == null) {
      return;
    }
    switch (kind) {
      case "approximate" -> r.approximate = true;
      case "lower" -> r.high = r.high != null && r.high > number ? r.high : null;
      case "upper" -> {
        r.high = r.high == null ? number : r.high;
        r.low = null;
      }
      default -> throw new IllegalStateException("unknown hedge kind " + kind);
    }
  }

  /** {@code a quarter of}, {@code half of}, {@code doubled}, {@code cut in half}. */
  private Reading readShareOrChange(List<Token> tokens, int i, Reading r) {
    String word = lower(tokens.get(i));
    Double change = lexicon.changes().get(word);
    boolean idiom = i + 1 < tokens.size() && lower(tokens.get(i + 1)).equals("down"); // "doubling down"
    if (change != null && tokens.get(i).pos().startsWith("VB") && !idiom) {
      return changeAt(r, i, i + 1, change);
    }
    if (word.equals("cut") && i + 2 < tokens.size() && lower(tokens.get(i + 1)).equals("in")
        && lower(tokens.get(i + 2)).equals("half")) {
      return changeAt(r, i, i + 3, 0.5);
    }
    int f = word.equals("a") || word.equals("one") ? i + 1 : i;
    if (f + 1 < tokens.size() && lower(tokens.get(f + 1)).equals("of")) {
      Double share = lexicon.fractions().get(lower(tokens.get(f)));
      if (share != null && (f > i || lower(tokens.get(f)).equals("half"))) {
        r.numberToken = f;
        r.end = f + 1;
        r.low = share;
        r.high = share;
        r.unit = "percent";
        return r;
      }
    }
    return null;
  }

  private static Reading changeAt(Reading r, int from, int end, double times) {
    r.start = Math.min(r.start, from);
    r.numberToken = from;
    r.end = end;
    r.low = times;
    r.high = times;
    r.unit = "times";
    r.change = true;
    return r;
  }

  /** A number in digits or words at {@code i}, with any multipliers ("5 million", "a dozen"). */
  private Number number(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    String text = lower(t);
    double value;
    boolean words = false;
    if (DIGITS.matcher(text).matches()) {
      value = Double.parseDouble(text.replace(",", ""));
    } else if (t.pos().equals("CD") && hyphenated(text) != null) {
      value = hyphenated(text);
      words = true;
    } else if (lexicon.numberWords().containsKey(text) && (t.pos().equals("CD") || isArticleBeforeMultiplier(tokens, i))) {
      value = lexicon.numberWords().get(text);
      words = true;
    } else {
      return null;
    }
    int end = i + 1;
    if (words && end + 1 < tokens.size() && tokens.get(end).text().equals("-") && value >= 20 && value < 100
        && value % 10 == 0) {
      Double units = lexicon.numberWords().get(lower(tokens.get(end + 1)));
      if (units != null && units >= 1 && units < 10 && adjacent(tokens, end - 1, end + 1)) {
        value += units;
        end += 2;
      }
    }
    boolean multiplied = false;
    if (end < tokens.size() && lower(tokens.get(end)).equals("couple") && text.equals("a")) {
      value = 2;
      end++;
    }
    while (end < tokens.size()) {
      Double multiplier = lexicon.numberWords().get(lower(tokens.get(end)));
      if (multiplier == null || multiplier < 12) {
        break;
      }
      value *= multiplier;
      multiplied = true;
      end++;
    }
    if (words && value >= 12 && !multiplied && lexicon.numberWords().getOrDefault(text, 0.0) >= 100) {
      return null;
    }
    if (text.equals("a") || text.equals("an")) {
      if (!multiplied) {
        return null;
      }
    }
    return new Number(value, end, words, multiplied);
  }

  /** Whether tokens {@code from} to {@code to} are written with no space between them. */
  private static boolean adjacent(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).span().end() != tokens.get(k + 1).span().start()) {
        return false;
      }
    }
    return true;
  }

  private boolean isArticleBeforeMultiplier(List<Token> tokens, int i) {
    String text = lower(tokens.get(i));
    if (!(text.equals("a") || text.equals("an")) || i + 1 >= tokens.size()) {
      return false;
    }
    String next = lower(tokens.get(i + 1));
    return next.equals("couple") || lexicon.numberWords().getOrDefault(next, 0.0) >= 12;
  }

  /** "forty-three" as 43, or null. */
  private Double hyphenated(String text) {
    String[] parts = text.split("-");
    if (parts.length != 2) {
      return null;
    }
    Double tens = lexicon.numberWords().get(parts[0]);
    Double units = lexicon.numberWords().get(parts[1]);
    return tens == null || units == null || tens < 20 || units >= 10 ? null : tens + units;
  }

  /** What a figure counts: the noun phrase after it (through "of" and a determiner) with one place qualifier. */
  private record Counted(Span span, int head) {}

  private Counted counted(List<Token> tokens, Reading r) {
    if (r.change) {
      for (int k = r.start - 1; k >= Math.max(0, r.start - 3); k--) {
        if (tokens.get(k).pos().startsWith("NN")) {
          return new Counted(tokens.get(k).span(), k);
        }
      }
      return null;
    }
    int k = r.end;
    if (k < tokens.size() && lower(tokens.get(k)).equals("of")) {
      k++;
      k = skipDeterminer(tokens, k);
    }
    int start = k;
    int head = -1;
    while (k < tokens.size() && isNounPhraseWord(tokens, k, k > start)) {
      if (tokens.get(k).pos().startsWith("NN")) {
        head = k;
      }
      k++;
    }
    if (head < 0) {
      return nounBeforeOf(tokens, r);
    }
    int end = head;
    if (head + 2 < tokens.size() && isPlacePreposition(tokens.get(head + 1))) {
      int q = skipDeterminer(tokens, head + 2);
      while (q < tokens.size() && tokens.get(q).pos().startsWith("NNP")) {
        end = q;
        q++;
      }
    }
    return new Counted(new Span(tokens.get(start).span().start(), tokens.get(end).span().end()), head);
  }

  /** "a net loss of more than $915 million": the noun before "of". */
  private static Counted nounBeforeOf(List<Token> tokens, Reading r) {
    int k = r.start - 1;
    if (k >= 1 && lower(tokens.get(k)).equals("of") && tokens.get(k - 1).pos().startsWith("NN")) {
      return new Counted(tokens.get(k - 1).span(), k - 1);
    }
    return null;
  }

  private static int skipDeterminer(List<Token> tokens, int k) {
    if (k < tokens.size() && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("PRP$"))) {
      k++;
    }
    // a possessive name: "Mrs. Clinton's campaign", "the world's inmates"
    int j = k;
    while (j < tokens.size() && tokens.get(j).pos().startsWith("NN")) {
      j++;
    }
    if (j > k && j < tokens.size() && tokens.get(j).pos().equals("POS")) {
      return j + 1;
    }
    return k;
  }

  private static boolean isNounPhraseWord(List<Token> tokens, int k, boolean inside) {
    Token t = tokens.get(k);
    String pos = t.pos();
    if (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN") && !inside && k + 1 < tokens.size()
        && tokens.get(k + 1).pos().startsWith("NN")) {
      return true;
    }
    // "coal- and gas-fired power plants"
    return inside && pos.equals("CC") && k + 1 < tokens.size() && tokens.get(k + 1).pos().startsWith("JJ");
  }

  private static boolean isPlacePreposition(Token t) {
    String w = lower(t);
    return w.equals("in") || w.equals("to") || w.equals("from") || w.equals("at") || w.equals("across");
  }

  /** The rules of eval/figures/README.md that say a number is not a figure. */
  private boolean isFigure(AnalyzedArticle article, List<Token> tokens, Reading r, Counted counted) {
    Token number = tokens.get(r.numberToken);
    Token next = r.end < tokens.size() ? tokens.get(r.end) : null;
    if (r.end + 1 < tokens.size() && next.text().equals("-") && adjacent(tokens, r.end - 1, r.end + 1)) {
      return false; // "33-month war", "ten-point lead", "5-4 decision", "$12-an-hour workers"
    }
    if (!r.unit.equals(COUNT)) {
      return true; // money, shares, measures and changes are figures wherever they stand
    }
    if (r.start >= 2 && tokens.get(r.start - 1).text().equals("-") && adjacent(tokens, r.start - 2, r.start)) {
      return false; // the second half of "5-4", "80-19"
    }
    Token before = r.start > 0 ? tokens.get(r.start - 1) : null;
    if (number.text().contains(":") || next != null && isClock(next)) {
      return false;
    }
    if (r.digitsOnly && YEAR.matcher(number.text()).matches()) {
      return false;
    }
    if (before != null && lexicon.months().contains(lower(before))) {
      return false;
    }
    Token marker = before != null && lower(before).equals("of") && r.start >= 2 ? tokens.get(r.start - 2) : before;
    if (marker != null && lexicon.notFigureBefore().contains(lower(marker))) {
      return false; // "ages 55 to 65", "under the age of 18", "No. 2"
    }
    if (counted != null && lexicon.notFigureHeads().contains(tokens.get(counted.head).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if ((r.low == null || r.low == 1) && (r.high == null || r.high == 1)) {
      return false;
    }
    if (r.hedge == null && r.digitsOnly && before != null && before.pos().startsWith("NNP")
        && before.span().end() + 1 == number.span().start()) {
      return false; // "Patriot 125", "School 285"
    }
    boolean small = r.high != null && r.high < 100;
    if (r.hedge == null && small && before != null && (lexicon.definites().contains(lower(before))
        || before.pos().equals("POS") || before.pos().equals("PRP$"))) {
      return false;
    }
    if (counted == null) {
      if (r.hedge != null && (r.hedge.equals("under") || r.hedge.equals("over"))) {
        return false; // "people under 30": an age
      }
      if (before != null && (before.pos().startsWith("NNP") || before.text().equals(",") && r.start >= 2
          && tokens.get(r.start - 2).pos().startsWith("NNP") && small)) {
        return false; // "Patriot 125", "Mr. King, 82,"
      }
      if (lower(number).equals("one") || next != null && next.pos().equals("IN") && lower(next).equals("of")) {
        return false;
      }
    }
    for (Entity entity : article.entities()) {
      if (entity.span().contains(number.span().start())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClock(Token t) {
    String w = lower(t);
    return w.equals("a.m.") || w.equals("p.m.") || w.equals("a.m") || w.equals("p.m")
        || w.equals("o'clock") || w.equals("o’clock");
  }

  private static FigureLexicon.Phrase phraseAt(List<FigureLexicon.Phrase> phrases, List<Token> tokens, int at) {
    for (FigureLexicon.Phrase phrase : phrases) {
      List<String> words = phrase.words();
      if (at + words.size() > tokens.size()) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < words.size() && match; k++) {
        match = lower(tokens.get(at + k)).equals(words.get(k));
      }
      if (match) {
        return phrase;
      }
    }
    return null;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
