package org.triangulate.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.triangulate.model.Origin;
import org.triangulate.model.Span;
import org.triangulate.stories.ArticleDigest;
import org.triangulate.stories.Embedding;
import org.triangulate.stories.Fingerprint;

/**
 * What story assignment keeps between runs, as JSON: article digests (for tuning files and the
 * store) and origins (for the store and {@code cluster}). Not part of the contract: only Triangulate
 * reads these back.
 */
public final class StoryJson {

  private static final ObjectMapper JSON = ContractJson.mapper();

  private StoryJson() {}

  public static ObjectNode digest(ArticleDigest d) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", d.id());
    node.put("published", d.published() == null ? null : d.published().toString());
    node.put("outlet", d.outlet());
    node.put("title", d.title());
    node.set("titleTerms", JSON.valueToTree(d.titleTerms()));
    node.set("leadTerms", JSON.valueToTree(d.leadTerms()));
    node.set("bodyTerms", JSON.valueToTree(d.bodyTerms()));
    node.set("entities", JSON.valueToTree(d.entities()));
    if (d.fingerprint() != null) {
      node.put("signature", Base64.getEncoder().encodeToString(d.fingerprint().signature()));
      node.put("shingles", d.fingerprint().shingles());
    }
    if (d.embedding() != null) {
      node.put("embedding", Base64.getEncoder().encodeToString(d.embedding().bytes()));
    }
    return node;
  }

  public static ArticleDigest readDigest(JsonNode n) {
    Fingerprint fingerprint = n.hasNonNull("signature")
        ? new Fingerprint(Base64.getDecoder().decode(n.get("signature").asText()), n.get("shingles").asInt())
        : null;
    return new ArticleDigest(n.get("id").asText(), instant(n.get("published")),
        n.path("outlet").textValue(), n.path("title").textValue(),
        counts(n.get("titleTerms")), counts(n.get("leadTerms")), counts(n.get("bodyTerms")), counts(n.get("entities")),
        fingerprint, n.hasNonNull("embedding") ? Embedding.ofBytes(Base64.getDecoder().decode(n.get("embedding").asText())) : null);
  }

  /** An origin with each piece of evidence's words, as {@code cluster} prints it. */
  public static ObjectNode origin(Origin origin, String text) {
    ObjectNode node = JSON.createObjectNode();
    node.put("outlet", origin.outlet());
    ArrayNode evidence = node.putArray("evidence");
    for (Span span : origin.evidence()) {
      evidence.addObject().put("start", span.start()).put("end", span.end()).put("text", span.of(text));
    }
    return node;
  }

  public static Origin readOrigin(String json) {
    JsonNode n = read(json);
    List<Span> evidence = new ArrayList<>();
    n.get("evidence").forEach(e -> evidence.add(new Span(e.get("start").asInt(), e.get("end").asInt())));
    return new Origin(n.get("outlet").asText(), evidence);
  }

  public static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Instant instant(JsonNode node) {
    return node == null || node.isNull() ? null : Instant.parse(node.asText());
  }

  private static TreeMap<String, Integer> counts(JsonNode node) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      counts.put(entry.getKey(), entry.getValue().asInt());
    }
    return counts;
  }
}
