package org.triangulate.attribution;

import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.hasVerb;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isFinite;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.nounPhraseAfter;

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
   * "In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to
   * 39 percent" or "Trump leads by 24 points in the 50-state poll.": "in" is the cue, the poll the
   * source, and the clause it opens or closes the content.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int in, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int[] poll = nounPhraseAfter(tokens, in + 1);
    if (poll == null || !POLLS.contains(tokens.get(poll[1] - 1).lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int end = poll[1];
    if (in == 0 && end + 1 < tokens.size() && isComma(tokens.get(end)) && tokens.get(end + 1).pos().equals("VBN")) {
      // "In the new poll, conducted March 11-13, ...": the participle describes the poll.
      int close = end + 1;
      while (close < tokens.size() && !isComma(tokens.get(close)) && !isFinite(tokens.get(close))) {
        close++;
      }
      if (close < tokens.size() && isComma(tokens.get(close))) {
        poll = new int[] {poll[0], close + 1};
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
    if (in > 1 && last && named && anyToken(tokens, 0, in, Phrases::isFinite)) {
      Span content = new Span(tokens.get(0).span().start(), tokens.get(in - 1).span().end());
      return frame(text, tokens, List.of(content), cue, poll);
    }
    return null;
  }
}
