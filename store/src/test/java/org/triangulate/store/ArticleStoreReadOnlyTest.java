package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.AnalyzedArticle;

/** A store opened read-only beside, or after, a store that writes to the same data directory. */
class ArticleStoreReadOnlyTest {

  @TempDir Path dataDir;

  @Test
  void aReadOnlyStoreSeesWhatWasCommitted() {
    try (ArticleStore writer = ArticleStore.open(dataDir)) {
      writer.put(Articles.troops());
      writer.put(Articles.briefing());
    }
    try (ArticleStore reader = ArticleStore.openReadOnly(dataDir)) {
      assertEquals(2, reader.count());
      assertEquals(Articles.troops(), reader.get("newsweek-troops").orElseThrow());
      assertEquals(Articles.briefing(), reader.get("rfa-briefing").orElseThrow());
      assertEquals(Optional.empty(), reader.get("newsweek"));
      assertEquals(List.of(Articles.briefing(), Articles.troops()), reader.list(0, 10));
      SearchResult pentagon = reader.search("entity:pentagon", 0, 10);
      assertEquals(1, pentagon.total());
      assertEquals("newsweek-troops", pentagon.hits().get(0).id());
      assertEquals(Map.of("Newsweek", 1L, "Radio Free Asia", 1L), reader.facets(Facet.OUTLET, 10));
      assertEquals(Map.of("Newsweek", 1L), reader.facets("pentagon", Facet.OUTLET, 10));
      assertThrows(BadQueryException.class, () -> reader.search("\"unclosed phrase", 0, 10));
    }
  }

  @Test
  void aReadOnlyStoreSeesEachCommitOfAWriterOpenBesideIt() {
    ArticleStore writer = ArticleStore.open(dataDir);
    try {
      writer.put(Articles.troops());
      writer.commit();
      try (ArticleStore reader = ArticleStore.openReadOnly(dataDir)) {
        assertEquals(1, reader.count());

        writer.put(Articles.briefing());
        assertEquals(2, writer.count(), "the writer sees what it put");
        assertEquals(1, reader.count(), "the reader does not see what is not committed");
        assertTrue(reader.get("rfa-briefing").isEmpty());
        assertEquals(0, reader.search("\"Lin Jian\"", 0, 10).total());
        assertEquals(Map.of("Newsweek", 1L), reader.facets(Facet.OUTLET, 10));

        writer.commit();
        assertEquals(2, reader.count());
        assertEquals(Articles.briefing(), reader.get("rfa-briefing").orElseThrow());
        assertEquals(
            List.of("rfa-briefing"),
            reader.search("\"Lin Jian\"", 0, 10).hits().stream().map(SearchHit::id).toList());
        assertEquals(Map.of("Newsweek", 1L, "Radio Free Asia", 1L), reader.facets(Facet.OUTLET, 10));

        // A replaced article is seen in its new version only, and only from the commit on.
        AnalyzedArticle rewritten =
            Articles.dated(
                "newsweek-troops", "Rewritten", "Newsweek Europe", "2024-11-14T08:00:00Z",
                "An entirely new text about the Kursk deployment.");
        assertEquals(PutResult.Status.UPDATED, writer.put(rewritten).status());
        assertEquals(Articles.troops(), reader.get("newsweek-troops").orElseThrow());
        writer.commit();
        assertEquals(rewritten, reader.get("newsweek-troops").orElseThrow());
        assertEquals(2, reader.count());
        assertEquals(1, reader.search("entirely", 0, 10).total());
        assertEquals(
            Map.of("Newsweek Europe", 1L, "Radio Free Asia", 1L), reader.facets(Facet.OUTLET, 10));

        // Closing the writer commits too.
        writer.put(Articles.plain("late", "Late", "Filed after the last explicit commit."));
        assertEquals(2, reader.count());
        writer.close();
        assertEquals(3, reader.count());
        assertTrue(reader.get("late").isPresent());
      }
    } finally {
      writer.close();
    }
  }

