package org.triangulate.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.triangulate.model.Span;

class FigureLexiconTest {

  @Test
  void everyListLoads() {
    FigureLexicon lexicon = FigureLexicon.english();
    assertEquals(12000.0 / 1000, lexicon.numberWords().get("dozen"));
    assertEquals(2000.0, lexicon.vague().get("thousands"));
    assertTrue(lexicon.notFigureHeads().contains("month"));
    assertTrue(lexicon.months().contains("sept."));
    assertTrue(lexicon.cueLemmas().contains("estimate"));
    assertNotNull(lexicon.units().stream().filter(p -> p.meaning().equals("square miles")).findFirst().orElse(null));
    assertTrue(lexicon.approximators().stream().anyMatch(p -> String.join(" ", p.words()).equals("more than")));
  }

  @Test
  void quotationsAroundAFigure() {
    String text = "He said: \u201CWe have 500 men.\u201D Then 20 left.";
    int in = text.indexOf("500");
    Span quote = NearestCue.quotationAround(text, new Span(in, in + 3));
    assertEquals("\u201CWe have 500 men.\u201D", quote.of(text));
    int out = text.indexOf("20");
    assertEquals(null, NearestCue.quotationAround(text, new Span(out, out + 2)));
  }
}
