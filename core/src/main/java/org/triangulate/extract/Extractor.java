package org.triangulate.extract;

import org.triangulate.ingest.RawDocument;
import org.triangulate.model.Article;

/**
 * Turns a raw document into an article: decoded text, and whatever metadata the document itself
 * carries. Implementations are pure and safe to share across threads.
 */
public interface Extractor {

  /**
   * The article; for a web page that holds none (an index, a login page), the page's metadata
   * with an empty text ({@link Article#isEmpty()}).
   *
   * @throws org.triangulate.ingest.UnreadableDocumentException when the document cannot be read
   *     as an article at all (no text, a broken record); its message says why
   */
  Article extract(RawDocument document);
}
