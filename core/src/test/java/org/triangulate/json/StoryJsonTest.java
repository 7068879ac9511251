package org.triangulate.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.triangulate.stories.ArticleDigest;
import org.triangulate.stories.Embedding;
import org.triangulate.stories.Shingler;

class StoryJsonTest {

  @Test
  void aDigestReadsBackAsWritten() {
    ArticleDigest digest = new ArticleDigest("a1", Instant.parse("2024-11-05T08:00:00Z"), "Reuters", "Quake strikes Lombok",
        counts("quake", 1, "lombok", 1), counts("quake", 2), counts("quake", 3, "island", 1), counts("lombok", 2),
        new Shingler().fingerprint("A strong earthquake struck the island of Lombok on Sunday, killing at least fourteen people and destroying homes across the north of the island."),
        new Embedding(new float[] {0.6f, -0.8f}));
    assertEquals(digest, StoryJson.readDigest(StoryJson.read(ContractJson.line(StoryJson.digest(digest)))));
  }

  @Test
  void aDigestWithoutEmbeddingOrFingerprintReadsBackWithout() {
    ArticleDigest digest = new ArticleDigest("a2", null, null, null, counts(), counts(), counts("quake", 1), counts(), null, null);
    assertEquals(digest, StoryJson.readDigest(StoryJson.read(ContractJson.line(StoryJson.digest(digest)))));
  }

  private static TreeMap<String, Integer> counts(Object... pairs) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      counts.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return counts;
  }
}
