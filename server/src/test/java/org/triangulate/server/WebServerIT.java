package org.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.triangulate.model.Span;
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
    String text = "Close\nTroops head north\nNorth Korea sent troops, said Patricia Kim of Brookings.";
    store.put(new AnalyzedArticle(
        new Article("feeds/a b.txt", null, "Troops head north", "Example Times", "Newsweek", List.of("Ann Lee"),
            Instant.parse("2024-11-01T00:00:00Z"), "en", text, List.of(new Span(0, 5))),
        List.of(),
        List.of(new Entity(new Span(24, 35), "North Korea", EntityType.LOCATION, "North Korea"),
            new Entity(new Span(55, 68), "Patricia Kim", EntityType.PERSON, "Patricia Kim"))));
    store.put(new AnalyzedArticle(
        Article.of("second", "Markets & <script>rates</script>\nRates rose in Tokyo."), List.of(), List.of()));
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
