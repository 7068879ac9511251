package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.beforeAuxiliaries;
import static org.triangulate.attribution.Clauses.clauseOpensAt;
import static org.triangulate.attribution.Clauses.isComplementizer;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.Phrases.beforeAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Subjects.relativeClauseEndingAt;
import static org.triangulate.attribution.Subjects.skippedBefore;
import static org.triangulate.attribution.Subjects.subjectBefore;
import static org.triangulate.attribution.Subjects.withRelativeClauseBefore;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * An attitude or stance held, not said: "Democratic leaders are wary of steering the party too
 * far left", "his advisers remain confident that ...". PolNeAR marks these as attributions: the
 * subject is the source, the cue runs from the auxiliaries to the adjective with the preposition
 * that opens what the attitude is about, and what follows is the content.
 */
final class Attitude implements CueKind {

  /** Verbs that link a subject to the adjective that states its attitude: "is", "seemed", "remain". */
  private static final Set<String> LINKING_VERBS = Set.of("be", "seem", "appear", "remain", "become", "grow", "sound", "feel", "look", "stay");

  /** Prepositions after the adjective that open what the attitude is about: "wary of", "upbeat about", "confident in". */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("of", "about", "in", "with", "at", "over", "toward", "towards", "by", "on");

  /** Subjects that name no one: "it is sad that ...", "there is little optimistic about ...". */
  private static final Set<String> EMPTY_SUBJECTS = Set.of("it", "there");

  private final CueWords words;

  Attitude(CueWords words) {
    this.words = words;
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    int link = beforeAdverbs(tokens, i);
    return isAttitude(tokens, i) && link >= 0
        && tokens.get(link).pos().startsWith("VB") && LINKING_VERBS.contains(tokens.get(link).lemma().toLowerCase(Locale.ROOT))
        && !reportingInfinitive(tokens, i);
  }

  /**
   * An adjective of attitude, or a participle the tagger reads as a passive ("are concerned that",
   * "was convinced that", "were upset by the ruling"), when what the attitude is about follows it;
   * other participles ("is opposed to the plan") stay the reporting verb's.
   */
  private boolean isAttitude(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    boolean participle = token.pos().equals("VBN") && words.namesAttitude(token.text())
        && (opensComplement(tokens, i + 1) || objectPreposition(tokens, i + 1));
    return participle || token.pos().equals("JJ") && words.namesAttitude(token.lemma());
  }

  /** "was eager to say": the reporting verb's cue takes the adjective, as ReportingVerb reads it. */
  private boolean reportingInfinitive(List<Token> tokens, int adjective) {
    return adjective + 2 < tokens.size() && tokens.get(adjective + 1).pos().equals("TO") && words.isCue(tokens.get(adjective + 2));
  }

  /**
   * Whether what the attitude is about opens at token {@code at}: "that", "whether" or a wh-word,
   * an infinitive ("eager to prove"), or a clause ("sure he would win"); "has been silent so far",
   * "is concerned enough that", "the message is clear — ..." state no attitude to anything.
   */
  private static boolean opensComplement(List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return false;
    }
    Token token = tokens.get(at);
    boolean infinitive = token.pos().equals("TO") && at + 1 < tokens.size() && tokens.get(at + 1).pos().equals("VB");
    return infinitive || token.pos().startsWith("W") || isComplementizer(token)
        || !isComma(token) && clauseOpensAt(tokens, at);
  }

  private static boolean objectPreposition(List<Token> tokens, int at) {
    return at < tokens.size() && tokens.get(at).pos().equals("IN") && OBJECT_PREPOSITIONS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT));
  }

  @Override
  public Frame frameAt(String text, Sentence sentence, int adjective, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int first = beforeAuxiliaries(tokens, beforeAdverbs(tokens, adjective));
    int before = skippedBefore(tokens, first);
    int[] phrase = nounPhraseBefore(tokens, before);
    int[] subject = phrase == null ? relativeClauseEndingAt(tokens, before) : withRelativeClauseBefore(tokens, phrase);
    if (subject == null && before >= 0 && isComma(tokens.get(before))) {
      // "Carl Tobias, a law professor ... who specializes in ..., wasn't optimistic": a description
      // with a clause of its own is no noun phrase; the subject opens the sentence, as for verbs.
      subject = subjectBefore(tokens, adjective);
    }
    if (subject == null || subject[1] - subject[0] == 1 && EMPTY_SUBJECTS.contains(tokens.get(subject[0]).text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int last = objectPreposition(tokens, adjective + 1) ? adjective + 1 : adjective;
    List<Span> content = contentAfter(text, sentence, last + 1, quotations);
    if (content.isEmpty() || last == adjective && !opensComplement(tokens, adjective + 1)) {
      return null;
    }
    Span cue = span(tokens, first + 1, last);
    return frame(text, tokens, content, cue, subject);
  }
}
