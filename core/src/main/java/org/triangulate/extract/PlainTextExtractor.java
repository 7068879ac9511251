package org.triangulate.extract;

import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.TextDecoder;
import org.triangulate.ingest.UnreadableDocumentException;
import org.triangulate.model.Article;

/**
 * A plain-text article: its text is the file's decoded content, verbatim; what it says about
 * itself (title, site name, byline) is left to the cleaner, so only the metadata the input gave is
 * set here.
 */
public final class PlainTextExtractor implements Extractor {

  @Override
  public Article extract(RawDocument document) {
    String text = TextDecoder.decode(document.content());
    if (text.isBlank()) {
      throw new UnreadableDocumentException("no text: the file holds only whitespace");
    }
    return GivenMetadata.article(document, text);
  }
}
