package org.triangulate.attribution;

import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.QuotationMarks.quotationFrom;
import static org.triangulate.attribution.ReportingVerb.SECOND_VERB_JOINERS;
import static org.triangulate.attribution.Subjects.SKIPPED_BEFORE_CUE;

import java.util.List;
import java.util.Locale;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * A clause whose colon introduces a quotation, whatever its verb: "Trump leaned in and boomed:
 * “...”".
 */
final class IntroducingClause implements CueKind {

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
   * the verb of the last clause before the colon to the colon.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int colon, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    Span quotation = quotationFrom(text, tokens.get(colon).span().end(), quotations);
    if (quotation == null) {
      return null;
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
    return new Frame(List.of(quotation), cue, found.source(), found.sourceTokens(), true, false, null);
  }
}
