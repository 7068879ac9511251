package org.triangulate.figures;

import java.util.List;
import java.util.Locale;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.ClaimSource;
import org.triangulate.model.Entity;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * The source named by the reporting cue nearest to the figure in its sentence: the subject of
 * {@code estimates}, {@code said}, {@code told} (or the name after an inverted {@code said}), or
 * the object of {@code according to}. Null when the sentence has no cue with a source: the figure
 * is the outlet's own. A stand-in until the attribution stage's quotes are available.
 */
public final class NearestCue implements SourceFinder {

  private final FigureLexicon lexicon;

  public NearestCue() {
    this(FigureLexicon.english());
  }

  NearestCue(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public ClaimSource sourceOf(AnalyzedArticle article, Sentence sentence, Span figure) {
    List<Token> tokens = sentence.tokens();
    ClaimSource best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < tokens.size(); i++) {
      Span source = sourceAt(tokens, i);
      if (source == null || source.overlaps(figure)) {
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

  /** The source of a cue at token {@code i}, or null when {@code i} is no cue or names none. */
  private Span sourceAt(List<Token> tokens, int i) {
    for (List<String> phrase : lexicon.cuePhrases()) {
      if (matches(tokens, i, phrase)) {
        return nounPhraseAfter(tokens, i + phrase.size());
      }
    }
    Token cue = tokens.get(i);
    if (!cue.pos().startsWith("VB") || !lexicon.cueLemmas().contains(cue.lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Span before = nounPhraseBefore(tokens, i);
    return before != null ? before : nounPhraseAfter(tokens, i + 1);
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
    if (last.pos().equals("PRP") || last.pos().equals("WDT")) {
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
