package org.triangulate.server;

/** A request whose parameters are wrong; its message tells the client what to send instead. */
final class BadRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadRequestException(String message) {
    super(message);
  }
}
