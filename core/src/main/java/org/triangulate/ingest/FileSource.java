package org.triangulate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads articles from files and directories named on the command line: {@code .txt} as plain
 * text, {@code .html}/{@code .htm} (optionally gzipped) as web pages, {@code .jsonl} as one record
 * a line. A file that cannot be read becomes a {@link Failure} with a reason a user can act on; it
 * never stops the run. Stateless and safe to share across threads.
 */
public final class FileSource {

  /** What the command line accepts, in the words used in failure messages. */
  static final String ACCEPTED = ".txt, .html, .htm, .html.gz, .htm.gz or .jsonl";

  private static final int SNIFF_BYTES = 64 * 1024;

  /**
   * @param maxDocumentBytes the largest document read, in bytes: a text or HTML file after
   *     decompression, or one JSONL line; anything larger is a failure, which also guards against
   *     decompression bombs
   */
  public record Options(long maxDocumentBytes) {

    public Options {
      if (maxDocumentBytes <= 0) {
        throw new IllegalArgumentException("maxDocumentBytes must be positive");
      }
    }

    public static Options defaults() {
      return new Options(20L * 1024 * 1024);
    }
  }

  private final Options options;
  private final RecordReader records = new RecordReader();

  public FileSource() {
    this(Options.defaults());
  }

  public FileSource(Options options) {
    this.options = options;
  }

