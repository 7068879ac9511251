package org.triangulate.figures;

import java.util.List;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Claim;

/**
 * Finds the figures an article reports: each number with its bounds and unit, what it counts and
 * who it is attributed to. Implementations are pure and safe to share across threads.
 */
public interface FigureFinder {

  /** The article's figures in text order; none when it has no sentences. */
  List<Claim> find(AnalyzedArticle article);
}
