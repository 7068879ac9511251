package org.triangulate.nlp;

import java.util.Objects;
import org.triangulate.model.EntityType;
import org.triangulate.model.Span;

/** A named-entity mention as the tagger found it, before canonical names are assigned. */
public record Mention(Span span, String text, EntityType type) {

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
