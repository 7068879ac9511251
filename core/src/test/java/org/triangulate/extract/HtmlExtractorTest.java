package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.TextDecoder;
import org.triangulate.ingest.UnreadableDocumentException;
import org.triangulate.model.Article;

class HtmlExtractorTest {

  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  private static byte[] page(String name) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("pages/" + name)) {
      return in.readAllBytes();
    }
  }

  private static RawDocument html(byte[] bytes, RawDocument.Given given) {
    return new RawDocument("page.html", Format.HTML, bytes, given);
  }

  @Test
  void articlePage() throws IOException {
    Article a = EXTRACTOR.extract(html(page("article.html"), RawDocument.Given.nothing()));

    assertEquals("Harbour reopens after storm", a.title());
    assertEquals("The Coastal Courier", a.outlet());
    assertEquals(List.of("Ana Silva"), a.authors());
    assertEquals(Instant.parse("2024-03-02T08:30:00Z"), a.published());
    assertEquals("en", a.language());
    assertEquals("https://courier.example/news/harbour-reopens", a.url());

    String text = a.text();
    assertTrue(text.startsWith("By Ana Silva\n\nThe harbour reopened to fishing boats"), text);
    assertTrue(text.contains("Repairs ahead\n\n“We lost a week of catch"));
    assertTrue(text.endsWith("decide how to pay for the work."));
    for (String absent : List.of("Home", "Photo: Courier", "Related:", "tracking", "All rights", "color")) {
      assertFalse(text.contains(absent), absent);
    }
  }

  @Test
  void givenMetadataWinsAndUrlFallsBack() {
    String html =
        "<html><body><p>" + "A sentence of the article that is long enough. ".repeat(5) + "</p></body></html>";
    RawDocument.Given given = RawDocument.Given.url("https://given.example/a");
    Article a = EXTRACTOR.extract(html(html.getBytes(StandardCharsets.UTF_8), given));
    assertEquals("https://given.example/a", a.url());
    assertNull(a.title());
    assertNull(a.language());
  }

  @Test
  void indexPageHasNoArticle() throws IOException {
    UnreadableDocumentException e =
        assertThrows(
            UnreadableDocumentException.class,
            () -> EXTRACTOR.extract(html(page("index.html"), RawDocument.Given.nothing())));
    assertTrue(e.getMessage().startsWith("no article"), e.getMessage());
  }

  @Test
  void metaCharsetIsHonoured() {
    String body = "<p>" + "Caf\u00e9 owners said the new rules were \u201cunfair\u201d to them. ".repeat(4) + "</p>";
    String html = "<html><head><meta charset=\"windows-1252\"></head><body>" + body + "</body></html>";
    byte[] bytes = html.getBytes(TextDecoder.WINDOWS_1252);
    Article a = EXTRACTOR.extract(html(bytes, RawDocument.Given.nothing()));
    assertTrue(a.text().startsWith("Café owners said the new rules were “unfair”"), a.text());
  }

  @Test
  void brokenAndEmptyPagesAreUnreadable() {
    for (String input : List.of("", "<html><body><div><p>unclosed <b>tags")) {
      assertThrows(
          UnreadableDocumentException.class,
          () -> EXTRACTOR.extract(html(input.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing())));
    }
  }

  @Test
  void randomBytesAndHugeLinesThrowNothingElse() {
    byte[] huge = ("<p>" + "word ".repeat(1_000_000) + "</p>").getBytes(StandardCharsets.UTF_8);
    assertEquals(1_000_000, EXTRACTOR.extract(html(huge, RawDocument.Given.nothing())).text().split(" ").length);
    for (int seed = 0; seed < 20; seed++) {
      byte[] bytes = new byte[5000];
      new Random(seed).nextBytes(bytes);
      try {
        EXTRACTOR.extract(html(bytes, RawDocument.Given.nothing()));
      } catch (UnreadableDocumentException expected) {
        // an unreadable page is a fine answer to noise; any other exception is not
      }
    }
  }
}
