package org.triangulate.model;

import java.util.Locale;

/** Whether the sources of one figure agree. */
public enum Agreement {
  /** Every pair of values overlaps, or lies within what the sources' hedges allow. */
  AGREE,
  /** Some two values cannot both be right. */
  DISAGREE,
  /** Only one value: nothing to compare. */
  SINGLE;

  /** The contract's word: {@code agree}, {@code disagree}, {@code single}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
