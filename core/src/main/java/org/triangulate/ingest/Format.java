package org.triangulate.ingest;

/** How a document's content is to be read. */
public enum Format {
  /** A plain-text article: the title on its first line that is not boilerplate. */
  TEXT,
  /** A web page, from which the article is extracted. */
  HTML,
  /** A JSONL record whose fields already give the text and metadata. */
  RECORD
}
