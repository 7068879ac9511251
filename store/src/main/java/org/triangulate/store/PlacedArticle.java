package org.triangulate.store;

import java.util.Objects;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Origin;

/**
 * A stored article with where it went among the stories.
 *
 * @param analyzed the article as put (less sentences)
 * @param story the id of its story
 * @param copyOf the id of the stored article it republishes, or null
 * @param origin the outlet its text credits with the reporting, with the places that say so, or null
 */
public record PlacedArticle(AnalyzedArticle analyzed, String story, String copyOf, Origin origin) {

  public PlacedArticle {
    Objects.requireNonNull(analyzed, "analyzed");
    Objects.requireNonNull(story, "story");
  }

  public String id() {
    return analyzed.id();
  }
}
