package org.triangulate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.TextDecoder;
import org.triangulate.model.Article;

class HtmlExtractorTest {

  private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

  private static byte[] page(String name) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("pages/" + name)) {
      return in.readAllBytes();
    }
  }

  private static RawDocument html(byte[] bytes, RawDocument.Given given) {
    return new RawDocument("page.html", Format.HTML, bytes, given);
  }

  @Test
  void articlePage() throws IOException {
    Article a = EXTRACTOR.extract(html(page("article.html"), RawDocument.Given.nothing()));

    assertEquals("Harbour reopens after storm", a.title());
    assertEquals("Coastal Courier Ltd", a.outlet()); // JSON-LD's publisher before og:site_name, as Readability
    assertEquals(List.of("Ana Silva"), a.authors());
    assertEquals(Instant.parse("2024-03-02T08:30:00Z"), a.published());
    assertEquals("en", a.language());
    assertEquals("https://courier.example/news/harbour-reopens", a.url());

    String text = a.text();
    assertTrue(text.startsWith("The harbour reopened to fishing boats"), text); // the byline is metadata, not text
    assertTrue(text.contains("Repairs ahead\n\n“We lost a week of catch"));
    assertTrue(text.endsWith("decide how to pay for the work."));
    for (String absent : List.of("By Ana Silva", "Home", "Photo: Courier", "Related:", "tracking", "All rights", "color")) {
      assertFalse(text.contains(absent), absent);
    }
  }

  @Test
  void givenMetadataWinsAndUrlFallsBack() {
    String html =
        "<html><body><p>" + "A sentence of the article that is long enough. ".repeat(5) + "</p></body></html>";
    RawDocument.Given given = RawDocument.Given.url("https://given.example/a");
    Article a = EXTRACTOR.extract(html(html.getBytes(StandardCharsets.UTF_8), given));
    assertEquals("https://given.example/a", a.url());
    assertNull(a.title());
    assertNull(a.language());
  }

  @Test
  void indexPageHasNoArticle() throws IOException {
    Article a = EXTRACTOR.extract(html(page("index.html"), RawDocument.Given.nothing()));
    assertTrue(a.isEmpty());
    assertEquals("News | The Coastal Courier", a.title(), "the page's own metadata is kept");
  }

  @Test
  void pagesOfTeasersAreIndexesNotArticlesMadeOfExcerpts() throws IOException {
    Article archive = EXTRACTOR.extract(html(page("category-archive.html"), RawDocument.Given.nothing()));
    assertEquals("", archive.text());
    assertEquals("The Coastal Courier", archive.outlet());
    assertEquals(List.of(), archive.authors(), "the first teaser's byline is not the page's");
    assertNull(archive.published(), "nor its date");

    Article front = EXTRACTOR.extract(html(page("front-page.html"), RawDocument.Given.nothing()));
    assertTrue(front.isEmpty(), front.text());
  }

  @Test
  void aShortArticleWithLinkedStoriesUnderItIsStillAnArticle() throws IOException {
    String related = """
        <div class="more"><h3><a href="/a">Council meets on Monday</a></h3><p>Councillors will vote on the budget for the north wall.</p></div>
        <div class="more"><h3><a href="/b">Trawler owners ask for help</a></h3><p>Two families lost their boats in the storm.</p></div>
        <div class="more"><h3><a href="/c">Storm warnings for the weekend</a></h3><p>Forecasters expect more wind on Sunday.</p></div>
        """;
    String article = new String(page("article.html"), StandardCharsets.UTF_8).replace("</article>", related + "</article>");
    Article a = EXTRACTOR.extract(html(article.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing()));
    assertTrue(a.text().startsWith("The harbour reopened to fishing boats on Saturday"), a.text());
  }

  @Test
  void metaCharsetIsHonoured() {
    String body = "<p>" + "Caf\u00e9 owners said the new rules were \u201cunfair\u201d to them. ".repeat(4) + "</p>";
    String html = "<html><head><meta charset=\"windows-1252\"></head><body>" + body + "</body></html>";
    byte[] bytes = html.getBytes(TextDecoder.WINDOWS_1252);
    Article a = EXTRACTOR.extract(html(bytes, RawDocument.Given.nothing()));
    assertTrue(a.text().startsWith("Café owners said the new rules were “unfair”"), a.text());
  }

  @Test
  void aPageInAScriptWithoutSpacesIsAnArticle() {
    String prose = "<p>港町の漁港は土曜日に漁船の受け入れを再開した。三日前の嵐で二隻のトロール船が係留中に沈んだ。</p>"
        + "<p>港長は「一週間分の漁獲を失ったが、けが人はいなかった」と話し、北側の防波堤の修理について町議会に支援を求めた。</p>";
    String html = "<html lang=\"ja\"><head><title>港が再開</title></head><body><article>" + prose + "</article></body></html>";
    Article a = EXTRACTOR.extract(html(html.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing()));
    assertTrue(a.text().startsWith("港町の漁港は"), a.text());
    assertEquals("ja", a.language());
  }

  @Test
  void brokenAndEmptyPagesHoldNoArticle() {
    for (String input : List.of("", "<html><body><div><p>unclosed <b>tags")) {
      assertTrue(EXTRACTOR.extract(html(input.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing())).isEmpty());
    }
  }

  @Test
  void randomBytesAndHugeLinesThrowNothing() {
    byte[] huge = ("<p>" + "word ".repeat(1_000_000) + "</p>").getBytes(StandardCharsets.UTF_8);
    assertEquals(1_000_000, EXTRACTOR.extract(html(huge, RawDocument.Given.nothing())).text().split(" ").length);
    for (int seed = 0; seed < 20; seed++) {
      byte[] bytes = new byte[5000];
      new Random(seed).nextBytes(bytes);
      assertEquals("page.html", EXTRACTOR.extract(html(bytes, RawDocument.Given.nothing())).id(), "noise is read, not thrown");
    }
  }

  private static final String PROSE =
      "<p>The council voted on Tuesday to rebuild the north wall of the harbour, at a cost of two"
          + " million euros, after the storm of last week broke it in three places.</p>";

  @Test
  void wrongDeclaredCharsetGivesWayToValidUtf8() {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>"
        + "Caf\u00e9 owners in Z\u00fcrich said the new rules were \u201cunfair\u201d to them. ".repeat(4) + "</p></body></html>";
    Article a = EXTRACTOR.extract(html(html.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing()));
    assertTrue(a.text().startsWith("Café owners in Zürich said the new rules were “unfair”"), a.text());
  }

  @Test
  void furnitureAroundTheArticleIsDropped() {
    String html = "<html><body><div class=\"menu\"><ul><li><a href=/a>World</a></li><li><a href=/b>Sport</a></li></ul></div>"
        + "<div class=\"story\"><p class=\"kicker\">Harbour</p>" + PROSE.repeat(3)
        + "<div class=\"share-tools\">Share on Facebook</div><p>Advertisement</p>" + PROSE
        + "<ul class=\"related-links\"><li><a href=/c>Storm warnings for the weekend ahead</a></li></ul></div>"
        + "<div id=\"comments\"><p>" + "I think this is a scandal and somebody should pay, honestly. ".repeat(3) + "</p></div>"
        + "</body></html>";
    String text = EXTRACTOR.extract(html(html.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing())).text();
    assertTrue(text.startsWith("The council voted"), text);
    assertEquals(4, text.split("\n\n").length, text);
    for (String absent : List.of("World", "Harbour\n", "Share", "Advertisement", "Storm warnings", "scandal")) {
      assertFalse(text.contains(absent), absent);
    }
  }

  @Test
  void linkedDataBodyIsTheFallbackForScriptRenderedPages() {
    String body = "The minister resigned on Friday after a week of pressure over the contracts. ".repeat(10);
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Minister quits\","
        + "\"articleBody\":\"" + body + "\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Silva\"}]}</script></head>"
        + "<body><div id=\"app\">Loading</div></body></html>";
    Article a = EXTRACTOR.extract(html(html.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing()));
    assertEquals(body.strip(), a.text());
    assertEquals("Minister quits", a.title());
    assertEquals(List.of("Ana Silva"), a.authors());
  }

  @Test
  void twentyMegabytePageIsReadWithoutError() {
    StringBuilder html = new StringBuilder("<html><body><nav>");
    while (html.length() < 20_000_000) {
      html.append("<div class=\"teaser\"><a href=\"/x\">A teaser headline for another story</a></div>");
    }
    html.append("</nav><article>").append(PROSE.repeat(20)).append("</article></body></html>");
    Article a = EXTRACTOR.extract(html(html.toString().getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing()));
    assertTrue(a.text().startsWith("The council voted"));
    assertFalse(a.text().contains("teaser headline"));
  }

  @Test
  void brokenMarkupStillYieldsTheProse() {
    String html = "<html><body><div><p>The council voted on Tuesday to rebuild <b>the north wall <i>of the harbour"
        + "</div></p> at a cost of two million euros, after the storm of last week broke it in three places,"
        + " the mayor said in a statement <p>She added that work would begin in <a href=x>spring</a> and last a year or more.";
    String text = EXTRACTOR.extract(html(html.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing())).text();
    assertTrue(text.contains("rebuild the north wall of the harbour"), text);
    assertTrue(text.contains("last a year or more."), text);
  }

  @Test
  void proseBehindAPaywallIsKeptAndAPaywallPromptIsNot() {
    String html = "<html><body><div class=\"article-body\" itemprop=\"articleBody\">" + PROSE
        + "<div class=\"paywall\">" + PROSE.replace("Tuesday", "Wednesday").repeat(3) + "</div>"
        + "<div class=\"paywall\"><p>Subscribe to keep reading.</p></div></div></body></html>";
    String text = EXTRACTOR.extract(html(html.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing())).text();
    assertTrue(text.contains("voted on Wednesday"), text);
    assertFalse(text.contains("Subscribe"), text);
  }

  @Test
  void declaredTitleKeepsTheSiteNameAndABareTitleLosesIt() {
    String declared = "<html><head><title>Harbour reopens after the storm | The Coastal Courier</title>"
        + "<meta property=\"og:title\" content=\"Harbour reopens after the storm | The Coastal Courier\">"
        + "<meta property=\"og:site_name\" content=\"The Coastal Courier\"></head><body>" + PROSE.repeat(3)
        + "</body></html>";
    Article a = EXTRACTOR.extract(html(declared.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing()));
    assertEquals("Harbour reopens after the storm | The Coastal Courier", a.title());
    assertEquals("The Coastal Courier", a.outlet());
    String bare = declared.replaceFirst("<meta property=\"og:title\"[^>]*>", "");
    Article b = EXTRACTOR.extract(html(bare.getBytes(StandardCharsets.UTF_8), RawDocument.Given.nothing()));
    assertEquals("Harbour reopens after the storm", b.title());
  }
}
