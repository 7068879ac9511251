package org.triangulate.figures;

import java.util.List;
import java.util.Locale;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.ClaimSource;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * The source named by the reporting cue nearest to the figure in its sentence: the subject of
 * {@code estimates}, {@code said}, {@code told} (or the name after an inverted {@code said}), or
 * the object of {@code according to}, or the owner of an attribution noun ({@code Trump's claim
 * that}). Null when the sentence has no cue with a source: the figure is the outlet's own. What
 * {@link QuotedSource} falls back to for a figure that no attribution holds.
 */
public final class NearestCue implements SourceFinder {

  private static final int WINDOW = 80;
  private static final int QUOTATION_REACH = 3000;

  private final FigureLexicon lexicon;

  public NearestCue() {
    this(FigureLexicon.english());
  }

  NearestCue(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public ClaimSource sourceOf(AnalyzedArticle article, Sentence sentence, Span figure) {
    Span quote = quotationAround(article.article().text(), figure);
    if (quote == null) {
      return nearest(article, sentence, figure, null, false);
    }
    // a figure inside a quotation belongs to its speaker: the cue outside the quotation's ends
    List<Sentence> sentences = article.sentences();
    int first = sentenceAt(sentences, quote.start());
    for (int k = first; k < sentences.size() && sentences.get(k).span().start() < quote.end() + 3; k++) {
      Sentence s = sentences.get(k);
      if (s.span().contains(quote.end() - 1) || s.span().contains(quote.start()) || s.span().start() >= quote.end()) {
        ClaimSource source = nearest(article, s, new Span(quote.end() - 1, quote.end()), quote, true);
        if (source != null) {
          return source;
        }
      }
    }
    return null;
  }

  /** The index of the last sentence starting at or before {@code offset} (0 when none does). */
  static int sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The index of the first token ending after {@code offset}. */
  static int tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The source of the cue nearest to {@code figure} in {@code sentence}, ignoring cues inside
   * {@code outside}. Outside a quotation a verb's content follows it ({@code X said [that] ...}):
   * a cue after the figure, or one whose source comes after it ({@code said Joseph, who has four
   * children}), reports something else, unless it is {@code according to}.
   */
  private ClaimSource nearest(AnalyzedArticle article, Sentence sentence, Span figure, Span outside, boolean quoted) {
    List<Token> tokens = sentence.tokens();
    ClaimSource best = null;
    int bestDistance = Integer.MAX_VALUE;
    // a cue further than this from its figure is not its attribution (and a run-on line stays linear)
    int at = tokenAt(tokens, figure.start());
    int from = Math.max(0, at - WINDOW);
    int to = Math.min(tokens.size(), at + WINDOW);
    for (int i = from; i < to; i++) {
      if (outside != null && outside.contains(tokens.get(i).span().start())) {
        continue;
      }
      Span source = sourceAt(article, tokens, i);
      if (source == null || source.overlaps(figure) || outside != null && source.overlaps(outside)) {
        continue;
      }
      if (!quoted && !isPhraseCue(tokens, i)
          && (tokens.get(i).span().start() > figure.start() || source.start() > tokens.get(i).span().start())) {
        continue;
      }
      int distance = Math.abs(tokens.get(i).span().start() - figure.start());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = new ClaimSource(source, name(article, source));
      }
    }
    return best;
  }

  /**
   * The quotation holding {@code figure}, from its opening mark to its closing one, or null. Only
   * the figure's paragraph is searched for the opening mark, since news quotations reopen their
   * marks at each paragraph.
   */
  static Span quotationAround(String text, Span figure) {
    int open = -1;
    int paragraph = figure.start();
    while (paragraph > 0 && text.charAt(paragraph - 1) != '\n' && figure.start() - paragraph < QUOTATION_REACH) {
      paragraph--;
    }
    for (int k = paragraph; k < figure.start(); k++) {
      char c = text.charAt(k);
      if (c == '\u201C' || c == '"' && open < 0) {
        open = k;
      } else if (c == '\u201D' || c == '"') {
        open = -1;
      }
    }
    if (open < 0) {
      return null;
    }
    int limit = Math.min(text.length(), figure.end() + QUOTATION_REACH);
    for (int k = figure.end(); k < limit; k++) {
      char c = text.charAt(k);
      if (c == '\u201D' || c == '"') {
        return new Span(open, k + 1);
      }
      if (c == '\u201C' || c == '\n' && k + 1 < limit && text.charAt(k + 1) == '\u201C') {
        return new Span(open, k);
      }
    }
    return new Span(open, limit);
  }

