package org.triangulate.attribution;

import java.util.List;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * One kind of cue: whether it stands at a token, and the attribution it makes there. {@link
 * RuleAttributor} tries the kinds in order, and the first that stands at a token has it, whether
 * or not it finds an attribution there.
 */
interface CueKind {

  boolean standsAt(List<Token> tokens, int i);

  /** The attribution of the cue at token {@code i}, or null when the sentence holds none there. */
  Frame frameAt(String text, Sentence sentence, int i, List<Span> quotations);
}
