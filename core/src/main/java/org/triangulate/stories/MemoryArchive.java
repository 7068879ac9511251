package org.triangulate.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.model.Story;

/**
 * The stories of one run, in memory, with an inverted index from indexed terms to stories. Each
 * term's postings are scanned from the latest story back, up to {@link
 * StoryOptions#postingsScanned()}, so the cost per article stays flat however many stories there
 * are. Dates are left to the desk. Not safe to share across threads.
 */
final class MemoryArchive implements StoryArchive {

  private final int postingsScanned;
  private final Map<String, Integer> ordinals = new HashMap<>();
  private final List<StoryFile> stories = new ArrayList<>();
  private final List<List<String>> members = new ArrayList<>();
  private final Map<String, List<Integer>> index = new HashMap<>();
  private final Map<String, Integer> storyOfArticle = new HashMap<>();

  MemoryArchive(int postingsScanned) {
    this.postingsScanned = postingsScanned;
  }

  @Override
  public StoryFile storyOf(String article) {
    Integer ordinal = storyOfArticle.get(article);
    return ordinal == null ? null : stories.get(ordinal);
  }

  @Override
  public List<StoryFile> candidates(List<String> terms, Instant published, Duration window, int limit) {
    Map<Integer, Integer> shared = new HashMap<>();
    for (String term : terms) {
      List<Integer> postings = index.getOrDefault(term, List.of());
      for (int k = postings.size() - 1; k >= Math.max(0, postings.size() - postingsScanned); k--) {
        shared.merge(postings.get(k), 1, Integer::sum);
      }
    }
    return shared.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> stories.get(e.getKey()))
        .toList();
  }

  @Override
  public long nextSequence() {
    return stories.size();
  }

  @Override
  public void file(StoryFile story, String article) {
    Integer ordinal = ordinals.get(story.id());
    Set<String> before = Set.of();
    if (ordinal == null) {
      ordinal = stories.size();
      ordinals.put(story.id(), ordinal);
      stories.add(story);
      members.add(new ArrayList<>());
    } else {
      before = stories.get(ordinal).indexed();
      stories.set(ordinal, story);
    }
    members.get(ordinal).add(article);
    storyOfArticle.put(article, ordinal);
    for (String term : story.indexed()) {
      if (!before.contains(term)) {
        index.computeIfAbsent(term, t -> new ArrayList<>()).add(ordinal);
      }
    }
  }

  /** The stories, in the order they started. */
  List<Story> stories() {
    List<Story> all = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      all.add(stories.get(i).story(members.get(i)));
    }
    return all;
  }
}