  private boolean isPhraseCue(List<Token> tokens, int i) {
    for (List<String> phrase : lexicon.cuePhrases()) {
      if (matches(tokens, i, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** The source of a cue at token {@code i}, or null when {@code i} is no cue or names none. */
  private Span sourceAt(AnalyzedArticle article, List<Token> tokens, int i) {
    for (List<String> phrase : lexicon.cuePhrases()) {
      if (matches(tokens, i, phrase)) {
        return nounPhraseAfter(tokens, i + phrase.size());
      }
    }
    Token cue = tokens.get(i);
    String lemma = cue.lemma().toLowerCase(Locale.ROOT);
    if ((cue.pos().equals("NN") || cue.pos().equals("NNS")) && lexicon.cueNouns().contains(lemma)) {
      return possessor(article, tokens, i);
    }
    if (!cue.pos().startsWith("VB") || !lexicon.cueLemmas().contains(lemma) || isPassive(tokens, i)
        || isModifyingParticiple(tokens, i)) {
      return null;
    }
    Span before = nounPhraseBefore(tokens, i);
    return before != null ? before : nounPhraseAfter(tokens, i + 1);
  }

  /**
   * A passive cue ({@code Mr. Quiros was accused of}, {@code peacekeepers have been blamed for}):
   * its subject is who the words are about, not who says them.
   */
  static boolean isPassive(List<Token> tokens, int verb) {
    if (!tokens.get(verb).pos().equals("VBN")) {
      return false;
    }
    int k = verb - 1;
    while (k >= 0 && tokens.get(k).pos().startsWith("RB")) {
      k--;
    }
    return k >= 0 && tokens.get(k).lemma().equalsIgnoreCase("be");
  }

  /**
   * A participle right after a noun with its own object ({@code taxpayers reporting capital
   * gains}): it says which ones, it reports nothing. {@code Clinton asking, "..."} does.
   */
  static boolean isModifyingParticiple(List<Token> tokens, int verb) {
    if (!tokens.get(verb).pos().equals("VBG") || verb == 0 || verb + 1 >= tokens.size()
        || !tokens.get(verb - 1).pos().startsWith("NN")) {
      return false;
    }
    String next = tokens.get(verb + 1).pos();
    return next.startsWith("NN") || next.startsWith("JJ") || next.equals("DT") || next.equals("PRP$") || next.equals("CD");
  }

  /**
   * Who owns an attribution noun: {@code Donald Trump's claim}, {@code his infamous comment}, {@code
   * a New York Times report}, over the adjectives and nouns that modify it; null when no one does.
   * A name must be a person's or an organization's: {@code Tuesday's arguments} are nobody's.
   */
  private static Span possessor(AnalyzedArticle article, List<Token> tokens, int noun) {
    int k = noun - 1;
    while (k >= 0 && noun - k <= 3
        && (tokens.get(k).pos().startsWith("JJ") || tokens.get(k).pos().equals("VBN") || tokens.get(k).pos().equals("NN"))) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    Token owner = tokens.get(k);
    if (owner.pos().equals("PRP$")) {
      return owner.span();
    }
    int end = owner.pos().equals("POS") ? k - 1 : k;
    int start = end;
    while (start >= 0 && tokens.get(start).pos().startsWith("NNP")) {
      start--;
    }
    if (start == end) {
      return null;
    }
    Span name = new Span(tokens.get(start + 1).span().start(), owner.span().end());
    for (Entity entity : article.entities()) {
      if (entity.span().overlaps(name) && (entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION)) {
        return name;
      }
    }
    return null;
  }

  private static boolean matches(List<Token> tokens, int at, List<String> words) {
    if (at + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(at + k).text().equalsIgnoreCase(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The subject right before a verb, over adverbs, modals and auxiliaries ("also said", "has said"). */
  private static Span nounPhraseBefore(List<Token> tokens, int verb) {
    int end = verb - 1;
    while (end >= 0 && isSkippedBeforeVerb(tokens.get(end))) {
      end--;
    }
    if (end < 0) {
      return null;
    }
    Token last = tokens.get(end);
    if (last.pos().equals("WDT") || last.pos().equals("WP")) {
      // "the Chicago Police Department which reported": the antecedent
      int antecedent = end - 1;
      if (antecedent >= 0 && tokens.get(antecedent).text().equals(",")) {
        antecedent--;
      }
      return antecedent >= 0 && isNominal(tokens.get(antecedent).pos()) ? nounPhraseBefore(tokens, antecedent + 1) : null;
    }
    if (last.pos().equals("PRP")) {
      return last.span();
    }
    if (!isNominal(last.pos())) {
      return null;
    }
    int start = end;
    while (start > 0 && isInsideName(tokens.get(start - 1))) {
      start--;
    }
    while (start < end && !isNominal(tokens.get(start).pos()) && !isDeterminer(tokens.get(start))) {
      start++;
    }
    return new Span(tokens.get(start).span().start(), last.span().end());
  }

  private static Span nounPhraseAfter(List<Token> tokens, int from) {
    int start = from;
    while (start < tokens.size() && tokens.get(start).pos().equals("IN")) {
      start++;
    }
    if (start >= tokens.size()) {
      return null;
    }
    if (tokens.get(start).pos().equals("PRP")) {
      return tokens.get(start).span();
    }
    int end = start;
    while (end < tokens.size() && (isInsideName(tokens.get(end)) || end == start && isDeterminer(tokens.get(end)))) {
      end++;
    }
    int last = end - 1;
    while (last >= start && !isNominal(tokens.get(last).pos())) {
      last--;
    }
    return last < start ? null : new Span(tokens.get(start).span().start(), tokens.get(last).span().end());
  }

  private static boolean isSkippedBeforeVerb(Token t) {
    return t.pos().startsWith("RB") || t.pos().equals("MD")
        || t.pos().startsWith("VB") && (t.lemma().equals("have") || t.lemma().equals("be") || t.lemma().equals("do"));
  }

  private static boolean isNominal(String pos) {
    return pos.startsWith("NN");
  }

  private static boolean isDeterminer(Token t) {
    return t.pos().equals("DT") || t.pos().equals("PRP$");
  }

  /** Words a name or noun phrase is made of: "the Ukrainian Defense Intelligence Directorate". */
  private static boolean isInsideName(Token t) {
    String pos = t.pos();
    return isNominal(pos) || pos.equals("JJ") || pos.equals("POS") || isDeterminer(t)
        || pos.equals("IN") && t.text().equals("of");
  }

  private static String name(AnalyzedArticle article, Span source) {
    for (Entity entity : article.entities()) {
      if (entity.span().overlaps(source)) {
        return entity.canonical();
      }
    }
    return source.of(article.article().text());
  }
}
