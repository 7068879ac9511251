package org.triangulate.stories;

import java.util.Objects;

/**
 * Where an article went.
 *
 * @param article the article's id
 * @param story the id of the story it joined or started
 * @param copyOf the id of the article it republishes, or null
 * @param similarity its cosine to the story it joined before joining, 0 when it started the story,
 *     1 when it joined as a copy
 */
public record Placement(String article, String story, String copyOf, double similarity) {

  public Placement {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
  }
}