  @Test
  void putAndCommitOnAReadOnlyStoreThrow() {
    try (ArticleStore writer = ArticleStore.open(dataDir)) {
      writer.put(Articles.troops());
    }
    try (ArticleStore reader = ArticleStore.openReadOnly(dataDir)) {
      IllegalStateException put =
          assertThrows(IllegalStateException.class, () -> reader.put(Articles.briefing()));
      assertTrue(put.getMessage().contains("opened read-only"), put.getMessage());
      assertTrue(put.getMessage().contains(dataDir.toString()), put.getMessage());
      IllegalStateException commit = assertThrows(IllegalStateException.class, reader::commit);
      assertTrue(commit.getMessage().contains("opened read-only"), commit.getMessage());
      // Refusing the write leaves the store as it was, and readable.
      assertEquals(1, reader.count());
      assertTrue(reader.get("rfa-briefing").isEmpty());
    }
    try (ArticleStore writer = ArticleStore.open(dataDir)) {
      assertEquals(1, writer.count());
    }
  }

  @Test
  void aReadOnlyOpenSucceedsWhileAWriterHoldsTheLock() {
    try (ArticleStore writer = ArticleStore.open(dataDir)) {
      writer.put(Articles.troops());
      writer.commit();
      assertThrows(DataDirectoryInUseException.class, () -> ArticleStore.open(dataDir));
      try (ArticleStore first = ArticleStore.openReadOnly(dataDir);
          ArticleStore second = ArticleStore.openReadOnly(dataDir)) {
        assertEquals(1, first.count());
        assertEquals(1, second.count());
        // Read-only stores take no lock, and do not release the writer's when they close.
        assertThrows(DataDirectoryInUseException.class, () -> ArticleStore.open(dataDir));
      }
      assertThrows(DataDirectoryInUseException.class, () -> ArticleStore.open(dataDir));
      writer.put(Articles.briefing());
      writer.commit();
      assertEquals(2, writer.count());
    }
  }

  @Test
  void aReadOnlyStoreIsNoObstacleToOpeningAWriter() {
    try (ArticleStore reader = ArticleStore.openReadOnly(dataDir);
        ArticleStore writer = ArticleStore.open(dataDir)) {
      writer.put(Articles.troops());
      writer.commit();
      assertEquals(1, reader.count());
    }
  }

  @Test
  void aMissingDataDirectoryReadsAsEmptyAndIsNotCreated() throws Exception {
    Path missing = dataDir.resolve("not/yet");
    try (ArticleStore reader = ArticleStore.openReadOnly(missing)) {
      assertEquals(0, reader.count());
      assertEquals(List.of(), reader.list(0, 10));
      assertEquals(Optional.empty(), reader.get("newsweek-troops"));
      assertEquals(0, reader.search("troops", 0, 10).total());
      assertEquals(List.of(), reader.search("troops", 0, 10).hits());
      assertEquals(Map.of(), reader.facets(Facet.ENTITY, 10));
      assertEquals(Map.of(), reader.facets("troops", Facet.OUTLET, 10));
      assertThrows(BadQueryException.class, () -> reader.search("/[unclosed/", 0, 10));
      assertFalse(Files.exists(missing), "a read-only store created " + missing);
      assertFalse(Files.exists(dataDir.resolve("not")), "a read-only store created a parent");

      // A writer that has not committed yet leaves no index to read.
      try (ArticleStore writer = ArticleStore.open(missing)) {
        writer.put(Articles.troops());
        assertEquals(0, reader.count());
        writer.commit();
        // The first commit in the directory is found by a store opened before it existed.
        assertEquals(1, reader.count());
        assertEquals(Articles.troops(), reader.get("newsweek-troops").orElseThrow());
      }
    }
  }

  @Test
  void aDataDirectoryWithoutAnIndexReadsAsEmptyAndStaysUntouched() throws Exception {
    Files.writeString(dataDir.resolve("notes.txt"), "not an index");
    try (ArticleStore reader = ArticleStore.openReadOnly(dataDir)) {
      assertEquals(0, reader.count());
      assertEquals(0, reader.search("*:*", 0, 10).total());
    }
    try (Stream<Path> files = Files.list(dataDir)) {
      assertEquals(List.of(dataDir.resolve("notes.txt")), files.collect(Collectors.toList()));
    }
  }

