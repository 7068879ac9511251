package org.triangulate.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The index of a store opened read-only: the latest commit, whoever made it. It takes no lock, so
 * it can be opened while another store, in this process or another, writes to the same directory;
 * every acquire first moves on to a newer commit if there is one.
 *
 * <p>It never creates anything. While the data directory holds no committed index (it may not even
 * exist yet) the view is empty, and it opens the index as soon as one has been committed.
 */
final class CommittedIndex implements IndexView {

  private final Path dataDir;
  private final Path indexDir;
  private final IndexSearcher empty;

  /** Guards opening the index once it exists, {@link #directory} and {@link #closed}. */
  private final Object openLock = new Object();

  private Directory directory;
  private boolean closed;
  /** Null until a commit exists. */
  private volatile SearcherManager searchers;

  private CommittedIndex(Path dataDir) throws IOException {
    this.dataDir = dataDir;
    this.indexDir = dataDir.resolve("index");
    this.empty = new IndexSearcher(new MultiReader());
  }

  /**
   * Opens the latest commit under {@code dataDir}, if there is one.
   *
   * @throws UncheckedIOException when {@code dataDir} is a file, or the index cannot be read
   * @throws IllegalStateException when the index has another layout version
   */
  static CommittedIndex open(Path dataDir) {
    CommittedIndex index = null;
    try {
      if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
        throw new NotDirectoryException(dataDir.toString());
      }
      index = new CommittedIndex(dataDir);
      // Opening now, not at the first read, makes a broken or incompatible index fail here.
      index.current();
      CommittedIndex opened = index;
      index = null;
      return opened;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + dataDir + ": " + e, e);
    } finally {
      if (index != null) {
        index.close();
      }
    }
  }

  @Override
  public IndexSearcher acquire() throws IOException {
    SearcherManager current = current();
    if (current == null) {
      return empty;
    }
    // Blocking, so that a read never misses a commit that finished before it started.
    current.maybeRefreshBlocking();
    return current.acquire();
  }

  @Override
  public void release(IndexSearcher searcher) throws IOException {
    if (searcher != empty) {
      searchers.release(searcher);
    }
  }

  @Override
  public void close() {
    synchronized (openLock) {
      closed = true;
      IOUtils.closeWhileHandlingException(searchers, directory);
    }
  }

  /** The searchers over the latest commit, opened if a first commit has appeared; null if none. */
  private SearcherManager current() throws IOException {
    SearcherManager current = searchers;
    if (current != null) {
      return current;
    }
    synchronized (openLock) {
      if (closed) {
        throw new IllegalStateException("the store in " + dataDir + " is closed");
      }
      if (searchers == null && Files.isDirectory(indexDir)) {
        // Only now: FSDirectory.open would create a missing directory.
        if (directory == null) {
          directory = FSDirectory.open(indexDir);
        }
        if (DirectoryReader.indexExists(directory)) {
          searchers = new SearcherManager(directory, new LayoutCheckingFactory());
        }
      }
      return searchers;
    }
  }

  /** Checks the layout of every commit the view moves on to, not only the first. */
  private final class LayoutCheckingFactory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
        throws IOException {
      IndexLayout.check(
          ((DirectoryReader) reader).getIndexCommit().getUserData().entrySet(), dataDir);
      return super.newSearcher(reader, previousReader);
    }
  }
}
