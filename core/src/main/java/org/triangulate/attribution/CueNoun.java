package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.beforeAuxiliaries;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Contents.endingBeforeVerbAfterClause;
import static org.triangulate.attribution.CueWords.holderAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.Frame.unsourced;
import static org.triangulate.attribution.NounPhrases.possessorBefore;
import static org.triangulate.attribution.Phrases.afterConnectives;
import static org.triangulate.attribution.Phrases.isDeterminer;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Subjects.subjectBefore;

import java.util.List;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** A noun of saying or believing before "that": "the union's claim that ...". */
final class CueNoun implements CueKind {

  private final CueWords words;

  CueNoun(CueWords words) {
    this.words = words;
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return words.isCueNoun(tokens, i);
  }

  /**
   * "Clinton's claim that ...", "his stern warning that ...", "concerns that ...": the noun is the
   * cue, with the adjectives and the possessive before it, and the possessor, if any, the source;
   * "claims by intelligence agencies that ...": the phrase after "from" or "by" is the source.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int noun, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int complementizer = words.cueNounComplementizer(tokens, noun);
    List<Span> content = contentAfter(text, sentence, complementizer, quotations);
    if (content.isEmpty()) {
      return null;
    }
    int first = noun;
    while (first > 0 && (tokens.get(first - 1).pos().startsWith("JJ") || tokens.get(first - 1).pos().equals("VBN")
        || tokens.get(first - 1).pos().equals("HYPH") || tokens.get(first).pos().equals("HYPH"))) {
      // A hyphenated modifier is one: "Trump's by-now-familiar claims that ...".
      first--;
    }
    int phrase = first > 0 && isDeterminer(tokens.get(first - 1)) ? first - 1 : first;
    int[] holder = holderAfter(tokens, noun);
    if (holder != null) {
      // "Trump has faced criticism from rivals that ...": the one named after "from" or "by" holds
      // the view, not the subject of the verb before the noun; the cue is the noun alone.
      if (afterConnectives(tokens, 0, phrase) == phrase) {
        content = endingBeforeVerbAfterClause(tokens, content, quotations);
      }
      return frame(text, tokens, content, span(tokens, first, noun), holder);
    }
    int[] source = null;
    int verb = phrase > 0 && tokens.get(phrase - 1).pos().matches("RP|IN|TO") ? phrase - 2 : phrase - 1;
    if (verb >= 0 && tokens.get(verb).pos().startsWith("VB") && !tokens.get(verb).lemma().equalsIgnoreCase("be")) {
      // "Woods shared her belief that ...", "Trump laid out his concerns that ...": the one who
      // holds the noun's view is the subject of the verb it follows. Not of "be": "the Nevada
      // Democrat's biggest takeaway is a belief that ..." names what the view is, not who holds it.
      source = subjectBefore(tokens, verb + 1);
    }
    if (source != null) {
      // "Trump reiterated his claim that ...": PolNeAR's cue runs from the verb, with its
      // auxiliaries and adverbs ("has also repeated his claim").
      first = beforeAuxiliaries(tokens, verb) + 1;
    } else {
      source = possessorBefore(tokens, first);
      if (afterConnectives(tokens, 0, phrase) == (source == null ? phrase : source[0])) {
        // "Sanders's claim that he can still win would depend on ...": the noun's phrase is the
        // sentence's subject, and its clause ends before the sentence's verb.
        content = endingBeforeVerbAfterClause(tokens, content, quotations);
      }
    }
    if (source == null) {
      return unsourced(text, content, span(tokens, noun, complementizer - 1));
    }
    // "her assertion during the debate that ...": the cue runs on to the "that", as PolNeAR's
    // does there (after "Trump's assertion Monday" it stops at the noun: 1 to 1 on train).
    return frame(text, tokens, content, span(tokens, first, complementizer - 1), source);
  }
}
