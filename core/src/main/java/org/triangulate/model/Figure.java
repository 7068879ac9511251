package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * One thing a story's articles count or measure, with every value reported for it.
 *
 * @param story the story's id
 * @param counted what is counted, in the words of the most specific report
 * @param unit the unit every value shares
 * @param agreement whether the values agree
 * @param values in order of publication, undated last, then by article id
 */
public record Figure(String story, String counted, String unit, Agreement agreement, List<ReportedValue> values) {

  public Figure {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(agreement, "agreement");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a figure has at least one value");
    }
  }
}
