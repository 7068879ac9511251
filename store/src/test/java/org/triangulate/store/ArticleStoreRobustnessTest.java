package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.AnalyzedArticle;

/** Odd input must be stored and found, or refused with a {@link BadQueryException}; nothing else. */
class ArticleStoreRobustnessTest {

  @TempDir Path dataDir;

  @Test
  void anEmptyArticleIsStored() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      assertEquals(PutResult.Status.NEW, store.put(Articles.plain("empty", null, "")).status());
      assertEquals("", store.get("empty").orElseThrow().article().text());
      // Blank text is the same content as empty text.
      assertEquals(
          new PutResult(PutResult.Status.DUPLICATE, "empty"),
          store.put(Articles.plain("blank", "", " \n ")));
      assertEquals("", store.search("*:*", 0, 1).hits().get(0).snippet());
    }
  }

  @Test
  void aFiveMegabyteSingleLineIsStoredAndFound() {
    StringBuilder line = new StringBuilder();
    Random random = new Random(5);
    while (line.length() < 5_000_000) {
      line.append("troops").append(random.nextInt(1000)).append(' ');
    }
    line.append("needle");
    AnalyzedArticle huge = Articles.plain("huge", "Huge", line.toString());
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(huge);
      store.commit();
      assertEquals(huge, store.get("huge").orElseThrow());
      SearchResult found = store.search("needle", 0, 1);
      assertEquals(1, found.total());
      assertTrue(found.hits().get(0).snippet().length() <= Excerpts.LENGTH + 2);
    }
  }

  @Test
  void anUnbrokenFiveMegabyteTokenIsStored() {
    AnalyzedArticle solid = Articles.plain("solid", "Solid", "x".repeat(5_000_000));
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(solid);
      assertEquals(solid, store.get("solid").orElseThrow());
      assertEquals(1, store.search("title:solid", 0, 1).total());
    }
  }

  @Test
  void binaryLookingTextIsStored() {
    byte[] bytes = new byte[4096];
    new Random(11).nextBytes(bytes);
    String binary = new String(bytes, StandardCharsets.ISO_8859_1) + "\u0000\uFFFD\uD83D\uDE00";
    AnalyzedArticle article = Articles.plain("binary", "\u0000", binary);
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(article);
      assertEquals(article, store.get("binary").orElseThrow());
      store.search("*:*", 0, 10);
    }
  }

  @Test
  void randomTextAndRandomQueriesNeverEscapeAsAnythingButBadQuery() {
    Random random = new Random(42);
    String alphabet = "abc XYZ 09 \"()[]{}:*?~^+-!&|\\/ \n\t\u00e9\u4e2d\uD83D\uDE00";
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      for (int i = 0; i < 50; i++) {
        store.put(Articles.plain("r" + i, randomText(random, alphabet, 20), randomText(random, alphabet, 400)));
      }
      int refused = 0;
      for (int i = 0; i < 2000; i++) {
        String query = randomText(random, alphabet, 1 + random.nextInt(30));
        try {
          SearchResult result = store.search(query, 0, 5);
          assertTrue(result.total() >= result.hits().size());
        } catch (BadQueryException e) {
          assertTrue(!e.getMessage().isBlank(), query);
          refused++;
        }
      }
      assertTrue(refused > 0 && refused < 2000, "refused " + refused);
    }
  }

  private static String randomText(Random random, String alphabet, int length) {
    int[] codePoints = alphabet.codePoints().toArray();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return text.toString();
  }
}
