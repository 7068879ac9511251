package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The quality gate: runs each evaluator named in {@code quality-floors.properties} once, as a user
 * would, and fails when a figure falls below its floor. A key is a suite, then the path of the
 * figure in the evaluator's JSON ({@code quotes.polnear.dev.attribution.f1}: suite
 * {@code quotes.polnear.dev}, figure {@code attribution.f1}). A key ending in {@code .max} is a
 * ceiling instead of a floor, and a list counts as its length ({@code mergedTwinTopics.max=7}).
 * Where an evaluator prints a line per system, Triangulate's line ({@code "system":"triangulate"})
 * is the one checked.
 */
class QualityGateIT {

  /** What each suite runs, printing its figures as JSON. */
  private static final Map<String, List<String>> SUITES = Map.of(
      "quotes.polnear.dev", List.of("eval", "quotes", shared("eval/polnear/dev"), "--format", "jsonl"),
      "figures.gold", List.of("eval", "figures", "--shared", Cli.SHARED.toString(), "--format", "jsonl"),
      "html.zyte", List.of("eval", "html", shared("eval/html/zyte"), "--format", "jsonl"),
      "html.mozilla", List.of("eval", "html-meta", shared("eval/html/mozilla/pages"), "--format", "jsonl"),
      "stories.allsides.val", List.of("eval", "stories", shared("eval/stories/allsides/val.jsonl")),
      "stories.ecbplus", List.of("eval", "stories", shared("eval/stories/ecbplus/articles.jsonl")),
      "copies.ecbplus", List.of("eval", "copies", shared("eval/stories/ecbplus/articles.jsonl")));

  private static final String CEILING = ".max";

  private final Map<String, JsonNode> figures = new HashMap<>();

  @TestFactory
  Stream<DynamicTest> everyFigureStaysAboveItsFloor() throws IOException {
    Properties floors = new Properties();
    try (Reader in = Files.newBufferedReader(Cli.HOME.resolve("quality-floors.properties"), StandardCharsets.UTF_8)) {
      floors.load(in);
    }
    assertFalse(floors.isEmpty(), "quality-floors.properties names no floor: the gate would check nothing");
    List<DynamicTest> tests = new ArrayList<>();
    new TreeMap<>(floors).forEach((k, v) -> {
      String key = (String) k;
      double bound = Double.parseDouble(((String) v).trim());
      boolean ceiling = key.endsWith(CEILING);
      tests.add(DynamicTest.dynamicTest(key + (ceiling ? " <= " : " >= ") + bound, () -> {
        String suite = suiteOf(key);
        assertNotNull(suite, "no suite runs " + key + "; known suites: " + SUITES.keySet());
        String path = key.substring(suite.length() + 1, key.length() - (ceiling ? CEILING.length() : 0));
        JsonNode figure = figures(suite).at("/" + path.replace('.', '/'));
        assertTrue(figure.isNumber() || figure.isArray(), key + " is not a figure the evaluator prints: " + figures(suite));
        double value = figure.isArray() ? figure.size() : figure.asDouble();
        if (ceiling) {
          assertTrue(value <= bound, key + " = " + value + ", above its ceiling " + bound);
        } else {
          assertTrue(value >= bound, key + " = " + value + ", below its floor " + bound);
        }
      }));
    });
    return tests.stream();
  }

  private static String suiteOf(String key) {
    return SUITES.keySet().stream().filter(s -> key.startsWith(s + ".")).findFirst().orElse(null);
  }

  private JsonNode figures(String suite) throws IOException, InterruptedException {
    JsonNode cached = figures.get(suite);
    if (cached == null) {
      List<String> args = SUITES.get(suite);
      Cli.Run run = Cli.run(args.toArray(String[]::new));
      // Exit 2 says some documents could not be read; the evaluator still scores the set (ECB+ has
      // records with empty text), so only a usage error or a crash fails the gate here.
      assertTrue(run.exit() == 0 || run.exit() == 2, String.join(" ", args) + " failed:\n" + run.err());
      List<JsonNode> lines = run.lines().stream().map(AnalyzeIT::json).toList();
      cached = lines.stream().filter(l -> "triangulate".equals(l.path("system").asText())).findFirst()
          .orElse(lines.get(lines.size() - 1));
      figures.put(suite, cached);
    }
    return cached;
  }

  private static String shared(String path) {
    return Cli.SHARED.resolve(path).toString();
  }
}
