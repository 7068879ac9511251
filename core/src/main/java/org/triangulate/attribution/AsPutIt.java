package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Subjects.skippedBefore;

import java.util.List;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** The idiom "as X put it": X speaks. */
final class AsPutIt implements CueKind {

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return tokens.get(i).lemma().equalsIgnoreCase("put") && tokens.get(i).pos().startsWith("VB");
  }

  /**
   * "As The Post's Dana Milbank puts it, “Senate Republicans are unmoved ...”", "as an American
   * diplomat put it, an “extreme makeover”": in the idiom "as X put it", X speaks, "put it" is the
   * cue, with the colon if one follows, and what follows the comma or colon is the content. The
   * words between "as" and the verb are the source whatever their tags, with no verb of their own.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int put, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    if (put + 2 >= tokens.size() || !tokens.get(put + 1).text().equalsIgnoreCase("it")) {
      return null;
    }
    int as = put - 1;
    while (as >= 0 && !tokens.get(as).text().equalsIgnoreCase("as")) {
      as--;
    }
    int last = skippedBefore(tokens, put - 1);
    if (last >= 0 && isComma(tokens.get(last))) {
      last--;
    }
    if (as < 0 || last <= as || anyToken(tokens, as + 1, last + 1, Clauses::isFinite)) {
      return null;
    }
    int separator = put + 2;
    while (separator < tokens.size() && !isComma(tokens.get(separator)) && !tokens.get(separator).text().equals(":")
        && !isFinite(tokens.get(separator)) && !isSentenceEnd(tokens.get(separator))) {
      separator++;
    }
    if (separator >= tokens.size() || !isComma(tokens.get(separator)) && !tokens.get(separator).text().equals(":")) {
      return null;
    }
    List<Span> content = contentAfter(text, sentence, separator + 1, quotations);
    if (content.isEmpty()) {
      return null;
    }
    Span cue = span(tokens, put, tokens.get(separator).text().equals(":") ? separator : put + 1);
    return frame(text, tokens, content, cue, new int[] {as + 1, last + 1});
  }
}
