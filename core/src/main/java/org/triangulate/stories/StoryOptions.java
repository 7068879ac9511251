package org.triangulate.stories;

import java.time.Duration;
import java.util.Objects;

/**
 * The numbers that decide when an article joins a story. The defaults were tuned on the AllSides
 * training split only (see docs/benchmarks.md); the validation split and ECB+ measure them.
 *
 * @param threshold the least mean cosine between an article and a story's members for it to join
 * @param titleBoost added to a term's weight when the term is in the title
 * @param leadBoost added to a term's weight when the term is in the lead
 * @param entityWeight the weight of a canonical entity relative to a content word
 * @param embeddingWeight the share of the embeddings' mean cosine in the similarity, the rest going
 *     to the words'; 0 makes no embeddings at all, which saves the model's time
 * @param leadSentences how many of the first sentences make the lead
 * @param window how far outside a story's dates an article may fall and still join it
 * @param indexedTerms how many of an article's strongest terms point to its story in the index
 * @param postingsScanned how many of the latest stories are looked at per indexed term, which keeps
 *     the cost per article flat however large the corpus grows
 * @param copySimilarity the least estimated shingle resemblance (Jaccard) for a copy
 */
public record StoryOptions(
    double threshold,
    double titleBoost,
    double leadBoost,
    double entityWeight,
    double embeddingWeight,
    int leadSentences,
    Duration window,
    int indexedTerms,
    int postingsScanned,
    double copySimilarity) {

  public StoryOptions {
    Objects.requireNonNull(window, "window");
    if (threshold < 0 || threshold > 1 || copySimilarity < 0 || copySimilarity > 1 || embeddingWeight < 0 || embeddingWeight > 1) {
      throw new IllegalArgumentException("thresholds lie in [0, 1]");
    }
    if (leadSentences < 0 || indexedTerms < 1 || postingsScanned < 1) {
      throw new IllegalArgumentException("counts must be positive");
    }
  }

  public static StoryOptions defaults() {
    return new StoryOptions(0.375, 1.0, 0.0, 1.0, 0.35, 3, Duration.ofDays(7), 40, 400, 0.5);
  }

  public StoryOptions withThreshold(double value) {
    return new StoryOptions(value, titleBoost, leadBoost, entityWeight, embeddingWeight, leadSentences, window, indexedTerms, postingsScanned, copySimilarity);
  }

  public StoryOptions withBoosts(double title, double lead, double entity) {
    return new StoryOptions(threshold, title, lead, entity, embeddingWeight, leadSentences, window, indexedTerms, postingsScanned, copySimilarity);
  }

  public StoryOptions withEmbeddingWeight(double value) {
    return new StoryOptions(threshold, titleBoost, leadBoost, entityWeight, value, leadSentences, window, indexedTerms, postingsScanned, copySimilarity);
  }

  /**
   * The similarity that decides: the words' cosine blended with the embeddings', or the words' alone
   * when there is no embedding to compare (an article with no title or lead, or embeddings off).
   *
   * @param meaning the embeddings' cosine, or null
   */
  public double blend(double words, Double meaning) {
    return meaning == null || embeddingWeight == 0 ? words : (1 - embeddingWeight) * words + embeddingWeight * meaning;
  }
}
