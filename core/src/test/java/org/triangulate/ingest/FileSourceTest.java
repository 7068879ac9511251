package org.triangulate.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

  @TempDir Path dir;

  /** Collects what a source hands over. */
  private static final class Collected implements DocumentSink {
    final List<RawDocument> documents = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();

    @Override
    public void document(RawDocument document) {
      documents.add(document);
    }

    @Override
    public void failure(Failure failure) {
      failures.add(failure);
    }
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private Collected readAll(String... args) {
    Collected sink = new Collected();
    new FileSource().readAll(List.of(args), sink);
    return sink;
  }

  @Test
  void directoryGivesReadableFilesInSortedOrderWithIdsAsGiven() throws IOException {
    write("corpus/b.txt", "B");
    write("corpus/a.html", "<p>A</p>");
    write("corpus/sub/c.htm.gz", gzip("<p>C</p>".getBytes(StandardCharsets.UTF_8)));
    write("corpus/notes.md", "ignored");
    write("corpus/d.jsonl", "{\"id\":\"d1\",\"text\":\"D\"}\n");
    String arg = dir.resolve("corpus").toString() + "/";

    Collected sink = readAll(arg);

    assertEquals(List.of(), sink.failures);
    List<String> ids = sink.documents.stream().map(RawDocument::id).toList();
    String base = dir.resolve("corpus").toString();
    assertEquals(List.of(base + "/a.html", base + "/b.txt", "d1", base + "/sub/c.htm.gz"), ids);
    assertEquals(Format.HTML, sink.documents.get(3).format());
    assertArrayEquals("<p>C</p>".getBytes(StandardCharsets.UTF_8), sink.documents.get(3).content());
  }

  @Test
  void missingAndUnsupportedPathsAreFailuresAndTheRunGoesOn() throws IOException {
    Path good = write("good.txt", "Title\n\nBody.\n");
    Path other = write("notes.md", "x");
    Collected sink = readAll(dir.resolve("nope.txt").toString(), other.toString(), good.toString());
    assertEquals(1, sink.documents.size());
    assertEquals(good.toString(), sink.documents.get(0).id());
    assertEquals(2, sink.failures.size());
    assertTrue(sink.failures.get(0).reason().contains("no such file"));
    assertTrue(sink.failures.get(1).reason().contains("unsupported file type"));
  }

  @Test
  void textKeepsItsBytes() throws IOException {
    byte[] bytes = "Title\r\n\r\nCafé.\r\n".getBytes(StandardCharsets.UTF_8);
    Path file = write("a.TXT", bytes);
    Collected sink = readAll(file.toString());
    assertEquals(Format.TEXT, sink.documents.get(0).format());
    assertArrayEquals(bytes, sink.documents.get(0).content());
    assertEquals(RawDocument.Given.nothing(), sink.documents.get(0).given());
  }

  @Test
  void jsonlLinesBecomeRecordsAndBadLinesFailAlone() throws IOException {
    Path file =
        write(
            "feed.jsonl",
            String.join(
                "\n",
                "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Body\\r\\nmore\",\"date\":\"2024-11-01\","
                    + "\"outlet\":\"Newsweek\",\"url\":\"https://x.test/a\",\"authors\":[\"Jane Doe\",\"John Roe\"]}",
                "not json",
                "{\"title\":\"no id\",\"text\":\"x\"}",
                "{\"id\":\"c\",\"title\":\"no text\"}",
                "",
                "{\"id\":7,\"text\":\"numeric id\",\"date\":\"2024-11-01T10:15:00+02:00\"}",
                "{\"id\":\"d\",\"text\":\"bad date\",\"date\":\"yesterday\"}",
                "{\"id\":\"e\",\"text\":\"no zone\",\"date\":\"2024-11-01 10:15:00\"}"));
    Collected sink = readAll(file.toString());

    assertEquals(List.of("a", "7", "e"), sink.documents.stream().map(RawDocument::id).toList());
    RawDocument.Given a = sink.documents.get(0).given();
    assertEquals(Format.RECORD, sink.documents.get(0).format());
    assertEquals("Body\r\nmore", a.text());
    assertEquals("T", a.title());
    assertEquals("Newsweek", a.outlet());
    assertEquals("https://x.test/a", a.url());
    assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
    assertEquals(Instant.parse("2024-11-01T00:00:00Z"), a.published());
    assertEquals(Instant.parse("2024-11-01T08:15:00Z"), sink.documents.get(1).given().published());
    assertEquals(Instant.parse("2024-11-01T10:15:00Z"), sink.documents.get(2).given().published());
    assertNull(sink.documents.get(1).given().title());

    List<String> where = sink.failures.stream().map(Failure::document).toList();
    assertEquals(List.of(file + ":2", file + ":3", file + ":4", file + ":7"), where);
    assertTrue(sink.failures.get(0).reason().startsWith("not valid JSON"));
    assertTrue(sink.failures.get(1).reason().contains("no \"id\""));
    assertTrue(sink.failures.get(2).reason().contains("no \"text\""));
    assertTrue(sink.failures.get(3).reason().contains("not ISO-8601"));
  }

  @Test
  void emptyBinaryTruncatedAndOversizedFilesFailWithReasons() throws IOException {
    Path empty = write("empty.txt", new byte[0]);
    Path emptyJsonl = write("empty.jsonl", new byte[0]);
    byte[] binary = new byte[500];
    new Random(1).nextBytes(binary);
    binary[10] = 0;
    Path bin = write("image.txt", binary);
    byte[] gz = gzip("<html><body><p>Some page</p></body></html>".repeat(50).getBytes(StandardCharsets.UTF_8));
    Path truncated = write("page.html.gz", Arrays.copyOf(gz, gz.length / 2));
    Path notGzip = write("plain.html.gz", "<p>not compressed</p>");
    Path big = write("big.txt", "x".repeat(2000));
    Path bigGz = write("big.html.gz", gzip("x".repeat(5000).getBytes(StandardCharsets.UTF_8)));
    Path longLine = write("long.jsonl", "{\"id\":\"1\",\"text\":\"" + "y".repeat(3000) + "\"}\n{\"id\":\"2\",\"text\":\"ok\"}\n");

    Collected sink = new Collected();
    FileSource source = new FileSource(new FileSource.Options(1000));
    for (Path file : List.of(empty, emptyJsonl, bin, truncated, notGzip, big, bigGz, longLine)) {
      source.read(file, sink);
    }

    List<String> reasons = sink.failures.stream().map(Failure::toString).toList();
    assertEquals(8, reasons.size(), reasons.toString());
    assertTrue(reasons.get(0).endsWith("empty.txt: empty file"));
    assertTrue(reasons.get(1).endsWith("empty.jsonl: empty file"));
    assertTrue(reasons.get(2).contains("binary file"), reasons.get(2));
    assertTrue(reasons.get(3).contains("truncated gzip"));
    assertTrue(reasons.get(4).contains("not a valid gzip file"));
    assertTrue(reasons.get(5).contains("limit for a document"));
    assertTrue(reasons.get(6).contains("decompresses to more than"));
    assertTrue(reasons.get(7).contains("long.jsonl:1") && reasons.get(7).contains("longer than"));
    assertEquals(List.of("2"), sink.documents.stream().map(RawDocument::id).toList());
  }

  @Test
  void utf16WithMarkIsTextNotBinary() throws IOException {
    byte[] body = "Title\n\nBody text.\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Collected sink = readAll(write("utf16.txt", bytes).toString());
    assertEquals(List.of(), sink.failures);
    assertEquals(1, sink.documents.size());
  }

  @Test
  void bigSingleLineAndRandomBytesDoNotThrow() throws IOException {
    Path line = write("line.txt", "word ".repeat(1_000_000));
    Random random = new Random(7);
    byte[] noise = new byte[100_000];
    random.nextBytes(noise);
    Path jsonl = write("noise.jsonl", noise);
    Collected sink = readAll(line.toString(), jsonl.toString());
    assertEquals(1, sink.documents.size());
    assertEquals(1, sink.failures.size());
    assertTrue(sink.failures.get(0).reason().contains("binary"));
  }

  @Test
  void emptyDirectoryIsAFailure() throws IOException {
    Files.createDirectories(dir.resolve("nothing"));
    Collected sink = readAll(dir.resolve("nothing").toString());
    assertEquals(1, sink.failures.size());
    assertTrue(sink.failures.get(0).reason().contains("holds no"));
  }
}
