package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.beforeAuxiliaries;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.isHead;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Scenes.afterTimeExpression;
import static org.triangulate.attribution.Subjects.subjectBefore;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * An endorsement won: "Mr. Cruz won the endorsement of Bob Vander Plaats"; or support held: "Clinton
 * has the support of women".
 */
final class WonEndorsement implements CueKind {

  /** Nouns of one backing another: "the endorsement of", "the backing of". */
  private static final Set<String> ENDORSEMENTS = Set.of("endorsement", "backing");

  /** "won", "secured", "picked up": verbs whose subject gains what their object names. */
  private static final Set<String> WINNING_VERBS = Set.copyOf(WordList.load(WonEndorsement.class, "en/winning_verbs.txt"));

  /**
   * Nouns of one backing another that the subject has: "has the support of", "had the backing of".
   * On PolNeAR train 6 of 9 such uses are gold attributions (support 3 of 4, backing 2 of 4,
   * endorsement 1 of 1); "support" after a verb of winning is 2 of 9 ("to win the support of the
   * American people") and stays out there.
   */
  private static final Set<String> HELD = Set.of("endorsement", "backing", "support");

  /** The verb whose subject holds the side its object names. */
  private static final Set<String> HOLDING_VERBS = Set.of("have");

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    Token noun = tokens.get(i);
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    return (noun.pos().equals("NN") || noun.pos().equals("NNS")) && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("of")
        && (ENDORSEMENTS.contains(lemma) && verbBefore(tokens, i, WINNING_VERBS) >= 0 || HELD.contains(lemma) && verbBefore(tokens, i, HOLDING_VERBS) >= 0);
  }

  /**
   * The one whose endorsement is won speaks for the winner: the phrase after "of" is the source and
   * the verb's subject the content; the cue runs from the verb, with its auxiliaries, to the noun,
   * and on to "of" after "have", as PolNeAR marks all 6 on train ("has the backing of").
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int noun, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int verb = verbBefore(tokens, noun, WINNING_VERBS);
    boolean held = verb < 0;
    if (held) {
      verb = verbBefore(tokens, noun, HOLDING_VERBS);
    }
    int first = beforeAuxiliaries(tokens, verb) + 1;
    int[] winner = winnerBefore(tokens, first, verb);
    int[] endorser = noun + 2 < tokens.size() ? nounPhraseAfter(tokens, noun + 2) : null;
    if (winner == null || endorser == null) {
      return null;
    }
    first = Math.max(first, winner[1]);
    Span cue = span(tokens, first, held ? noun + 1 : noun);
    Span content = span(tokens, winner);
    return frame(text, tokens, List.of(content), cue, endorser);
  }

  /**
   * The noun phrase right before the verb and its auxiliaries ("she won"), without a time
   * expression that opens it ("Earlier this week Trump secured"); or, after a time expression or
   * no noun ("and last week picked up"), the subject of the sentence.
   */
  private static int[] winnerBefore(List<Token> tokens, int first, int verb) {
    int[] phrase = first > 0 && isHead(tokens.get(first - 1)) ? nounPhraseBefore(tokens, first - 1) : null;
    int start = phrase == null ? -1 : afterTimeExpression(tokens, phrase[0]);
    if (phrase == null || start >= phrase[1] || endsInTime(tokens, start, phrase[1])) {
      return subjectBefore(tokens, verb + 1);
    }
    return new int[] {start, phrase[1]};
  }

  /** Whether a time expression ends the phrase: "the contest and last week". */
  private static boolean endsInTime(List<Token> tokens, int from, int end) {
    for (int i = from + 1; i < end; i++) {
      if (afterTimeExpression(tokens, i) == end) {
        return true;
      }
    }
    return false;
  }

  /** The verb of {@code verbs} before the noun's phrase ("won the", "picked up his", "has the full"), or -1. */
  private static int verbBefore(List<Token> tokens, int noun, Set<String> verbs) {
    int i = noun - 1;
    while (i > 0 && tokens.get(i).pos().matches("DT|JJ.*|PRP\\$|RP")) {
      i--;
    }
    return i >= 0 && tokens.get(i).pos().startsWith("VB") && verbs.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT)) ? i : -1;
  }
}
