package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./triangulate extract} and {@code ingest} on an article page and on index pages. */
class ExtractIT {

  private static final Path PAGES = Cli.HOME.resolve("core/src/test/resources/org/triangulate/extract/pages");
  private static final String ARTICLE = PAGES.resolve("article.html").toString();
  private static final String ARCHIVE = PAGES.resolve("category-archive.html").toString();
  private static final String FRONT = PAGES.resolve("front-page.html").toString();

  @Test
  void anIndexPageIsPrintedWithAnEmptyTextAndNamedOnStandardError() throws Exception {
    Cli.Run run = Cli.run("extract", ARTICLE, ARCHIVE, FRONT);
    assertEquals(0, run.exit(), run.err());
    assertEquals(3, run.lines().size(), run.out());

    JsonNode article = AnalyzeIT.json(run.lines().get(0));
    assertTrue(article.get("text").asText().startsWith("The harbour reopened"), article.toString());
    for (int i = 1; i < 3; i++) {
      JsonNode index = AnalyzeIT.json(run.lines().get(i));
      assertEquals("", index.get("text").asText(), index.toString());
      assertTrue(run.err().contains(index.get("id").asText() + ": no article"), run.err());
    }
    assertEquals("Local", AnalyzeIT.json(run.lines().get(1)).get("title").asText(), "an index keeps its metadata");
    assertTrue(!run.err().contains(ARTICLE), run.err());
  }

  @Test
  void ingestStoresTheArticleAndSaysWhyTheIndexIsNotStored(@TempDir Path data) throws Exception {
    Cli.Run run = Cli.run("ingest", "--data", data.toString(), ARTICLE, ARCHIVE);
    assertEquals(Main.SOME_FAILED, run.exit(), run.err());
    assertEquals("read 2, new 1, updated 0, duplicate 0, failed 1", run.out().strip());
    assertTrue(run.err().contains(ARCHIVE + ": no article"), run.err());

    Cli.Run articles = Cli.run("articles", "--data", data.toString(), "--format", "jsonl");
    assertEquals(1, articles.lines().size(), articles.out());
    assertEquals(ARTICLE, AnalyzeIT.json(articles.lines().get(0)).get("id").asText());
  }
}
