package org.triangulate.nlp;

/**
 * Sentences, tokens with part of speech and lemma, and named-entity mentions, in the project's own
 * types. The one seam between Triangulate and an NLP engine: nothing outside the engine's adapter
 * sees the engine's API, so a faster engine can replace it. Implementations are safe to share
 * across threads.
 */
public interface LanguageAnalyzer {

  /** Offsets in the result index into {@code text}. */
  TextAnalysis analyze(String text);
}
