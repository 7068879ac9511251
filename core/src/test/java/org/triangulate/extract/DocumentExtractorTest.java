package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.UnreadableDocumentException;
import org.triangulate.model.Article;

class DocumentExtractorTest {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  @Test
  void plainTextIsTheDecodedFileVerbatim() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'T', 'i', 't', 'l', 'e', '\r', '\n', '\r', '\n', 'B', '.', '\n'};
    Article a = EXTRACTOR.extract(new RawDocument("a.txt", Format.TEXT, bytes, RawDocument.Given.nothing()));
    assertEquals("a.txt", a.id());
    assertEquals("Title\r\n\r\nB.\n", a.text());
    assertEquals(List.of(), a.boilerplate());
  }

  @Test
  void recordTextAndMetadataComeFromItsFields() {
    Instant date = Instant.parse("2024-11-01T00:00:00Z");
    RawDocument.Given given =
        new RawDocument.Given("T", "  Body\r\n text ", "Newsweek", "https://x.test/a", List.of("Jane Doe"), date);
    Article a = EXTRACTOR.extract(new RawDocument("r1", Format.RECORD, new byte[0], given));
    assertEquals("  Body\r\n text ", a.text());
    assertEquals("T", a.title());
    assertEquals("Newsweek", a.outlet());
    assertEquals("https://x.test/a", a.url());
    assertEquals(List.of("Jane Doe"), a.authors());
    assertEquals(date, a.published());
  }

  @Test
  void blankDocumentsAreUnreadable() {
    byte[] blank = " \n\r\n".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        UnreadableDocumentException.class,
        () -> EXTRACTOR.extract(new RawDocument("a.txt", Format.TEXT, blank, RawDocument.Given.nothing())));
    RawDocument.Given noText = new RawDocument.Given("T", "", null, null, List.of(), null);
    assertThrows(
        UnreadableDocumentException.class,
        () -> EXTRACTOR.extract(new RawDocument("r", Format.RECORD, new byte[0], noText)));
  }
}
