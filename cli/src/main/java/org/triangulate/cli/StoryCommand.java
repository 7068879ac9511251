package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.triangulate.json.ContractJson;
import org.triangulate.model.Article;
import org.triangulate.model.Figure;
import org.triangulate.model.ReportedValue;
import org.triangulate.server.FigureWording;
import org.triangulate.server.QuoteWording;
import org.triangulate.server.StoryView;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.PlacedArticle;
import org.triangulate.store.StoredQuote;
import org.triangulate.stories.StoryFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "story", mixinStandardHelpOptions = true,
    header = "Shows one stored story: articles, copies, voices and figures.",
    description = {
      "Shows one stored story: its articles by outlet and date, copies marked with the article they republish,",
      "the voices quoted in them, and the figures they report, with where the sources agree or disagree.",
      "A copy's quotes and figures are its original's, so they count once. As jsonl, one object: the fields of",
      "'stories' with articles, voices and figures as lists."
    })
final class StoryCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "The story's id, as 'stories' lists it.")
  String id;

  @Mixin DataOption data;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = data.openToRead()) {
      StoryFile story = data.story(store, id);
      StoryView view = StoryView.of(story, store.storyArticles(id));
      if (format.json()) {
        out.println(ContractJson.line(view.json()));
      } else {
        out.print(report(view));
      }
    }
    out.flush();
    return Main.OK;
  }

  static String report(StoryView view) {
    StoryFile story = view.story();
    StringBuilder s = new StringBuilder();
    s.append(story.label() == null ? "(no title)" : story.label()).append("\n\n");
    String first = StoriesCommand.date(story.first());
    String last = StoriesCommand.date(story.last());
    field(s, "Dates", first.isEmpty() ? "undated" : first.equals(last) ? first : first + " to " + last);
    field(s, "Articles", StoriesCommand.count(story));
    field(s, "Outlets", String.join(", ", story.outlets()));
    field(s, "About", String.join(", ", story.keywords(StoryView.KEYWORDS)));
    field(s, "Id", story.id());

    s.append("\nArticles by outlet:\n");
    Map<String, List<PlacedArticle>> byOutlet = new LinkedHashMap<>();
    List<PlacedArticle> sorted = new ArrayList<>(view.articles());
    sorted.sort(java.util.Comparator.comparing((PlacedArticle p) -> outlet(p.analyzed().article()).toLowerCase(Locale.ROOT)));
    sorted.forEach(p -> byOutlet.computeIfAbsent(outlet(p.analyzed().article()), o -> new ArrayList<>()).add(p));
    byOutlet.forEach((outlet, articles) -> {
      s.append("  ").append(outlet).append('\n');
      for (PlacedArticle placed : articles) {
        Article a = placed.analyzed().article();
        s.append("    ").append(a.published() == null ? "undated   " : a.published().toString().substring(0, 10))
            .append("  ").append(a.title() == null ? "(no title)" : a.title()).append("  [").append(a.id()).append(']');
        if (placed.copyOf() != null) {
          s.append("  COPY of ").append(placed.copyOf());
        }
        if (placed.origin() != null) {
          s.append("  (credits ").append(placed.origin().outlet()).append(')');
        }
        s.append('\n');
      }
    });

    if (!view.voices().isEmpty()) {
      s.append("\nVoices:\n");
      for (StoredQuote quote : view.voices()) {
        s.append("  ").append(QuoteWording.speaker(quote.quote().speaker())).append(" \u2014 ")
            .append(QuotesCommand.words(quote)).append("  (").append(voiceOutlet(quote)).append(")\n");
      }
    }
    if (!view.figures().isEmpty()) {
      s.append("\nFigures:\n");
      int sourceWidth = view.figures().stream().flatMap(f -> f.values().stream()).mapToInt(r -> figureSource(r).length()).max().orElse(0);
      for (Figure figure : view.figures()) {
        s.append("  ").append(figure.counted()).append(" (").append(figure.unit()).append("): ").append(figure.agreement().label()).append('\n');
        for (ReportedValue reported : figure.values()) {
          s.append(String.format(Locale.ROOT, "    %-22s %-" + sourceWidth + "s  %s%n", FigureWording.shown(reported.value()),
              figureSource(reported), reported.outlet() == null ? reported.article() : reported.outlet()));
        }
      }
    }
    return s.toString();
  }

  /** Where a quote appeared, as {@code quotes} and the web page name it, or its article where no outlet is known. */
  private static String voiceOutlet(StoredQuote quote) {
    return Objects.requireNonNullElse(QuoteWording.outlet(quote.outlet(), quote.reportedBy()), quote.articleId());
  }

  private static String figureSource(ReportedValue reported) {
    return reported.source() == null ? "(the outlet)" : reported.source();
  }

  private static String outlet(Article a) {
    return a.outlet() != null ? a.outlet() : a.reportedBy() != null ? a.reportedBy() : "(unknown outlet)";
  }

  private static void field(StringBuilder s, String name, String value) {
    if (value != null && !value.isBlank()) {
      s.append(String.format(Locale.ROOT, "%-10s %s%n", name + ":", value));
    }
  }
}
