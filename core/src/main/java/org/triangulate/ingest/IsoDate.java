package org.triangulate.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an ISO-8601 date or date-time as an instant. A date alone is midnight UTC, and so is a
 * date-time without an offset, since a source that omits the zone gives no better guess; a space
 * in place of the {@code T}, and an offset without a colon ({@code +0200}), are accepted because
 * many feeds and pages write them so.
 */
public final class IsoDate {

  private static final Pattern SPACE_SEPARATOR = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) +");
  private static final Pattern COLONLESS_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

  private IsoDate() {}

  public static Optional<Instant> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String iso = value.strip().toUpperCase(Locale.ROOT);
    iso = SPACE_SEPARATOR.matcher(iso).replaceFirst("$1T");
    if (iso.contains("T")) {
      iso = COLONLESS_OFFSET.matcher(iso).replaceFirst("$1:$2");
    }
    try {
      if (iso.length() == 10) {
        return Optional.of(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      try {
        return Optional.of(OffsetDateTime.parse(iso).toInstant());
      } catch (DateTimeException noOffset) {
        return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
