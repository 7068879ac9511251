package org.triangulate.extract;

import org.triangulate.ingest.RawDocument;
import org.triangulate.model.Article;

/**
 * Turns a raw document into an article: decoded text, and whatever metadata the document itself
 * carries. Implementations are pure and safe to share across threads.
 */
public interface Extractor {

  /**
   * @throws org.triangulate.ingest.UnreadableDocumentException when the document holds no
   *     readable article; its message says why
   */
  Article extract(RawDocument document);
}
