package org.triangulate.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words of a name, lower-cased and folded to ASCII but neither stemmed nor stopped: "The
 * Washington Post" must match as a phrase, and "Reuters" must not become "reuter".
 */
final class NameAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(source));
    return new TokenStreamComponents(source, folded);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
