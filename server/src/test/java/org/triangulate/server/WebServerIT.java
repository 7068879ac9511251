package org.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.json.ContractJson;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Quote;
import org.triangulate.model.Span;
import org.triangulate.model.Speaker;
import org.triangulate.model.SpeakerKind;
import org.triangulate.store.ArticleStore;

/** The REST API and pages, over HTTP against a real store. */
class WebServerIT {

  @TempDir static Path data;

  private static ArticleStore store;
  private static WebServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = ArticleStore.open(data);
    String text = "Close\nTroops head north\nNorth Korea sent troops, said Patricia Kim of Brookings.\n"
        + "\u201cWe are <watching>,\u201d she said.";
    int watching = text.indexOf('\u201c');
    store.put(new AnalyzedArticle(
        new Article("feeds/a b.txt", null, "Troops head north", "Example Times", "Newsweek", List.of("Ann Lee"),
            Instant.parse("2024-11-01T00:00:00Z"), "en", text, List.of(new Span(0, 5))),
        List.of(),
        List.of(new Entity(new Span(24, 35), "North Korea", EntityType.LOCATION, "North Korea"),
            new Entity(new Span(55, 68), "Patricia Kim", EntityType.PERSON, "Patricia Kim")),
        List.of(
            new Quote(List.of(new Span(24, 47)), new Span(49, 53), new Span(54, 79),
                new Speaker("Patricia Kim", null, "Brookings", SpeakerKind.PERSON), false),
            new Quote(List.of(new Span(watching, watching + 20)), new Span(watching + 25, watching + 29),
                new Span(watching + 21, watching + 24), new Speaker("Patricia Kim", null, null, SpeakerKind.PERSON), true))));
    String second = "Markets & <script>rates</script>\nRates rose in Tokyo, traders said.";
    store.put(new AnalyzedArticle(
        Article.of("second", second), List.of(), List.of(),
        List.of(new Quote(List.of(new Span(second.indexOf("Rates"), second.indexOf(", traders"))), null, null,
            new Speaker(null, null, null, SpeakerKind.GROUP), false))));
    store.commit();
    server = WebServer.start(store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void listsArticles() throws Exception {
    HttpResponse<String> response = get("/api/articles");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonNode body = json(response);
    assertEquals(2, body.get("total").asInt());
    assertEquals("feeds/a b.txt", body.get("articles").get(0).get("id").asText());
    assertEquals("Newsweek", body.get("articles").get(0).get("reportedBy").asText());
  }

  @Test
  void pagesThroughArticles() throws Exception {
    JsonNode body = json(get("/api/articles?offset=1&limit=1"));
    assertEquals(1, body.get("articles").size());
    assertEquals("second", body.get("articles").get(0).get("id").asText());
  }

  @Test
  void servesOneArticleWhoseIdHasSlashesAndSpaces() throws Exception {
    HttpResponse<String> response = get("/api/articles/feeds/a%20b.txt");
    assertEquals(200, response.statusCode());
    JsonNode body = json(response);
    assertEquals("Troops head north", body.get("title").asText());
    assertEquals("Patricia Kim", body.get("entities").get(1).get("canonical").asText());
    assertEquals(0, body.get("boilerplate").get(0).get("start").asInt());
    assertTrue(body.has("quotes") && body.has("claims"));
  }

  @Test
  void unknownArticleIsA404WithAReason() throws Exception {
    HttpResponse<String> response = get("/api/articles/nope");
    assertEquals(404, response.statusCode());
    assertTrue(json(response).get("error").asText().contains("nope"));
  }

  @Test
  void searchesByEntity() throws Exception {
    JsonNode body = json(get("/api/search?q=" + URLEncoder.encode("entity:\"Patricia Kim\"", StandardCharsets.UTF_8)));
    assertEquals(1, body.get("total").asInt());
    assertEquals("feeds/a b.txt", body.get("hits").get(0).get("id").asText());
  }

  @Test
  void missingOrMalformedQueriesAre400s() throws Exception {
    HttpResponse<String> missing = get("/api/search");
    assertEquals(400, missing.statusCode());
    assertTrue(json(missing).get("error").asText().contains("?q="));
    HttpResponse<String> malformed = get("/api/search?q=" + URLEncoder.encode("title:(korea", StandardCharsets.UTF_8));
    assertEquals(400, malformed.statusCode());
    assertEquals(400, get("/api/articles?limit=many").statusCode());
    assertEquals(400, get("/api/articles?offset=-3").statusCode());
  }

  @Test
  void homePageListsTitlesAndEscapesThem() throws Exception {
    HttpResponse<String> response = get("/");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("Troops head north"));
    assertTrue(response.body().contains("2 articles stored"));
  }

