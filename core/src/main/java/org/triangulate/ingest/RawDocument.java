package org.triangulate.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A document as a source hands it over, before extraction.
 *
 * @param id the JSONL id, or for a file its path as given on the command line
 * @param format how to read it
 * @param content the raw bytes of a TEXT or HTML document; empty for a RECORD
 * @param given what the input itself states about the article (all of it for a RECORD)
 */
public record RawDocument(String id, Format format, byte[] content, Given given) {

  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(given, "given");
  }

  /**
   * Metadata an input states outright: a JSONL record's fields, or a page address given on the
   * command line. Any of them may be null.
   */
  public record Given(
      String title, String text, String outlet, String url, List<String> authors, Instant published) {

    public Given {
      authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public static Given nothing() {
      return new Given(null, null, null, null, List.of(), null);
    }

    public static Given url(String url) {
      return new Given(null, null, null, url, List.of(), null);
    }
  }
}
