package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The class-and-id rules, through the literal test that spares most names the expressions. */
class BoilerplateTest {

  private static final Boilerplate RULES = new Boilerplate();

  @Test
  void expressionsStillMatchWhereTheirLiteralIsOptionalOrBounded() {
    assertTrue(RULES.furnitureName("ads"), "\\bads?\\b");
    assertTrue(RULES.furnitureName("ad"), "\\bads?\\b, the s optional");
    assertTrue(RULES.furnitureName("sidebar-ads"), "-ads\\b");
    assertTrue(RULES.furnitureName("most-popular"), "most-?popular");
    assertTrue(RULES.furnitureName("MostPopular"), "most-?popular, case aside");
    assertTrue(RULES.furnitureName("read-more"), "read-?more");
    assertTrue(RULES.furnitureName("cta"), "\\bcta\\b");
  }

  @Test
  void wordBoundariesStillHold() {
    assertFalse(RULES.furnitureName("loads"));
    assertFalse(RULES.furnitureName("dictate"));
    assertFalse(RULES.furnitureName("story-text-block"), "no rule names these words");
  }

  @Test
  void contentNamesOverrideFurniture() {
    assertTrue(RULES.contentName("post"));
    assertFalse(RULES.contentName("poster"));
    assertFalse(RULES.furnitureName("ad post"));
  }
}
