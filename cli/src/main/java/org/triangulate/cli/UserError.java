package org.triangulate.cli;

/** A mistake the user can fix (a bad query, a missing article, a data directory in use): no stack trace. */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
