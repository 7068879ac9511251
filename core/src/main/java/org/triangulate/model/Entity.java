package org.triangulate.model;

import java.util.Objects;

/**
 * One mention of a named entity. {@code canonical} is the name the article's mentions of the same
 * entity share: "Kim" after "Kim Jong Un" is "Kim Jong Un"; "DPRK" is "North Korea".
 */
public record Entity(Span span, String text, EntityType type, String canonical) {

  public Entity {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
  }
}
