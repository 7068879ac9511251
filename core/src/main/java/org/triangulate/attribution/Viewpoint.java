package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.hasVerb;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.isObjectPronoun;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.standsForPeople;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isRelativePronoun;
import static org.triangulate.attribution.Scenes.namesTimeAlone;

import java.util.List;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** "To X, ...": the clause after the comma is how things look to X, who holds it. */
final class Viewpoint implements CueKind {

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    // The tagger reads such a "to" as a preposition as often as it gives "to" its own tag; an
    // adverb before it makes a phrase of its own ("Prior to May, ...").
    return tokens.get(i).text().equalsIgnoreCase("to") && !anyToken(tokens, 0, i, t -> !t.pos().equals("CC"));
  }

  /**
   * "To Ms. Reyes, the vote was a betrayal", "But to others, he is a hero", "To Sexton, who has
   * studied the rallies, Tuesday marked a turning point": a "to" that opens the sentence before a
   * name, an object pronoun or a word that stands for people ("many", "others"), and a comma, with
   * the relative clause that describes them, gives the clause after it as their view; "to" is the
   * cue, as PolNeAR marks it. A time ("To date"), a possessive ("To his credit") or a
   * common noun ("To the public", "To a lot of readers") opens no view: PolNeAR marks none there.
   * Counted on PolNeAR train: the rule reads 9 such views, 8 of them gold attributions with "to"
   * the cue, none of which any rule found before, and 1 not ("To Montclair State University
   * political science professor Brigid Harrison, ..."); 4 frames of no gold cue inside those
   * views go.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int to, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int[] holder = nounPhraseAfter(tokens, to + 1);
    if (holder == null || holder[1] >= tokens.size() || !isComma(tokens.get(holder[1])) || !standsForPerson(tokens, holder)) {
      return null;
    }
    int comma = holder[1];
    if (comma + 1 < tokens.size() && isRelativePronoun(tokens.get(comma + 1))) {
      int close = comma + 2;
      while (close < tokens.size() && !isComma(tokens.get(close))) {
        close++;
      }
      holder = new int[] {holder[0], close};
      comma = close;
    }
    if (comma + 1 >= tokens.size() || !hasVerb(tokens, comma + 1, tokens.size())) {
      return null;
    }
    List<Span> content = contentAfter(text, sentence, comma + 1, quotations);
    return content.isEmpty() ? null : frame(text, tokens, content, tokens.get(to).span(), holder);
  }

  /** Whether the phrase names a person or stands for people: a proper name, "them", "many", "others". */
  private static boolean standsForPerson(List<Token> tokens, int[] phrase) {
    Token head = tokens.get(phrase[1] - 1);
    if (phrase[1] - phrase[0] == 1 && (isObjectPronoun(head) || standsForPeople(head))) {
      return true;
    }
    return head.pos().startsWith("NNP") && !namesTimeAlone(tokens, phrase) && !anyToken(tokens, phrase[0], phrase[1], t -> t.pos().equals("POS"));
  }
}
