package org.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.triangulate.model.Speaker;
import org.triangulate.model.SpeakerKind;

class QuoteWordingTest {

  @Test
  void speakerWithRoleAndOrganization() {
    assertEquals("Patricia Kim (fellow, Brookings Institute)",
        QuoteWording.speaker(new Speaker("Patricia Kim", "fellow", "Brookings Institute", SpeakerKind.PERSON)));
    assertEquals("Naoko Aoki (Rand Corporation)",
        QuoteWording.speaker(new Speaker(" Naoko Aoki ", null, "Rand Corporation", SpeakerKind.PERSON)));
    assertEquals("analysts", QuoteWording.speaker(new Speaker("analysts", " ", null, SpeakerKind.GROUP)));
    assertEquals("unnamed source", QuoteWording.speaker(Speaker.unknown()));
  }

  @Test
  void directQuotesAreMarkedOnce() {
    assertEquals("\u201cWe are watching,\u201d", QuoteWording.content("\u201cWe are watching,\u201d", true));
    assertEquals("\u201cwe are watching\u201d", QuoteWording.content("we are watching", true));
    assertEquals("China is worried", QuoteWording.content("China is worried", false));
    assertEquals("", QuoteWording.content("", false));
    assertEquals("\u201c\u201d", QuoteWording.content("", true));
    // A paraphrase carried on by a quotation keeps the text's own marks, and no others.
    String carried = "China\u2019s position remains unchanged \u2026 \u201cWe hope for calm.\u201d";
    assertEquals(carried, QuoteWording.content(carried, true));
    assertTrue(QuoteWording.marksItself(carried));
    assertEquals("\u201cChina\u2019s position remains unchanged\u201d", QuoteWording.content("China\u2019s position remains unchanged", true));
    assertFalse(QuoteWording.marksItself("\u201cWe are watching,\u201d"));
  }

  @Test
  void anOutletIsNamedWithTheOutletThatReportedIt() {
    assertEquals("Example Times (reported by Newsweek)", QuoteWording.outlet("Example Times", "Newsweek"));
    assertEquals("Newsweek", QuoteWording.outlet("Newsweek", "Newsweek"));
    assertEquals("Radio Free Asia", QuoteWording.outlet(null, "Radio Free Asia"));
    assertEquals("Example Times", QuoteWording.outlet("Example Times", null));
    assertNull(QuoteWording.outlet(null, null));
  }

  @Test
  void unmarkedDropsTheMarksRoundTheWordsOnly() {
    assertEquals("We are watching,", QuoteWording.unmarked("\u201cWe are watching,\u201d"));
    assertEquals("Foo,\u201d \u2026 \u201cbar.", QuoteWording.unmarked("\u201cFoo,\u201d \u2026 \u201cbar.\u201d"));
    assertEquals("ask the Kims\u2019", QuoteWording.unmarked("ask the Kims\u2019"));
    assertEquals("no closing mark", QuoteWording.unmarked("\u00abno closing mark"));
    assertEquals("", QuoteWording.unmarked("\""));
    assertEquals("", QuoteWording.unmarked(""));
  }
}
