package org.triangulate.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;
import org.triangulate.model.Span;

/**
 * Runs the cleaner over PolNeAR training articles, which are clean text with the title on the
 * first line: the title must be that line, and almost nothing may be marked as boilerplate (only
 * "Follow X on Twitter"-like lines, picture credits and "Related:" lists, which PolNeAR itself
 * annotates as Discard).
 */
class RuleCleanerPolnearIT {

  private static final int SAMPLE = 50;

  private static Path polnearTrain() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/eval/polnear/train/text");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return null;
  }

  @Test
  void titlesAreFirstLinesAndBoilerplateIsRare() throws IOException {
    Path train = polnearTrain();
    assertNotNull(train, "PolNeAR belongs at ../shared/eval/polnear beside the repository");
    List<Path> files;
    try (Stream<Path> all = Files.list(train)) {
      files = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int step = Math.max(1, files.size() / SAMPLE);
    RuleCleaner cleaner = new RuleCleaner();
    long characters = 0;
    long marked = 0;
    List<String> report = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < files.size(); i += step) {
      Path file = files.get(i);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Article article = cleaner.clean(Article.of(file.getFileName().toString(), text));
      String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
      assertEquals(firstLine, article.title(), file.getFileName().toString());
      int share = 0;
      for (Span span : article.boilerplate()) {
        share += span.length();
        report.add(file.getFileName() + ": " + span.of(text));
      }
      assertTrue(
          share * 20 <= text.length(),
          file.getFileName() + " has " + share + " of " + text.length() + " characters marked");
      characters += text.length();
      marked += share;
      checked++;
    }
    report.forEach(line -> System.err.println("boilerplate in " + line));
    System.err.printf(
        "PolNeAR: %d articles, %d of %d characters marked as boilerplate%n",
        checked, marked, characters);
    assertTrue(checked >= 40);
    assertTrue(marked * 100 <= characters, "more than 1% of PolNeAR text marked");
  }
}
