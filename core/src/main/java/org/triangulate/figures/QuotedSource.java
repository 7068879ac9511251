package org.triangulate.figures;

import java.util.List;
import java.util.Locale;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.ClaimSource;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * The source of the attribution whose content holds the figure, as the attribution stage found it
 * ({@link AnalyzedArticle#quotes()}): it follows quotations across sentences and paragraphs, which
 * a look around the figure's sentence cannot. When several contents hold the figure the smallest
 * wins, the one nearest to it. An attribution whose source is no speaker is passed over: a relative
 * or interrogative word ({@code who has pledged}, {@code Who would have believed}), a clause taken
 * for a name ({@code that the rate would decline}), or the subject of a passive cue ({@code Mr.
 * Quiros was accused of}), who is spoken about. A figure in an aside between dashes or brackets,
 * outside quotation marks, is the writer's gloss on what is reported ({@code pledged to ban all
 * Muslims — 1.6 billion members of an entire religion — from entering}): the outlet's own. A
 * figure in no attributed content falls back to {@code fallback}.
 */
public final class QuotedSource implements SourceFinder {

  /** How far, in characters, an aside's dashes or brackets are looked for on each side of a figure. */
  private static final int ASIDE_REACH = 300;

  private final SourceFinder fallback;

  public QuotedSource(SourceFinder fallback) {
    this.fallback = fallback;
  }

  @Override
  public ClaimSource sourceOf(AnalyzedArticle article, Sentence sentence, Span figure) {
    Quote holder = null;
    int holderLength = Integer.MAX_VALUE;
    for (Quote quote : article.quotes()) {
      int length = contentHolding(quote.content(), figure);
      if (length < holderLength && (quote.source() == null || isSpeaker(article, quote))) {
        holder = quote;
        holderLength = length;
      }
    }
    if ((holder == null || !holder.direct()) && isAside(article.article().text(), sentence.span(), figure)) {
      return null;
    }
    if (holder == null) {
      return fallback.sourceOf(article, sentence, figure);
    }
    if (holder.source() == null) {
      return null;
    }
    String name = holder.speaker().name() != null ? holder.speaker().name() : holder.source().of(article.article().text());
    return new ClaimSource(holder.source(), name);
  }

  private static boolean isSpeaker(AnalyzedArticle article, Quote quote) {
    String text = article.article().text();
    if (quote.source().of(text).toLowerCase(Locale.ROOT).matches("that (the|a|an|this|these|those|it|he|she|they|we) .*")) {
      return false; // "that the rate": a clause, not a demonstrative ("that official")
    }
    if (article.sentences().isEmpty()) {
      return true;
    }
    Sentence sentence = article.sentences().get(NearestCue.sentenceAt(article.sentences(), quote.source().start()));
    List<Token> tokens = sentence.tokens();
    int first = NearestCue.tokenAt(tokens, quote.source().start());
    if (first < tokens.size() && (tokens.get(first).pos().equals("WDT") || tokens.get(first).pos().equals("WP")
        || tokens.get(first).pos().equals("IN"))) {
      return false;
    }
    if (quote.cue() == null || quote.cue().start() < quote.source().end() || !sentence.span().contains(quote.cue().start())) {
      return true;
    }
    int cue = cueVerb(tokens, quote.cue());
    return cue >= tokens.size() || !NearestCue.isPassive(tokens, cue) && !NearestCue.isModifyingParticiple(tokens, cue);
  }

  /**
   * The verb of a cue: its last verb token, since a cue may open with auxiliaries ("has been
   * endorsed") and close with a preposition ("called for"); its first token when it has no verb.
   */
  private static int cueVerb(List<Token> tokens, Span cue) {
    int first = NearestCue.tokenAt(tokens, cue.start());
    int verb = first;
    for (int i = first; i < tokens.size() && tokens.get(i).span().end() <= cue.end(); i++) {
      if (tokens.get(i).pos().startsWith("VB")) {
        verb = i;
      }
    }
    return verb;
  }

  /**
   * Whether {@code figure} stands between a pair of dashes or brackets inside {@code sentence}: an
   * odd number of dashes before it (the last one opens the aside) and one more after it.
   */
  static boolean isAside(String text, Span sentence, Span figure) {
    // an aside is a phrase, not a page: a bounded look keeps a run-on line linear
    String before = text.substring(Math.max(sentence.start(), figure.start() - ASIDE_REACH), figure.start());
    String after = text.substring(figure.end(), Math.min(sentence.end(), figure.end() + ASIDE_REACH));
    int open = before.lastIndexOf('(');
    if (open >= 0 && before.indexOf(')', open) < 0 && after.indexOf(')') >= 0) {
      return true;
    }
    return dashes(before) % 2 == 1 && dashes(after) > 0;
  }

  /** The dashes that set off asides in {@code part}: em and en dashes, and "--". */
  private static int dashes(String part) {
    return part.split("\u2014|\u2013|--", -1).length - 1;
  }

  /** The length of the content fragment holding {@code figure}, or the largest int when none does. */
  private static int contentHolding(List<Span> content, Span figure) {
    for (Span fragment : content) {
      if (fragment.contains(figure)) {
        return fragment.end() - fragment.start();
      }
    }
    return Integer.MAX_VALUE;
  }
}
