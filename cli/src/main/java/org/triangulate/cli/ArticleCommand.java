package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.triangulate.json.ContractJson;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Span;
import org.triangulate.server.FigureWording;
import org.triangulate.server.QuoteWording;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "article", mixinStandardHelpOptions = true,
    header = "Shows one stored article with its entities and quotes.",
    description = "Shows one stored article: title, outlet, date, authors, entities, who said what, and its text without boilerplate.")
final class ArticleCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "The article's id, as 'articles' lists it.")
  String id;

  @Mixin DataOption data;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = data.openToRead()) {
      AnalyzedArticle analyzed = store.get(id)
          .orElseThrow(() -> new UserError("no article with id '" + id + "' in " + data.directory + " (see 'triangulate articles')"));
      if (format.json()) {
        out.println(ContractJson.line(ContractJson.analyzed(analyzed)));
      } else {
        out.print(report(analyzed));
      }
    }
    return Main.OK;
  }

  static String report(AnalyzedArticle analyzed) {
    Article a = analyzed.article();
    StringBuilder s = new StringBuilder();
    s.append(a.title() == null ? "(no title)" : a.title()).append("\n\n");
    field(s, "Outlet", a.outlet());
    field(s, "Reported by", a.reportedBy());
    field(s, "Published", a.published() == null ? null : a.published().toString());
    field(s, "Authors", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
    field(s, "Language", a.language());
    field(s, "Id", a.id());
    s.append("\nEntities:\n");
    analyzed.namesByType().forEach((type, names) -> s.append("  ").append(type).append(": ")
        .append(names.entrySet().stream()
            .map(n -> n.getValue() > 1 ? n.getKey() + " (" + n.getValue() + ")" : n.getKey())
            .collect(Collectors.joining(", ")))
        .append('\n'));
    List<StoredQuote> quotes = StoredQuote.in(analyzed);
    if (!quotes.isEmpty()) {
      s.append("\nQuotes:\n");
      for (StoredQuote quote : quotes) {
        s.append("  ").append(QuoteWording.speaker(quote.quote().speaker())).append(" \u2014 ")
            .append(QuotesCommand.words(quote)).append('\n');
      }
    }
    if (!analyzed.claims().isEmpty()) {
      s.append("\nFigures:\n");
      analyzed.claims().forEach(claim -> s.append("  ").append(FigureWording.claim(claim, a.text())).append('\n'));
    }
    s.append('\n').append(withoutBoilerplate(a)).append('\n');
    return s.toString();
  }

  /** The article's text with boilerplate cut out and the blank lines it leaves folded. */
  static String withoutBoilerplate(Article a) {
    StringBuilder kept = new StringBuilder();
    int at = 0;
    for (Span span : a.boilerplate()) {
      kept.append(a.text(), at, span.start());
      at = span.end();
    }
    kept.append(a.text().substring(at));
    return kept.toString().replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }

  private static void field(StringBuilder s, String name, String value) {
    if (value != null && !value.isBlank()) {
      s.append(String.format(java.util.Locale.ROOT, "%-12s %s%n", name + ":", value));
    }
  }
}
