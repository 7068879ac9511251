package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.triangulate.stories.Embedding;
import org.triangulate.stories.StoryFile;

class StoryCodecTest {

  @Test
  void aStoryReadsBackAsWritten() {
    TreeMap<String, Double> centroid = new TreeMap<>();
    centroid.put("quake", 0.8);
    centroid.put("@lombok", 0.6);
    StoryFile story = new StoryFile("0f", 7, centroid, 1.0, Instant.parse("2018-08-05T00:00:00Z"), Instant.parse("2018-08-06T00:00:00Z"),
        2, 1, List.of("Reuters"), "Quake strikes Lombok", new TreeMap<>(centroid), new TreeSet<>(List.of("quake", "@lombok")),
        new Embedding(new float[] {0.5f, -0.25f, 1.75f}));
    assertEquals(story, StoryCodec.decode(StoryCodec.encode(story)));
  }

  @Test
  void aStoryWithoutEmbeddingsReadsBackWithout() {
    StoryFile open = StoryFile.open("1a", 0);
    StoryFile read = StoryCodec.decode(StoryCodec.encode(open));
    assertEquals(open, read);
    assertNull(read.meaning());
  }
}
