package org.triangulate.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Claim;
import org.triangulate.pipeline.Pipeline;

/** Figures found by the whole pipeline (real CoreNLP tokens) in phrases and in the seed articles. */
class FiguresIT {

  private static final Pipeline PIPELINE = Pipeline.english();
  private static final Path SEEDS = Path.of(System.getProperty("user.dir")).resolve("../../shared/seeds").normalize();

  private static AnalyzedArticle analyze(String text) {
    return PIPELINE.analyze(new RawDocument("t.txt", Format.TEXT, text.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing()));
  }

  private static AnalyzedArticle seed(String name) throws IOException {
    Path file = SEEDS.resolve(name);
    if (!Files.isRegularFile(file)) {
      fail("seed article missing: " + file);
    }
    return PIPELINE.analyze(new RawDocument(name, Format.TEXT, Files.readAllBytes(file), RawDocument.Given.nothing()));
  }

  private static List<Claim> claims(String sentence) {
    return analyze("A headline\n\n" + sentence + "\n").claims();
  }

  private static Claim only(String sentence) {
    List<Claim> claims = claims(sentence);
    assertEquals(1, claims.size(), () -> "figures in: " + sentence + " -> " + claims);
    return claims.get(0);
  }

  private static Claim at(AnalyzedArticle article, String words) {
    String text = article.article().text();
    for (Claim c : article.claims()) {
      if (c.figure().of(text).equals(words)) {
        return c;
      }
    }
    fail("no figure \"" + words + "\" among " + article.claims().stream().map(c -> c.figure().of(text)).toList());
    return null;
  }

  private static boolean has(AnalyzedArticle article, String words) {
    String text = article.article().text();
    return article.claims().stream().anyMatch(c -> c.figure().of(text).contains(words));
  }

  private static String text(AnalyzedArticle article, org.triangulate.model.Span span) {
    return span.of(article.article().text());
  }

  @Test
  void valuesInDigitsAndWords() {
    Claim range = only("The agency estimates there are 11,000 to 12,000 soldiers in the region.");
    assertEquals(11000.0, range.value().low());
    assertEquals(12000.0, range.value().high());
    assertFalse(range.value().approximate());
    Claim nearly = only("The army has nearly 12,000 troops there.");
    assertEquals(12000.0, nearly.value().low());
    assertEquals(12000.0, nearly.value().high());
    assertTrue(nearly.value().approximate());
    assertEquals(3.0, only("The rebels captured three generals.").value().low());
    assertEquals(1_600_000_000.0, only("He would ban 1.6 billion members of a religion.").value().low());
  }

  @Test
  void unitsRatesAndShares() {
    Claim pay = only("Russia pays North Korean soldiers about $2,000 a month.");
    assertEquals("USD/month", pay.value().unit());
    assertTrue(pay.value().approximate());
    Claim area = only("Ukrainian forces now hold some 250 square miles of territory.");
    assertEquals("square miles", area.value().unit());
    Claim share = only("Less than a quarter of the donors gave money.");
    assertEquals("percent", share.value().unit());
    assertNull(share.value().low());
    assertEquals(25.0, share.value().high());
    assertEquals("percent", only("Clinton leads with 46 percent of likely voters.").value().unit());
    assertEquals("times", only("Their premiums doubled last year.").value().unit());
  }

  @Test
  void boundsAndVaguePlurals() {
    Claim more = only("More than 100,000 people took part in the protest.");
    assertEquals(100000.0, more.value().low());
    assertNull(more.value().high());
    Claim thousands = only("The port has shipped thousands of containers to the front.");
    assertEquals(2000.0, thousands.value().low());
    assertTrue(thousands.value().approximate());
  }

  @Test
  void countedHeadWithItsPlace() {
    AnalyzedArticle a = analyze("A headline\n\nThe Pentagon estimates there are now 11,000 to 12,000 North Korean soldiers in Russia.\n");
    Claim c = a.claims().get(0);
    assertEquals("soldiers", text(a, c.head()));
    assertEquals("North Korean soldiers in Russia", text(a, c.counted()));
  }

  @Test
  void sourceFromTheNearestCue() {
    AnalyzedArticle a = analyze("A headline\n\nNorth Korea has sent nearly 12,000 troops to Russia, the Ukrainian Defense Intelligence Directorate said.\n");
    assertEquals("the Ukrainian Defense Intelligence Directorate", text(a, a.claims().get(0).source().span()));
    AnalyzedArticle b = analyze("A headline\n\nMore than 2,000 schools took part, according to the event organizer.\n");
    assertEquals("the event organizer", text(b, b.claims().get(0).source().span()));
    assertNull(only("The bank fired 5,300 employees.").source());
  }

