package org.triangulate.extract;

import java.time.Instant;
import java.util.List;

/**
 * What a web page says about its article, any part of it null (or empty) when the page does not
 * say.
 *
 * @param language the primary language subtag, lower case ({@code en})
 */
public record PageMetadata(
    String title, List<String> authors, Instant published, String siteName, String language, String url,
    String articleBody) {

  public PageMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
