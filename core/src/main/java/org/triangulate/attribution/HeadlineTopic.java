package org.triangulate.attribution;

import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.Phrases.anyToken;

import java.util.List;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * "Carson on why young black men should vote Trump", "John Leguizamo On How U.S. History Makes
 * Latinos Feel ...": a headline that is a name, "on" and a question word opening a clause gives
 * what the named person says on that question; "on" is the cue, the name the source, the clause
 * the content, as PolNeAR marks it. Counted on PolNeAR train: 3 sentences open with a name before
 * "on" and a question word, all 3 gold attributions with those spans, none of which any rule
 * found; a name before "on" and a noun ("Split on Supreme Court ...", "Democrats on the House
 * Select Committee ...", "Clinton on Tuesday became ...") tells of no view, and a question word
 * after another phrase ("Pushed by host Chuck Todd on what ...") is the question put, not the view.
 */
final class HeadlineTopic implements CueKind {

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return tokens.get(i).text().equalsIgnoreCase("on") && i > 0 && i + 1 < tokens.size()
        && (tokens.get(i + 1).pos().equals("WRB") || tokens.get(i + 1).pos().equals("WP"))
        && !anyToken(tokens, 0, i, t -> !t.pos().startsWith("NNP"));
  }

  @Override
  public Frame frameAt(String text, Sentence sentence, int on, List<Span> quotations) {
    // The question word opens the clause even where the tagger misses its verb ("Latinos Ca/NN n’t Fail/NN On TV").
    List<Token> tokens = sentence.tokens();
    List<Span> content = contentAfter(text, sentence, on + 1, quotations);
    return content.isEmpty() ? null : frame(text, tokens, content, tokens.get(on).span(), new int[] {0, on});
  }
}
