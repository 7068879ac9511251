package org.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.triangulate.stories.ArticleDigest;
import org.triangulate.stories.Fingerprint;

/**
 * Article digests kept in a JSONL file, so that tuning story assignment reruns in seconds instead
 * of analysing the same articles again.
 */
public final class DigestFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DigestFile() {}

  public static void write(Path file, List<ArticleDigest> digests) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (ArticleDigest d : digests) {
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
        writer.write(JSON.writeValueAsString(node));
        writer.write('\n');
      }
    }
  }

  public static List<ArticleDigest> read(Path file) throws IOException {
    List<ArticleDigest> digests = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode n = JSON.readTree(line);
        Fingerprint fingerprint = n.hasNonNull("signature")
            ? new Fingerprint(Base64.getDecoder().decode(n.get("signature").asText()), n.get("shingles").asInt())
            : null;
        digests.add(new ArticleDigest(n.get("id").asText(),
            n.hasNonNull("published") ? Instant.parse(n.get("published").asText()) : null,
            n.path("outlet").textValue(), n.path("title").textValue(),
            counts(n.get("titleTerms")), counts(n.get("leadTerms")), counts(n.get("bodyTerms")), counts(n.get("entities")),
            fingerprint));
      }
    }
    return digests;
  }

  private static TreeMap<String, Integer> counts(JsonNode node) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      counts.put(entry.getKey(), entry.getValue().asInt());
    }
    return counts;
  }
}
