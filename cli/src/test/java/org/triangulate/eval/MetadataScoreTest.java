package org.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataScoreTest {

  @Test
  void textIsComparedTrimmedWithWhitespaceCollapsed() {
    assertTrue(MetadataScore.sameText("  A\u00A0 title\n", "A title"));
    assertFalse(MetadataScore.sameText("A title", "a title"));
  }

  @Test
  void titleMayLackThePagesOwnSiteName() {
    assertTrue(MetadataScore.sameTitle("How to Build a Terrarium | eHow", "How to Build a Terrarium", "eHow"));
    assertFalse(MetadataScore.sameTitle("How to Build a Terrarium | eHow", "How to Build", "eHow"));
    assertFalse(MetadataScore.sameTitle("How to Build a Terrarium | eHow", "How to Build a Terrarium", null));
  }

  @Test
  void bylineMatchesJoinedOrListedNames() {
    assertTrue(MetadataScore.sameByline("Alexandre Hervaud, Jérémy Piette", List.of("Alexandre Hervaud", "Jérémy Piette")));
    assertTrue(MetadataScore.sameByline("By Jane Doe and John Roe", List.of("Jane Doe", "John Roe")));
    assertFalse(MetadataScore.sameByline("Jane Doe", List.of("Jane Doe 1:39 PM ET")));
    assertFalse(MetadataScore.sameByline("Jane Doe", List.of()));
  }

  @Test
  void datesAreInstantsOrDays() {
    assertTrue(MetadataScore.sameDate("2021-11-01T10:52:50+0100", Instant.parse("2021-11-01T09:52:50Z")));
    assertFalse(MetadataScore.sameDate("2021-11-01T10:52:50+0100", Instant.parse("2021-11-01T10:52:50Z")));
    assertTrue(MetadataScore.sameDate("2024-06-25", Instant.parse("2024-06-25T15:00:00Z")));
    assertFalse(MetadataScore.sameDate("2024-06-25", Instant.parse("2024-06-26T00:00:00Z")));
    assertFalse(MetadataScore.sameDate("not a date", Instant.parse("2024-06-26T00:00:00Z")));
  }
}
