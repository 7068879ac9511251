package org.triangulate.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.triangulate.json.ContractJson;
import org.triangulate.model.AnalyzedArticle;

/**
 * The index of a store that writes: it holds the data directory's write lock, and its searchers see
 * every article put so far, committed or not. Writes are serialised; reads run alongside them.
 */
final class WritableIndex implements IndexView {

  /** Beyond this many writes the searcher is refreshed anyway, to bound {@link RecentWrites}. */
  private static final int MOST_UNREFRESHED_WRITES = 10_000;

  private final Path dataDir;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** Guards the writer, {@link #recent}, searcher refreshes and {@link #closed}. */
  private final Object writeLock = new Object();

  private final RecentWrites recent = new RecentWrites();
  private final StoryIndex stories;
  private volatile boolean unrefreshed;
  private boolean closed;

  private WritableIndex(Path dataDir, Directory directory, IndexWriter writer) throws IOException {
    this.dataDir = dataDir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    IndexSearcher searcher = searchers.acquire();
    try {
      this.stories = new StoryIndex(writer, searcher.getIndexReader());
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Opens the index under {@code dataDir}, creating the directories and an empty index if needed.
   * The analyzer stays the caller's to close.
   *
   * @throws DataDirectoryInUseException when another store holds the directory
   * @throws UncheckedIOException when the directory cannot be created or the index read
   * @throws IllegalStateException when the index has another layout version
   */
  static WritableIndex open(Path dataDir, ArticleAnalyzer analyzer) {
    Path indexDir = dataDir.resolve("index");
    try {
      Files.createDirectories(indexDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDir + ": " + e, e);
    }
    Directory directory = null;
    IndexWriter writer = null;
    try {
      directory = FSDirectory.open(indexDir);
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setCommitOnClose(false);
      writer = new IndexWriter(directory, config);
      IndexLayout.check(writer.getLiveCommitData(), dataDir);
      WritableIndex index = new WritableIndex(dataDir, directory, writer);
      writer = null;
      directory = null;
      return index;
    } catch (LockObtainFailedException e) {
      throw new DataDirectoryInUseException(dataDir, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + dataDir + ": " + e, e);
    } finally {
      IOUtils.closeWhileHandlingException(writer, directory);
    }
  }

  /** See {@link ArticleStore#prepare}. */
  Submission prepare(AnalyzedArticle article) {
    String json = ContractJson.line(ContractJson.analyzed(article));
    RecentWrites.Version version =
        new RecentWrites.Version(
            ContentHash.of(article.article().text()), ContentHash.sha256(json));
    return new Submission(article, json, version, stored(version.contentHash()) ? null : stories.digest(article));
  }

  /**
   * Whether the searcher shows this content stored, without the write lock: a put that holds it
   * has the last word, so an answer out of date by a few writes costs only time.
   */
  private boolean stored(String contentHash) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.count(new TermQuery(new Term(ArticleDocument.CONTENT_HASH, contentHash))) > 0;
      } finally {
        searchers.release(searcher);
      }
    } catch (AlreadyClosedException e) {
      throw new IllegalStateException("the store in " + dataDir + " is closed", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index in " + dataDir + ": " + e, e);
    }
  }

  /** See {@link ArticleStore#put(Submission)}. */
  PutResult put(Submission submission) {
    AnalyzedArticle article = submission.article();
    String id = article.id();
    String json = submission.json();
    RecentWrites.Version version = submission.version();
    synchronized (writeLock) {
      ensureOpen();
      try {
        IndexSearcher searcher = searchers.acquire();
        try {
          RecentWrites.Version current = currentVersion(searcher, id);
          if (version.equals(current)) {
            return new PutResult(PutResult.Status.DUPLICATE, id);
          }
          String holder = holderOf(searcher, version.contentHash());
          if (holder != null && !holder.equals(id)) {
            return new PutResult(PutResult.Status.DUPLICATE, holder);
          }
          Placed placed = null;
          if (current != null && current.contentHash().equals(version.contentHash())) {
            // A new analysis of the same text keeps its place among the stories.
            placed = stories.placedAs(searcher, id);
          } else if (current != null) {
            searchers.release(searcher);
            searcher = null;
            refreshHoldingWriteLock();
            searcher = searchers.acquire();
            stories.withdraw(searcher, id);
          }
          if (placed == null) {
            placed = stories.place(searcher, article, submission.digest() != null ? submission.digest() : stories.digest(article));
          }
          writer.updateDocument(
              new Term(ArticleDocument.ID, id),
              ArticleDocument.of(article, json, version.contentHash(), version.revision(), placed));
          recent.record(id, version);
          unrefreshed = true;
          if (recent.size() >= MOST_UNREFRESHED_WRITES) {
            refreshHoldingWriteLock();
          }
          return new PutResult(current == null ? PutResult.Status.NEW : PutResult.Status.UPDATED, id);
        } finally {
          if (searcher != null) {
            searchers.release(searcher);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot store article " + id + ": " + e, e);
      }
    }
  }

  /** Makes every article put so far durable, and visible to read-only stores. */
  void commit() {
    synchronized (writeLock) {
      ensureOpen();
      try {
        commitHoldingWriteLock();
        refreshHoldingWriteLock();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot commit the index in " + dataDir + ": " + e, e);
      }
    }
  }

  @Override
  public IndexSearcher acquire() throws IOException {
    if (unrefreshed) {
      synchronized (writeLock) {
        ensureOpen();
        refreshHoldingWriteLock();
      }
    }
    return searchers.acquire();
  }

  @Override
  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** Commits what was put and releases the write lock. Closing twice does nothing. */
  @Override
  public void close() {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      try {
        commitHoldingWriteLock();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot commit the index in " + dataDir + ": " + e, e);
      } finally {
        closed = true;
        IOUtils.closeWhileHandlingException(searchers, writer, directory);
      }
    }
  }

  private void commitHoldingWriteLock() throws IOException {
    writer.setLiveCommitData(IndexLayout.COMMIT_DATA.entrySet());
    writer.commit();
  }

  /** The version stored under {@code id} as of now, or null when there is none. */
  private RecentWrites.Version currentVersion(IndexSearcher searcher, String id) throws IOException {
    if (recent.wrote(id)) {
      return recent.version(id);
    }
    TopDocs top = searcher.search(new TermQuery(new Term(ArticleDocument.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    Document doc =
        searcher
            .storedFields()
            .document(
                top.scoreDocs[0].doc, Set.of(ArticleDocument.CONTENT_HASH, ArticleDocument.REVISION));
    return new RecentWrites.Version(
        doc.get(ArticleDocument.CONTENT_HASH), doc.get(ArticleDocument.REVISION));
  }

  /** The id that holds this content as of now, or null. */
  private String holderOf(IndexSearcher searcher, String contentHash) throws IOException {
    String recentHolder = recent.holderOf(contentHash);
    if (recentHolder != null) {
      return recentHolder;
    }
    // Several hits are possible only when all but one were rewritten since the last refresh.
    TopDocs top =
        searcher.search(new TermQuery(new Term(ArticleDocument.CONTENT_HASH, contentHash)), 16);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      String id = stored.document(hit.doc, Set.of(ArticleDocument.ID)).get(ArticleDocument.ID);
      if (!recent.wrote(id)) {
        return id;
      }
    }
    return null;
  }

  private void refreshHoldingWriteLock() throws IOException {
    if (unrefreshed) {
      searchers.maybeRefreshBlocking();
      recent.clear();
      stories.clear();
      unrefreshed = false;
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the store in " + dataDir + " is closed");
    }
  }
}
