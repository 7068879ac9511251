package org.triangulate.attribution;

import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.CueWords.afterTimeOfSaying;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.Frame.unsourced;
import static org.triangulate.attribution.NounPhrases.possessorBefore;
import static org.triangulate.attribution.Phrases.afterConnectives;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.span;

import java.util.List;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * A noun of saying whose copula states what was said: held ("Rubio's response was that ..."), or
 * opening the sentence with its article ("Another complaint is that ...", "The idea is that ...").
 */
final class PredicateNoun implements CueKind {

  private final CueWords words;

  PredicateNoun(CueWords words) {
    this.words = words;
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    int copula = copulaAfter(tokens, i);
    if (copula < 0) {
      return false;
    }
    int first = modifiersBefore(tokens, i);
    // "The pro-Rubio narrative will be that ...", "The concern would be that ...": with no holder, a
    // modal names a view no one holds yet; PolNeAR marks neither (2 of 2 on train).
    return words.namesSaying(tokens.get(i)) && possessorBefore(tokens, first) != null
        || (words.namesSaying(tokens.get(i)) || words.namesProposition(tokens.get(i))) && openingArticle(tokens, first) >= 0
            && !anyToken(tokens, i + 1, copula, token -> token.pos().equals("MD"));
  }

  /**
   * "Their fear is that ...", "Podliska's most explosive claim is that ...", "Clinton's response
   * was: “...”": the possessor is the source, the cue runs from the noun's modifiers to the copula
   * and its colon, and what follows is the content, as PolNeAR marks it; "Sanders's argument on
   * Sunday was that ...": a time between the noun and the copula may be when it was stated.
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
    int[] possessor = possessorBefore(tokens, first);
    if (afterTimeOfSaying(tokens, noun + 1) > noun + 1) {
      // "Sanders's argument on Sunday was that ...": the time cuts the cue off at the noun.
      last = noun;
    }
    if (possessor == null) {
      // "Another complaint is that ...", "The idea is that ...": no one holds the view, and
      // PolNeAR's cue runs from the article.
      return unsourced(text, content, span(tokens, openingArticle(tokens, first), last));
    }
    return frame(text, tokens, content, span(tokens, first, last), possessor);
  }

  /**
   * The article or "one" right before the noun's modifiers at {@code first}, when it opens the
   * sentence, past its connectives ("But one view is that ..."); or -1.
   */
  private static int openingArticle(List<Token> tokens, int first) {
    int article = first - 1;
    boolean opens = article >= 0 && afterConnectives(tokens, 0, article) == article;
    return opens && (tokens.get(article).pos().equals("DT") || tokens.get(article).text().equalsIgnoreCase("one")) ? article : -1;
  }

  /**
   * The copula right after the noun, over adverbs, modals and the perfect's "have" ("The hope has
   * been that ..."), before "that" or a colon; or -1.
   */
  private static int copulaAfter(List<Token> tokens, int noun) {
    int i = afterTimeOfSaying(tokens, noun + 1);
    while (i < tokens.size() && (tokens.get(i).pos().startsWith("RB") || tokens.get(i).pos().equals("MD")
        || tokens.get(i).pos().startsWith("VB") && tokens.get(i).lemma().equalsIgnoreCase("have"))) {
      i++;
    }
    boolean copula = i + 1 < tokens.size() && tokens.get(i).pos().startsWith("VB") && tokens.get(i).lemma().equalsIgnoreCase("be");
    Token next = copula ? tokens.get(i + 1) : null;
    return next != null && (next.text().equalsIgnoreCase("that") && next.pos().equals("IN") || next.text().equals(":")) ? i : -1;
  }

  /**
   * The first of the adjectives, adverbs and singular nouns before the noun: "most explosive
   * claim", "main talking points".
   */
  private static int modifiersBefore(List<Token> tokens, int noun) {
    int first = noun;
    while (first > 0 && tokens.get(first - 1).pos().matches("JJ.*|RBS|RB|VBN|NN")) {
      first--;
    }
    return first;
  }
}
