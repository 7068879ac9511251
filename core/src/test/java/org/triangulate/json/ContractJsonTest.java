package org.triangulate.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Quote;
import org.triangulate.model.Span;
import org.triangulate.model.Speaker;
import org.triangulate.model.SpeakerKind;

class ContractJsonTest {

  private static final String TEXT = "Talks\n\"We hope for calm,\" Liu said, \"and restraint.\"";

  private static final AnalyzedArticle ARTICLE = new AnalyzedArticle(
      new Article("a/1.txt", "https://example.org/1", "Talks", "Example", "Newsweek", List.of("Ann Lee"),
          Instant.parse("2024-11-01T10:15:30Z"), "en", TEXT, List.of(new Span(0, 5))),
      List.of(),
      List.of(new Entity(new Span(26, 29), "Liu", EntityType.PERSON, "Liu Pengyu")),
      List.of(new Quote(List.of(new Span(7, 24), new Span(37, 51)), new Span(30, 34), new Span(26, 29),
          new Speaker("Liu Pengyu", "spokesperson", "Chinese Embassy", SpeakerKind.PERSON), true),
          new Quote(List.of(new Span(37, 51)), new Span(30, 34), new Span(26, 29), Speaker.unknown(), true, new Span(0, 5))));

  @Test
  void writesTheContractFields() throws Exception {
    JsonNode node = ContractJson.mapper().readTree(ContractJson.line(ContractJson.analyzed(ARTICLE)));
    for (String field : List.of("id", "title", "outlet", "authors", "published", "language", "text", "boilerplate",
        "entities", "quotes", "claims")) {
      assertTrue(node.has(field), field);
    }
    assertEquals("2024-11-01T10:15:30Z", node.get("published").asText());
    JsonNode quote = node.get("quotes").get(0);
    assertEquals(2, quote.get("content").size());
    assertEquals(37, quote.get("content").get(1).get("start").asInt());
    assertEquals("said", TEXT.substring(quote.get("cue").get("start").asInt(), quote.get("cue").get("end").asInt()));
    assertEquals("Chinese Embassy", quote.get("speaker").get("organization").asText());
    assertEquals("PERSON", quote.get("speaker").get("kind").asText());
    assertTrue(quote.get("direct").asBoolean());
    assertTrue(quote.get("recipient").isNull());
    assertEquals(5, node.get("quotes").get(1).get("recipient").get("end").asInt());
  }

  @Test
  void readsBackWhatItWrote() {
    AnalyzedArticle back = ContractJson.readAnalyzed(ContractJson.line(ContractJson.analyzed(ARTICLE)));
    assertEquals(ARTICLE.article(), back.article());
    assertEquals(ARTICLE.entities(), back.entities());
    assertEquals(ARTICLE.quotes(), back.quotes());
  }

  @Test
  void unknownsAreNullsAndEmptyLists() throws Exception {
    JsonNode node = ContractJson.mapper().readTree(ContractJson.line(ContractJson.analyzed(
        new AnalyzedArticle(Article.of("x", "text"), List.of(), List.of()))));
    assertTrue(node.get("title").isNull() && node.get("published").isNull() && node.get("outlet").isNull());
    assertEquals(0, node.get("authors").size());
    assertEquals(0, node.get("quotes").size());
  }
}
