package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.AnalyzedArticle;

/**
 * Kills a writing process with SIGKILL right after it reported a commit, while it goes on writing,
 * and checks that the store opens with every committed article intact and nothing half-written.
 * Twice over the same directory, so that writing after a crash is checked as well.
 *
 * <p>While the writer runs, this process cannot open the store to write, but can open it
 * read-only, and that read-only store follows the writer's commits.
 */
class StoreCrashIT {

  private static final int EVERY = 25;
  private static final int COMMITS_BEFORE_KILL = 3;
  /** Far more than the writer gets through before it is killed; it stops here if it never is. */
  private static final int MOST = 1_000_000;
  /** For the child to start, write and report; generous, as the machine is shared. */
  private static final long WAIT_SECONDS = 120;
  /** The exit status Java reports for a process ended by signal 9. */
  private static final int KILLED_BY_SIGKILL = 128 + 9;

  private static final String END_OF_OUTPUT = "\u0000end";

  @TempDir Path dataDir;
  @TempDir Path logDir;

  @Test
  void committedArticlesSurviveSigkill() throws Exception {
    int before = 0;
    for (int round = 1; round <= 2; round++) {
      int lastReported = writeUntilKilled(round);
      assertTrue(lastReported >= before + COMMITS_BEFORE_KILL * EVERY, "reported " + lastReported);
      before = checkStore(lastReported);
    }
  }

  /** Runs the writer, kills it after its third reported commit and returns the last one reported. */
  private int writeUntilKilled(int round) throws Exception {
    Path log = logDir.resolve("writer-" + round + ".log");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                CrashingWriter.class.getName(),
                dataDir.toString(),
                Integer.toString(EVERY),
                Integer.toString(MOST))
            .redirectError(log.toFile())
            .start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread pump = new Thread(() -> pumpLines(writer, lines), "crash-writer-stdout");
    pump.setDaemon(true);
    pump.start();
    ArticleStore reader = null;
    try {
      int commits = 0;
      int lastReported = -1;
      while (commits < COMMITS_BEFORE_KILL) {
        String line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (line == null || line.equals(END_OF_OUTPUT)) {
          fail("the writer stopped reporting after " + commits + " commits; its log:\n" + Files.readString(log));
        }
        assertTrue(line.startsWith("committed "), line);
        lastReported = Integer.parseInt(line.substring("committed ".length()));
        commits++;
        if (commits == 1) {
          assertAnotherProcessIsRefused();
          reader = ArticleStore.openReadOnly(dataDir);
        }
        assertSeesWholeCommits(reader, lastReported);
      }
      writer.destroyForcibly();
      assertTrue(writer.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the writer did not die");
      assertEquals(KILLED_BY_SIGKILL, writer.exitValue(), "the writer was not killed by SIGKILL");
      // The read-only store outlives the writer, still showing the last commit.
      assertSeesWholeCommits(reader, lastReported);
      // A commit may have completed between the last line read and the kill; the store may hold it.
      return lastReported;
    } finally {
      writer.destroyForcibly();
      writer.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
      if (reader != null) {
        reader.close();
      }
    }
  }

  /**
   * Checks that a read-only store, open beside the writing process, holds at least the articles of
   * the commit last reported, and only whole commits.
   */
  private static void assertSeesWholeCommits(ArticleStore reader, int lastReported) {
    int seen = Math.toIntExact(reader.count());
    assertTrue(seen >= lastReported, "the read-only store saw " + seen + " of " + lastReported);
    assertEquals(0, seen % EVERY, "the read-only store saw part of a commit: " + seen);
    int newest = seen - 1;
    assertEquals(CrashArticles.article(newest), reader.get(CrashArticles.id(newest)).orElse(null));
    // Each read moves on to the latest commit, so the writer may have committed again since.
    long searched = reader.search("*:*", 0, 0).total();
    assertTrue(searched >= seen, "searched " + searched + " after counting " + seen);
    assertEquals(0, searched % EVERY, "the read-only store searched part of a commit: " + searched);
  }

  private void assertAnotherProcessIsRefused() {
    DataDirectoryInUseException e =
        assertThrows(DataDirectoryInUseException.class, () -> ArticleStore.open(dataDir));
    assertTrue(e.getMessage().contains("in use by another triangulate process"), e.getMessage());
    assertTrue(e.getMessage().contains(dataDir.toString()), e.getMessage());
  }

  /** Checks the store after a kill and returns how many articles it holds. */
  private int checkStore(int lastReported) {
    long readOnlyHeld;
    try (ArticleStore reader = ArticleStore.openReadOnly(dataDir)) {
      readOnlyHeld = reader.count();
    }
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      int held = Math.toIntExact(store.count());
      assertEquals(held, readOnlyHeld, "a read-only store after the kill");
      assertTrue(held >= lastReported, "held " + held + " of " + lastReported + " committed");
      // Only whole commits can survive: close() never ran, so nothing after the last commit.
      assertEquals(0, held % EVERY, "held " + held);
      for (int i = 0; i < held; i++) {
        AnalyzedArticle expected = CrashArticles.article(i);
        AnalyzedArticle stored = store.get(CrashArticles.id(i)).orElse(null);
        assertNotNull(stored, "article " + i + " of " + held + " is missing");
        assertEquals(expected.article().text(), stored.article().text(), "text of article " + i);
        assertEquals(expected, stored, "article " + i);
      }
      for (int i = held; i < held + EVERY; i++) {
        assertTrue(store.get(CrashArticles.id(i)).isEmpty(), "uncommitted article " + i + " survived");
      }
      // count() equals the number of distinct ids found, so no article is there twice.
      assertEquals(held, store.search("*:*", 0, 0).total());
      assertEquals(held, store.search("outlet:newsweek", 0, 0).total() + store.search("outlet:radio", 0, 0).total());
      assertEquals(
          new PutResult(PutResult.Status.DUPLICATE, CrashArticles.id(0)),
          store.put(CrashArticles.article(0)));
      assertEquals(List.of(CrashArticles.article(0)), store.list(0, 1));
      return held;
    }
  }

  private static void pumpLines(Process process, BlockingQueue<String> lines) {
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // The pipe breaks when the writer is killed: that ends the output like EOF does.
    } finally {
      lines.add(END_OF_OUTPUT);
    }
  }
}
