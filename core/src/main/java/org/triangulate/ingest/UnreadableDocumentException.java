package org.triangulate.ingest;

/** Thrown by a stage when a document cannot be read; its message is the reason a user sees. */
public class UnreadableDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreadableDocumentException(String reason) {
    super(reason);
  }
}
