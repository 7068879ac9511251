package org.triangulate.ingest;

import java.util.Objects;

/** A document that could not be read or analysed, and why, in words a user can act on. */
public record Failure(String document, String reason) {

  public Failure {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return document + ": " + reason;
  }
}
