package org.triangulate.stories;

import com.dynatrace.hash4j.hashing.Hashing;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Incremental story assignment: each article joins the story whose members it resembles most on
 * average, if that similarity reaches the threshold and its date falls within the story's window,
 * or starts a new story. Candidate stories come from the {@link StoryArchive}'s index of story terms, never from
 * all stories, so the cost per article stays flat as the corpus grows. Not safe to share across
 * threads: it places one article at a time into its archive.
 */
public final class StoryDesk {

  /** Enough that the right story is among them when any is: a story shares many strong terms. */
  static final int CANDIDATES_SCORED = 50;

  private final StoryOptions options;
  private final Frequencies frequencies;
  private final StoryArchive archive;

  /**
   * @param frequencies the document frequencies to weigh terms by; the caller counts articles into
   *     it, all of them beforehand for a batch, or each as it arrives
   * @param archive where the stories are kept
   */
  public StoryDesk(StoryOptions options, Frequencies frequencies, StoryArchive archive) {
    this.options = Objects.requireNonNull(options, "options");
    this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
    this.archive = Objects.requireNonNull(archive, "archive");
  }

  /** A desk over stories kept in memory, for one run. */
  public StoryDesk(StoryOptions options, Frequencies frequencies) {
    this(options, frequencies, new MemoryArchive(options.postingsScanned()));
  }

  /**
   * Places an article.
   *
   * @param copyOf the id of an already placed article this one republishes, or null; a copy joins
   *     that article's story whatever its words, and adds no outlet to it
   */
  public Placement place(ArticleDigest digest, String copyOf) {
    TermVector vector = TermVector.of(digest, frequencies, options);
    List<String> strongest = vector.strongest(options.indexedTerms());
    boolean copy = copyOf != null;
    StoryFile original = copy ? archive.storyOf(copyOf) : null;
    if (original != null) {
      archive.file(original.with(digest, vector, true, strongest), digest.id());
      return new Placement(digest.id(), original.id(), copyOf, 1.0);
    }
    StoryFile best = null;
    double bestScore = 0;
    for (StoryFile story : archive.candidates(strongest, digest.published(), options.window(), CANDIDATES_SCORED)) {
      if (!story.within(digest.published(), options.window())) {
        continue;
      }
      double score = options.blend(story.similarity(vector), story.similarity(digest.embedding()));
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    if (best != null && bestScore >= options.threshold()) {
      archive.file(best.with(digest, vector, copy, strongest), digest.id());
      return new Placement(digest.id(), best.id(), copyOf, bestScore);
    }
    long sequence = archive.nextSequence();
    StoryFile started = StoryFile.open(storyId(digest.id(), sequence), sequence).with(digest, vector, copy, strongest);
    archive.file(started, digest.id());
    return new Placement(digest.id(), started.id(), copyOf, 0);
  }

  /**
   * How alike two articles are, as the desk weighs an article against a story of one: the cosine of
   * their term vectors under this desk's document frequencies, blended with their embeddings'.
   */
  public double similarity(ArticleDigest a, ArticleDigest b) {
    return options.blend(TermVector.of(a, frequencies, options).dot(TermVector.of(b, frequencies, options)), StoryEvidence.meaning(a, b));
  }

  /** Stable for the same founding article; the sequence tells apart two stories an article founded in turn (its text changed). */
  private static String storyId(String foundingArticle, long sequence) {
    return String.format(Locale.ROOT, "%016x", Hashing.xxh3_64().hashCharsToLong(foundingArticle + "\n" + sequence));
  }
}
