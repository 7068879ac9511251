package org.triangulate.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.triangulate.stories.StoryFile;

/** Reads of story documents, shared by the store's reads and its story assignment. */
final class StoredStories {

  /** Latest news first: by last date, newest first, undated last; then larger first; then by id. */
  private static final Sort LATEST_FIRST;

  static {
    SortField last = new SortField(StoryDocument.LAST, SortField.Type.LONG, true);
    last.setMissingValue(Long.MIN_VALUE);
    LATEST_FIRST = new Sort(last, new SortField(StoryDocument.ARTICLES, SortField.Type.LONG, true),
        new SortField(StoryDocument.ID, SortField.Type.STRING));
  }

  private static final TermQuery ALL = new TermQuery(new Term(ArticleDocument.KIND, ArticleDocument.KIND_STORY));

  private StoredStories() {}

  /** The story stored under {@code id}, or null. */
  static StoryFile story(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(StoryDocument.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    return read(searcher, top.scoreDocs[0].doc);
  }

  static long count(IndexSearcher searcher) throws IOException {
    return searcher.count(ALL);
  }

  static List<StoryFile> page(IndexSearcher searcher, int offset, int limit) throws IOException {
    int wanted = (int) Math.min((long) offset + limit, searcher.getIndexReader().maxDoc());
    if (wanted <= offset) {
      return List.of();
    }
    TopDocs top = searcher.search(ALL, new TopFieldCollectorManager(LATEST_FIRST, wanted, wanted));
    List<StoryFile> page = new ArrayList<>();
    for (int i = offset; i < top.scoreDocs.length; i++) {
      page.add(read(searcher, top.scoreDocs[i].doc));
    }
    return page;
  }

  /** The state of the story in document {@code doc} of the searcher's reader. */
  static StoryFile read(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues states = leaf.reader().getBinaryDocValues(StoryDocument.STATE);
    if (states == null || !states.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("a story document without its state: the index is damaged");
    }
    return StoryCodec.decode(states.binaryValue());
  }
}
