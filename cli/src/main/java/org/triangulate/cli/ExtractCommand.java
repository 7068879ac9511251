package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.json.ContractJson;
import org.triangulate.model.Article;
import org.triangulate.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    header = "Extracts article text and metadata from pages, with no analysis.",
    description = {
      "Extracts the article from each page or file, with no language analysis, and prints one JSON",
      "object per article: id, url, title, authors, published, outlet, language, text.",
      "A page that holds no article (an index, a login page) is printed with its metadata and an",
      "empty text, and named on standard error."
    })
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files (.html, .htm, .html.gz, .txt, .jsonl) or directories.")
  List<String> paths;

  @Option(names = "--url", paramLabel = "URL", description = "The page's address, for a single page.")
  String url;

  @Mixin ThreadsOption threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (url != null && paths.size() != 1) {
      throw new UserError("--url gives the address of a single page; name exactly one PATH with it");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs inputs = url == null ? Inputs.of(paths) : Inputs.of(paths).withUrl(url);
    Pipeline pipeline = Pipeline.withoutAnalysis();
    int failed = new DocumentRun<Article>(inputs, threads.count(), pipeline::read, err)
        .run(article -> {
          if (article.isEmpty()) {
            err.println("triangulate: " + article.id() + ": " + Pipeline.NO_ARTICLE + "; printed with an empty text");
          }
          out.println(ContractJson.line(ContractJson.extracted(article)));
        }, outcome -> {}).size();
    out.flush();
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }
}
