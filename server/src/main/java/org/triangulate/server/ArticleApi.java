package org.triangulate.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.triangulate.json.ContractJson;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.QuoteResult;
import org.triangulate.store.SearchHit;
import org.triangulate.store.SearchResult;
import org.triangulate.store.StoredQuote;

/** The REST handlers: thin, each one method over a {@link Context}. */
final class ArticleApi {

  private final ArticleStore store;

  ArticleApi(ArticleStore store) {
    this.store = store;
  }

  void list(Context ctx) {
    Paging paging = Paging.of(ctx);
    ObjectNode body = ContractJson.mapper().createObjectNode();
    body.put("total", store.count());
    body.put("offset", paging.offset());
    ArrayNode articles = body.putArray("articles");
    for (AnalyzedArticle article : store.list(paging.offset(), paging.limit())) {
      articles.add(ContractJson.metadata(article.article()));
    }
    json(ctx, body);
  }

  void one(Context ctx) {
    String id = ctx.pathParam("id");
    AnalyzedArticle article = store.get(id).orElse(null);
    if (article == null) {
      ApiError.send(ctx, HttpStatus.NOT_FOUND, "no article with id '" + id + "'");
      return;
    }
    json(ctx, ContractJson.analyzed(article));
  }

  void search(Context ctx) {
    String query = ctx.queryParam("q");
    if (query == null || query.isBlank()) {
      throw new BadRequestException("give a query as ?q=, in Lucene query syntax, e.g. ?q=title:korea");
    }
    Paging paging = Paging.of(ctx);
    SearchResult result = store.search(query, paging.offset(), paging.limit());
    ObjectNode body = ContractJson.mapper().createObjectNode();
    body.put("query", query);
    body.put("total", result.total());
    body.put("offset", paging.offset());
    ArrayNode hits = body.putArray("hits");
    for (SearchHit hit : result.hits()) {
      ObjectNode h = hits.addObject();
      h.put("id", hit.id());
      h.put("title", hit.title());
      h.put("score", hit.score());
      h.put("snippet", hit.snippet());
    }
    json(ctx, body);
  }

  void quotes(Context ctx) {
    String speaker = given(ctx.queryParam("speaker"));
    String story = given(ctx.queryParam("story"));
    Paging paging = Paging.of(ctx);
    QuoteResult result = store.quotes(speaker, story, paging.offset(), paging.limit());
    ObjectNode body = ContractJson.mapper().createObjectNode();
    body.put("speaker", speaker);
    body.put("story", story);
    body.put("total", result.total());
    body.put("offset", paging.offset());
    ArrayNode quotes = body.putArray("quotes");
    for (StoredQuote quote : result.quotes()) {
      quotes.add(QuoteJson.of(quote));
    }
    json(ctx, body);
  }

  /** A query parameter, or null when it is missing or blank. */
  private static String given(String parameter) {
    return parameter == null || parameter.isBlank() ? null : parameter;
  }

  private static void json(Context ctx, ObjectNode body) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(ContractJson.line(body));
  }
}
