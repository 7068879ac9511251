package org.triangulate.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimSource;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Figure;
import org.triangulate.model.Quote;
import org.triangulate.model.ReportedValue;
import org.triangulate.model.Span;
import org.triangulate.model.Speaker;
import org.triangulate.model.SpeakerKind;
import org.triangulate.model.Value;

/**
 * The JSON of {@code ../shared/CONTRACT.md}: one place that writes it and reads it back, so that
 * the command line, the REST API and the store cannot drift apart.
 *
 * <p>Sentences and tokens are not part of the contract and are not written. A claim carries two
 * fields beyond the contract: {@code figure}, the span of the number's own words, and {@code head},
 * the span of the counted head word, which the evaluator scores.
 */
public final class ContractJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ContractJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The {@code analyze} object of one article. */
  public static ObjectNode analyzed(AnalyzedArticle analyzed) {
    ObjectNode node = metadata(analyzed.article());
    node.put("text", analyzed.article().text());
    ArrayNode boilerplate = node.putArray("boilerplate");
    for (Span span : analyzed.article().boilerplate()) {
      boilerplate.add(span(span));
    }
    ArrayNode entities = node.putArray("entities");
    for (Entity entity : analyzed.entities()) {
      ObjectNode e = span(entity.span());
      e.put("text", entity.text());
      e.put("type", entity.type().name());
      e.put("canonical", entity.canonical());
      entities.add(e);
    }
    ArrayNode quotes = node.putArray("quotes");
    for (Quote quote : analyzed.quotes()) {
      quotes.add(quote(quote));
    }
    ArrayNode claims = node.putArray("claims");
    for (Claim claim : analyzed.claims()) {
      claims.add(claim(claim, analyzed.article().text()));
    }
    return node;
  }

  public static ObjectNode claim(Claim claim, String text) {
    ObjectNode c = span(claim.span());
    c.set("figure", span(claim.figure()));
    ObjectNode value = c.putObject("value");
    bound(value, "low", claim.value().low());
    bound(value, "high", claim.value().high());
    value.put("approximate", claim.value().approximate());
    value.put("unit", claim.value().unit());
    c.put("counted", claim.counted() == null ? null : claim.counted().of(text));
    c.set("head", claim.head() == null ? null : span(claim.head()));
    if (claim.counted() != null) {
      ((ObjectNode) c.get("head")).put("countedStart", claim.counted().start());
      ((ObjectNode) c.get("head")).put("countedEnd", claim.counted().end());
    }
    if (claim.source() == null) {
      c.putNull("source");
    } else {
      ObjectNode source = span(claim.source().span());
      source.put("name", claim.source().name());
      c.set("source", source);
    }
    return c;
  }

  public static ObjectNode quote(Quote quote) {
    ObjectNode q = MAPPER.createObjectNode();
    ArrayNode content = q.putArray("content");
    quote.content().forEach(span -> content.add(span(span)));
    q.set("cue", quote.cue() == null ? null : span(quote.cue()));
    q.set("source", quote.source() == null ? null : span(quote.source()));
    ObjectNode speaker = q.putObject("speaker");
    speaker.put("name", quote.speaker().name());
    speaker.put("role", quote.speaker().role());
    speaker.put("organization", quote.speaker().organization());
    speaker.put("kind", quote.speaker().kind().name());
    q.put("direct", quote.direct());
    q.set("recipient", quote.recipient() == null ? null : span(quote.recipient()));
    return q;
  }

  /** A bound as an integer when it is whole (11000, not 11000.0), as the contract's examples write it. */
  private static void bound(ObjectNode value, String field, Double number) {
    if (number == null) {
      value.putNull(field);
    } else if (number == Math.rint(number) && Math.abs(number) < 1e15) {
      value.put(field, number.longValue());
    } else {
      value.put(field, number);
    }
  }

  /** The {@code extract} object of one page: metadata and text, no analysis. */
  public static ObjectNode extracted(Article article) {
    ObjectNode node = metadata(article);
    node.put("text", article.text());
    return node;
  }

  /** The metadata fields every article object starts with, {@code null} or {@code []} when unknown. */
  public static ObjectNode metadata(Article article) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", article.id());
    node.put("url", article.url());
    node.put("title", article.title());
    node.put("outlet", article.outlet());
    node.put("reportedBy", article.reportedBy());
    ArrayNode authors = node.putArray("authors");
    article.authors().forEach(authors::add);
    node.put("published", article.published() == null ? null : article.published().toString());
    node.put("language", article.language());
    return node;
  }

  /** A figure of a story, as {@code figures} prints it. */
  public static ObjectNode figure(Figure figure) {
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("story", figure.story());
    node.put("counted", figure.counted());
    node.put("unit", figure.unit());
    node.put("agreement", figure.agreement().label());
    ArrayNode values = node.putArray("values");
    for (ReportedValue reported : figure.values()) {
      ObjectNode value = values.addObject();
      value.put("id", reported.article());
      bound(value, "low", reported.value().low());
      bound(value, "high", reported.value().high());
      value.put("approximate", reported.value().approximate());
      value.put("source", reported.source());
      value.put("outlet", reported.outlet());
      value.put("published", reported.published() == null ? null : reported.published().toString());
      value.put("counted", reported.counted());
    }
    return node;
  }

  public static String line(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialise", e);
    }
  }

  /**
   * Reads back what {@link #analyzed} wrote. Sentences are not part of the contract, so the result
   * has none.
   */
  public static AnalyzedArticle readAnalyzed(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not contract JSON: " + e.getOriginalMessage(), e);
    }
    List<String> authors = new ArrayList<>();
    node.path("authors").forEach(a -> authors.add(a.asText()));
    List<Span> boilerplate = new ArrayList<>();
    node.path("boilerplate").forEach(b -> boilerplate.add(span(b)));
    Article article =
        new Article(
            node.get("id").asText(),
            text(node, "url"),
            text(node, "title"),
            text(node, "outlet"),
            text(node, "reportedBy"),
            authors,
            node.hasNonNull("published") ? Instant.parse(node.get("published").asText()) : null,
            text(node, "language"),
            node.get("text").asText(),
            boilerplate);
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : node.path("entities")) {
      entities.add(
          new Entity(
              span(e),
              e.get("text").asText(),
              EntityType.valueOf(e.get("type").asText()),
              e.get("canonical").asText()));
    }
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : node.path("quotes")) {
      List<Span> content = new ArrayList<>();
      q.path("content").forEach(c -> content.add(span(c)));
      JsonNode speaker = q.path("speaker");
      quotes.add(
          new Quote(
              content,
              q.hasNonNull("cue") ? span(q.get("cue")) : null,
              q.hasNonNull("source") ? span(q.get("source")) : null,
              new Speaker(
                  text(speaker, "name"),
                  text(speaker, "role"),
                  text(speaker, "organization"),
                  SpeakerKind.valueOf(speaker.path("kind").asText("UNKNOWN"))),
              q.path("direct").asBoolean(),
              q.hasNonNull("recipient") ? span(q.get("recipient")) : null));
    }
    List<Claim> claims = new ArrayList<>();
    for (JsonNode c : node.path("claims")) {
      JsonNode value = c.path("value");
      JsonNode head = c.path("head");
      boolean counted = head.hasNonNull("countedStart");
      claims.add(
          new Claim(
              span(c),
              c.hasNonNull("figure") ? span(c.get("figure")) : span(c),
              new Value(
                  value.hasNonNull("low") ? value.get("low").asDouble() : null,
                  value.hasNonNull("high") ? value.get("high").asDouble() : null,
                  value.path("approximate").asBoolean(),
                  value.path("unit").asText("count")),
              counted ? new Span(head.get("countedStart").asInt(), head.get("countedEnd").asInt()) : null,
              counted ? span(head) : null,
              c.hasNonNull("source")
                  ? new ClaimSource(span(c.get("source")), c.get("source").path("name").asText())
                  : null));
    }
    return new AnalyzedArticle(article, List.of(), entities, quotes, claims);
  }

  private static ObjectNode span(Span span) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("start", span.start());
    node.put("end", span.end());
    return node;
  }

  private static Span span(JsonNode node) {
    return new Span(node.get("start").asInt(), node.get("end").asInt());
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