  @Test
  void sourceFromTheQuotationThatHoldsTheFigure() {
    AnalyzedArticle a = analyze("A headline\n\nThe minister spoke to reporters on Monday.\n\n"
        + "\"We have sent 4,000 engineers to the region. They have rebuilt 300 bridges,\" she said.\n");
    assertEquals("she", text(a, at(a, "300").source().span()));
    assertEquals("she", text(a, at(a, "4,000").source().span()));
  }

  @Test
  void noSourceFromWhoIsSpokenAbout() {
    assertNull(only("Mr. Quiros was accused of using $50 million for personal expenses.").source());
    assertNull(only("Donald Trump is a birther who has pledged to ban all Muslims — 1.6 billion members of a religion — from entering the U.S.").source());
    AnalyzedArticle a = analyze("A headline\n\nPolitifact did a fact-check on Donald Trump’s claim that there have been thousands of shootings in Chicago.\n");
    assertEquals("Donald Trump’s", text(a, at(a, "thousands").source().span()));
  }

  @Test
  void notFigures() {
    for (String sentence : List.of(
        "It was the first agreement since the Cold War.",
        "He detonated the bomb in 2006.",
        "The talks resumed on Sept. 11 in Geneva.",
        "The briefing starts at 7 p.m. on Friday.",
        "It marked the 75th anniversary of the founding.",
        "He waged a 33-month war against Ukraine.",
        "She has been in office for seven years.",
        "One of the things I noticed is the silence.",
        "The court made a surprise 5-4 decision.",
        "Both nominees of the two major parties spoke.",
        "The survey polled voters ages 55 to 65 in Ohio.",
        "Workers aged 30 or younger earned less.",
        "Children under the age of 12 travel free.",
        "The bill was listed as No. 2 on the agenda.")) {
      assertEquals(List.of(), claims(sentence), sentence);
    }
  }

  @Test
  void seed000() throws IOException {
    AnalyzedArticle a = seed("000_6344acb6a2bb22c2.txt");
    Claim soldiers = at(a, "11,000 to 12,000");
    assertEquals("soldiers", text(a, soldiers.head()));
    assertNotNull(soldiers.source());
    assertEquals("Tea Pentagon", text(a, soldiers.source().span()));
    Claim kursk = at(a, "10,000");
    assertEquals("Tea Pentagon", text(a, kursk.source().span()));
    Claim area = at(a, "some 250 square miles");
    assertTrue(area.value().approximate());
    assertNull(area.source());
    assertFalse(has(a, "33"), "33-month war is a duration, not a figure");
    assertFalse(has(a, "2006"));
  }

  @Test
  void seed003() throws IOException {
    AnalyzedArticle a = seed("003_e5dd26fb87eb20b2.txt");
    String directorate = "the Ukrainian Defense Intelligence Directorate";
    Claim troops = at(a, "nearly 12,000");
    assertTrue(troops.value().approximate());
    assertEquals(directorate, text(a, troops.source().span()));
    assertEquals(directorate, text(a, at(a, "500").source().span()));
    Claim generals = at(a, "three");
    assertEquals("generals", text(a, generals.head()));
    assertEquals(directorate, text(a, generals.source().span()));
    assertEquals("The United States", text(a, at(a, "3,000").source().span()));
    assertFalse(has(a, "75"));
    // "Russia pays North Korean soldiers about $2,000 a month" is a related-story headline, which
    // the cleaner marks as boilerplate: analysis does not see it (unitsRatesAndShares reads it).
    assertFalse(has(a, "$2,000"));
  }

  @Test
  void junkAndEmptyTextGoThrough() {
    Random random = new Random(42);
    StringBuilder junk = new StringBuilder("Junk\n\n");
    String[] pieces = {"1", "2,000", "$", "%", "-", "to", "of", "nearly", "thousands", "a", "said", "“", "”", "half", "x"};
    for (int i = 0; i < 5000; i++) {
      junk.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
    }
    AnalyzedArticle a = analyze(junk.toString());
    for (Claim c : a.claims()) {
      assertTrue(c.figure().end() <= a.article().text().length());
    }
    assertEquals(List.of(), analyze("Only a title\n").claims());
  }
}
