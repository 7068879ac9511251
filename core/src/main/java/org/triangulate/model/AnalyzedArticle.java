package org.triangulate.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Objects;

/**
 * An article with what analysis found in it: sentences, entities, attributions and reported
 * figures. Spans index into {@code article.text()}.
 */
public record AnalyzedArticle(
    Article article, List<Sentence> sentences, List<Entity> entities, List<Quote> quotes, List<Claim> claims) {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
  }

  /** An article analysed for language and attribution, before figures. */
  public AnalyzedArticle(Article article, List<Sentence> sentences, List<Entity> entities, List<Quote> quotes) {
    this(article, sentences, entities, quotes, List.of());
  }

  /** An article analysed for language, before attribution. */
  public AnalyzedArticle(Article article, List<Sentence> sentences, List<Entity> entities) {
    this(article, sentences, entities, List.of());
  }

  public AnalyzedArticle withQuotes(List<Quote> found) {
    return new AnalyzedArticle(article, sentences, entities, found, claims);
  }

  public AnalyzedArticle withClaims(List<Claim> found) {
    return new AnalyzedArticle(article, sentences, entities, quotes, found);
  }

  /**
   * The canonical names of each entity type, each with its number of mentions, in order of first
   * mention: what a reader scans to see who and what an article involves.
   */
  public SortedMap<EntityType, Map<String, Integer>> namesByType() {
    SortedMap<EntityType, Map<String, Integer>> byType = new TreeMap<>();
    for (Entity e : entities) {
      byType.computeIfAbsent(e.type(), t -> new LinkedHashMap<>()).merge(e.canonical(), 1, Integer::sum);
    }
    return byType;
  }

  public String id() {
    return article.id();
  }
}