  @Test
  void aFileIsRejected() throws Exception {
    Path file = Files.writeString(dataDir.resolve("plain-file"), "not a directory");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> ArticleStore.openReadOnly(file));
    assertTrue(e.getMessage().contains("plain-file"), e.getMessage());
  }

  @Test
  void anIndexWithAnotherLayoutIsRefusedByBothKindsOfStore() throws Exception {
    commitLayoutVersion("1");
    IllegalStateException writing =
        assertThrows(IllegalStateException.class, () -> ArticleStore.open(dataDir));
    assertTrue(writing.getMessage().contains("layout version 1"), writing.getMessage());
    IllegalStateException reading =
        assertThrows(IllegalStateException.class, () -> ArticleStore.openReadOnly(dataDir));
    assertTrue(reading.getMessage().contains("layout version 1"), reading.getMessage());
    assertTrue(reading.getMessage().contains(dataDir.toString()), reading.getMessage());
  }

  @Test
  void aCommitWithAnotherLayoutIsRefusedByAnOpenReadOnlyStore() throws Exception {
    try (ArticleStore writer = ArticleStore.open(dataDir)) {
      writer.put(Articles.troops());
    }
    try (ArticleStore reader = ArticleStore.openReadOnly(dataDir)) {
      assertEquals(1, reader.count());
      commitLayoutVersion("1");
      IllegalStateException e = assertThrows(IllegalStateException.class, reader::count);
      assertTrue(e.getMessage().contains("layout version 1"), e.getMessage());
    }
  }

  @Test
  void aClosedReadOnlyStoreSaysSo() {
    ArticleStore reader = ArticleStore.openReadOnly(dataDir);
    reader.close();
    reader.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, reader::count);
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> reader.search("troops", 0, 1));
    assertThrows(IllegalStateException.class, () -> reader.put(Articles.troops()));
  }

  /**
   * Readers in other threads, reading all the while a writer commits batch after batch (and Lucene
   * merges and deletes segments under them), only ever see whole commits, in order. Assertions fail
   * in the reader threads and come back through their futures.
   */
  @Test
  void concurrentReadsSeeWholeCommitsInOrder() throws Exception {
    int batch = 7;
    int batches = 20;
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService readers = Executors.newFixedThreadPool(2);
    try (ArticleStore writer = ArticleStore.open(dataDir);
        ArticleStore reader = ArticleStore.openReadOnly(dataDir)) {
      List<Future<Integer>> seen = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        seen.add(
            readers.submit(
                () -> {
                  long last = 0;
                  int reads = 0;
                  while (writing.get() || reads == 0) {
                    long count = reader.count();
                    long total = reader.search("*:*", 0, 0).total();
                    assertEquals(0, count % batch, "saw part of a commit: " + count);
                    assertTrue(count >= last, "went back from " + last + " to " + count);
                    assertTrue(total >= count, "search saw " + total + " after count saw " + count);
                    if (count > 0) {
                      String newest = CrashArticles.id(Math.toIntExact(count) - 1);
                      assertTrue(reader.get(newest).isPresent(), newest + " is missing");
                    }
                    last = count;
                    reads++;
                  }
                  return reads;
                }));
      }
      for (int b = 0; b < batches; b++) {
        for (int i = b * batch; i < (b + 1) * batch; i++) {
          writer.put(CrashArticles.article(i));
        }
        writer.commit();
      }
      writing.set(false);
      for (Future<Integer> reads : seen) {
        assertTrue(reads.get() > 0);
      }
      assertEquals((long) batch * batches, reader.count());
    } finally {
      writing.set(false);
      readers.shutdownNow();
    }
  }

  /** Commits to the index with a raw Lucene writer, marking it with another layout version. */
  private void commitLayoutVersion(String version) throws Exception {
    try (FSDirectory directory = FSDirectory.open(dataDir.resolve("index"));
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.setLiveCommitData(Map.of("triangulate.schema", version).entrySet());
      writer.commit();
    }
  }
}
