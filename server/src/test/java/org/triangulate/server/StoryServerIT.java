package org.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.json.ContractJson;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Claim;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;
import org.triangulate.model.Value;
import org.triangulate.store.ArticleStore;

/** The stories API and pages, over HTTP against a store that built its stories as articles arrived. */
class StoryServerIT {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @TempDir static Path data;

  private static ArticleStore store;
  private static WebServer server;
  private static String quake;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = ArticleStore.open(data);
    store.put(report("reuters-quake", "Reuters", "2018-08-06", "Earthquake on Lombok kills 91 in Indonesia",
        "The earthquake on the island of Lombok in Indonesia killed 91 people and collapsed houses and mosques.", "91"));
    store.put(report("ap-quake", "AP", "2018-08-07", "Lombok earthquake death toll rises in Indonesia",
        "The death toll from the earthquake on Lombok in Indonesia rose: it killed 98 people, and houses and mosques collapsed.", "98"));
    store.put(report("politico-budget", "Politico", "2018-08-07", "Senate votes on the budget bill",
        "The Senate voted on the budget bill after a long debate over committee amendments.", null));
    store.commit();
    quake = store.placedArticle("reuters-quake").orElseThrow().story();
    server = WebServer.start(store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void listsStories() throws Exception {
    HttpResponse<String> response = get("/api/stories");
    assertEquals(200, response.statusCode());
    JsonNode body = json(response);
    assertEquals(2, body.get("total").asInt());
    JsonNode first = body.get("stories").get(0);
    assertEquals(quake, first.get("id").asText(), "of two stories last reported on the same day, the larger comes first");
    assertEquals(2, first.get("articleCount").asInt());
    assertEquals(List.of("Reuters", "AP"), List.of(first.get("outlets").get(0).asText(), first.get("outlets").get(1).asText()));
    assertEquals(1, json(get("/api/stories?offset=1")).get("stories").size());
    assertEquals(400, get("/api/stories?limit=0").statusCode());
  }

  @Test
  void showsOneStoryWithItsArticlesAndFigures() throws Exception {
    JsonNode story = json(get("/api/stories/" + quake));
    assertEquals(quake, story.get("id").asText());
    assertEquals("reuters-quake", story.get("articles").get(0).get("id").asText());
    assertTrue(story.get("articles").get(0).get("copyOf").isNull());
    JsonNode figures = json(get("/api/stories/" + quake + "/figures"));
    assertEquals(quake, figures.get("story").asText());
    JsonNode figure = figures.get("figures").get(0);
    assertEquals(quake, figure.get("story").asText());
    assertEquals("disagree", figure.get("agreement").asText());
    assertEquals(91, figure.get("values").get(0).get("low").asInt());
    assertEquals("Reuters", figure.get("values").get(0).get("outlet").asText());
    assertEquals(story.get("figures"), figures.get("figures"));
  }

  @Test
  void anUnknownStoryIsAJson404() throws Exception {
    for (String path : List.of("/api/stories/nosuch", "/api/stories/nosuch/figures")) {
      HttpResponse<String> response = get(path);
      assertEquals(404, response.statusCode());
      assertTrue(json(response).get("error").asText().contains("nosuch"));
    }
    assertEquals(404, get("/stories/nosuch").statusCode());
  }

  @Test
  void pagesLinkArticlesAndStories() throws Exception {
    String article = get("/articles/ap-quake").body();
    assertTrue(article.contains("href=\"/stories/" + quake + "\""), article);
    assertTrue(article.contains("<section class=\"figures\"><h2>Figures</h2><ul><li>98 people, the outlet&#39;s own</li>"), article);
    String page = get("/stories/" + quake).body();
    assertTrue(page.contains("Earthquake on Lombok kills 91 in Indonesia") || page.contains("Lombok earthquake death toll"), page);
    assertTrue(page.contains("href=\"/articles/reuters-quake\""), page);
    assertTrue(page.contains("disagree"), page);
    String list = get("/stories").body();
    assertTrue(list.contains("href=\"/stories/" + quake + "\""), list);
  }

  /** An article analysed crudely: every word a noun, and {@code killed N people} as a claim when N is given. */
  private static AnalyzedArticle report(String id, String outlet, String day, String title, String text, String killed) {
    Article article = new Article(id, null, title, outlet, null, List.of(), Instant.parse(day + "T10:00:00Z"), "en", text, List.of());
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(new Token(new Span(m.start(), m.end()), m.group(), "NN", m.group().toLowerCase(Locale.ROOT)));
    }
    List<Claim> claims = new ArrayList<>();
    if (killed != null) {
      int figure = text.indexOf(killed);
      int people = text.indexOf("people", figure);
      claims.add(new Claim(new Span(figure, people + 6), new Span(figure, figure + killed.length()),
          Value.exactly(Double.parseDouble(killed), "count"), new Span(people, people + 6), new Span(people, people + 6), null));
    }
    return new AnalyzedArticle(article, List.of(new Sentence(new Span(0, text.length()), tokens)), List.of(), List.of(), claims);
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return ContractJson.mapper().readTree(response.body());
  }
}
