package org.triangulate.model;

import java.util.Objects;

/**
 * A reported figure.
 *
 * @param span the clause that states it
 * @param figure the words of the number itself ({@code nearly 12,000}, {@code $2,000 a month})
 * @param value the number, its bounds and unit
 * @param counted what is counted or measured, as words from the text ({@code North Korean soldiers
 *     in Russia}), or null when the text leaves it implicit
 * @param head the head word of {@code counted} ({@code soldiers}), or null with it
 * @param source who the figure is attributed to, or null when it is the outlet's own statement
 */
public record Claim(Span span, Span figure, Value value, Span counted, Span head, ClaimSource source) {

  public Claim {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(value, "value");
    if ((counted == null) != (head == null)) {
      throw new IllegalArgumentException("counted and head go together");
    }
  }
}
