package org.triangulate.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.triangulate.stories.Frequencies;

/**
 * Document frequencies read from the index: how many article documents hold each term of their
 * digests. Deleted documents still count until their segment is merged, which shifts a weight by
 * a hair and is not worth a refresh.
 */
final class IndexFrequencies implements Frequencies {

  private final IndexReader reader;
  private final int articles;

  IndexFrequencies(IndexReader reader) {
    this.reader = reader;
    this.articles = docFreq(new Term(ArticleDocument.KIND, ArticleDocument.KIND_ARTICLE));
  }

  @Override
  public int articles() {
    return articles;
  }

  @Override
  public int articlesWith(String term) {
    return docFreq(new Term(ArticleDocument.DIGEST_TERM, term));
  }

  private int docFreq(Term term) {
    try {
      return reader.docFreq(term);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read term counts from the index: " + e, e);
    }
  }
}
