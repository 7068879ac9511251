package org.triangulate.stories;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why two articles are or are not one story, component by component, as {@code explain} shows it.
 * The desk itself compares an article with all of a story's members, not with one other article, so
 * {@link #sameStory()} says what the pair alone suggests.
 *
 * @param apart how far apart they were published, or null when either is undated
 * @param withinWindow whether their dates allow one story: true when either is undated
 * @param title the cosine of their title words alone, by TF-IDF
 * @param lead the cosine of their leads' words alone
 * @param content the cosine of all their content words, without boosts or entities
 * @param sharedEntities the canonical entities both name, in order
 * @param entities the cosine of their entities alone
 * @param words the cosine of content words with the title and lead boosts and entities
 * @param meaning the cosine of their embeddings (title and lead), or null when either has none
 * @param combined the similarity the desk uses: the two blended
 * @param copy the estimated resemblance of their wording (Jaccard of word shingles), or null when
 *     either text is too short to fingerprint
 * @param contained the estimated share of the shorter text's wording that the longer holds, or null
 *     when either text is too short to fingerprint
 * @param isCopy whether one repeats the other, whole or in part ({@link Shingler#copies})
 * @param threshold the least combined cosine for one story
 * @param copyThreshold the least resemblance for a copy
 */
public record StoryEvidence(
    Duration apart,
    boolean withinWindow,
    double title,
    double lead,
    double content,
    List<String> sharedEntities,
    double entities,
    double words,
    Double meaning,
    double combined,
    Double copy,
    Double contained,
    boolean isCopy,
    double threshold,
    double copyThreshold) {

  public StoryEvidence {
    sharedEntities = List.copyOf(sharedEntities);
  }

  public static StoryEvidence of(ArticleDigest a, ArticleDigest b, Frequencies frequencies, StoryOptions options) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Duration apart = a.published() == null || b.published() == null ? null : Duration.between(a.published(), b.published()).abs();
    List<String> shared = new ArrayList<>(a.entities().keySet());
    shared.retainAll(b.entities().keySet());
    double words = TermVector.of(a, frequencies, options).dot(TermVector.of(b, frequencies, options));
    Double meaning = meaning(a, b);
    boolean prints = a.fingerprint() != null && b.fingerprint() != null;
    Shingler shingler = new Shingler();
    return new StoryEvidence(
        apart,
        apart == null || apart.compareTo(options.window()) <= 0,
        cosine(a.titleTerms(), b.titleTerms(), "", frequencies),
        cosine(a.leadTerms(), b.leadTerms(), "", frequencies),
        cosine(a.bodyTerms(), b.bodyTerms(), "", frequencies),
        shared,
        cosine(a.entities(), b.entities(), Frequencies.ENTITY, frequencies),
        words,
        meaning,
        options.blend(words, meaning),
        prints ? shingler.resemblance(a.fingerprint(), b.fingerprint()) : null,
        prints ? shingler.containment(a.fingerprint(), b.fingerprint()) : null,
        prints && shingler.copies(a.fingerprint(), b.fingerprint(), options.copySimilarity()),
        options.threshold(),
        options.copySimilarity());
  }

  /** The cosine of two articles' embeddings, or null when either has none. */
  static Double meaning(ArticleDigest a, ArticleDigest b) {
    return a.embedding() == null || b.embedding() == null ? null : a.embedding().dot(b.embedding());
  }

  /** Whether the pair alone would make one story: a copy, or close enough in words and in time. */
  public boolean sameStory() {
    return isCopy() || (withinWindow && combined >= threshold);
  }

  private static double cosine(java.util.Map<String, Integer> a, java.util.Map<String, Integer> b, String prefix, Frequencies frequencies) {
    return TermVector.ofCounts(a, prefix, frequencies).dot(TermVector.ofCounts(b, prefix, frequencies));
  }
}
