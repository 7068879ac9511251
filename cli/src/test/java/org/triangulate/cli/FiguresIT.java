package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code ./triangulate figures} as a user runs it on the seeds. */
class FiguresIT {

  private static final Path SEEDS = Cli.SHARED.resolve("seeds");

  private static List<String> seeds() throws Exception {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
    }
  }

  @Test
  void theTroopsFigureShowsThreeSourcesThatDisagreeAndKeepsKurskApart() throws Exception {
    List<String> seeds = seeds();
    Cli.Run run = Cli.run("figures", seeds.get(0), seeds.get(1));
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> figures = run.lines().stream().map(AnalyzeIT::json).toList();
    List<JsonNode> troops = new ArrayList<>();
    for (JsonNode figure : figures) {
      for (JsonNode value : figure.get("values")) {
        if (value.get("low").asLong() == 3000 || value.get("low").asLong() == 11000) {
          troops.add(figure);
        }
        assertFalse(value.get("low").asLong() == 10000 && value.get("high").asLong() == 10000
            && figure.get("values").size() > 1, "the Kursk 10,000 is not compared with the whole deployment: " + figure);
      }
    }
    assertEquals(2, troops.size(), "3,000 and 11,000 to 12,000 in one figure: " + figures);
    JsonNode figure = troops.get(0);
    assertEquals(figure, troops.get(1));
    assertEquals("disagree", figure.get("agreement").asText());
    assertEquals("count", figure.get("unit").asText());
    assertTrue(figure.get("counted").asText().contains("Russia"), figure.toString());
    JsonNode values = figure.get("values");
    assertEquals(3, values.size(), figure.toString());
    assertValue(values.get(0), seeds.get(0), 11000, 12000, false, "Pentagon");
    assertValue(values.get(1), seeds.get(1), 12000, 12000, true, "Ukrainian Defense Intelligence Directorate");
    assertValue(values.get(2), seeds.get(1), 3000, 3000, false, "United States");
    JsonNode kursk = figures.stream().filter(f -> f.get("counted").asText().contains("Kursk")).findFirst().orElseThrow();
    assertEquals("single", kursk.get("agreement").asText(), kursk.toString());
    assertEquals(10000, kursk.get("values").get(0).get("low").asLong());
    assertTrue(kursk.get("values").get(0).get("source").asText().contains("Pentagon"), kursk.toString());
    for (JsonNode f : figures) {
      assertEquals(figure.get("story"), f.get("story"), "the seeds are one story");
      assertTrue(List.of("agree", "disagree", "single").contains(f.get("agreement").asText()));
    }
  }

  @Test
  void theTextTableNamesEverySource() throws Exception {
    List<String> seeds = seeds();
    Cli.Run run = Cli.run("figures", "--format", "text", seeds.get(0), seeds.get(1));
    assertEquals(0, run.exit(), run.err());
    String table = String.join("\n", run.lines());
    assertTrue(table.contains("11,000–12,000"), table);
    assertTrue(table.contains("~12,000"), table);
    assertTrue(table.contains("disagree"), table);
    assertTrue(table.contains("Pentagon"), table);
  }

  @Test
  void usageErrorsExitOneAndUnreadableInputsTwo() throws Exception {
    assertEquals(1, Cli.run("figures", "--format", "xml", seeds().get(0)).exit());
    assertEquals(1, Cli.run("figures", "--data", "some-store", seeds().get(0)).exit(), "the store or files, not both");
    Cli.Run missing = Cli.run("figures", SEEDS.resolve("no-such-file.txt").toString());
    assertEquals(2, missing.exit(), missing.err());
  }

  private static void assertValue(JsonNode value, String id, long low, long high, boolean approximate, String source) {
    assertEquals(id, value.get("id").asText(), value.toString());
    assertEquals(low, value.get("low").asLong(), value.toString());
    assertEquals(high, value.get("high").asLong(), value.toString());
    assertEquals(approximate, value.get("approximate").asBoolean(), value.toString());
    assertTrue(value.get("source").asText().contains(source), value.toString());
    assertTrue(value.has("outlet") && value.has("published"), value.toString());
  }
}
