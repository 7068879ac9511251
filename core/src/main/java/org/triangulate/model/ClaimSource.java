package org.triangulate.model;

import java.util.Objects;

/**
 * Who a figure is attributed to: the words at this place ({@code The Pentagon}, {@code she}) and
 * the name they stand for.
 */
public record ClaimSource(Span span, String name) {

  public ClaimSource {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
  }
}