  /** The format a file's name calls for, if it is one this source reads. */
  public static Optional<Format> formatOf(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return Optional.of(Format.TEXT);
    }
    if (lower.endsWith(".jsonl")) {
      return Optional.of(Format.RECORD);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")
        || lower.endsWith(".html.gz") || lower.endsWith(".htm.gz")) {
      return Optional.of(Format.HTML);
    }
    return Optional.empty();
  }

  /**
   * Expands command-line arguments into the files to read, in argument order; a directory gives
   * every readable file below it in sorted path order. A path found in a directory prints as the
   * directory argument joined with the relative path, so it can serve as the document's id.
   * Missing paths, files of other types named explicitly, and directories holding nothing readable
   * are reported to {@code failures}.
   */
  public List<Path> files(List<String> args, Consumer<Failure> failures) {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        List<Path> found = listDirectory(arg, path, failures);
        files.addAll(found);
      } else if (!Files.exists(path)) {
        failures.accept(new Failure(arg, "no such file or directory"));
      } else if (formatOf(path).isEmpty()) {
        failures.accept(new Failure(arg, "unsupported file type: expected " + ACCEPTED));
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private List<Path> listDirectory(String arg, Path directory, Consumer<Failure> failures) {
    try (Stream<Path> walk = Files.walk(directory)) {
      List<Path> found =
          walk.filter(Files::isRegularFile).filter(p -> formatOf(p).isPresent()).sorted().toList();
      if (found.isEmpty()) {
        failures.accept(new Failure(arg, "directory holds no " + ACCEPTED + " files"));
      }
      return found;
    } catch (IOException | UncheckedIOException e) {
      failures.accept(new Failure(arg, "cannot list directory: " + e.getMessage()));
      return List.of();
    }
  }

  /** Expands {@code args} and reads every file, handing documents and failures to the sink. */
  public void readAll(List<String> args, DocumentSink sink) {
    for (Path file : files(args, sink::failure)) {
      read(file, sink);
    }
  }

  /**
   * Reads one file into the sink: one document for a text or HTML file, one per line for JSONL.
   * The document id is the path as it prints ({@code file.toString()}); a JSONL record's id is its
   * {@code id} field, and a bad JSONL line is reported as {@code path:line}.
   */
  public void read(Path file, DocumentSink sink) {
    String id = file.toString();
    Optional<Format> format = formatOf(file);
    if (format.isEmpty()) {
      sink.failure(new Failure(id, "unsupported file type: expected " + ACCEPTED));
      return;
    }
    try {
      if (Files.isDirectory(file)) {
        sink.failure(new Failure(id, "is a directory"));
      } else if (format.get() == Format.RECORD) {
        readRecords(file, sink);
      } else {
        readWhole(file, format.get(), sink);
      }
    } catch (NoSuchFileException e) {
      sink.failure(new Failure(id, "no such file"));
    } catch (AccessDeniedException e) {
      sink.failure(new Failure(id, "permission denied"));
    } catch (IOException e) {
      sink.failure(new Failure(id, "cannot read: " + e.getMessage()));
    }
  }

  private void readWhole(Path file, Format format, DocumentSink sink) throws IOException {
    String id = file.toString();
    boolean gzipped = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    if (!gzipped && Files.size(file) > options.maxDocumentBytes()) {
      sink.failure(
          new Failure(id, "the file is " + size(Files.size(file)) + ", over " + limit()));
      return;
    }
    byte[] bytes;
    if (gzipped) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        bytes = readCapped(in);
      } catch (EOFException e) {
        sink.failure(new Failure(id, "truncated gzip file"));
        return;
      } catch (ZipException e) {
        sink.failure(new Failure(id, "not a valid gzip file: " + e.getMessage()));
        return;
      }
      if (bytes == null) {
        sink.failure(new Failure(id, "it decompresses to more than " + limit()));
        return;
      }
    } else {
      bytes = Files.readAllBytes(file);
    }
    Optional<String> problem = problem(bytes);
    if (problem.isPresent()) {
      sink.failure(new Failure(id, problem.get()));
      return;
    }
    sink.document(new RawDocument(id, format, bytes, RawDocument.Given.nothing()));
  }

  /** All of {@code in}, or null when it holds more than a document may. */
  private byte[] readCapped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > options.maxDocumentBytes()) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private void readRecords(Path file, DocumentSink sink) throws IOException {
    String name = file.toString();
    if (Files.size(file) == 0) {
      sink.failure(new Failure(name, "empty file"));
      return;
    }
    RecordLines lines = new RecordLines(name, sink);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      boolean first = true;
      while ((n = in.read(buffer)) > 0) {
        if (first) {
          Optional<String> problem = problem(Arrays.copyOf(buffer, n));
          if (problem.isPresent()) {
            sink.failure(new Failure(name, problem.get()));
            return;
          }
          first = false;
        }
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines.append(buffer, from, i - from);
            lines.end();
            from = i + 1;
          }
        }
        lines.append(buffer, from, n - from);
      }
    }
    lines.finish();
  }

  /**
   * Gathers the bytes of one JSONL line at a time, keeping no more than a document may hold, and
   * hands each finished line over as a record or a failure.
   */
  private final class RecordLines {
    private final String file;
    private final DocumentSink sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean overlong;
    private int number;
    private int nonBlank;

    RecordLines(String file, DocumentSink sink) {
      this.file = file;
      this.sink = sink;
    }

    void append(byte[] bytes, int from, int length) {
      if (overlong || line.size() + (long) length > options.maxDocumentBytes()) {
        overlong = true;
        line.reset();
      } else {
        line.write(bytes, from, length);
      }
    }

    void end() {
      number++;
      String where = file + ":" + number;
      if (overlong) {
        nonBlank++;
        sink.failure(new Failure(where, "the line is longer than " + limit()));
      } else {
        String text = TextDecoder.decode(line.toByteArray()).strip();
        if (!text.isEmpty()) {
          nonBlank++;
          try {
            sink.document(records.read(text));
          } catch (UnreadableDocumentException e) {
            sink.failure(new Failure(where, e.getMessage()));
          }
        }
      }
      line.reset();
      overlong = false;
    }

    void finish() {
      if (overlong || line.size() > 0) {
        end();
      }
      if (nonBlank == 0) {
        sink.failure(new Failure(file, "no records: the file holds only blank lines"));
      }
    }
  }

  /**
   * Why these bytes cannot be an article, if they cannot: empty, or binary. Binary means a NUL
   * byte, or more than a tenth control characters, in the first 64 KiB; UTF-16 with a byte-order
   * mark is judged on its decoded characters, since its ASCII is full of NUL bytes.
   */
  static Optional<String> problem(byte[] bytes) {
    if (bytes.length == 0) {
      return Optional.of("empty file");
    }
    int length = Math.min(bytes.length, SNIFF_BYTES);
    if (TextDecoder.byteOrderMark(bytes).filter(c -> !c.equals(StandardCharsets.UTF_8)).isPresent()) {
      byte[] head = Arrays.copyOf(bytes, length - length % 2);
      return binaryText(TextDecoder.decode(head));
    }
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("binary file (it holds NUL bytes), not text");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 10 > length
        ? Optional.of("binary file (mostly control characters), not text")
        : Optional.empty();
  }

  private static Optional<String> binaryText(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return Optional.of("binary file (it holds NUL characters), not text");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (text.isBlank()) {
      return Optional.of("empty file");
    }
    return control * 10 > text.length()
        ? Optional.of("binary file (mostly control characters), not text")
        : Optional.empty();
  }

  private String limit() {
    return "the " + size(options.maxDocumentBytes()) + " limit for a document";
  }

  /** A size in the largest unit that keeps it at one or more: "20 MB", "1.5 MB", "900 bytes". */
  static String size(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    if (mb >= 1) {
      return mb == Math.rint(mb) || mb >= 10
          ? String.format(Locale.ROOT, "%.0f MB", mb)
          : String.format(Locale.ROOT, "%.1f MB", mb);
    }
    return bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " bytes";
  }
}
