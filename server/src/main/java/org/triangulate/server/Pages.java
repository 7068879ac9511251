package org.triangulate.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.EntityType;
import org.triangulate.model.Span;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.SearchHit;
import org.triangulate.store.SearchResult;

/** Server-rendered pages: the article list with a search box, and one article. */
final class Pages {

  private final ArticleStore store;
  private final String css;

  Pages(ArticleStore store) {
    this.store = store;
    this.css = resource("style.css");
  }

  void home(Context ctx) {
    String query = ctx.queryParam("q");
    Paging paging = Paging.of(ctx);
    StringBuilder html = new StringBuilder();
    html.append("<form class=\"search\" action=\"/\" method=\"get\">")
        .append("<input type=\"search\" name=\"q\" placeholder=\"Search: korea, title:china, entity:&quot;Patricia Kim&quot;\" value=\"")
        .append(escape(query == null ? "" : query))
        .append("\"> <button type=\"submit\">Search</button></form>");
    if (query != null && !query.isBlank()) {
      SearchResult result = store.search(query, paging.offset(), paging.limit());
      html.append("<p class=\"count\">").append(result.total()).append(result.total() == 1 ? " article" : " articles")
          .append(" match <code>").append(escape(query)).append("</code></p><ol class=\"articles\">");
      for (SearchHit hit : result.hits()) {
        html.append("<li>").append(link(hit.id(), hit.title())).append("</li>");
      }
      html.append("</ol>");
    } else {
      long total = store.count();
      html.append("<p class=\"count\">").append(total).append(total == 1 ? " article" : " articles").append(" stored</p>");
      html.append("<table class=\"articles\"><thead><tr><th>Published</th><th>Outlet</th><th>Title</th></tr></thead><tbody>");
      for (AnalyzedArticle analyzed : store.list(paging.offset(), paging.limit())) {
        Article a = analyzed.article();
        html.append("<tr><td>").append(a.published() == null ? "" : escape(a.published().toString().substring(0, 10)))
            .append("</td><td>").append(escape(outletLine(a)))
            .append("</td><td>").append(link(a.id(), a.title())).append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    ctx.html(page("Triangulate", html.toString()));
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    AnalyzedArticle analyzed = store.get(id).orElse(null);
    if (analyzed == null) {
      ApiError.send(ctx, HttpStatus.NOT_FOUND, "no article with id '" + id + "'");
      return;
    }
    Article a = analyzed.article();
    StringBuilder html = new StringBuilder();
    html.append("<p><a href=\"/\">All articles</a></p>");
    html.append("<h1>").append(escape(a.title() == null ? a.id() : a.title())).append("</h1>");
    html.append("<dl class=\"meta\">");
    definition(html, "Outlet", a.outlet());
    definition(html, "Reported by", a.reportedBy());
    definition(html, "Published", a.published() == null ? null : a.published().toString());
    definition(html, "Authors", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
    definition(html, "Language", a.language());
    definition(html, "Id", a.id());
    html.append("</dl>");
    html.append("<section class=\"entities\"><h2>Who and what</h2>");
    for (Map.Entry<EntityType, Map<String, Integer>> byType : analyzed.namesByType().entrySet()) {
      html.append("<h3>").append(byType.getKey().name().charAt(0)).append(byType.getKey().name().substring(1).toLowerCase(java.util.Locale.ROOT))
          .append("</h3><ul>");
      byType.getValue().forEach((name, count) ->
          html.append("<li>").append(escape(name)).append(count > 1 ? " <span class=\"n\">×" + count + "</span>" : "").append("</li>"));
      html.append("</ul>");
    }
    html.append("</section><article class=\"text\">").append(textWithBoilerplate(a)).append("</article>");
    ctx.html(page(a.title() == null ? a.id() : a.title(), html.toString()));
  }

  void style(Context ctx) {
    ctx.contentType("text/css; charset=utf-8");
    ctx.result(css);
  }

  static String errorPage(int status, String message) {
    return page("Error " + status, "<p><a href=\"/\">All articles</a></p><h1>" + status + "</h1><p>" + escape(message) + "</p>");
  }

  /** The text as paragraphs, with what was judged boilerplate shown struck through, not hidden. */
  private static String textWithBoilerplate(Article a) {
    StringBuilder html = new StringBuilder("<p>");
    String text = a.text();
    int at = 0;
    for (Span span : a.boilerplate()) {
      html.append(paragraphs(text.substring(at, span.start())));
      html.append("<del class=\"boilerplate\" title=\"judged not part of the article\">")
          .append(paragraphs(span.of(text))).append("</del>");
      at = span.end();
    }
    html.append(paragraphs(text.substring(at))).append("</p>");
    return html.toString();
  }

  private static String paragraphs(String text) {
    return escape(text).replaceAll("(\r?\n)+", "</p><p>");
  }

  private static String outletLine(Article a) {
    if (a.outlet() != null && a.reportedBy() != null && !a.outlet().equals(a.reportedBy())) {
      return a.outlet() + " (reported by " + a.reportedBy() + ")";
    }
    return a.outlet() != null ? a.outlet() : a.reportedBy() == null ? "" : a.reportedBy();
  }

  private static void definition(StringBuilder html, String term, String value) {
    if (value != null && !value.isBlank()) {
      html.append("<dt>").append(term).append("</dt><dd>").append(escape(value)).append("</dd>");
    }
  }

  private static String link(String id, String title) {
    return "<a href=\"/articles/" + escape(id) + "\">" + escape(title == null || title.isBlank() ? id : title) + "</a>";
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
        + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><header><a class=\"brand\" href=\"/\">Triangulate</a></header><main>"
        + body + "</main></body></html>";
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
