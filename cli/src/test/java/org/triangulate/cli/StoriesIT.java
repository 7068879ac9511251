package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.json.ContractJson;

/**
 * Stories as ingest builds them, read with {@code stories}, {@code story} and {@code explain}, as
 * a user would: two reports of one event, a content farm's copy of one of them, and reports of two
 * other events from ECB+ (topics 1 to 25 only).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoriesIT {

  @TempDir static Path data;

  @TempDir static Path scratch;

  private static final String SEEDS = Cli.SHARED.resolve("seeds").toString();
  private static final String RFA = Cli.SHARED.resolve("seeds/003_e5dd26fb87eb20b2.txt").toString();
  private static final String FARM = "farm-copy";

  private static String storiesBefore;

  @Test
  @Order(1)
  void ingestPlacesEveryArticleInAStory() throws Exception {
    Path others = scratch.resolve("others.jsonl");
    Files.write(others, List.of(farmCopy(), ecb("3_1ecb"), ecb("3_2ecb"), ecb("8_1ecb")), StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("ingest", "--data", data.toString(), SEEDS, others.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("read 6, new 6, updated 0, duplicate 0, failed 0", run.out().strip());

    List<JsonNode> stories = stories();
    assertEquals(6, stories.stream().mapToInt(s -> s.get("articleCount").asInt()).sum(), stories.toString());
    JsonNode seeds = withCopy(stories);
    assertEquals(3, seeds.get("articleCount").asInt(), "both seeds and the copy: " + stories);
    assertEquals(1, seeds.get("copies").asInt());
    assertNotEquals("China agnostic on North Korea troops", seeds.get("label").asText(), "a copy's headline labels no story");
    List<String> outlets = new ArrayList<>();
    seeds.get("outlets").forEach(o -> outlets.add(o.asText()));
    assertFalse(outlets.contains("Daily Content Farm"), "a copy adds no outlet: " + outlets);
    assertTrue(outlets.contains("Radio Free Asia"), outlets.toString());
  }

  @Test
  @Order(2)
  void ingestingTheSameArticlesAgainChangesNoStory() throws Exception {
    storiesBefore = Cli.run("stories", "--data", data.toString(), "--format", "jsonl").out();
    Path others = scratch.resolve("others.jsonl");
    Cli.Run run = Cli.run("ingest", "--data", data.toString(), SEEDS, others.toString());
    assertEquals("read 6, new 0, updated 0, duplicate 6, failed 0", run.out().strip(), run.err());
    assertEquals(storiesBefore, Cli.run("stories", "--data", data.toString(), "--format", "jsonl").out());
  }

  @Test
  @Order(3)
  void storiesListsAsTextAndCsv() throws Exception {
    Cli.Run text = Cli.run("stories", "--data", data.toString());
    assertEquals(0, text.exit(), text.err());
    assertEquals(stories().size(), text.lines().size());
    assertTrue(text.out().contains("3 articles (1 copy)"), text.out());
    assertTrue(text.err().contains(stories().size() + " stories in"), text.err());
    Cli.Run csv = Cli.run("stories", "--data", data.toString(), "--format", "csv");
    assertEquals("id,label,first,last,articleCount,copies,outlets,keywords", csv.lines().get(0).strip());
    assertEquals(stories().size() + 1, csv.lines().size());
  }

  @Test
  @Order(4)
  void storyShowsArticlesCopiesVoicesAndFigures() throws Exception {
    String id = withCopy(stories()).get("id").asText();
    Cli.Run json = Cli.run("story", id, "--data", data.toString(), "--format", "jsonl");
    assertEquals(0, json.exit(), json.err());
    JsonNode story = AnalyzeIT.json(json.out().strip());
    assertEquals(3, story.get("articles").size());
    JsonNode farm = null;
    for (JsonNode article : story.get("articles")) {
      if (article.get("id").asText().equals(FARM)) {
        farm = article;
      }
    }
    assertEquals(RFA, farm.get("copyOf").asText());
    assertTrue(story.get("voices").size() > 5, story.get("voices").toString());
    for (JsonNode voice : story.get("voices")) {
      assertNotEquals(FARM, voice.get("articleId").asText(), "a copy's quotes are its original's");
    }
    assertTrue(story.get("figures").size() > 0);
    for (JsonNode figure : story.get("figures")) {
      assertEquals(id, figure.get("story").asText());
      for (String field : List.of("counted", "unit", "agreement", "values")) {
        assertTrue(figure.has(field), field + " in " + figure);
      }
      for (JsonNode value : figure.get("values")) {
        assertNotEquals(FARM, value.get("id").asText(), "a copy's figures are its original's");
        for (String field : List.of("id", "low", "high", "approximate", "source", "outlet", "published")) {
          assertTrue(value.has(field), field + " in " + value);
        }
      }
    }
    Cli.Run text = Cli.run("story", id, "--data", data.toString());
    assertTrue(text.out().contains("COPY of " + RFA), text.out());
    assertTrue(text.out().contains("Voices:") && text.out().contains("Figures:"), text.out());
    // Radio Free Asia's page names no outlet, only its reporter: voices and figures name it alike.
    assertTrue(text.out().contains(",\u201d  (Radio Free Asia)\n") && !text.out().contains("(" + RFA + ")"), text.out());
    assertTrue(Pattern.compile("Ukrainian Defense Intelligence Directorate +Radio Free Asia\n").matcher(text.out()).find(), text.out());

    Cli.Run unknown = Cli.run("story", "nosuch", "--data", data.toString());
    assertEquals(1, unknown.exit());
    assertTrue(unknown.err().contains("no story with id 'nosuch'"), unknown.err());
  }

  @Test
  @Order(5)
  void figuresAndQuotesOfOneStoredStory() throws Exception {
    String id = withCopy(stories()).get("id").asText();
    Cli.Run all = Cli.run("figures", "--data", data.toString());
    assertEquals(0, all.exit(), all.err());
    Cli.Run one = Cli.run("figures", "--data", data.toString(), "--story", id);
    assertEquals(0, one.exit(), one.err());
    JsonNode troops = null;
    for (String line : one.lines()) {
      JsonNode figure = AnalyzeIT.json(line);
      assertEquals(id, figure.get("story").asText());
      if (figure.get("counted").asText().contains("soldiers in Russia")) {
        troops = figure;
      }
    }
    assertTrue(all.lines().containsAll(one.lines()), "the story's figures are among all the stored figures");
    assertEquals("disagree", troops.get("agreement").asText(), one.out());
    List<String> sources = new ArrayList<>();
    troops.get("values").forEach(v -> sources.add(v.get("source").asText()));
    assertTrue(sources.contains("Ukrainian Defense Intelligence Directorate"), sources.toString());

    Cli.Run csv = Cli.run("figures", "--data", data.toString(), "--story", id, "--format", "csv");
    assertEquals("story,counted,unit,agreement,id,low,high,approximate,source,outlet,published,countedInArticle", csv.lines().get(0).strip());
    int values = 0;
    for (String line : one.lines()) {
      values += AnalyzeIT.json(line).get("values").size();
    }
    assertEquals(values + 1, csv.lines().size(), "a row per value");
    assertTrue(csv.out().contains(",12000,12000,true,Ukrainian Defense Intelligence Directorate,"), csv.out());

    Cli.Run quotes = Cli.run("quotes", "--data", data.toString(), "--story", id, "--format", "jsonl");
    assertEquals(0, quotes.exit(), quotes.err());
    Cli.Run everything = Cli.run("quotes", "--data", data.toString(), "--format", "jsonl");
    assertTrue(quotes.lines().size() > 5 && quotes.lines().size() < everything.lines().size(), quotes.err());
    assertTrue(everything.lines().containsAll(quotes.lines()));
    Cli.Run kim = Cli.run("quotes", "--data", data.toString(), "--story", id, "--speaker", "Patricia Kim");
    assertTrue(kim.out().contains("Patricia Kim (fellow, Brookings"), kim.out());

    for (String command : List.of("figures", "quotes")) {
      Cli.Run unknown = Cli.run(command, "--data", data.toString(), "--story", "nosuch");
      assertEquals(1, unknown.exit(), command);
      assertTrue(unknown.err().contains("no story with id 'nosuch'"), unknown.err());
    }
    Cli.Run both = Cli.run("figures", "--data", data.toString(), SEEDS);
    assertEquals(1, both.exit());
    assertTrue(both.err().contains("not both"), both.err());
  }

  @Test
  @Order(6)
  void explainShowsTheComponents() throws Exception {
    Cli.Run copy = Cli.run("explain", RFA, FARM, "--data", data.toString(), "--format", "jsonl");
    assertEquals(0, copy.exit(), copy.err());
    JsonNode evidence = AnalyzeIT.json(copy.out().strip());
    assertTrue(evidence.get("isCopy").asBoolean(), evidence.toString());
    assertTrue(evidence.get("sameStory").asBoolean());
    assertEquals(evidence.get("storyA"), evidence.get("storyB"));

    Cli.Run apart = Cli.run("explain", RFA, "3_1ecb", "--data", data.toString());
    assertEquals(0, apart.exit(), apart.err());
    for (String component : List.of("dates:", "title:", "lead:", "content:", "entities:", "combined:", "copy score:")) {
      assertTrue(apart.out().contains(component), component + " in " + apart.out());
    }
    assertTrue(apart.out().contains("Too far apart"), apart.out());

    Cli.Run unknown = Cli.run("explain", "nosuch", RFA, "--data", data.toString());
    assertEquals(1, unknown.exit());
    assertTrue(unknown.err().contains("'nosuch' is neither an article stored in"), unknown.err());
  }

  private static List<JsonNode> stories() throws Exception {
    Cli.Run run = Cli.run("stories", "--data", data.toString(), "--format", "jsonl");
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> stories = new ArrayList<>();
    run.lines().forEach(line -> stories.add(AnalyzeIT.json(line)));
    return stories;
  }

  /** The story with a copy in it: the seeds' story, if the copy was found. */
  private static JsonNode withCopy(List<JsonNode> stories) {
    return stories.stream().filter(s -> s.get("copies").asInt() > 0).findFirst()
        .orElseThrow(() -> new AssertionError("no story with a copy: " + stories));
  }

  /** Radio Free Asia's report as a content farm republishes it: a banner, a few typos. */
  private static String farmCopy() throws Exception {
    String text = "Breaking: Beyond Headlines!\n" + Files.readString(Path.of(RFA), StandardCharsets.UTF_8)
        .replace("agnostic", "agnositc").replace("deployment", "deploymnet").replace("analysts", "analyts");
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("id", FARM).put("title", "China agnostic on North Korea troops").put("text", text).put("outlet", "Daily Content Farm");
    return ContractJson.line(node);
  }

  /** One article of ECB+ as a JSONL line. */
  private static String ecb(String id) throws Exception {
    for (String line : Files.readAllLines(Cli.SHARED.resolve("eval/stories/ecbplus/articles.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode node = AnalyzeIT.json(line);
      if (node.get("id").asText().equals(id)) {
        ((ObjectNode) node).remove("story");
        return ContractJson.line(node);
      }
    }
    throw new AssertionError("no ECB+ article " + id);
  }
}
