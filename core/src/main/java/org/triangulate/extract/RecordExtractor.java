package org.triangulate.extract;

import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.UnreadableDocumentException;
import org.triangulate.model.Article;

/** A JSONL record: its text is the {@code text} field verbatim, its metadata the other fields. */
public final class RecordExtractor implements Extractor {

  @Override
  public Article extract(RawDocument document) {
    String text = document.given().text();
    if (text == null || text.isBlank()) {
      throw new UnreadableDocumentException("no text: the record's \"text\" is empty");
    }
    return GivenMetadata.article(document, text);
  }
}
