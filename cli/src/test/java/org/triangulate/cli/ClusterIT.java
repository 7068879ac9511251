package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.json.ContractJson;

/** {@code ./triangulate cluster} as a user runs it: the seeds, a copy with scraping noise, and input order. */
class ClusterIT {

  private static final Path SEEDS = Cli.SHARED.resolve("seeds");

  @Test
  void theSeedsAreOneStoryOfTwoIndependentReports() throws Exception {
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Cli.Run run = Cli.run("cluster", seeds.get(0).toString(), seeds.get(1).toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(2, run.lines().size());
    JsonNode farm = AnalyzeIT.json(run.lines().get(0));
    JsonNode rfa = AnalyzeIT.json(run.lines().get(1));
    assertEquals(seeds.get(0).toString(), farm.get("id").asText());
    assertEquals(farm.get("story").asText(), rfa.get("story").asText(), "one story");
    assertTrue(farm.get("copyOf").isNull(), "000 is not a copy of 003");
    assertTrue(rfa.get("copyOf").isNull());
    assertEquals("Newsweek", farm.get("origin").get("outlet").asText());
    List<String> evidence = new ArrayList<>();
    farm.get("origin").get("evidence").forEach(e -> evidence.add(e.get("text").asText()));
    assertTrue(evidence.stream().anyMatch(e -> e.contains("told Newsweek")), evidence.toString());
    assertTrue(evidence.size() >= 3, evidence.toString());
  }

  /** ONNX Runtime, left to itself, leaves a directory in the temporary directory on every run. */
  @Test
  void aRunLeavesNothingInTheTemporaryDirectory(@TempDir Path dir) throws Exception {
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    Path cache = dir.resolve("cache");
    Map<String, String> environment = Map.of("TRIANGULATE_JAVA_OPTS", "-Xmx2g -Djava.io.tmpdir=" + tmp, "XDG_CACHE_HOME", cache.toString());
    Path seed;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
    for (int run = 0; run < 2; run++) {
      Cli.Run cluster = Cli.run(environment, "cluster", seed.toString());
      assertEquals(0, cluster.exit(), cluster.err());
      try (Stream<Path> left = Files.list(tmp)) {
        assertEquals(List.of(), left.toList(), "run " + run);
      }
    }
    try (Stream<Path> cached = Files.walk(cache)) {
      assertEquals(1, cached.filter(p -> p.getFileName().toString().equals(System.mapLibraryName("onnxruntime"))).count());
    }
  }

  @Test
  void aNoisyCopyPointsToTheOriginalWhateverTheOrder(@TempDir Path dir) throws Exception {
    String rfa = Files.readString(Files.list(SEEDS).filter(p -> p.getFileName().toString().startsWith("003")).findFirst().orElseThrow(),
        StandardCharsets.UTF_8);
    String farm = Files.readString(Files.list(SEEDS).filter(p -> p.getFileName().toString().startsWith("000")).findFirst().orElseThrow(),
        StandardCharsets.UTF_8);
    List<String> records = new ArrayList<>();
    records.add(record("rfa", "China remains officially agnostic on North Korean troops", rfa, "2024-11-05T10:00:00Z"));
    records.add(record("rfa-copy", "SHOCKING: what China said about Korea", typos(rfa) + "\nShare this story!\n", "2024-11-06T08:00:00Z"));
    records.add(record("farm", "Why China Won't Stop Ally North Korea", farm, "2024-11-05T12:00:00Z"));
    records.add(record("other", "Rain in Oslo", "It rained in Oslo on Monday, the Norwegian Meteorological Institute said. "
        + "Rivers rose across the south of the country and several roads were closed.", "2024-11-05T09:00:00Z"));
    Map<String, JsonNode> first = cluster(dir.resolve("a.jsonl"), records);
    Collections.shuffle(records, new Random(3));
    Map<String, JsonNode> second = cluster(dir.resolve("b.jsonl"), records);

    assertEquals("rfa", first.get("rfa-copy").get("copyOf").asText());
    assertTrue(first.get("farm").get("copyOf").isNull());
    assertTrue(first.get("rfa").get("copyOf").isNull());
    assertEquals(first.get("rfa").get("story"), first.get("rfa-copy").get("story"));
    assertEquals(first.get("rfa").get("story"), first.get("farm").get("story"));
    assertNotEquals(first.get("rfa").get("story"), first.get("other").get("story"));
    for (String id : first.keySet()) {
      assertEquals(first.get(id), second.get(id), "the same result for " + id + " in another input order");
    }
  }

  @Test
  void usageErrorsExitOne() throws Exception {
    assertEquals(1, Cli.run("cluster").exit());
    assertEquals(1, Cli.run("compare").exit());
  }

  private static Map<String, JsonNode> cluster(Path file, List<String> records) throws Exception {
    Files.write(file, records, StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("cluster", file.toString());
    assertEquals(0, run.exit(), run.err());
    Map<String, JsonNode> byId = new HashMap<>();
    run.lines().forEach(line -> {
      JsonNode node = AnalyzeIT.json(line);
      byId.put(node.get("id").asText(), node);
    });
    assertEquals(records.size(), byId.size());
    return byId;
  }

  private static String record(String id, String title, String text, String date) {
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("id", id).put("title", title).put("text", text).put("date", date);
    return ContractJson.line(node);
  }

  /** A letter changed in about one word in 25, as a careless scraper or retyping leaves it. */
  private static String typos(String text) {
    Random random = new Random(11);
    String[] words = text.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      if (words[i].length() > 3 && random.nextInt(25) == 0) {
        char[] chars = words[i].toCharArray();
        chars[1 + random.nextInt(chars.length - 2)] = 'x';
        words[i] = new String(chars);
      }
    }
    return String.join(" ", words);
  }
}
