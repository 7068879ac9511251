package org.triangulate.store;

import java.util.Objects;

/**
 * What {@link ArticleStore#put} did with an article.
 *
 * @param status whether the article was added, already there, or replaced an older version
 * @param id the id under which the content is stored: the article's own id, or for a {@link
 *     Status#DUPLICATE} the id of the article that already holds the same content
 */
public record PutResult(Status status, String id) {

  public enum Status {
    /** The article was not in the store and is now. */
    NEW,
    /** The store already holds this content (under {@link PutResult#id()}); nothing was written. */
    DUPLICATE,
    /** An article with the same id was in the store with other content or analysis; it was replaced. */
    UPDATED
  }

  public PutResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(id, "id");
  }
}
