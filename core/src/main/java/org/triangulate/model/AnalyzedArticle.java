package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/** An article with what language analysis found in it. Spans index into {@code article.text()}. */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Entity> entities) {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
  }

  public String id() {
    return article.id();
  }
}
