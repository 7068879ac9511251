package org.triangulate.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The analysis of each indexed field, used both to index and to parse queries so that the two
 * agree. Prose (title, text) is English: stemmed, stop words dropped, so "soldiers" finds
 * "soldier". Names (entities, outlets, authors) keep every word. Codes (id, language) are exact.
 */
final class ArticleAnalyzer extends DelegatingAnalyzerWrapper {

  /**
   * Between two values of a multi-valued field, so that a phrase cannot run from the end of one
   * entity name into the start of the next.
   */
  private static final int GAP_BETWEEN_VALUES = 100;

  private final Analyzer prose = new EnglishAnalyzer();
  private final Analyzer names = new NameAnalyzer();
  private final Analyzer codes = new KeywordAnalyzer();

  ArticleAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    switch (fieldName) {
      case ArticleDocument.TITLE:
      case ArticleDocument.TEXT:
        return prose;
      case ArticleDocument.ID:
      case ArticleDocument.LANGUAGE:
        return codes;
      default:
        return names;
    }
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return GAP_BETWEEN_VALUES;
  }

  @Override
  public void close() {
    prose.close();
    names.close();
    codes.close();
    super.close();
  }
}
