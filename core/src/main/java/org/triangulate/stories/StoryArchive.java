package org.triangulate.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where a {@link StoryDesk} keeps its stories between articles: in memory for one run ({@code
 * cluster}), or in a store's index across runs ({@code ingest}). An archive finds candidate stories
 * by their indexed terms, never by scanning every story, so that the cost of placing an article
 * stays flat as the archive grows.
 */
public interface StoryArchive {

  /** The story an article was placed in, or null when it was not placed here. */
  StoryFile storyOf(String article);

  /**
   * The stories that share the most of {@code terms} among their indexed terms, at most {@code
   * limit}, most shared first, ties to the earlier story. An archive may leave out stories whose
   * dates lie further than {@code window} from {@code published}: the desk would refuse them.
   */
  List<StoryFile> candidates(List<String> terms, Instant published, Duration window, int limit);

  /** The sequence number for a story starting now: later than every story filed so far. */
  long nextSequence();

  /** Keeps {@code story} as it stands now that {@code article} was placed in it, in place of its earlier version. */
  void file(StoryFile story, String article);
}
