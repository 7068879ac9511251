package org.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Quote;
import org.triangulate.model.Span;
import org.triangulate.model.Speaker;

class QuoteScorerTest {

  private static final String TEXT = "“We will win,” Smith said, “and soon.” Jones said taxes rise.";

  private static Span span(String text, String part) {
    int start = TEXT.indexOf(part);
    return new Span(start, start + part.length());
  }

  private static Quote quote(List<Span> content, Span cue, Span source) {
    return new Quote(content, cue, source, Speaker.unknown(), false);
  }

  private final List<GoldAttribution> gold = List.of(
      new GoldAttribution(
          List.of(span(TEXT, "Smith")), List.of(span(TEXT, "said,")),
          List.of(span(TEXT, "“and soon.”"), span(TEXT, "“We will win,”"))),
      new GoldAttribution(List.of(span(TEXT, "Jones")), List.of(new Span(span(TEXT, "Jones said").start() + 6, span(TEXT, "Jones said").end())),
          List.of(span(TEXT, "taxes rise."))));

  @Test
  void exactMatchComparesSplitContentAsAFragmentSet() {
    Quote split = quote(List.of(span(TEXT, "“We will win,”"), span(TEXT, "“and soon.”")), span(TEXT, "said,"), span(TEXT, "Smith"));
    QuoteScores scores = QuoteScorer.score(TEXT, gold, List.of(split));
    assertEquals(new Counts(1, 1, 2), scores.content());
    assertEquals(new Counts(1, 1, 2), scores.source());
    assertEquals(new Counts(1, 1, 2), scores.cue());
  }

  @Test
  void surroundingWhitespaceDoesNotMatterButAMissingMarkDoes() {
    Span padded = new Span(span(TEXT, "taxes rise.").start() - 1, TEXT.length());
    Span withoutStop = new Span(padded.start() + 1, TEXT.length() - 1);
    assertEquals(1, QuoteScorer.score(TEXT, gold, List.of(quote(List.of(padded), null, null))).content().matched());
    assertEquals(0, QuoteScorer.score(TEXT, gold, List.of(quote(List.of(withoutStop), null, null))).content().matched());
  }

  @Test
  void attributionsMatchOnContentOverlapOneToOne() {
    // Half of the first gold content: above 30%, so a match; the duplicate finds nothing left.
    Quote half = quote(List.of(span(TEXT, "“We will win,”")), null, span(TEXT, "Smith"));
    Quote again = quote(List.of(span(TEXT, "“and soon.”")), null, span(TEXT, "Jones"));
    Quote wrongSource = quote(List.of(span(TEXT, "taxes rise.")), null, span(TEXT, "Smith"));
    QuoteScores scores = QuoteScorer.score(TEXT, gold, List.of(half, again, wrongSource));
    assertEquals(new Counts(2, 3, 2), scores.attributions());
    assertEquals(1, scores.sourcesRight());
  }

  @Test
  void smallOverlapIsNoMatch() {
    // Three characters of eleven.
    Quote sliver = quote(List.of(new Span(TEXT.length() - 3, TEXT.length())), null, null);
    assertEquals(0, QuoteScorer.score(TEXT, gold, List.of(sliver)).attributions().matched());
  }

  @Test
  void quotedFiguresCountOnlyContentsWithQuotationMarks() {
    Quote split = quote(List.of(span(TEXT, "“We will win,”"), span(TEXT, "“and soon.”")), null, span(TEXT, "Smith"));
    Quote plain = quote(List.of(span(TEXT, "taxes rise.")), null, span(TEXT, "Jones"));
    QuoteScores scores = QuoteScorer.score(TEXT, gold, List.of(split, plain));
    assertEquals(new Counts(1, 1, 1), scores.quoted());
    assertEquals(1.0, scores.quotedSourceShare());
    assertEquals(new Counts(2, 2, 2), scores.attributions());
  }

  @Test
  void noSourceOnBothSidesIsRight() {
    List<GoldAttribution> unsourced = List.of(new GoldAttribution(List.of(), List.of(), List.of(span(TEXT, "taxes rise."))));
    QuoteScores scores = QuoteScorer.score(TEXT, unsourced, List.of(quote(List.of(span(TEXT, "taxes rise.")), null, null)));
    assertEquals(1, scores.sourcesRight());
    assertEquals(new Counts(0, 0, 0), scores.source());
  }

  @Test
  void nothingPredictedScoresZeroWithoutFailing() {
    QuoteScores scores = QuoteScorer.score(TEXT, gold, List.of());
    assertEquals(0.0, scores.attributions().f1());
    assertEquals(new Counts(0, 0, 2), scores.content());
    assertEquals(QuoteScores.none(), QuoteScorer.score("", List.of(), List.of()));
  }
}
