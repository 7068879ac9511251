package org.triangulate.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * The layout version written into every commit, so that a later, incompatible layout can refuse an
 * old index instead of misreading it.
 */
final class IndexLayout {

  private static final String KEY = "triangulate.schema";

  // 2: stories live beside the articles, and every article records its place among them.
  // 3: stories and article digests carry sentence embeddings.
  private static final String VERSION = "3";

  /** The commit data that marks an index as having this layout. */
  static final Map<String, String> COMMIT_DATA = Map.of(KEY, VERSION);

  private IndexLayout() {}

  /**
   * Refuses an index whose commit data names another layout. An index without a version (never
   * committed, or empty) is accepted.
   *
   * @throws IllegalStateException when the index has another layout version
   */
  static void check(Iterable<Map.Entry<String, String>> commitData, Path dataDir) {
    if (commitData == null) {
      return;
    }
    for (Map.Entry<String, String> entry : commitData) {
      if (entry.getKey().equals(KEY) && !entry.getValue().equals(VERSION)) {
        throw new IllegalStateException(
            "the index in "
                + dataDir
                + " has layout version "
                + entry.getValue()
                + "; this version of triangulate reads version "
                + VERSION);
      }
    }
  }
}
