package org.triangulate.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.triangulate.model.Story;

/**
 * Groups a set of articles into stories and finds the copies among them, as {@code cluster} does.
 * The result does not depend on the order of the input: document frequencies are counted over
 * the whole set first, and articles are then placed in order of publication, undated ones last,
 * ties by id. Pure and safe to share across threads.
 */
public final class StoryClustering {

  /** The placements, in the order of the input, and the stories they make. */
  public record Result(List<Placement> placements, List<Story> stories) {
    public Result {
      placements = List.copyOf(placements);
      stories = List.copyOf(stories);
    }
  }

  /** Publication order: dated articles by date, then undated ones, each by id. */
  static final Comparator<ArticleDigest> ORDER = Comparator
      .comparing(ArticleDigest::published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
      .thenComparing(ArticleDigest::id);

  /**
   * The version a copy points to: the earliest dated, then the most complete (most shingles), then
   * the lowest id.
   */
  private static final Comparator<ArticleDigest> ORIGINAL_FIRST = Comparator
      .comparing(ArticleDigest::published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
      .thenComparing(d -> -d.fingerprint().shingles())
      .thenComparing(ArticleDigest::id);

  private final StoryOptions options;
  private final Shingler shingler = new Shingler();

  public StoryClustering(StoryOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public Result cluster(List<ArticleDigest> digests) {
    List<ArticleDigest> ordered = new ArrayList<>(digests);
    ordered.sort(ORDER);
    Map<String, String> originals = copies(digests);
    DocumentFrequencies frequencies = new DocumentFrequencies();
    ordered.forEach(frequencies::count);
    MemoryArchive archive = new MemoryArchive(options.postingsScanned());
    StoryDesk desk = new StoryDesk(options, frequencies, archive);
    Map<String, Placement> placed = new HashMap<>();
    // Originals go first, so that every copy finds its original's story already there.
    for (ArticleDigest digest : ordered) {
      if (!originals.containsKey(digest.id())) {
        placed.put(digest.id(), desk.place(digest, null));
      }
    }
    for (ArticleDigest digest : ordered) {
      if (originals.containsKey(digest.id())) {
        placed.put(digest.id(), desk.place(digest, originals.get(digest.id())));
      }
    }
    return new Result(digests.stream().map(d -> placed.get(d.id())).toList(), archive.stories());
  }

  /**
   * For each copy among {@code digests}, the id of the version it republishes; only ids,
   * dates and fingerprints are read.
   */
  public Map<String, String> copies(List<ArticleDigest> digests) {
    List<ArticleDigest> ordered = new ArrayList<>(digests);
    ordered.sort(ORDER);
    CopyIndex copies = new CopyIndex(shingler, options.copySimilarity());
    List<ArticleDigest> indexed = new ArrayList<>();
    DisjointSets copiesOf = new DisjointSets(ordered.size());
    for (ArticleDigest digest : ordered) {
      if (digest.fingerprint() == null) {
        continue;
      }
      List<Integer> matches = copies.matches(digest.fingerprint());
      int ordinal = copies.add(digest.fingerprint());
      indexed.add(digest);
      for (int match : matches) {
        copiesOf.join(match, ordinal);
      }
    }
    Map<Integer, List<ArticleDigest>> groups = new HashMap<>();
    for (int i = 0; i < indexed.size(); i++) {
      groups.computeIfAbsent(copiesOf.root(i), r -> new ArrayList<>()).add(indexed.get(i));
    }
    Map<String, String> originals = new HashMap<>();
    for (List<ArticleDigest> group : groups.values()) {
      ArticleDigest original = group.stream().min(ORIGINAL_FIRST).orElseThrow();
      for (ArticleDigest member : group) {
        if (member != original) {
          originals.put(member.id(), original.id());
        }
      }
    }
    return originals;
  }
}
