package org.triangulate.store;

/**
 * A search query that cannot be run: bad syntax, an unknown field, a malformed date. The message
 * is meant for the person who typed the query.
 */
public final class BadQueryException extends IllegalArgumentException {

  public BadQueryException(String message, Throwable cause) {
    super(message, cause);
  }

  public BadQueryException(String message) {
    super(message);
  }
}
