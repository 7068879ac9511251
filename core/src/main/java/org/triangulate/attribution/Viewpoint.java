package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.hasVerb;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.isObjectPronoun;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.possessorBefore;
import static org.triangulate.attribution.NounPhrases.standsForPeople;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isRelativePronoun;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Scenes.namesTimeAlone;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * "To X, ..." and "In X's view, ...": the clause after the comma is how things look to X, who
 * holds it.
 */
final class Viewpoint implements CueKind {

  /**
   * The nouns of a view held that "In X's ..." opens a sentence with ("In their view, ...", "In my
   * personal opinion, ..."); counted on PolNeAR train, "view" and "opinion" there are gold cues 3
   * times of 3. "mind" is left out: PolNeAR marks "In Trump's mind," with "In" its cue.
   */
  private static final Set<String> VIEW_NOUNS = Set.of("view", "opinion");

  /** Whether the token is a noun of a view held: "view", "opinion". */
  static boolean isViewNoun(Token token) {
    return token.pos().startsWith("NN") && VIEW_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    // The phrase opens the sentence, after "But" or "And" at most: an adverb before it makes a
    // phrase of its own ("Prior to May, ..."). The tagger reads "to" there as a preposition as
    // often as it gives "to" its own tag.
    if (anyToken(tokens, 0, i, t -> !t.pos().equals("CC"))) {
      return false;
    }
    String word = tokens.get(i).text();
    return word.equalsIgnoreCase("to") || word.equalsIgnoreCase("in") && viewNoun(tokens, i) > 0;
  }

  /**
   * The view noun of "In X's view," or "In my personal opinion,": a possessor right after "in", the
   * noun with its adjectives, then a comma; or -1.
   */
  private static int viewNoun(List<Token> tokens, int in) {
    int noun = in + 1;
    while (noun + 1 < tokens.size() && !isComma(tokens.get(noun)) && !isViewNoun(tokens.get(noun))) {
      noun++;
    }
    if (noun + 1 >= tokens.size() || !isComma(tokens.get(noun + 1)) || isComma(tokens.get(noun))) {
      return -1;
    }
    int[] possessor = possessorBefore(tokens, viewPhraseStart(tokens, noun));
    return possessor != null && possessor[0] == in + 1 ? noun : -1;
  }

  /** Where the view's phrase opens after its possessor: the first of the adjectives before the noun at {@code noun}, or the noun. */
  private static int viewPhraseStart(List<Token> tokens, int noun) {
    int first = noun;
    while (first > 0 && tokens.get(first - 1).pos().startsWith("JJ")) {
      first--;
    }
    return first;
  }

  /**
   * "In their view, Democrats could pick off ...", "In Ash's view, the change would ...", "In my
   * personal opinion, politicians need only ...": the possessor holds the view, the view noun with
   * its adjectives is the cue, as PolNeAR marks it, and the clause after the comma the content;
   * such a phrase is no scene set for the main clause, as {@code RuleAttributor} would otherwise
   * take it. Counted on PolNeAR train: 3 such sentence openings, all gold attributions, none found
   * before.
   */
  private static Frame heldView(String text, Sentence sentence, int in, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int noun = viewNoun(tokens, in);
    int first = viewPhraseStart(tokens, noun);
    if (!hasVerb(tokens, noun + 2, tokens.size())) {
      return null;
    }
    List<Span> content = contentAfter(text, sentence, noun + 2, quotations);
    return content.isEmpty() ? null : frame(text, tokens, content, span(tokens, first, noun), possessorBefore(tokens, first));
  }

  /** The view the sentence-opening "to" or "in" at {@code at} attributes: {@link #viewTo} or {@link #heldView}. */
  @Override
  public Frame frameAt(String text, Sentence sentence, int at, List<Span> quotations) {
    return sentence.tokens().get(at).text().equalsIgnoreCase("to") ? viewTo(text, sentence, at, quotations) : heldView(text, sentence, at, quotations);
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
  private static Frame viewTo(String text, Sentence sentence, int to, List<Span> quotations) {
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
