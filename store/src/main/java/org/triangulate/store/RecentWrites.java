package org.triangulate.store;

import java.util.HashMap;
import java.util.Map;

/**
 * What the writer has been given since the searcher was last refreshed. Together with that
 * searcher it is the store's current state, so {@link ArticleStore#put} can spot duplicates
 * without reopening the index after every article.
 *
 * <p>Not thread-safe: the store only touches it while holding its write lock.
 */
final class RecentWrites {

  /** The version of an article: its content hash and the digest of its stored JSON. */
  record Version(String contentHash, String revision) {}

  private final Map<String, Version> byId = new HashMap<>();
  private final Map<String, String> idByContent = new HashMap<>();

  void record(String id, Version version) {
    byId.put(id, version);
    idByContent.put(version.contentHash(), id);
  }

  /** The version last written under {@code id}, or null when it was not written recently. */
  Version version(String id) {
    return byId.get(id);
  }

  boolean wrote(String id) {
    return byId.containsKey(id);
  }

  /**
   * The id recently written with this content and still holding it, or null. An id rewritten since
   * with other content no longer counts.
   */
  String holderOf(String contentHash) {
    String id = idByContent.get(contentHash);
    return id != null && byId.get(id).contentHash().equals(contentHash) ? id : null;
  }

  int size() {
    return byId.size();
  }

  void clear() {
    byId.clear();
    idByContent.clear();
  }
}