  @Test
  void articlePageShowsEntitiesAndStrikesBoilerplate() throws Exception {
    HttpResponse<String> response = get("/articles/feeds/a%20b.txt");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("Patricia Kim"));
    assertTrue(response.body().contains("<del class=\"boilerplate\""));
    assertTrue(response.body().contains("<dt>Outlet</dt><dd>Example Times</dd><dt>Reported by</dt><dd>Newsweek</dd>"), response.body());
    HttpResponse<String> second = get("/articles/second");
    assertTrue(second.body().contains("&lt;script&gt;"), "text is escaped, not injected");
  }

  @Test
  void quotesOfOneSpeaker() throws Exception {
    HttpResponse<String> response = get("/api/quotes?speaker=" + URLEncoder.encode("patricia kim", StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonNode body = json(response);
    assertEquals(2, body.get("total").asInt());
    JsonNode first = body.get("quotes").get(0);
    assertEquals("feeds/a b.txt", first.get("articleId").asText());
    assertEquals("Example Times", first.get("outlet").asText());
    assertEquals("Newsweek", first.get("reportedBy").asText());
    assertEquals("2024-11-01T00:00:00Z", first.get("published").asText());
    assertEquals("Patricia Kim", first.get("speaker").get("name").asText());
    assertEquals("Brookings", first.get("speaker").get("organization").asText());
    assertEquals("PERSON", first.get("speaker").get("kind").asText());
    assertEquals("North Korea sent troops", first.get("content").asText());
    assertEquals("said", first.get("cue").asText());
    assertEquals("Patricia Kim of Brookings", first.get("source").asText());
    assertFalse(first.get("direct").asBoolean());
    JsonNode second = body.get("quotes").get(1);
    assertTrue(second.get("direct").asBoolean());
    assertEquals("\u201cWe are <watching>,\u201d", second.get("content").asText());
    assertEquals("she", second.get("source").asText());
    assertTrue(second.get("speaker").get("organization").isNull(), "the quote as the article gives it");
    assertEquals("brookings", second.get("identity").get("organization").asText(), "the same person across the corpus");
  }

  @Test
  void quotesOfEveryoneAndOfNobody() throws Exception {
    JsonNode all = json(get("/api/quotes"));
    assertEquals(3, all.get("total").asInt());
    assertTrue(all.get("speaker").isNull());
    JsonNode unnamed = all.get("quotes").get(2);
    assertEquals("second", unnamed.get("articleId").asText());
    assertTrue(unnamed.get("identity").isNull());
    assertEquals("GROUP", unnamed.get("speaker").get("kind").asText());
    JsonNode page = json(get("/api/quotes?offset=1&limit=1"));
    assertEquals(3, page.get("total").asInt());
    assertEquals(1, page.get("quotes").size());
    JsonNode nobody = json(get("/api/quotes?speaker=Nobody"));
    assertEquals(0, nobody.get("total").asInt());
    assertEquals(0, nobody.get("quotes").size());
  }

  @Test
  void quotesOfOneStory() throws Exception {
    String story = store.placedArticle("second").orElseThrow().story();
    JsonNode inStory = json(get("/api/quotes?story=" + story));
    assertEquals(story, inStory.get("story").asText());
    assertEquals(1, inStory.get("total").asInt(), "the markets report has a story of its own");
    assertEquals("second", inStory.get("quotes").get(0).get("articleId").asText());
    assertEquals(0, json(get("/api/quotes?story=" + story + "&speaker=" + URLEncoder.encode("patricia kim", StandardCharsets.UTF_8))).get("total").asInt());
    assertEquals(0, json(get("/api/quotes?story=nosuch")).get("total").asInt());
  }

  @Test
  void badQuotePagingIsA400() throws Exception {
    assertEquals(400, get("/api/quotes?speaker=Kim&limit=0").statusCode());
    assertEquals(400, get("/api/quotes?offset=-1").statusCode());
    HttpResponse<String> words = get("/api/quotes?limit=ten");
    assertEquals(400, words.statusCode());
    assertTrue(json(words).get("error").asText().contains("limit"));
  }

  @Test
  void anArticleCarriesItsQuotes() throws Exception {
    JsonNode quotes = json(get("/api/articles/feeds/a%20b.txt")).get("quotes");
    assertEquals(2, quotes.size());
    assertEquals("Patricia Kim", quotes.get(0).get("speaker").get("name").asText());
    assertEquals(24, quotes.get(0).get("content").get(0).get("start").asInt());
  }

  @Test
  void articlePageSaysWhoSaidWhat() throws Exception {
    String page = get("/articles/feeds/a%20b.txt").body();
    assertTrue(page.contains("<h2>Who said what</h2>"), page);
    assertTrue(page.contains("<a class=\"speaker\" href=\"/quotes?speaker=Patricia+Kim\">Patricia Kim</a> <span class=\"about\">(Brookings)</span>: "
        + "<span class=\"paraphrase\">paraphrase:</span> North Korea sent troops"), page);
    assertTrue(page.contains("<q class=\"direct\">We are &lt;watching&gt;,</q>"), "direct, escaped, the text's marks left to <q>: " + page);
    assertTrue(page.contains("<mark class=\"quote\">North Korea sent troops</mark>"), page);
    assertTrue(page.contains("<mark class=\"quote\">\u201cWe are &lt;watching&gt;,\u201d</mark> she said."), page);
    assertTrue(page.contains("<del class=\"boilerplate\" title=\"judged not part of the article\">Close</del>"), page);
    String unnamed = get("/articles/second").body();
    assertTrue(unnamed.contains("<span class=\"speaker\">unnamed source</span>: <span class=\"paraphrase\">"), unnamed);
  }

  @Test
  void quotesPageListsASpeakersQuotesWithTheirOutlets() throws Exception {
    HttpResponse<String> response = get("/quotes?speaker=Patricia+Kim");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("2 quotes of <b>Patricia Kim</b>"), response.body());
    assertTrue(response.body().contains("Example Times (reported by Newsweek), 2024-11-01, <a href=\"/articles/feeds/a b.txt\">Troops head north</a>"),
        response.body());
    assertEquals(400, get("/quotes?limit=0").statusCode());
  }

  @Test
  void unknownPathsAre404s() throws Exception {
    assertEquals(404, get("/no/such/page").statusCode());
    assertEquals(404, get("/api/nothing").statusCode());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return ContractJson.mapper().readTree(response.body());
  }
}
