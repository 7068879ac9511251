package org.triangulate.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Origin;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;

class OriginReaderTest {

  private static final String TEXT = "The mayor resigned on Monday.\n"
      + "“It was time,” she told The Harbour Courier in an interview.\n"
      + "Photo by The Harbour Courier\n";

  private final OriginReader reader = new OriginReader();

  @Test
  void aCopyCreditsTheOutletThatReported() {
    Origin origin = reader.origin(analyzed("Daily Clicks")).orElseThrow();
    assertEquals("The Harbour Courier", origin.outlet());
    assertEquals(List.of(new Span(30, 90), new Span(91, 119)), origin.evidence());
  }

  @Test
  void anOutletsOwnReportIsNoCopy() {
    assertTrue(reader.origin(analyzed("the harbour courier")).isEmpty());
  }

  @Test
  void withTheOutletUnknownTheCreditStands() {
    assertEquals("The Harbour Courier", reader.origin(analyzed(null)).orElseThrow().outlet());
  }

  private static AnalyzedArticle analyzed(String outlet) {
    Article article = new Article("a", null, "Mayor resigns", outlet, "The Harbour Courier", List.of(), null, "en", TEXT, List.of());
    List<Sentence> sentences = List.of(new Sentence(new Span(0, 29), List.of()), new Sentence(new Span(30, 90), List.of()));
    return new AnalyzedArticle(article, sentences, List.of());
  }
}
