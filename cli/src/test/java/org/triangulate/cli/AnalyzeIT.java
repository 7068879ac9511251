package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.json.ContractJson;

/** {@code ./triangulate analyze} as a user runs it, on the seeds, on PolNeAR and on bad input. */
class AnalyzeIT {

  private static final Path SEEDS = Cli.SHARED.resolve("seeds");

  @Test
  void seedsComeOutAsContractJson() throws Exception {
    List<Path> seeds;
    try (Stream<Path> files = Files.list(SEEDS)) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<String> args = new ArrayList<>(List.of("analyze"));
    seeds.forEach(p -> args.add(p.toString()));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.lines();
    assertEquals(2, lines.size());

    JsonNode copy = json(lines.get(0));
    assertEquals(seeds.get(0).toString(), copy.get("id").asText());
    assertEquals(Files.readString(seeds.get(0), StandardCharsets.UTF_8), copy.get("text").asText(), "text is verbatim");
    assertEquals("Why China Won’t Stop Ally North Korea From Fighting Ukraine", copy.get("title").asText());
    assertEquals("Newsweek", copy.get("reportedBy").asText());
    for (String noise : List.of("Breaking: Beyond Headlines!", "Photo-illustration by Newsweek/Getty", "aecifo", "close",
        "Pictured are Chinese President Xi Jinping")) {
      assertTrue(boilerplateCovers(copy, noise), "boilerplate covers " + noise);
    }
    assertFalse(boilerplateCovers(copy, "Newsweek reached out by email"), "a sentence of the article is not boilerplate");

    JsonNode rfa = json(lines.get(1));
    assertEquals("Radio Free Asia", rfa.get("reportedBy").asText());
    assertTrue(rfa.get("title").asText().startsWith("China remains officially agnostic"));
    assertEquals(List.of("Soyoung Kim", "Bing X"), strings(rfa.get("authors")));
    for (String noise : List.of("RELATED STORIES", "Russia pays North Korean soldiers about $2,000 a month", "Reporting by Soyoung Kim")) {
      assertTrue(boilerplateCovers(rfa, noise), "boilerplate covers " + noise);
    }
    assertFalse(boilerplateCovers(rfa, "Chinese leverage?"), "a subhead is part of the article");

    Set<String> people = new HashSet<>();
    for (JsonNode article : List.of(copy, rfa)) {
      assertTrue(article.get("quotes").isArray() && article.get("claims").isArray());
      for (JsonNode e : article.get("entities")) {
        assertEquals(e.get("text").asText(), slice(article, e), "entity offsets index into text");
        if (e.get("type").asText().equals("PERSON")) {
          people.add(e.get("canonical").asText());
        }
      }
    }
    for (String quoted : List.of("Liu Pengyu", "Edward Howell", "Bonnie Glaser", "Patricia Kim", "Naoko Aoki", "John Kirby",
        "Ben Cardin", "Troy Stangerone", "David Maxwell", "Lin Jian", "Kim Jong Un", "Xi Jinping")) {
      assertTrue(people.contains(quoted), quoted + " among the PERSON entities " + people);
    }
  }

  @Test
  void polnearArticlesKeepTheirTitleAndText() throws Exception {
    Path dev = Cli.SHARED.resolve("eval/polnear/dev/text");
    List<Path> texts;
    try (Stream<Path> files = Files.list(dev)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(20).toList();
    }
    List<String> args = new ArrayList<>(List.of("analyze"));
    texts.forEach(p -> args.add(p.toString()));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    assertEquals(20, run.lines().size());
    int persons = 0;
    for (int i = 0; i < texts.size(); i++) {
      JsonNode article = json(run.lines().get(i));
      String text = Files.readString(texts.get(i), StandardCharsets.UTF_8);
      assertEquals(texts.get(i).toString(), article.get("id").asText());
      assertEquals(text, article.get("text").asText());
      assertEquals(text.lines().findFirst().orElseThrow().strip(), article.get("title").asText());
      assertEquals("en", article.get("language").asText());
      int boilerplate = 0;
      for (JsonNode span : article.get("boilerplate")) {
        boilerplate += span.get("end").asInt() - span.get("start").asInt();
      }
      assertTrue(boilerplate < text.length() / 10, "little boilerplate in " + texts.get(i) + ": " + boilerplate);
      for (JsonNode e : article.get("entities")) {
        assertEquals(e.get("text").asText(), slice(article, e));
        persons += e.get("type").asText().equals("PERSON") ? 1 : 0;
      }
    }
    assertTrue(persons > 100, "election news names many people: " + persons);
  }

