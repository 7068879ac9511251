package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * The outlet an article's own text credits with the reporting, when the article may be a
 * republication ("told Newsweek" in a content farm's copy), with the places that say so.
 *
 * @param outlet the outlet's name
 * @param evidence the stretches of the article's text that name it as the reporter, in text order
 */
public record Origin(String outlet, List<Span> evidence) {

  public Origin {
    Objects.requireNonNull(outlet, "outlet");
    evidence = List.copyOf(evidence);
  }
}
