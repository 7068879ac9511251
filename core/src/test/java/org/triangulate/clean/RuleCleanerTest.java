package org.triangulate.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;
import org.triangulate.model.Span;

class RuleCleanerTest {

  private static final RuleCleaner CLEANER = new RuleCleaner();

  private static String sample(String prefix) throws IOException {
    try (var files = Files.list(Path.of("..", "samples"))) {
      Path file =
          files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = RuleCleanerTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Article clean(String text) {
    return CLEANER.clean(Article.of("test", text));
  }

  /** Whether the line holding {@code snippet} (its n-th occurrence) is wholly boilerplate. */
  private static boolean marked(Article article, String snippet, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = article.text().indexOf(snippet, at + 1);
      assertTrue(at >= 0, "no occurrence " + occurrence + " of " + snippet);
    }
    int start = at;
    int end = at + snippet.length();
    return article.boilerplate().stream().anyMatch(s -> s.start() <= start && s.end() >= end);
  }

  private static boolean marked(Article article, String snippet) {
    return marked(article, snippet, 0);
  }

  private static boolean touched(Article article, String snippet) {
    int at = article.text().indexOf(snippet);
    assertTrue(at >= 0, "missing " + snippet);
    Span span = new Span(at, at + snippet.length());
    return article.boilerplate().stream().anyMatch(s -> s.overlaps(span));
  }

  @Test
  void contentFarmCopyOfNewsweek() throws IOException {
    Article a = clean(sample("000_"));

    assertEquals("Why China Won’t Stop Ally North Korea From Fighting Ukraine", a.title());
    assertEquals("Apre-salomemanzo", a.outlet());
    assertEquals("Newsweek", a.reportedBy());
    assertEquals(List.of(), a.authors());
    assertEquals("en", a.language());

    assertTrue(marked(a, "close", 0));
    assertTrue(marked(a, "close", 1));
    assertTrue(marked(a, "Apre-salomemanzo"));
    assertTrue(marked(a, "Breaking: Beyond Headlines!"));
    assertTrue(marked(a, "aecifo"));
    assertFalse(touched(a, "Why China Won’t Stop Ally North Korea From Fighting Ukraine"));
    assertTrue(marked(a, "Why China Won’t Stop Ally North Korea From Fighting Ukraine", 1));
    assertTrue(marked(a, "China Won't Stop North Korea Fighting Ukraine"));
    assertTrue(marked(a, "Pictured are Chinese President Xi Jinping"));
    assertTrue(marked(a, "eroded by the country’s growing alliance with Russia."));
    assertTrue(marked(a, "Photo-illustration by Newsweek/Getty"));

    assertFalse(touched(a, "China has remained mum about the deployment"));
    assertFalse(touched(a, "Newsweek reached out by email to the Russian Foreign Ministry"));
    assertFalse(touched(a, "At the same time, China has used its seat"));
    assertFalse(touched(a, "The entry of North Korea into the Ukraine war"));
    assertFalse(touched(a, "they are not alarmed enough to take actions"));
  }

  @Test
  void radioFreeAsiaReport() throws IOException {
    String text = sample("003_");
    Article a = clean(text);

    // The contract makes the first non-empty, non-boilerplate line the title; here that is the
    // lead sentence, since the scrape kept no headline. It stays article text too.
    assertEquals(text.lines().findFirst().orElseThrow(), a.title());
    assertNull(a.outlet());
    assertEquals("Radio Free Asia", a.reportedBy());
    assertEquals(List.of("Soyoung Kim", "Bing X"), a.authors());
    assertEquals("en", a.language());

    assertTrue(marked(a, "RELATED STORIES"));
    assertTrue(marked(a, "Russia and North Korea don’t deny reports of Pyongyang’s involvement"));
    assertTrue(marked(a, "Russia pays North Korean soldiers about $2,000 a month"));
    assertTrue(marked(a, "Seoul could send weapons to Ukraine to counter"));
    assertTrue(marked(a, "Reporting by Soyoung Kim for RFA Korean and Bing X for RFA Mandarin."));

    assertFalse(touched(a, "China remains officially agnostic"));
    assertFalse(touched(a, "Adding to regional troubles"));
    assertFalse(touched(a, "Chinese leverage?"));
    assertFalse(touched(a, "Keeping Xi’s hands clean"));
    assertFalse(touched(a, "North Korea is China’s only treaty ally"));
    assertFalse(touched(a, "Sen. Ben Cardin, chair of the Senate Foreign Relations Committee"));
    assertEquals(5, a.boilerplate().size());
  }

  @Test
  void wireStoryLayout() throws IOException {
    Article a = clean(fixture("wire_style.txt"));

    assertEquals("Central bank holds rates steady as inflation cools", a.title());
    assertEquals(List.of("Maria Lopez", "Tom Becker"), a.authors());
    assertEquals("Reuters", a.reportedBy());
    assertNull(a.outlet(), "an all-caps section label is not a site name");

    assertTrue(marked(a, "WORLD"));
    assertTrue(marked(a, "By Maria Lopez and Tom Becker"));
    assertTrue(marked(a, "Share"));
    assertTrue(marked(a, "(Photo: Kai Pfaffenbach/Reuters)"));
    assertTrue(marked(a, "Read more:"));
    assertTrue(marked(a, "ECB policymakers split over timing of first cut"));
    assertTrue(marked(a, "Euro zone inflation falls to 2.4% in March"));
    assertTrue(marked(a, "Follow Maria Lopez on X @marialopez."));
    assertTrue(marked(a, "(Reporting by Maria Lopez and Tom Becker in Frankfurt;"));

    assertFalse(touched(a, "What comes next"));
    assertFalse(touched(a, "FRANKFURT (Reuters) - The European Central Bank"));
    assertFalse(touched(a, "Economists polled by Reuters expect the first cut"));
    assertFalse(touched(a, "Markets had priced in a small chance"));
  }

  @Test
  void creditLineGivesReportersNotEditors() {
    String text =
        "Title of the story here\n\nSome body text that goes on for a while and says that things"
            + " happened in the city on Monday.\n\n"
            + "(Reporting by Jane Doe in Seoul; Additional reporting by Ann Lee; Editing by Mark"
            + " Potter)\n";
    Article a = clean(text);
    assertEquals(List.of("Jane Doe"), a.authors());
    assertTrue(marked(a, "(Reporting by Jane Doe in Seoul;"));
  }

  @Test
  void metadataTheInputGaveIsKept() {
    Article given =
        new Article(
            "r1", null, "Given title", "Given Outlet", null, List.of("A Writer"), null, null,
            "Noise\nA headline\n\nReporting by Jane Doe.\n", List.of());
    Article a = CLEANER.clean(given);
    assertEquals("Given title", a.title());
    assertEquals("Given Outlet", a.outlet());
    assertEquals(List.of("A Writer"), a.authors());
  }

  @Test
  void outletFromTheUrlWhenNoneIsGiven() {
    Article given =
        new Article(
            "r1", "https://www.theguardian.com/world/2024/x", null, null, null, List.of(), null,
            null, "Headline\n\nBody text that runs on for long enough to be a paragraph.\n", List.of());
    assertEquals("The Guardian", CLEANER.clean(given).outlet());
  }

  @Test
  void textIsNeverChangedAndSpansStayInside() {
    String text = "close\r\nSite\r\n\r\nA headline here\r\nBody sentence one is here and is long enough to count.\r\n";
    Article a = clean(text);
    assertEquals(text, a.text());
    assertEquals("A headline here", a.title());
    for (Span span : a.boilerplate()) {
      assertFalse(span.of(text).contains("\n"));
    }
  }

  @Test
  void nonEnglishTextGetsNoLanguage() {
    String text =
        "Titre de l'article\n\nLe gouvernement a annoncé mardi une nouvelle réforme des retraites,"
            + " qui suscite déjà de vives critiques de la part des syndicats et de l'opposition"
            + " parlementaire réunie à Paris.\n";
    assertNull(clean(text).language());
  }

  @Test
  void oddInputsDoNotThrow() {
    assertEquals(List.of(), clean("").boilerplate());
    assertNull(clean("").title());
    assertNull(clean(" \n\n \r\n").title());
    String oneLine = "word ".repeat(1_000_000);
    Article big = clean(oneLine);
    assertEquals(oneLine.strip(), big.title());
    Random random = new Random(42);
    for (int round = 0; round < 50; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(3000);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(10);
        sb.append(
            pick == 0 ? '\n' : pick == 1 ? ' ' : pick == 2 ? '\r' : (char) (random.nextInt(0x3000)));
      }
      Article a = clean(sb.toString());
      for (Span span : a.boilerplate()) {
        assertTrue(span.end() <= sb.length());
      }
    }
  }
}
