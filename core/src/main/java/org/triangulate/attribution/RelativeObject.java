package org.triangulate.attribution;

import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.ReportingVerb.objectAlone;
import static org.triangulate.attribution.Subjects.skippedBefore;

import java.util.List;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * "A second view, which I share, ...", "a summary of their answers, which the union recently
 * released.": a verb that reports nothing elsewhere ("shared a meal", "released the prisoners",
 * {@code en/relative_object_verbs.txt}) states a stance or a claim when its object is the relative
 * pronoun that opens its clause and the clause ends with the verb or an adjunct of it ({@link
 * ReportingVerb#objectAlone}): the pronoun is the content, the verb's subject the source, and the
 * cue the verb with the auxiliaries and adverbs before it ("has not introduced"). Elsewhere the
 * verb makes no frame.
 * The list is short (four verbs, one train case each), so the rule reaches few sentences.
 */
final class RelativeObject implements CueKind {

  private final CueWords words;

  RelativeObject(CueWords words) {
    this.words = words;
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return words.takesRelativeObject(tokens.get(i));
  }

  @Override
  public Frame frameAt(String text, Sentence sentence, int cue, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int before = skippedBefore(tokens, cue - 1);
    int[] source = before < 0 ? null : nounPhraseBefore(tokens, before);
    if (source == null || source[0] == 0 || !objectAlone(text, tokens, source, cue + 1)) {
      return null;
    }
    Span cueSpan = new Span(tokens.get(before + 1).span().start(), tokens.get(cue).span().end());
    return frame(text, tokens, List.of(tokens.get(source[0] - 1).span()), cueSpan, source);
  }
}
