package org.triangulate.store;

import org.triangulate.model.AnalyzedArticle;
import org.triangulate.stories.ArticleDigest;

/**
 * An article made ready by {@link ArticleStore#prepare} for {@link ArticleStore#put(Submission)}:
 * its JSON, its version and the digest story assignment reads, all worked out before the store's
 * write lock is taken, so that several threads can prepare articles while one writes.
 */
public final class Submission {

  private final AnalyzedArticle article;
  private final String json;
  private final RecentWrites.Version version;
  private final ArticleDigest digest;

  /**
   * @param digest null when the content was already stored as the article was prepared: a duplicate
   *     or a new analysis of a stored text needs none, and the rare put that needs one after all
   *     makes it then
   */
  Submission(AnalyzedArticle article, String json, RecentWrites.Version version, ArticleDigest digest) {
    this.article = article;
    this.json = json;
    this.version = version;
    this.digest = digest;
  }

  public AnalyzedArticle article() {
    return article;
  }

  String json() {
    return json;
  }

  RecentWrites.Version version() {
    return version;
  }

  ArticleDigest digest() {
    return digest;
  }
}
