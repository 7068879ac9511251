package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Ingest into a data directory, then read it back with every reading command, as a user would. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestIT {

  @TempDir static Path data;

  @TempDir static Path scratch;

  private static final String SEEDS = Cli.SHARED.resolve("seeds").toString();
  private static final String RFA = Cli.SHARED.resolve("seeds/003_e5dd26fb87eb20b2.txt").toString();

  @Test
  @Order(1)
  void ingestStoresBothSeeds() throws Exception {
    Cli.Run run = Cli.run("ingest", "--data", data.toString(), SEEDS);
    assertEquals(0, run.exit(), run.err());
    assertEquals("read 2, new 2, updated 0, duplicate 0, failed 0", run.out().strip());
  }

  @Test
  @Order(2)
  void ingestingAgainStoresNothing() throws Exception {
    Path copy = scratch.resolve("copy-of-003.txt");
    Files.copy(Path.of(RFA), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Cli.Run run = Cli.run("ingest", "--data", data.toString(), SEEDS, copy.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("read 3, new 0, updated 0, duplicate 3, failed 0", run.out().strip(), "a renamed copy is a duplicate too");
  }

  @Test
  @Order(3)
  void articlesListsThem() throws Exception {
    Cli.Run run = Cli.run("articles", "--data", data.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(2, run.lines().size());
    assertTrue(run.err().contains("2 articles stored"), run.err());
    assertTrue(run.out().contains("Why China Won’t Stop Ally North Korea From Fighting Ukraine"));
    Cli.Run json = Cli.run("articles", "--data", data.toString(), "--format", "jsonl");
    assertEquals(RFA, AnalyzeIT.json(json.lines().get(1)).get("id").asText());
  }

  @Test
  @Order(4)
  void articleShowsOneWithoutItsBoilerplate() throws Exception {
    Cli.Run run = Cli.run("article", "--data", data.toString(), RFA);
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Reported by: Radio Free Asia"), run.out());
    assertTrue(run.out().contains("Authors:     Soyoung Kim, Bing X"), run.out());
    assertTrue(run.out().contains("Patricia Kim"));
    assertTrue(run.out().contains("Chinese leverage?"));
    assertTrue(run.out().contains("\nFigures:\n  ~12,000 troops to Russia, per Ukrainian Defense Intelligence Directorate\n"), run.out());
    assertTrue(!run.out().contains("RELATED STORIES"), "boilerplate is left out");
    Cli.Run missing = Cli.run("article", "--data", data.toString(), "no/such/id");
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("no article with id 'no/such/id'"), missing.err());
  }

  @Test
  @Order(5)
  void searchFindsByEntityTitleAndText() throws Exception {
    Cli.Run byEntity = Cli.run("search", "--data", data.toString(), "--format", "jsonl", "entity:\"Patricia Kim\"");
    assertEquals(0, byEntity.exit(), byEntity.err());
    assertEquals(1, byEntity.lines().size());
    assertEquals(RFA, AnalyzeIT.json(byEntity.lines().get(0)).get("id").asText());
    Cli.Run byText = Cli.run("search", "--data", data.toString(), "Pentagon");
    assertEquals(1, byText.lines().size(), byText.out());
    Cli.Run both = Cli.run("search", "--data", data.toString(), "china", "AND", "korea");
    assertEquals(2, both.lines().size(), both.out());
  }

  @Test
  @Order(6)
  void boilerplateIsNotSearchable() throws Exception {
    Cli.Run run = Cli.run("search", "--data", data.toString(), "text:aecifo");
    assertEquals(0, run.exit(), run.err());
    assertEquals(0, run.lines().size(), run.out());
  }

  @Test
  @Order(7)
  void malformedQueryIsAUsageError() throws Exception {
    Cli.Run run = Cli.run("search", "--data", data.toString(), "title:(china");
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("triangulate: "), run.err());
    assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  @Test
  @Order(8)
  void aBadDocumentIsNamedAndTheRestIsStored() throws Exception {
    Path inbox = Files.createDirectories(scratch.resolve("inbox"));
    Files.writeString(inbox.resolve("a-good.txt"), "Rain in Oslo\n\nIt rained in Oslo on Monday, forecasters said.\n");
    Files.write(inbox.resolve("b-broken.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
    Cli.Run run = Cli.run("ingest", "--data", data.toString(), inbox.toString());
    assertEquals(2, run.exit(), run.err());
    assertEquals("read 2, new 1, updated 0, duplicate 0, failed 1", run.out().strip());
    assertTrue(run.err().contains("Not stored:\n  " + inbox.resolve("b-broken.html.gz")), run.err());
    assertEquals(3, Cli.run("articles", "--data", data.toString()).lines().size(), "the seeds stored earlier are still there");
  }

  @Test
  @Order(9)
  void demoIngestsTheSamplesOnce() throws Exception {
    Path demoData = scratch.resolve("demo-data");
    Cli.Run first = Cli.run("demo", "--no-serve", "--data", demoData.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains("new 2"), first.out());
    Cli.Run second = Cli.run("demo", "--no-serve", "--data", demoData.toString());
    assertTrue(second.out().contains("new 0, updated 0, duplicate 2"), second.out());
  }

}
