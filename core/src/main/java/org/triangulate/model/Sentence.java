package org.triangulate.model;

import java.util.List;
import java.util.Objects;

public record Sentence(Span span, List<Token> tokens) {

  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
  }
}
