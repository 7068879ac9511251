package org.triangulate.store;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/**
 * What the store's reads search: every article put so far, for a store that writes, or the latest
 * commit, for one opened read-only. The reads themselves are the same either way.
 */
interface IndexView {

  /** A searcher over what this view shows now; hand it back with {@link #release}. */
  IndexSearcher acquire() throws IOException;

  void release(IndexSearcher searcher) throws IOException;

  /** Releases the index; a view that writes commits first. */
  void close();
}
