package org.triangulate.nlp;

/**
 * A sentence-embedding model: text in, a vector of unit length out, near for texts that mean much
 * the same however they are worded. The seam between Triangulate and the model, as {@link
 * LanguageAnalyzer} is for the NLP engine. Implementations are safe to share across threads.
 */
public interface Embedder {

  /** The vector of {@code text}, scaled to unit length; all vectors of one embedder have one size. */
  float[] embed(String text);
}