  @Test
  void badDocumentsAreReportedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Rain in Oslo\n\nIt rained in Oslo on Monday, the Norwegian Meteorological Institute said.\n");
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 0});
    Path records = dir.resolve("records.jsonl");
    Files.writeString(records, "{\"id\":\"r1\",\"title\":\"Snow\",\"text\":\"Snow fell in Bergen.\"}\nnot json\n{\"title\":\"no id\"}\n");
    Cli.Run run = Cli.run("analyze", good.toString(), empty.toString(), binary.toString(), records.toString(),
        dir.resolve("missing.txt").toString());
    assertEquals(2, run.exit(), run.err());
    List<String> ids = run.lines().stream().map(l -> json(l).get("id").asText()).toList();
    assertEquals(List.of(good.toString(), "r1"), ids);
    for (String named : List.of("empty.txt", "binary.txt", "records.jsonl:2", "records.jsonl:3", "missing.txt")) {
      assertTrue(run.err().contains(named), "stderr names " + named + ":\n" + run.err());
    }
    JsonNode record = json(run.lines().get(1));
    assertEquals("Snow", record.get("title").asText());
    assertNull(record.get("published").textValue());
  }

  @Test
  void webPagesPlainAndGzippedAreExtractedThenAnalysed(@TempDir Path dir) throws Exception {
    String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Floods close schools | Example News</title>"
        + "<meta property=\"og:site_name\" content=\"Example News\"><meta property=\"og:title\" content=\"Floods close schools\">"
        + "<meta property=\"article:published_time\" content=\"2024-03-02T08:00:00Z\"></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Floods close schools</h1>"
        + "<p>Heavy rain flooded the valley on Friday, and officials in Valencia closed forty schools, the regional government said.</p>"
        + "<p>Maria Lopez, the mayor of Valencia, told reporters that the army would help clear the roads over the weekend.</p>"
        + "<p>Forecasters at Spain's meteorological agency expect more rain on Sunday across the whole of the region.</p>"
        + "</article><footer>Copyright Example News</footer></body></html>";
    Path html = dir.resolve("floods.html");
    Files.writeString(html, page);
    Path gz = dir.resolve("floods-copy.htm.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(page.getBytes(StandardCharsets.UTF_8));
    }
    Cli.Run run = Cli.run("analyze", html.toString(), gz.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(2, run.lines().size());
    for (String line : run.lines()) {
      JsonNode article = json(line);
      assertEquals("Floods close schools", article.get("title").asText());
      assertEquals("Example News", article.get("outlet").asText());
      assertEquals("2024-03-02T08:00:00Z", article.get("published").asText());
      String text = article.get("text").asText();
      assertTrue(text.contains("Maria Lopez, the mayor of Valencia"), text);
      assertFalse(text.contains("Copyright"), "the footer is not the article");
      Set<String> people = new HashSet<>();
      article.get("entities").forEach(e -> people.add(e.get("canonical").asText()));
      assertTrue(people.contains("Maria Lopez") && people.contains("Valencia"), people.toString());
    }
  }

  @Test
  void usageErrorsExitOne() throws Exception {
    Cli.Run none = Cli.run("analyze");
    assertEquals(1, none.exit());
    assertTrue(none.err().contains("PATH"), none.err());
    assertEquals(1, Cli.run("no-such-command").exit());
  }

  private static boolean boilerplateCovers(JsonNode article, String phrase) {
    String text = article.get("text").asText();
    int at = text.indexOf(phrase);
    assertTrue(at >= 0, "the text holds " + phrase);
    for (JsonNode span : article.get("boilerplate")) {
      if (span.get("start").asInt() <= at && at + phrase.length() <= span.get("end").asInt()) {
        return true;
      }
    }
    return false;
  }

  private static String slice(JsonNode article, JsonNode span) {
    return article.get("text").asText().substring(span.get("start").asInt(), span.get("end").asInt());
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  static JsonNode json(String line) {
    try {
      return ContractJson.mapper().readTree(line);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
