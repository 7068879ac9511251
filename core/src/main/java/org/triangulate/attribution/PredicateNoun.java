package org.triangulate.attribution;

import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.possessorBefore;
import static org.triangulate.attribution.Phrases.span;

import java.util.List;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** A held noun of saying whose copula states what was said: "Rubio's response was that ...". */
final class PredicateNoun implements CueKind {

  private final CueWords words;

  PredicateNoun(CueWords words) {
    this.words = words;
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return words.namesSaying(tokens.get(i)) && copulaAfter(tokens, i) > 0 && possessorBefore(tokens, modifiersBefore(tokens, i)) != null;
  }

  /**
   * "Their fear is that ...", "Podliska's most explosive claim is that ...", "Clinton's response
   * was: “...”": the possessor is the source, the cue runs from the noun's modifiers to the copula
   * and its colon, and what follows is the content, as PolNeAR marks it.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int noun, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int copula = copulaAfter(tokens, noun);
    int last = tokens.get(copula + 1).text().equals(":") ? copula + 1 : copula;
    List<Span> content = contentAfter(text, sentence, last + 1, quotations);
    if (content.isEmpty()) {
      return null;
    }
    int first = modifiersBefore(tokens, noun);
    Span cue = span(tokens, first, last);
    return frame(text, tokens, content, cue, possessorBefore(tokens, first));
  }

  /** The copula right after the noun, over adverbs and modals, before "that" or a colon; or -1. */
  private static int copulaAfter(List<Token> tokens, int noun) {
    int i = noun + 1;
    while (i < tokens.size() && (tokens.get(i).pos().startsWith("RB") || tokens.get(i).pos().equals("MD"))) {
      i++;
    }
    boolean copula = i + 1 < tokens.size() && tokens.get(i).pos().startsWith("VB") && tokens.get(i).lemma().equalsIgnoreCase("be");
    Token next = copula ? tokens.get(i + 1) : null;
    return next != null && (next.text().equalsIgnoreCase("that") && next.pos().equals("IN") || next.text().equals(":")) ? i : -1;
  }

  /** The first of the adjectives and adverbs before the noun: "most explosive claim". */
  private static int modifiersBefore(List<Token> tokens, int noun) {
    int first = noun;
    while (first > 0 && tokens.get(first - 1).pos().matches("JJ.*|RBS|RB|VBN")) {
      first--;
    }
    return first;
  }
}
