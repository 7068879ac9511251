package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval quotes} with its CoreNLP baseline, on the first articles of PolNeAR's dev split. */
class EvalQuotesIT {

  private static final Path DEV = Cli.SHARED.resolve("eval/polnear/dev");

  @TempDir static Path split;

  @BeforeAll
  static void takeFiveArticles() throws IOException {
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    List<Path> texts;
    try (Stream<Path> files = Files.list(DEV.resolve("text"))) {
      texts = files.sorted().limit(5).toList();
    }
    for (Path text : texts) {
      Files.copy(text, split.resolve("text").resolve(text.getFileName()));
      String stem = text.getFileName().toString().replaceFirst("\\.txt$", "");
      try (Stream<Path> annotations = Files.list(DEV.resolve("attributions"))) {
        for (Path ann : annotations.filter(a -> a.getFileName().toString().startsWith(stem + "_")).toList()) {
          Files.copy(ann, split.resolve("attributions").resolve(ann.getFileName()));
        }
      }
    }
  }

  @Test
  void coreNlpsQuoteAnnotatorIsScoredBesideTheRules() throws Exception {
    JsonNode ours = run("triangulate");
    JsonNode corenlp = run("corenlp-quote");
    assertEquals(ours.at("/quoted/gold").asInt(), corenlp.at("/quoted/gold").asInt(), "the same gold");
    assertTrue(corenlp.at("/quoted/matched").asInt() > 0, corenlp.toString());
    assertEquals(0, corenlp.at("/source/predicted").asInt(), "the quote annotator names no sources");
    assertTrue(ours.at("/source/matched").asInt() > 0, ours.toString());
  }

  @Test
  void anUnknownSystemIsAUsageError() throws Exception {
    Cli.Run run = Cli.run("eval", "quotes", split.toString(), "--system", "gpt");
    assertEquals(Main.USAGE, run.exit(), run.err());
    assertTrue(run.err().contains("'gpt' is not a system"), run.err());
  }

  private static JsonNode run(String system) throws Exception {
    Cli.Run run = Cli.run("eval", "quotes", split.toString(), "--system", system, "--format", "jsonl");
    assertEquals(0, run.exit(), run.err());
    JsonNode scores = AnalyzeIT.json(run.lines().get(0));
    assertEquals(system, scores.get("system").asText());
    assertEquals(5, scores.get("articles").asInt());
    return scores;
  }
}
