package org.triangulate.extract;

import java.util.List;
import org.triangulate.ingest.RawDocument;
import org.triangulate.model.Article;

/** Builds an article from a text and the metadata its input stated outright. */
final class GivenMetadata {

  private GivenMetadata() {}

  static Article article(RawDocument document, String text) {
    RawDocument.Given given = document.given();
    return new Article(
        document.id(),
        blankToNull(given.url()),
        blankToNull(given.title()),
        blankToNull(given.outlet()),
        null,
        given.authors(),
        given.published(),
        null,
        text,
        List.of());
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
