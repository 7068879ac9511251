package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triangulate.json.ContractJson;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.BadQueryException;
import org.triangulate.store.SearchHit;
import org.triangulate.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
    header = "Searches the stored articles with Lucene's query syntax.",
    description = {
      "Searches the stored articles with Lucene's query syntax over title, text and entities.",
      "Fields: title:, text:, entity:, speaker:, outlet:, author:. Examples: korea AND china,",
      "entity:\"Patricia Kim\", speaker:\"Bonnie Glaser\", title:(troops OR soldiers)."
    })
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined by spaces.")
  java.util.List<String> words;

  @Mixin DataOption data;

  @Mixin FormatOption format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new UserError("--limit must be 1 or more");
    }
    String query = String.join(" ", words);
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = data.openToRead()) {
      SearchResult result;
      try {
        result = store.search(query, 0, limit);
      } catch (BadQueryException e) {
        throw new UserError(e.getMessage());
      }
      for (SearchHit hit : result.hits()) {
        if (format.json()) {
          out.println(ContractJson.line(ContractJson.mapper().createObjectNode()
              .put("id", hit.id()).put("title", hit.title()).put("score", hit.score())));
        } else {
          out.println(String.format(Locale.ROOT, "%.2f\t%s\t%s", hit.score(), hit.id(), hit.title() == null ? "(no title)" : hit.title()));
        }
      }
      if (!format.json()) {
        spec.commandLine().getErr().println(result.total() + (result.total() == 1 ? " hit" : " hits"));
      }
    }
    return Main.OK;
  }
}
