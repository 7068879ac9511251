package org.triangulate.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One source's value for a figure, as one article reports it.
 *
 * @param article the article's id
 * @param value the number, its bounds and unit
 * @param counted what the article says is counted ({@code troops to Russia})
 * @param source who the article attributes the value to, or null when it is the outlet's own
 * @param outlet the outlet that did the reporting, or null when unknown
 * @param published when the article was published, or null
 */
public record ReportedValue(String article, Value value, String counted, String source, String outlet, Instant published) {

  public ReportedValue {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(counted, "counted");
  }
}
