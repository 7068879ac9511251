package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.triangulate.json.ContractJson;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "articles", mixinStandardHelpOptions = true,
    description = "Lists the stored articles, oldest first: id, date, outlet and title.")
final class ArticlesCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Mixin FormatOption format;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N articles.")
  int offset;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Show at most N articles (default: ${DEFAULT-VALUE}).")
  int limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (offset < 0 || limit < 1) {
      throw new UserError("--offset must be 0 or more and --limit 1 or more");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = data.openToRead()) {
      for (AnalyzedArticle analyzed : store.list(offset, limit)) {
        out.println(format.json() ? ContractJson.line(ContractJson.metadata(analyzed.article())) : Listing.line(analyzed.article()));
      }
      if (!format.json()) {
        long total = store.count();
        spec.commandLine().getErr().println(total + (total == 1 ? " article" : " articles") + " stored in " + data.directory);
      }
    }
    return Main.OK;
  }
}
