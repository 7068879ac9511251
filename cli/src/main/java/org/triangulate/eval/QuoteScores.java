package org.triangulate.eval;

/**
 * The figures of the quote evaluator.
 *
 * @param source exact-match counts of source spans
 * @param cue exact-match counts of cue spans
 * @param content exact-match counts of content spans (a split content as the set of its fragments)
 * @param attributions attribution-level counts: content overlap above 30% of the gold content
 * @param sourcesRight of the matched attributions, how many have a source overlapping the gold one
 * @param quoted attribution-level counts on contents that carry quotation marks, both sides
 * @param quotedSourcesRight of the matched quoted attributions, how many have the source right
 */
public record QuoteScores(
    Counts source,
    Counts cue,
    Counts content,
    Counts attributions,
    int sourcesRight,
    Counts quoted,
    int quotedSourcesRight) {

  public static QuoteScores none() {
    Counts zero = new Counts(0, 0, 0);
    return new QuoteScores(zero, zero, zero, zero, 0, zero, 0);
  }

  /** The share of matched attributions whose source is right. */
  public double sourceShare() {
    return attributions.matched() == 0 ? 0 : (double) sourcesRight / attributions.matched();
  }

  public double quotedSourceShare() {
    return quoted.matched() == 0 ? 0 : (double) quotedSourcesRight / quoted.matched();
  }

  public QuoteScores plus(QuoteScores other) {
    return new QuoteScores(
        source.plus(other.source),
        cue.plus(other.cue),
        content.plus(other.content),
        attributions.plus(other.attributions),
        sourcesRight + other.sourcesRight,
        quoted.plus(other.quoted),
        quotedSourcesRight + other.quotedSourcesRight);
  }
}
