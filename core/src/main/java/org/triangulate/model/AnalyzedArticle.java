package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with what analysis found in it: sentences, entities and attributions. Spans index
 * into {@code article.text()}.
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Entity> entities, List<Quote> quotes) {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }

  /** An article analysed for language, before attribution. */
  public AnalyzedArticle(Article article, List<Sentence> sentences, List<Entity> entities) {
    this(article, sentences, entities, List.of());
  }

  public AnalyzedArticle withQuotes(List<Quote> found) {
    return new AnalyzedArticle(article, sentences, entities, found);
  }

  public String id() {
    return article.id();
  }
}
