package org.triangulate.attribution;

import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.possessorBefore;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.QuotationMarks.quotationFrom;
import static org.triangulate.attribution.ReportingVerb.SECOND_VERB_JOINERS;
import static org.triangulate.attribution.Subjects.SKIPPED_BEFORE_CUE;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * A clause whose colon introduces a quotation, whatever its verb: "Trump leaned in and boomed:
 * “...”"; or, unquoted, a thing said that the colon spells out: "Their argument: ...".
 */
final class IntroducingClause implements CueKind {

  /** "message", "argument": nouns for a thing said, whose words a colon may give unquoted. */
  private static final Set<String> STATED_NOUNS = Set.copyOf(WordList.load(IntroducingClause.class, "en/stated_nouns.txt"));

  /** Words between a possessor and the noun it holds: "Democrats' new warning", "its key findings". */
  private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "CD", "HYPH", "VBN");

  private final CueWords words;
  private final ReportingVerb verb;

  IntroducingClause(CueWords words, ReportingVerb verb) {
    this.words = words;
    this.verb = verb;
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return tokens.get(i).text().equals(":") && i > 1;
  }

  /**
   * "Trump leaned in and boomed: “Let's defeat her.”", "Her letter makes a libertarian case: “...”":
   * a clause whose colon opens a quotation introduces it, whatever its verb; PolNeAR's cue runs from
   * the verb of the last clause before the colon to the colon. A noun for a thing said before the
   * colon introduces the clause after it as well, unquoted; where a possessor holds the noun
   * ("Their argument: ..."), the possessor speaks and the cue is the noun and the colon.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int colon, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    Span quotation = quotationFrom(text, tokens.get(colon).span().end(), quotations);
    List<Span> content = quotation != null ? List.of(quotation) : stated(text, sentence, colon, quotations);
    if (content.isEmpty()) {
      return null;
    }
    if (quotation == null) {
      int first = colon - 1;
      while (first > 0 && MODIFIER_TAGS.contains(tokens.get(first - 1).pos())) {
        first--;
      }
      int[] possessor = possessorBefore(tokens, first);
      if (possessor != null) {
        return frame(text, tokens, content, new Span(tokens.get(colon - 1).span().start(), tokens.get(colon).span().end()), possessor);
      }
    }
    int clause = colon - 1;
    while (clause > 0 && !SECOND_VERB_JOINERS.contains(tokens.get(clause - 1).text().toLowerCase(Locale.ROOT))) {
      clause--;
    }
    if (clause == 0 && (tokens.get(0).pos().equals("IN") || tokens.get(0).pos().equals("WRB"))) {
      // "When Wallace died in 1998, President Clinton released the following statement:": the
      // clause that opens the sentence only sets the scene.
      while (clause < colon && !isComma(tokens.get(clause))) {
        clause++;
      }
    }
    int verbAt = clause;
    while (verbAt < colon && !tokens.get(verbAt).pos().startsWith("VB") && !tokens.get(verbAt).pos().equals("MD")) {
      verbAt++;
    }
    // "has since apologized": the cue's verb is the last of its auxiliaries and adverbs.
    while (verbAt + 1 < colon && (tokens.get(verbAt).pos().equals("MD") || tokens.get(verbAt).pos().startsWith("RB")
        || SKIPPED_BEFORE_CUE.contains(tokens.get(verbAt).lemma().toLowerCase(Locale.ROOT)))
        && (tokens.get(verbAt + 1).pos().startsWith("VB") || tokens.get(verbAt + 1).pos().startsWith("RB"))) {
      verbAt++;
    }
    if (verbAt >= colon || words.isCue(tokens.get(verbAt))) {
      return null;
    }
    Frame found = verb.frameAt(text, sentence, verbAt, quotations);
    if (found == null || found.source() == null) {
      return null;
    }
    Span cue = new Span(found.cue().start(), tokens.get(colon).span().end());
    return new Frame(content, cue, found.source(), found.sourceTokens(), quotation != null, false, null);
  }

  /**
   * "his supporters were making the same arguments: we are the safe alternative.": a noun for a
   * thing said (en/stated_nouns.txt) before the colon, and the clause after it unquoted,
   * which PolNeAR takes as the content; empty where no such noun stands there.
   */
  private static List<Span> stated(String text, Sentence sentence, int colon, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    Token noun = tokens.get(colon - 1);
    if (!noun.pos().startsWith("NN") || !STATED_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT)) || colon + 1 >= tokens.size()) {
      return List.of();
    }
    return contentAfter(text, sentence, colon + 1, quotations);
  }
}
