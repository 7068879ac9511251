package org.triangulate.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimSource;
import org.triangulate.model.Span;
import org.triangulate.model.Value;

class ContractJsonClaimsTest {

  private static final String TEXT = "The Pentagon estimates there are 11,000 to 12,000 soldiers in Russia.";

  private static AnalyzedArticle article() {
    Claim claim = new Claim(
        new Span(0, TEXT.length()),
        new Span(33, 49),
        new Value(11000.0, 12000.0, false, "count"),
        new Span(50, 68),
        new Span(50, 58),
        new ClaimSource(new Span(0, 12), "Pentagon"));
    Claim pay = new Claim(new Span(0, 3), new Span(0, 3), new Value(null, 2.5, true, "USD/month"), null, null, null);
    return new AnalyzedArticle(Article.of("a", TEXT), List.of(), List.of()).withClaims(List.of(claim, pay));
  }

  @Test
  void writesTheContractFields() throws Exception {
    JsonNode c = ContractJson.mapper().readTree(ContractJson.line(ContractJson.analyzed(article()))).get("claims").get(0);
    assertEquals("{\"low\":11000,\"high\":12000,\"approximate\":false,\"unit\":\"count\"}", c.get("value").toString());
    assertEquals("soldiers in Russia", c.get("counted").asText());
    assertEquals("Pentagon", c.get("source").get("name").asText());
    assertEquals(0, c.get("source").get("start").asInt());
    assertEquals(12, c.get("source").get("end").asInt());
    assertEquals(33, c.get("figure").get("start").asInt());
  }

  @Test
  void readsBackWhatItWrote() {
    AnalyzedArticle back = ContractJson.readAnalyzed(ContractJson.line(ContractJson.analyzed(article())));
    assertEquals(article().claims(), back.claims());
    assertTrue(back.claims().get(1).value().approximate());
  }
}
