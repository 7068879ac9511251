package org.triangulate.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.triangulate.figures.FigureDesk;
import org.triangulate.json.ContractJson;
import org.triangulate.json.StoryJson;
import org.triangulate.model.Article;
import org.triangulate.model.Figure;
import org.triangulate.store.PlacedArticle;
import org.triangulate.store.StoredQuote;
import org.triangulate.stories.StoryFile;

/**
 * One story as a reader sees it, the same for {@code GET /api/stories/{id}} and {@code triangulate
 * story ID}: its articles by date with copies marked, the voices quoted in them and the figures
 * they report. A copy's quotes and figures are its original's, so they are left out: each report
 * counts once.
 */
public record StoryView(StoryFile story, List<PlacedArticle> articles, List<StoredQuote> voices, List<Figure> figures) {

  /** How many of a story's heaviest terms describe it. */
  public static final int KEYWORDS = 5;

  private static final FigureDesk FIGURES = FigureDesk.english();

  public StoryView {
    articles = List.copyOf(articles);
    voices = List.copyOf(voices);
    figures = List.copyOf(figures);
  }

  public static StoryView of(StoryFile story, List<PlacedArticle> articles) {
    Set<String> copies = articles.stream().filter(a -> a.copyOf() != null).map(PlacedArticle::id).collect(Collectors.toSet());
    List<StoredQuote> voices = new ArrayList<>();
    List<FigureDesk.Noted> notes = new ArrayList<>();
    for (PlacedArticle placed : articles) {
      notes.addAll(FIGURES.note(placed.analyzed()));
      if (placed.copyOf() == null) {
        voices.addAll(StoredQuote.in(placed.analyzed()));
      }
    }
    return new StoryView(story, articles, voices, FIGURES.compare(story.id(), notes, copies));
  }

  /**
   * A story in a list: {@code {"id","label","keywords","first","last","articleCount","copies","outlets"}},
   * outlets without those of copies.
   */
  public static ObjectNode summary(StoryFile story) {
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("id", story.id());
    node.put("label", story.label());
    node.set("keywords", ContractJson.mapper().valueToTree(story.keywords(KEYWORDS)));
    node.put("first", story.first() == null ? null : story.first().toString());
    node.put("last", story.last() == null ? null : story.last().toString());
    node.put("articleCount", story.articles());
    node.put("copies", story.copies());
    node.set("outlets", ContractJson.mapper().valueToTree(story.outlets()));
    return node;
  }

  /** The summary with {@code articles} (metadata, {@code copyOf} and {@code origin}), {@code voices} and {@code figures}. */
  public ObjectNode json() {
    ObjectNode node = summary(story);
    ArrayNode list = node.putArray("articles");
    for (PlacedArticle placed : articles) {
      Article a = placed.analyzed().article();
      ObjectNode article = ContractJson.metadata(a);
      article.put("copyOf", placed.copyOf());
      article.set("origin", placed.origin() == null ? null : StoryJson.origin(placed.origin(), a.text()));
      list.add(article);
    }
    ArrayNode quotes = node.putArray("voices");
    voices.forEach(quote -> quotes.add(QuoteJson.of(quote)));
    node.set("figures", figures(figures));
    return node;
  }

  /** Figures as the {@code figures} command prints them. */
  public static ArrayNode figures(List<Figure> figures) {
    ArrayNode array = ContractJson.mapper().createArrayNode();
    figures.forEach(figure -> array.add(ContractJson.figure(figure)));
    return array;
  }
}
