package org.triangulate.ingest;

/**
 * Where a source hands over what it reads: each document as soon as it is read, and each input
 * that could not be read, so a run can go on past a bad file and report it at the end.
 */
public interface DocumentSink {

  void document(RawDocument document);

  void failure(Failure failure);
}
