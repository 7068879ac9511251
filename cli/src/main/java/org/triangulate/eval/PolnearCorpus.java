package org.triangulate.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PolNeAR split: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}. Where several
 * annotators marked an article, the first file in sorted order is the gold standard.
 */
public final class PolnearCorpus {

  private final Path dir;

  public PolnearCorpus(Path dir) {
    this.dir = dir;
  }

  /** The article texts, sorted by name. */
  public List<Path> texts() {
    try (Stream<Path> files = Files.list(dir.resolve("text"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir.resolve("text"), e);
    }
  }

  /** The gold attributions of the article in {@code text}, or none when no annotation file exists. */
  public List<GoldAttribution> gold(Path text) {
    return annotations(name(text)).map(PolnearCorpus::read).map(BratAttributions::parse).orElse(List.of());
  }

  /** The annotation file of article {@code name}: its annotator's tag holds no underscore. */
  Optional<Path> annotations(String name) {
    try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
      return files
          .filter(f -> {
            String file = f.getFileName().toString();
            return file.endsWith(".ann") && file.startsWith(name + "_")
                && file.indexOf('_', name.length() + 1) < 0;
          })
          .sorted()
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir.resolve("attributions"), e);
    }
  }

  public static String name(Path text) {
    String file = text.getFileName().toString();
    return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
