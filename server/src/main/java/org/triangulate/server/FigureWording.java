package org.triangulate.server;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.triangulate.model.Claim;
import org.triangulate.model.Value;

/** A reported figure as a reader sees it, the same on the story page and in {@code figures --format text}. */
public final class FigureWording {

  private FigureWording() {}

  /** {@code 11,000–12,000}, {@code ~12,000}, {@code ≥ 20}, {@code ≤ 300,000}. */
  public static String shown(Value value) {
    String hedge = value.approximate() ? "~" : "";
    if (value.low() == null) {
      return "≤ " + hedge + number(value.high());
    }
    if (value.high() == null) {
      return "≥ " + hedge + number(value.low());
    }
    if (value.low().equals(value.high())) {
      return hedge + number(value.low());
    }
    return hedge + number(value.low()) + "–" + number(value.high());
  }

  /**
   * One figure as an article reports it: "~12,000 North Korean soldiers in Russia, per the
   * Pentagon", or "..., the outlet's own" when no one else is credited.
   */
  public static String claim(Claim claim, String text) {
    String counted = claim.counted() == null ? "" : " " + claim.counted().of(text).replaceAll("\\s+", " ");
    String source = claim.source() == null ? "the outlet's own" : "per " + claim.source().name();
    return shown(claim.value()) + counted + ", " + source;
  }

  private static String number(double number) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
  }
}
