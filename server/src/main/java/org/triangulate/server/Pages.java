package org.triangulate.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.EntityType;
import org.triangulate.model.Span;
import org.triangulate.model.Speaker;
import org.triangulate.model.Figure;
import org.triangulate.model.ReportedValue;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.PlacedArticle;
import org.triangulate.store.SearchHit;
import org.triangulate.store.QuoteResult;
import org.triangulate.store.SearchResult;
import org.triangulate.store.StoredQuote;
import org.triangulate.stories.StoryFile;

/**
 * Server-rendered pages: the article list with a search box, one article, the quotes of a speaker,
 * the stories and one story.
 */
final class Pages {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?:\r?\n)+");

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
    store.placedArticle(id).ifPresent(placed -> html.append(storyLine(placed, store.story(placed.story()).orElse(null))));
    html.append("<section class=\"entities\"><h2>Who and what</h2>");
    for (Map.Entry<EntityType, Map<String, Integer>> byType : analyzed.namesByType().entrySet()) {
      html.append("<h3>").append(byType.getKey().name().charAt(0)).append(byType.getKey().name().substring(1).toLowerCase(java.util.Locale.ROOT))
          .append("</h3><ul>");
      byType.getValue().forEach((name, count) ->
          html.append("<li>").append(escape(name)).append(count > 1 ? " <span class=\"n\">×" + count + "</span>" : "").append("</li>"));
      html.append("</ul>");
    }
    html.append("</section>");
    List<StoredQuote> quotes = StoredQuote.in(analyzed);
    if (!quotes.isEmpty()) {
      html.append("<section class=\"quotes\"><h2>Who said what</h2><ol>");
      for (StoredQuote quote : quotes) {
        html.append("<li>").append(quoteLine(quote)).append("</li>");
      }
      html.append("</ol></section>");
    }
    if (!analyzed.claims().isEmpty()) {
      html.append("<section class=\"figures\"><h2>Figures</h2><ul>");
      analyzed.claims().forEach(claim -> html.append("<li>").append(escape(FigureWording.claim(claim, a.text()))).append("</li>"));
      html.append("</ul></section>");
    }
    html.append("<article class=\"text\">").append(markedText(analyzed)).append("</article>");
    ctx.html(page(a.title() == null ? a.id() : a.title(), html.toString()));
  }

  /** The stories, latest news first. */
  void stories(Context ctx) {
    Paging paging = Paging.of(ctx);
    long total = store.storyCount();
    StringBuilder html = new StringBuilder("<p><a href=\"/\">All articles</a></p><h1>Stories</h1>");
    html.append("<p class=\"count\">").append(total).append(total == 1 ? " story" : " stories").append("</p>");
    html.append("<table class=\"stories\"><thead><tr><th>Dates</th><th>Articles</th><th>Outlets</th><th>Story</th></tr></thead><tbody>");
    for (StoryFile story : store.stories(paging.offset(), paging.limit())) {
      html.append("<tr><td>").append(escape(span(story)))
          .append("</td><td>").append(story.articles())
          .append(story.copies() > 0 ? " (" + story.copies() + (story.copies() == 1 ? " copy)" : " copies)") : "")
          .append("</td><td>").append(escape(String.join(", ", story.outlets())))
          .append("</td><td>").append(storyLink(story)).append("</td></tr>");
    }
    html.append("</tbody></table>");
    ctx.html(page("Stories", html.toString()));
  }

  /** One story: its articles by date with copies marked, the voices quoted, the figures reported. */
  void story(Context ctx) {
    String id = ctx.pathParam("id");
    StoryFile story = store.story(id).orElse(null);
    if (story == null) {
      ApiError.send(ctx, HttpStatus.NOT_FOUND, "no story with id '" + id + "'");
      return;
    }
    StoryView view = StoryView.of(story, store.storyArticles(id));
    StringBuilder html = new StringBuilder("<p><a href=\"/stories\">All stories</a></p>");
    html.append("<h1>").append(escape(label(story))).append("</h1><dl class=\"meta\">");
    definition(html, "Dates", span(story));
    definition(html, "About", String.join(", ", story.keywords(StoryView.KEYWORDS)));
    definition(html, "Outlets", String.join(", ", story.outlets()));
    definition(html, "Id", story.id());
    html.append("</dl><section class=\"story-articles\"><h2>Articles</h2>")
        .append("<table class=\"articles\"><thead><tr><th>Published</th><th>Outlet</th><th>Title</th></tr></thead><tbody>");
    for (PlacedArticle placed : view.articles()) {
      Article a = placed.analyzed().article();
      html.append("<tr><td>").append(a.published() == null ? "" : escape(a.published().toString().substring(0, 10)))
          .append("</td><td>").append(escape(outletLine(a)))
          .append("</td><td>").append(link(a.id(), a.title()));
      if (placed.copyOf() != null) {
        html.append(" <span class=\"copy\">copy of ").append(link(placed.copyOf(), placed.copyOf())).append("</span>");
      }
      if (placed.origin() != null) {
        html.append(" <span class=\"origin\">credits ").append(escape(placed.origin().outlet())).append("</span>");
      }
      html.append("</td></tr>");
    }
    html.append("</tbody></table></section>");
    if (!view.voices().isEmpty()) {
      html.append("<section class=\"quotes\"><h2>Voices</h2><ol>");
      for (StoredQuote quote : view.voices()) {
        html.append("<li>").append(quoteLine(quote)).append("<div class=\"where\">")
            .append(escape(outletLine(quote.outlet(), quote.reportedBy()))).append("</div></li>");
      }
      html.append("</ol></section>");
    }
    if (!view.figures().isEmpty()) {
      html.append("<section class=\"figures\"><h2>Figures</h2>");
      for (Figure figure : view.figures()) {
        html.append("<h3>").append(escape(figure.counted())).append(" <span class=\"agreement ")
            .append(figure.agreement().label()).append("\">").append(figure.agreement().label()).append("</span></h3><ul>");
        for (ReportedValue value : figure.values()) {
          html.append("<li>").append(escape(FigureWording.shown(value.value()))).append(" — ")
              .append(escape(value.source() == null ? "(the outlet)" : value.source())).append(", ")
              .append(escape(value.outlet() == null ? "" : value.outlet())).append(" ")
              .append(link(value.article(), value.article())).append("</li>");
        }
        html.append("</ul>");
      }
      html.append("</section>");
    }
    ctx.html(page(label(story), html.toString()));
  }

  /** Every quote of one speaker across the corpus, or of everyone: {@code /quotes?speaker=}. */
  void quotes(Context ctx) {
    String speaker = ctx.queryParam("speaker");
    Paging paging = Paging.of(ctx);
    QuoteResult result = store.quotes(speaker, paging.offset(), paging.limit());
    StringBuilder html = new StringBuilder();
    html.append("<p><a href=\"/\">All articles</a></p>")
        .append("<form class=\"search\" action=\"/quotes\" method=\"get\">")
        .append("<input type=\"search\" name=\"speaker\" placeholder=\"Speaker: Bonnie Glaser\" value=\"")
        .append(escape(speaker == null ? "" : speaker))
        .append("\"> <button type=\"submit\">Quotes</button></form>");
    boolean everyone = speaker == null || speaker.isBlank();
    html.append("<p class=\"count\">").append(result.total()).append(result.total() == 1 ? " quote" : " quotes")
        .append(everyone ? "" : " of <b>" + escape(speaker) + "</b>").append("</p><ol class=\"quotes\">");
    for (StoredQuote quote : result.quotes()) {
      html.append("<li>").append(quoteLine(quote)).append("<div class=\"where\">")
          .append(escape(outletLine(quote.outlet(), quote.reportedBy())))
          .append(quote.published() == null ? "" : ", " + escape(quote.published().toString().substring(0, 10)))
          .append(", ").append(link(quote.articleId(), quote.title())).append("</div></li>");
    }
    html.append("</ol>");
    ctx.html(page(everyone ? "Quotes" : "Quotes of " + speaker, html.toString()));
  }

  void style(Context ctx) {
    ctx.contentType("text/css; charset=utf-8");
    ctx.result(css);
  }

  static String errorPage(int status, String message) {
    return page("Error " + status, "<p><a href=\"/\">All articles</a></p><h1>" + status + "</h1><p>" + escape(message) + "</p>");
  }

  /**
   * The text as paragraphs, with what was judged boilerplate shown struck through, not hidden, and
   * what is attributed to someone marked. Each stretch between two span boundaries is wrapped on
   * its own, paragraph by paragraph, so that the tags nest however the spans overlap.
   */
  private static String markedText(AnalyzedArticle analyzed) {
    String text = analyzed.article().text();
    List<Span> quoted = new ArrayList<>();
    analyzed.quotes().forEach(q -> quoted.addAll(q.content()));
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Span span : analyzed.article().boilerplate()) {
      cuts.add(span.start());
      cuts.add(span.end());
    }
    for (Span span : quoted) {
      cuts.add(Math.min(span.start(), text.length()));
      cuts.add(Math.min(span.end(), text.length()));
    }
    StringBuilder html = new StringBuilder("<p>");
    Integer start = cuts.first();
    for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
      boolean boilerplate = covers(analyzed.article().boilerplate(), start);
      boolean attributed = covers(quoted, start);
      String[] pieces = PARAGRAPH_BREAK.split(text.substring(start, end), -1);
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0) {
          html.append("</p><p>");
        }
        if (pieces[i].isEmpty()) {
          continue;
        }
        html.append(boilerplate ? "<del class=\"boilerplate\" title=\"judged not part of the article\">" : "")
            .append(attributed ? "<mark class=\"quote\">" : "")
            .append(escape(pieces[i]))
            .append(attributed ? "</mark>" : "")
            .append(boilerplate ? "</del>" : "");
      }
    }
    return html.append("</p>").toString().replace("<p></p>", "");
  }

  private static boolean covers(List<Span> spans, int offset) {
    for (Span span : spans) {
      if (span.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /** "Patricia Kim (fellow, Brookings Institute): “…”", the name a link to all the speaker's quotes. */
  private static String quoteLine(StoredQuote quote) {
    Speaker speaker = quote.quote().speaker();
    StringBuilder html = new StringBuilder();
    if (speaker.name() == null || speaker.name().isBlank()) {
      html.append("<span class=\"speaker\">").append(escape(QuoteWording.speaker(speaker))).append("</span>");
    } else {
      html.append("<a class=\"speaker\" href=\"/quotes?speaker=")
          .append(escape(URLEncoder.encode(speaker.name().strip(), StandardCharsets.UTF_8))).append("\">")
          .append(escape(speaker.name().strip())).append("</a>");
      String about = QuoteWording.about(speaker);
      if (!about.isEmpty()) {
        html.append(" <span class=\"about\">(").append(escape(about)).append(")</span>");
      }
    }
    html.append(": ");
    if (quote.quote().direct() && QuoteWording.marksItself(quote.content())) {
      html.append("<span class=\"direct\">").append(escape(quote.content())).append("</span>");
    } else if (quote.quote().direct()) {
      html.append("<q class=\"direct\">").append(escape(QuoteWording.unmarked(quote.content()))).append("</q>");
    } else {
      html.append("<span class=\"paraphrase\">paraphrase:</span> ").append(escape(quote.content()));
    }
    return html.toString();
  }

  /** "Story: Lombok earthquake kills 91 (4 articles)", a link to the story, and what the article copies. */
  private static String storyLine(PlacedArticle placed, StoryFile story) {
    StringBuilder html = new StringBuilder("<p class=\"story\">Story: <a href=\"/stories/").append(escape(placed.story())).append("\">");
    html.append(escape(story == null ? placed.story() : label(story))).append("</a>");
    if (story != null) {
      html.append(" (").append(story.articles()).append(story.articles() == 1 ? " article)" : " articles)");
    }
    if (placed.copyOf() != null) {
      html.append(" — a copy of ").append(link(placed.copyOf(), placed.copyOf()));
    }
    return html.append("</p>").toString();
  }

  private static String storyLink(StoryFile story) {
    return "<a href=\"/stories/" + escape(story.id()) + "\">" + escape(label(story)) + "</a>";
  }

  private static String label(StoryFile story) {
    return story.label() == null ? String.join(", ", story.keywords(StoryView.KEYWORDS)) : story.label();
  }

  /** "2024-11-01 – 2024-11-13", one date for a day, "undated". */
  private static String span(StoryFile story) {
    if (story.first() == null) {
      return "undated";
    }
    String first = story.first().toString().substring(0, 10);
    String last = story.last().toString().substring(0, 10);
    return first.equals(last) ? first : first + " – " + last;
  }

  private static String outletLine(Article a) {
    return outletLine(a.outlet(), a.reportedBy());
  }

  private static String outletLine(String outlet, String reportedBy) {
    return Objects.requireNonNullElse(QuoteWording.outlet(outlet, reportedBy), "");
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
        + "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><header><a class=\"brand\" href=\"/\">Triangulate</a>"
        + " <nav><a href=\"/stories\">Stories</a> <a href=\"/quotes\">Quotes</a></nav></header><main>"
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
