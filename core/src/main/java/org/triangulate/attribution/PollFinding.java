package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.hasVerb;
import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Scenes.afterTimeExpression;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** A finding read "in" a named poll, attributed to the poll. */
final class PollFinding implements CueKind {

  /** What a figure is read "in" and attributed to: "in the latest poll". */
  private static final Set<String> POLLS = Set.of("poll", "survey");

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return tokens.get(i).text().equalsIgnoreCase("in") && tokens.get(i).pos().equals("IN");
  }

  /**
   * The poll or survey that heads the phrase, or -1: its last noun, or the noun before a time
   * expression or a participle that ends it ("a Des Moines Register poll last month", "an NBC
   * News poll released Monday").
   */
  private static int pollNoun(List<Token> tokens, int[] phrase) {
    for (int i = phrase[1] - 1; i >= phrase[0]; i--) {
      if (POLLS.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
        boolean described = i + 1 < phrase[1] && tokens.get(i + 1).pos().equals("VBN");
        return i == phrase[1] - 1 || described || afterTimeExpression(tokens, i + 1) == phrase[1] ? i : -1;
      }
    }
    return -1;
  }

  /**
   * "In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to
   * 39 percent" or "Trump leads by 24 points in the 50-state poll.": "in" is the cue, the poll the
   * source, and the clause it opens or closes the content.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int in, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int[] poll = nounPhraseAfter(tokens, in + 1);
    int head = poll == null ? -1 : pollNoun(tokens, poll);
    if (head < 0) {
      return null;
    }
    int end = poll[1];
    boolean described = end + 1 < tokens.size()
        && (tokens.get(end).pos().equals("VBN") || isComma(tokens.get(end)) && tokens.get(end + 1).pos().equals("VBN"));
    if (in == 0 && described) {
      // "In the new poll, conducted March 11-13, ...", "In a poll released Monday, ...": the
      // participle describes the poll.
      int close = end + 1;
      while (close < tokens.size() && !isComma(tokens.get(close)) && !isFinite(tokens.get(close))) {
        close++;
      }
      if (close < tokens.size() && isComma(tokens.get(close))) {
        boolean setOff = isComma(tokens.get(end));
        poll = new int[] {poll[0], setOff ? close + 1 : close};
        end = close;
      }
    }
    Span cue = tokens.get(in).span();
    if (in == 0 && end < tokens.size() && isComma(tokens.get(end))) {
      List<Span> content = contentAfter(text, sentence, end + 1, quotations);
      return content.isEmpty() || !hasVerb(tokens, end + 1, tokens.size()) ? null : frame(text, tokens, content, cue, poll);
    }
    boolean last = end == tokens.size() || end + 1 == tokens.size() && isSentenceEnd(tokens.get(end));
    // "Sanders has sagged in the polls" speaks of standing, not of a poll's finding: a named or
    // single poll only.
    boolean named = tokens.get(end - 1).pos().equals("NN") || anyToken(tokens, poll[0], end, t -> t.pos().startsWith("NNP"));
    if (in > 1 && last && named && anyToken(tokens, 0, in, Clauses::isFinite)) {
      Span content = span(tokens, 0, in - 1);
      return frame(text, tokens, List.of(content), cue, poll);
    }
    return null;
  }
}
