package org.triangulate.model;

import java.util.Objects;

/**
 * How much a figure says: {@code 11,000 to 12,000} is low 11000, high 12000; {@code nearly 12,000}
 * is low = high = 12000, approximate; {@code more than 20} has no high, {@code less than $300,000}
 * no low.
 *
 * @param low the lower bound, or null when the text gives none
 * @param high the upper bound, or null when the text gives none
 * @param approximate whether the text hedges the number ("nearly", "some", "thousands")
 * @param unit what one unit is: {@code count}, {@code percent}, {@code USD}, {@code USD/month},
 *     {@code square miles}, {@code times} (a change), ...
 */
public record Value(Double low, Double high, boolean approximate, String unit) {

  public Value {
    Objects.requireNonNull(unit, "unit");
    if (low == null && high == null) {
      throw new IllegalArgumentException("a value has at least one bound");
    }
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("low " + low + " above high " + high);
    }
  }

  public static Value exactly(double number, String unit) {
    return new Value(number, number, false, unit);
  }
}
