package org.triangulate.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Articles that report one event or development.
 *
 * @param id an opaque label, stable for the same founding article
 * @param label the title of its most central article, or null when none has a title
 * @param articles the ids of its articles, in the order they joined
 * @param first the earliest publication date among its articles, or null when none is dated
 * @param last the latest publication date among its articles, or null when none is dated
 * @param outlets the distinct outlets of its articles, in the order they first appear
 */
public record Story(String id, String label, List<String> articles, Instant first, Instant last, List<String> outlets) {

  public Story {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one article");
    }
  }
}
