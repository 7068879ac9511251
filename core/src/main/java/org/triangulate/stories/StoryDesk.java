package org.triangulate.stories;

import com.dynatrace.hash4j.hashing.Hashing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.triangulate.model.Story;

/**
 * Incremental story assignment: each article joins the story whose centroid it resembles most, if
 * the cosine reaches the threshold and its date falls within the story's window, or starts a new
 * story. Candidate stories come from an inverted index from each story's strongest terms, scanned
 * from the latest stories up to a limit, never from all stories, so the cost per article stays
 * flat as the corpus grows. Holds the stories it has built, so one desk serves one corpus; not
 * safe to share across threads.
 */
public final class StoryDesk {

  /** Enough that the right story is among them when any is: a story shares many strong terms. */
  private static final int CANDIDATES_SCORED = 50;

  private final StoryOptions options;
  private final DocumentFrequencies frequencies;
  private final List<OpenStory> stories = new ArrayList<>();
  private final Map<String, List<Integer>> index = new HashMap<>();
  private final Map<String, Integer> storyOfArticle = new HashMap<>();

  /**
   * @param frequencies the document frequencies to weigh terms by; the caller counts articles into
   *     it, all of them beforehand for a batch, or each as it arrives
   */
  public StoryDesk(StoryOptions options, DocumentFrequencies frequencies) {
    this.options = Objects.requireNonNull(options, "options");
    this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
  }

  /**
   * Places an article.
   *
   * @param copyOf the id of an already placed article this one republishes, or null; a copy joins
   *     that article's story whatever its words
   */
  public Placement place(ArticleDigest digest, String copyOf) {
    TermVector vector = TermVector.of(digest, frequencies, options);
    Integer original = copyOf == null ? null : storyOfArticle.get(copyOf);
    if (original != null) {
      join(stories.get(original), original, digest, vector);
      return new Placement(digest.id(), stories.get(original).id, copyOf, 1.0);
    }
    int best = -1;
    double bestScore = 0;
    for (int candidate : candidates(vector)) {
      OpenStory story = stories.get(candidate);
      if (!story.withinWindow(digest.published(), options)) {
        continue;
      }
      double score = story.cosine(vector);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best >= 0 && bestScore >= options.threshold()) {
      join(stories.get(best), best, digest, vector);
      return new Placement(digest.id(), stories.get(best).id, copyOf, bestScore);
    }
    OpenStory story = new OpenStory(storyId(digest.id()));
    stories.add(story);
    join(story, stories.size() - 1, digest, vector);
    return new Placement(digest.id(), story.id, copyOf, 0);
  }

  /** The cosine of two articles' term vectors under this desk's document frequencies. */
  public double similarity(ArticleDigest a, ArticleDigest b) {
    return TermVector.of(a, frequencies, options).dot(TermVector.of(b, frequencies, options));
  }

  /** The stories so far, in the order they started, each labelled with its most central title. */
  public List<Story> stories() {
    return stories.stream().map(OpenStory::story).toList();
  }

  /**
   * The stories that share the most strongest terms with the article, at most {@link
   * #CANDIDATES_SCORED} of them, ties to the earlier story; only these get a full cosine.
   */
  private List<Integer> candidates(TermVector vector) {
    Map<Integer, Integer> shared = new HashMap<>();
    for (String term : vector.strongest(options.indexedTerms())) {
      List<Integer> postings = index.getOrDefault(term, List.of());
      for (int k = postings.size() - 1; k >= Math.max(0, postings.size() - options.postingsScanned()); k--) {
        shared.merge(postings.get(k), 1, Integer::sum);
      }
    }
    return shared.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(CANDIDATES_SCORED)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  private void join(OpenStory story, int ordinal, ArticleDigest digest, TermVector vector) {
    story.add(digest, vector);
    storyOfArticle.put(digest.id(), ordinal);
    for (String term : vector.strongest(options.indexedTerms())) {
      if (story.indexed.add(term)) {
        index.computeIfAbsent(term, t -> new ArrayList<>()).add(ordinal);
      }
    }
  }

  private static String storyId(String foundingArticle) {
    return String.format(Locale.ROOT, "%016x", Hashing.xxh3_64().hashCharsToLong(foundingArticle));
  }

  /** A story being built: its members and the sum of their unit vectors. */
  private static final class OpenStory {
    final String id;
    final Set<String> indexed = new HashSet<>();
    final Map<String, Double> centroid = new HashMap<>();
    double normSquared;
    final List<ArticleDigest> members = new ArrayList<>();
    final List<TermVector> vectors = new ArrayList<>();
    Instant first;
    Instant last;

    OpenStory(String id) {
      this.id = id;
    }

    double cosine(TermVector v) {
      return normSquared == 0 ? 0 : dot(v) / Math.sqrt(normSquared);
    }

    double dot(TermVector v) {
      double dot = 0;
      for (int i = 0; i < v.size(); i++) {
        dot += v.weight(i) * centroid.getOrDefault(v.term(i), 0.0);
      }
      return dot;
    }

    void add(ArticleDigest digest, TermVector v) {
      normSquared += 2 * dot(v) + v.dot(v);
      for (int i = 0; i < v.size(); i++) {
        centroid.merge(v.term(i), v.weight(i), Double::sum);
      }
      members.add(digest);
      vectors.add(v);
      Instant published = digest.published();
      if (published != null) {
        first = first == null || published.isBefore(first) ? published : first;
        last = last == null || published.isAfter(last) ? published : last;
      }
    }

    boolean withinWindow(Instant published, StoryOptions options) {
      if (published == null || first == null) {
        return true;
      }
      return !published.isBefore(first.minus(options.window())) && !published.isAfter(last.plus(options.window()));
    }

    Story story() {
      String label = null;
      double best = -1;
      Set<String> outlets = new LinkedHashSet<>();
      for (int i = 0; i < members.size(); i++) {
        ArticleDigest member = members.get(i);
        double centrality = cosine(vectors.get(i));
        if (member.title() != null && centrality > best) {
          label = member.title();
          best = centrality;
        }
        if (member.outlet() != null) {
          outlets.add(member.outlet());
        }
      }
      return new Story(id, label, members.stream().map(ArticleDigest::id).toList(), first, last, List.copyOf(outlets));
    }
  }
}
