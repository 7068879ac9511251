package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * {@code quotes.polnear.dev}, figure {@code attribution.f1}).
 */
class QualityGateIT {

  /** What each suite runs; every evaluator prints one JSON object with {@code --format jsonl}. */
  private static final Map<String, List<String>> SUITES = Map.of(
      "quotes.polnear.dev", List.of("eval", "quotes", shared("eval/polnear/dev")),
      "html.zyte", List.of("eval", "html", shared("eval/html/zyte")),
      "html.mozilla", List.of("eval", "html-meta", shared("eval/html/mozilla/pages")),
      "stories.allsides.val", List.of("eval", "stories", shared("eval/stories/allsides/val.jsonl")),
      "stories.ecbplus", List.of("eval", "stories", shared("eval/stories/ecbplus/articles.jsonl")));

  private final Map<String, JsonNode> figures = new HashMap<>();

  @TestFactory
  Stream<DynamicTest> everyFigureStaysAboveItsFloor() throws IOException {
    Properties floors = new Properties();
    try (Reader in = Files.newBufferedReader(Cli.HOME.resolve("quality-floors.properties"), StandardCharsets.UTF_8)) {
      floors.load(in);
    }
    assertFalse(floors.isEmpty(), "quality-floors.properties names no floor: the gate would check nothing");
    List<DynamicTest> tests = new ArrayList<>();
    new TreeMap<>(floors).forEach((key, floor) -> tests.add(DynamicTest.dynamicTest(key + " >= " + floor, () -> {
      String suite = suiteOf((String) key);
      assertNotNull(suite, "no suite runs " + key + "; known suites: " + SUITES.keySet());
      JsonNode figure = figures(suite).at("/" + ((String) key).substring(suite.length() + 1).replace('.', '/'));
      assertTrue(figure.isNumber(), key + " is not a figure the evaluator prints: " + figures(suite));
      double value = figure.asDouble();
      assertTrue(value >= Double.parseDouble(((String) floor).trim()), key + " = " + value + ", below its floor " + floor);
    })));
    return tests.stream();
  }

  private static String suiteOf(String key) {
    return SUITES.keySet().stream().filter(s -> key.startsWith(s + ".")).findFirst().orElse(null);
  }

  private JsonNode figures(String suite) throws IOException, InterruptedException {
    JsonNode cached = figures.get(suite);
    if (cached == null) {
      List<String> args = new ArrayList<>(SUITES.get(suite));
      args.addAll(List.of("--format", "jsonl"));
      Cli.Run run = Cli.run(args.toArray(String[]::new));
      assertEquals(0, run.exit(), String.join(" ", args) + " failed:\n" + run.err());
      List<String> lines = run.lines();
      cached = AnalyzeIT.json(lines.get(lines.size() - 1));
      figures.put(suite, cached);
    }
    return cached;
  }

  private static String shared(String path) {
    return Cli.SHARED.resolve(path).toString();
  }
}
