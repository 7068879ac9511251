package org.triangulate.attribution;

import static org.triangulate.attribution.Phrases.beFormBefore;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Token;

/**
 * The words that make a cue: reporting verbs (the hand-written {@code en/reporting_verbs.txt} and
 * the WordNet verbs PolNeAR train confirms, {@code en/wordnet_cue_verbs.txt}), the prepositions
 * some of them take ({@code en/prepositional_cues.txt}), and nouns of saying or believing ({@code
 * en/cue_nouns.txt}), and verbs whose object speaks ({@code en/prompting_verbs.txt}).
 */
final class CueWords {

  private final Set<String> verbs;
  /** "call for", "refer to": a verb and the preposition that introduces its content, as one cue. */
  private final Set<String> prepositionalCues;
  /** "claim", "warning": nouns that attribute the clause their "that" opens. */
  private final Set<String> cueNouns;
  /** "led Republicans to say", "forced Sanders to acknowledge": verbs whose object speaks. */
  private final Set<String> promptingVerbs;

  CueWords() {
    // The hand-written list and the WordNet verbs that PolNeAR train confirms: cues alike.
    Set<String> allVerbs = new HashSet<>(WordList.load(CueWords.class, "en/reporting_verbs.txt"));
    allVerbs.addAll(WordList.load(CueWords.class, "en/wordnet_cue_verbs.txt"));
    this.verbs = Set.copyOf(allVerbs);
    this.prepositionalCues = Set.copyOf(WordList.load(CueWords.class, "en/prepositional_cues.txt"));
    this.cueNouns = Set.copyOf(WordList.load(CueWords.class, "en/cue_nouns.txt"));
    this.promptingVerbs = Set.copyOf(WordList.load(CueWords.class, "en/prompting_verbs.txt"));
  }

  boolean isCue(Token token) {
    return token.pos().startsWith("VB") && listsVerb(token);
  }

  /** Whether the token's lemma is a listed reporting verb, whatever its part of speech. */
  boolean listsVerb(Token token) {
    return verbs.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the token at {@code taker} takes a reporting verb's infinitive into the cue: an
   * adjective ("likely to"), or a verb that is no cue of its own ("declined to" is one, and PolNeAR
   * splits it) and no participle without "be" ("designed to promote").
   */
  boolean takesInfinitive(List<Token> tokens, int taker) {
    Token word = tokens.get(taker);
    return word.pos().startsWith("JJ")
        || word.pos().startsWith("VB") && !isCue(word) && (!word.pos().equals("VBN") || beFormBefore(tokens, taker) >= 0);
  }

  /** Whether the verb makes its object say what the infinitive after it says ("led Republicans to say"). */
  boolean prompts(Token verb) {
    return promptingVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  boolean takesPreposition(Token verb, Token preposition) {
    return (preposition.pos().equals("IN") || preposition.pos().equals("TO"))
        && prepositionalCues.contains(verb.lemma().toLowerCase(Locale.ROOT) + " " + preposition.text().toLowerCase(Locale.ROOT));
  }

  boolean isCueNoun(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    return token.pos().startsWith("NN") && !token.pos().startsWith("NNP") && cueNouns.contains(token.lemma().toLowerCase(Locale.ROOT))
        && next != null && next.text().equalsIgnoreCase("that") && next.pos().equals("IN");
  }

  /**
   * "Mr. Reagan was criticized for trading ...", "Mr. Quiros was accused of ...": the subject of a
   * passive cue is who is spoken about, not who speaks; PolNeAR names no source.
   */
  boolean isPassiveCue(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (!isCue(token) || !token.pos().equals("VBN") || i + 1 >= tokens.size() || tokens.get(i + 1).text().equals("by")) {
      return false;
    }
    // "containers believed to contain ammunition": a participle after its noun, with no "be",
    // is passive too, and the noun is what is spoken about.
    return beFormBefore(tokens, i) >= 0 || i > 0 && tokens.get(i - 1).pos().startsWith("NN")
        && i + 2 < tokens.size() && tokens.get(i + 1).pos().equals("TO") && tokens.get(i + 2).pos().equals("VB");
  }
}
