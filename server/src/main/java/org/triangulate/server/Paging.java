package org.triangulate.server;

import io.javalin.http.Context;

/** {@code offset} and {@code limit} query parameters, checked. */
record Paging(int offset, int limit) {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1000;

  static Paging of(Context ctx) {
    int offset = number(ctx, "offset", 0);
    int limit = number(ctx, "limit", DEFAULT_LIMIT);
    if (offset < 0) {
      throw new BadRequestException("offset must be 0 or more, not " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    return new Paging(offset, limit);
  }

  private static int number(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name + " must be a whole number, not '" + value + "'");
    }
  }
}
