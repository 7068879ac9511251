package org.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Span;

class BratAttributionsTest {

  @Test
  void readsOneRelationWithItsRoles() {
    String ann = """
        T1\tSource 0 5\tSmith
        T2\tCue 6 10\tsaid
        T3\tContent 11 20\tit rained
        T4\tAttribution 6 10\tsaid
        E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
        """;
    List<GoldAttribution> gold = BratAttributions.parse(ann);
    assertEquals(1, gold.size());
    assertEquals(List.of(new Span(0, 5)), gold.get(0).source());
    assertEquals(List.of(new Span(6, 10)), gold.get(0).cue());
    assertEquals(List.of(new Span(11, 20)), gold.get(0).content());
  }

  @Test
  void discontinuousSpansComeSortedAndNoSourceIsEmpty() {
    String ann = """
        T1\tContent 40 50;10 20\tsecond first
        T2\tCue 25 29\tsaid
        T3\tAttribution-no-source 25 29\tsaid
        E1\tAttribution-no-source:T3 Cue:T2 Content:T1
        """;
    GoldAttribution gold = BratAttributions.parse(ann).get(0);
    assertEquals(List.of(new Span(10, 20), new Span(40, 50)), gold.content());
    assertTrue(gold.source().isEmpty());
  }

  @Test
  void continuationLinesAndNotesDoNotBreakTheFile() {
    String ann = "T1\tContent 0 30\tfirst line\n"
        + "second line of the same text\n"
        + "\n"
        + "T2\tSource 31 35\tJane\n"
        + "#1\tAnnotatorNotes T1\tunsure\n"
        + "T3\tCue 36 40\tsays\n"
        + "T4\tContent 41 45\tmore\n"
        + "E1\tAttribution:T3 Source:T2 Cue:T3 Content:T1 Content2:T4\n";
    GoldAttribution gold = BratAttributions.parse(ann).get(0);
    assertEquals(List.of(new Span(0, 30), new Span(41, 45)), gold.content());
    assertEquals(List.of(new Span(31, 35)), gold.source());
  }

  @Test
  void spansWithoutRelationsAreNotAttributions() {
    assertTrue(BratAttributions.parse("T1\tDiscuss 0 10\tsomething\nT2\tDiscard 11 20\tFollow us\n").isEmpty());
    assertTrue(BratAttributions.parse("").isEmpty());
    assertTrue(BratAttributions.parse("E1\tAttribution:T9 Content:T8\n").isEmpty());
  }
}
