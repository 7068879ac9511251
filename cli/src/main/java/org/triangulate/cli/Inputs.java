package org.triangulate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.triangulate.ingest.DocumentSink;
import org.triangulate.ingest.Failure;
import org.triangulate.ingest.FileSource;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;

/** The documents named on the command line. */
final class Inputs {

  private final List<String> paths;
  private final String url;
  private final FileSource source = new FileSource();

  private Inputs(List<String> paths, String url) {
    this.paths = List.copyOf(paths);
    this.url = url;
  }

  static Inputs of(List<String> paths) {
    return new Inputs(paths, null);
  }

  /** The same inputs, with a page address for documents that do not state their own. */
  Inputs withUrl(String pageUrl) {
    return new Inputs(paths, pageUrl);
  }

  void read(Consumer<RawDocument> documents, Consumer<Failure> failures) {
    source.readAll(paths, new DocumentSink() {
      @Override
      public void document(RawDocument document) {
        documents.accept(url == null || document.given().url() != null ? document : withUrl(document));
      }

      @Override
      public void failure(Failure failure) {
        failures.accept(failure);
      }
    });
  }

  /** How many documents there are, for a progress bar: a file each, a line each in JSONL. */
  long estimatedDocuments() {
    long count = 0;
    for (Path file : source.files(paths, failure -> {})) {
      count += FileSource.formatOf(file).orElse(Format.TEXT) == Format.RECORD ? lines(file) : 1;
    }
    return count;
  }

  private RawDocument withUrl(RawDocument document) {
    RawDocument.Given g = document.given();
    return new RawDocument(document.id(), document.format(), document.content(),
        new RawDocument.Given(g.title(), g.text(), g.outlet(), url, g.authors(), g.published()));
  }

  private static long lines(Path file) {
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          lines += buffer[i] == '\n' ? 1 : 0;
        }
      }
    } catch (IOException e) {
      return 1;
    }
    return Math.max(1, lines);
  }
}
