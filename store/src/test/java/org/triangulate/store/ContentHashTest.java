package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void whitespaceRunsCollapseAndEndsAreTrimmed() {
    assertEquals(
        "north korea has sent nearly 12,000 troops.",
        ContentHash.normalise("\n  North Korea has\r\n\r\nsent\tnearly\u00a012,000 \u2003troops. \n"));
  }

  @Test
  void compatibilityCharactersFold() {
    // A ligature, full-width digits and a superscript become their plain forms under NFKC.
    assertEquals("official figures: 12 000 troops2", ContentHash.normalise("O\ufb03cial ﬁgures: \uff11\uff12\u3000000 troops\u00b2"));
  }

  @Test
  void lowerCasingIgnoresTheDefaultLocale() {
    assertEquals("istanbul", ContentHash.normalise("ISTANBUL"));
  }

  @Test
  void theHashIsHexSha256OfTheNormalisedText() {
    // SHA-256("abc"), from FIPS 180-2's test vectors.
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.of(" ABC\n"));
  }

  @Test
  void onlyWhitespaceAndCaseAreForgiven() {
    String a = ContentHash.of("The Pentagon estimates 11,000 to 12,000 soldiers.");
    assertEquals(a, ContentHash.of("the  PENTAGON estimates\n11,000 to 12,000 soldiers."));
    assertNotEquals(a, ContentHash.of("The Pentagon estimates 11,000 to 12,000 soldiers"));
    assertNotEquals(a, ContentHash.of("The Pentagon estimates 11,000 to 13,000 soldiers."));
    assertNotEquals(a, ContentHash.of("ThePentagon estimates 11,000 to 12,000 soldiers."));
  }

  @Test
  void emptyAndBlankTextHashAlike() {
    assertEquals(ContentHash.of(""), ContentHash.of(" \n\t "));
    assertTrue(ContentHash.of("").matches("[0-9a-f]{64}"));
  }
}
