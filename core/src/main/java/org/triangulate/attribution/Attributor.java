package org.triangulate.attribution;

import java.util.List;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Quote;

/** Finds who said, believes or intends what in an analysed article. Pure and safe to share across threads. */
public interface Attributor {

  /** The article's attributions, in text order. */
  List<Quote> attribute(AnalyzedArticle article);
}
