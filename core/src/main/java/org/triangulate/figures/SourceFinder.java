package org.triangulate.figures;

import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.ClaimSource;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;

/**
 * Who a figure is attributed to. The seam between figures and attribution: {@link QuotedSource}
 * reads the attribution stage's quotes ({@link AnalyzedArticle#quotes()}), {@link NearestCue}
 * looks for a reporting cue in the figure's sentence.
 */
public interface SourceFinder {

  /** The source of the figure at {@code figure} in {@code sentence}, or null for the outlet's own. */
  ClaimSource sourceOf(AnalyzedArticle article, Sentence sentence, Span figure);
}
