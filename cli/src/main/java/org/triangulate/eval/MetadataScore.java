package org.triangulate.eval;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triangulate.ingest.IsoDate;

/**
 * Whether extracted metadata equals the expected metadata of a test page, field by field.
 *
 * <p>"Exact" means equal after Unicode NFC normalisation, trimming, and collapsing every run of
 * whitespace (no-break spaces included) to one space; case counts. A title may differ by the
 * page's own site name appended after a separator, which is reported as a field of its own. A byline is exact when the
 * authors joined by {@code ", "} equal it, or when the names it lists (split at commas,
 * semicolons, ampersands and the word "and", a leading "By" dropped) equal the authors in order.
 * A date is exact when the expected value holds a time and both are the same instant (a time
 * without an offset read as UTC, on both sides), or when it is a date alone and the extracted
 * instant falls on that day in UTC.
 */
public final class MetadataScore {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern NAME_SEPARATORS =
      Pattern.compile("\\s*(?:[,;&]|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern BY = Pattern.compile("^by\\s+", Pattern.CASE_INSENSITIVE);

  private MetadataScore() {}

  public static String normalise(String value) {
    if (value == null) {
      return "";
    }
    return SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll(" ").strip();
  }

  public static boolean sameText(String expected, String actual) {
    return normalise(expected).equals(normalise(actual));
  }

  /**
   * A title is also exact when the expected one only adds the page's own site name after a
   * separator ("Headline | Site"): the site name is reported as a field of its own.
   */
  public static boolean sameTitle(String expected, String actual, String siteName) {
    if (sameText(expected, actual)) {
      return true;
    }
    String site = normalise(siteName);
    String want = normalise(expected);
    String got = normalise(actual);
    if (site.isEmpty() || got.isEmpty() || !want.startsWith(got) || !want.endsWith(site)) {
      return false;
    }
    String between = want.substring(got.length(), want.length() - site.length());
    return between.matches(" [|\\-–—:»·/] ");
  }

  public static boolean sameByline(String expected, List<String> authors) {
    if (authors == null || authors.isEmpty()) {
      return normalise(expected).isEmpty();
    }
    List<String> ours = authors.stream().map(MetadataScore::normalise).toList();
    if (normalise(expected).equals(String.join(", ", ours))) {
      return true;
    }
    String listed = BY.matcher(normalise(expected)).replaceFirst("");
    List<String> names =
        Arrays.stream(NAME_SEPARATORS.split(listed)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return names.equals(ours);
  }

  public static boolean sameDate(String expected, Instant actual) {
    Optional<Instant> wanted = IsoDate.parse(expected);
    if (wanted.isEmpty() || actual == null) {
      return false;
    }
    if (normalise(expected).length() == 10) {
      return wanted.get().atZone(ZoneOffset.UTC).toLocalDate()
          .equals(actual.atZone(ZoneOffset.UTC).toLocalDate());
    }
    return wanted.get().equals(actual);
  }

  /** The share in percent, formatted for a report. */
  public static String percent(int hits, int total) {
    return total == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * hits / total);
  }
}
