package org.triangulate.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.triangulate.model.Story;

/**
 * A story as the desk keeps it between articles: what deciding whether the next article joins
 * needs (the sum of its members' vectors, its dates) and what a reader sees (a label, outlets,
 * counts). Immutable: an article joining makes a new one, which the archive files in its place.
 *
 * @param sequence when the story started, relative to the archive's other stories: ties between
 *     candidate stories go to the earlier one
 * @param centroid the sum of its members' term vectors, each as weighed when it joined
 * @param normSquared the centroid's squared length
 * @param first the earliest publication date of its articles, or null when none is dated
 * @param last the latest, or null
 * @param articles how many articles it holds, copies included
 * @param copies how many of them republish another article
 * @param outlets the outlets of its articles that are not copies, in the order they joined: a
 *     content farm's copy of a report adds no source
 * @param label the title of its most central article so far: an arriving article's title takes
 *     over when the article lies nearer the centroid than the one that gave the label, unless it
 *     is a copy, whose headline a content farm may have rewritten; null while no member has a title
 * @param labelVector the term vector of the article that gave the label, empty while there is none
 * @param indexed the terms under which an archive finds the story: its members' strongest terms
 * @param meaning the sum of its members' embeddings, or null while none has one
 */
public record StoryFile(
    String id,
    long sequence,
    SortedMap<String, Double> centroid,
    double normSquared,
    Instant first,
    Instant last,
    int articles,
    int copies,
    List<String> outlets,
    String label,
    SortedMap<String, Double> labelVector,
    SortedSet<String> indexed,
    Embedding meaning) {

  public StoryFile {
    Objects.requireNonNull(id, "id");
    centroid = Collections.unmodifiableSortedMap(new TreeMap<>(centroid));
    labelVector = Collections.unmodifiableSortedMap(new TreeMap<>(labelVector));
    indexed = Collections.unmodifiableSortedSet(new TreeSet<>(indexed));
    outlets = List.copyOf(outlets);
    if (articles < 0 || copies < 0 || copies > articles) {
      throw new IllegalArgumentException("a story's counts must hold: " + copies + " copies of " + articles + " articles");
    }
  }

  /** A story before its first article joins. */
  public static StoryFile open(String id, long sequence) {
    return new StoryFile(id, sequence, new TreeMap<>(), 0, null, null, 0, 0, List.of(), null, new TreeMap<>(), new TreeSet<>(), null);
  }

  /**
   * The mean cosine between a vector and the story's members (its dot with the centroid, a sum of
   * unit vectors, over their number). Unlike the cosine with the centroid, it falls as a story
   * spreads over several topics, so that a story does not chain into its neighbours (AllSides val
   * B-cubed F1 0.782 -> 0.827, docs/benchmarks.md).
   */
  public double similarity(TermVector v) {
    return articles == 0 ? 0 : dot(v) / articles;
  }

  /**
   * The mean cosine between an article's embedding and the members', as {@link
   * #similarity(TermVector)} is for words; null when either side has no embedding.
   */
  public Double similarity(Embedding embedding) {
    return embedding == null || meaning == null || articles == 0 ? null : embedding.dot(meaning) / articles;
  }

  /** Whether an article of this date may join: undated articles and stories always may. */
  public boolean within(Instant published, Duration window) {
    if (published == null || first == null) {
      return true;
    }
    return !published.isBefore(first.minus(window)) && !published.isAfter(last.plus(window));
  }

  /**
   * This story with one more article.
   *
   * @param copy whether the article republishes another, which adds no outlet
   * @param strongest the article's strongest terms, under which the story will be found too
   */
  public StoryFile with(ArticleDigest digest, TermVector v, boolean copy, List<String> strongest) {
    double norm = normSquared + 2 * dot(v) + v.dot(v);
    SortedMap<String, Double> sum = new TreeMap<>(centroid);
    for (int i = 0; i < v.size(); i++) {
      sum.merge(v.term(i), v.weight(i), Double::sum);
    }
    Instant published = digest.published();
    Instant from = published != null && (first == null || published.isBefore(first)) ? published : first;
    Instant to = published != null && (last == null || published.isAfter(last)) ? published : last;
    List<String> sources = new ArrayList<>(outlets);
    if (!copy && digest.outlet() != null && !digest.outlet().isBlank() && !sources.contains(digest.outlet())) {
      sources.add(digest.outlet());
    }
    SortedSet<String> terms = new TreeSet<>(indexed);
    terms.addAll(strongest);
    String title = label;
    SortedMap<String, Double> titleVector = labelVector;
    if (!copy && digest.title() != null && (label == null || centrality(v, sum, norm) > centrality(TermVector.of(labelVector), sum, norm))) {
      title = digest.title();
      titleVector = v.asMap();
    }
    Embedding embedding = digest.embedding();
    Embedding meant = embedding == null ? meaning : meaning == null ? embedding : meaning.plus(embedding);
    return new StoryFile(id, sequence, sum, norm, from, to, articles + 1, copies + (copy ? 1 : 0), sources, title, titleVector, terms, meant);
  }

  /** The {@code n} heaviest terms of the centroid, entities by their names: a few words that say what the story is about. */
  public List<String> keywords(int n) {
    List<String> words = new ArrayList<>();
    centroid.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey().startsWith(Frequencies.ENTITY) ? e.getKey().substring(Frequencies.ENTITY.length()) : e.getKey())
        .filter(word -> !words.contains(word))
        .limit(n)
        .forEach(words::add);
    return words;
  }

  /** The story as a reader sees it, with its articles' ids in the order they joined. */
  public Story story(List<String> members) {
    return new Story(id, label, members, first, last, outlets);
  }

  private double dot(TermVector v) {
    double dot = 0;
    for (int i = 0; i < v.size(); i++) {
      dot += v.weight(i) * centroid.getOrDefault(v.term(i), 0.0);
    }
    return dot;
  }

  private static double centrality(TermVector v, Map<String, Double> sum, double normSquared) {
    double dot = 0;
    for (int i = 0; i < v.size(); i++) {
      dot += v.weight(i) * sum.getOrDefault(v.term(i), 0.0);
    }
    return normSquared <= 0 ? 0 : dot / Math.sqrt(normSquared);
  }
}
