package org.triangulate.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A property of articles that {@link ArticleStore#facets} can count. */
public enum Facet {
  /** The publisher as the input names it. */
  OUTLET,
  /** The canonical names of the entities an article mentions. */
  ENTITY,
  /** The bylined writers. */
  AUTHOR,
  /** The ISO 639-1 language code. */
  LANGUAGE,
  /** The names of the speakers an article quotes, as the article resolves them. */
  SPEAKER;

  /** The facet named {@code name} ("outlet", "entity", ...), ignoring case. */
  public static Facet named(String name) {
    for (Facet facet : values()) {
      if (facet.name().equalsIgnoreCase(name.strip())) {
        return facet;
      }
    }
    throw new IllegalArgumentException(
        "unknown facet '"
            + name
            + "'; known facets: "
            + Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }
}
