package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;

/**
 * The store over the 840 training articles of PolNeAR (US election news from seven outlets, in
 * {@code ../shared/eval/polnear/train/text}; file names are {@code outlet_date_slug.txt}, the first
 * line is the headline).
 */
class ArticleStoreIT {

  private static final Path POLNEAR = Path.of("..", "..", "shared", "eval", "polnear", "train", "text");

  /** The one article of the corpus that appears twice, filed a day apart. */
  private static final String FIRST_PUBLISHED = "wash-post_2015-12-22_as-spotlight-shines-on-trump-and.txt";

  private static final String REPUBLISHED = "wash-post_2015-12-23_as-spotlight-shines-on-trump-and.txt";

  @TempDir Path dataDir;

  @Test
  void theCorpusIsStoredWholeAndFoundAgain() {
    List<AnalyzedArticle> corpus = polnear();
    long started = System.nanoTime();
    int fresh = 0;
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      for (AnalyzedArticle article : corpus) {
        PutResult result = store.put(article);
        if (article.id().equals(REPUBLISHED)) {
          assertEquals(new PutResult(PutResult.Status.DUPLICATE, FIRST_PUBLISHED), result);
        }
        if (result.status() == PutResult.Status.NEW) {
          fresh++;
        } else {
          // A duplicate must point at an article with the same content.
          assertEquals(PutResult.Status.DUPLICATE, result.status());
          assertEquals(
              ContentHash.of(article.article().text()),
              ContentHash.of(store.get(result.id()).orElseThrow().article().text()));
        }
      }
      store.commit();
      System.err.printf(
          "stored %d PolNeAR articles (%d new) in %d ms%n",
          corpus.size(), fresh, (System.nanoTime() - started) / 1_000_000);
      assertEquals(fresh, store.count());
      assertEquals(corpus.size() - 1, fresh);

      Map<String, Long> outlets = store.facets(Facet.OUTLET, 100);
      assertEquals(7, outlets.size(), outlets.toString());
      assertEquals(fresh, outlets.values().stream().mapToLong(Long::longValue).sum());
      assertEquals(outlets.get("breitbart"), store.search("outlet:breitbart", 0, 0).total());
      assertEquals(outlets.get("wash-post"), store.search("outlet:\"wash post\"", 0, 0).total());

      long trump = store.search("trump", 0, 0).total();
      long trumpAndClinton = store.search("trump clinton", 0, 0).total();
      long trumpOrClinton = store.search("trump OR clinton", 0, 0).total();
      assertTrue(trump > 100, "trump: " + trump);
      assertTrue(trumpAndClinton < trump && trump < trumpOrClinton);
      SearchHit top = store.search("title:sanders", 0, 1).hits().get(0);
      assertTrue(top.title().toLowerCase(java.util.Locale.ROOT).contains("sanders"), top.title());

      List<AnalyzedArticle> listed = store.list(0, fresh);
      assertEquals(fresh, listed.size());
      for (int i = 1; i < listed.size(); i++) {
        Article a = listed.get(i - 1).article();
        Article b = listed.get(i).article();
        int order = a.published().compareTo(b.published());
        assertTrue(order < 0 || order == 0 && a.id().compareTo(b.id()) < 0, a.id() + " before " + b.id());
      }
    }
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      for (AnalyzedArticle article : corpus) {
        assertEquals(PutResult.Status.DUPLICATE, store.put(article).status(), article.id());
      }
      assertEquals(fresh, store.count());
      for (AnalyzedArticle article : store.list(0, fresh)) {
        assertEquals(article, store.get(article.id()).orElseThrow());
      }
    }
  }

  @Test
  void readersSeeAConsistentGrowingStoreWhileAWriterWrites() throws Exception {
    List<AnalyzedArticle> corpus = polnear().subList(0, 200);
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      List<Thread> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        Thread reader =
            new Thread(
                () -> {
                  long seen = 0;
                  try {
                    while (writing.get()) {
                      long count = store.count();
                      assertTrue(count >= seen, "the count went back from " + seen + " to " + count);
                      seen = count;
                      SearchResult result = store.search("election OR campaign", 0, 5);
                      assertTrue(result.total() <= store.count());
                      for (SearchHit hit : result.hits()) {
                        assertTrue(store.get(hit.id()).isPresent(), hit.id());
                      }
                      store.facets(Facet.OUTLET, 3);
                    }
                  } catch (Throwable e) {
                    errors.add(e);
                  }
                },
                "reader-" + r);
        reader.start();
        readers.add(reader);
      }
      int fresh = 0;
      try {
        for (int i = 0; i < corpus.size(); i++) {
          AnalyzedArticle article = corpus.get(i);
          if (store.put(article).status() == PutResult.Status.NEW) {
            fresh++;
            assertEquals(article, store.get(article.id()).orElseThrow());
          }
          if (i % 50 == 49) {
            store.commit();
          }
        }
      } finally {
        writing.set(false);
        for (Thread reader : readers) {
          reader.join(60_000);
        }
      }
      assertTrue(errors.isEmpty(), () -> errors.peek().toString());
      assertEquals(fresh, store.count());
    }
  }

  private static List<AnalyzedArticle> polnear() {
    assertTrue(Files.isDirectory(POLNEAR), "PolNeAR belongs at " + POLNEAR.toAbsolutePath());
    try (Stream<Path> files = Files.list(POLNEAR)) {
      List<AnalyzedArticle> articles = new ArrayList<>();
      for (Path file : files.sorted().collect(Collectors.toList())) {
        String name = file.getFileName().toString();
        String[] parts = name.split("_", 3);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Article article =
            new Article(
                name,
                null,
                text.lines().findFirst().orElse(""),
                parts[0],
                null,
                List.of(),
                LocalDate.parse(parts[1]).atStartOfDay(ZoneOffset.UTC).toInstant(),
                "en",
                text,
                List.of());
        articles.add(new AnalyzedArticle(article, List.of(), List.of()));
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
