package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.json.ContractJson;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    header = "Analyses articles without storing them; prints JSON.",
    description = {
      "Analyses articles without storing them and prints one JSON object per article:",
      "metadata, text, boilerplate spans, entities, quotes and claims (see CONTRACT.md).",
      "Exits 2 when some documents could not be read, after reporting each on standard error."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files (.txt, .html, .htm, .html.gz, .jsonl) or directories.")
  List<String> paths;

  @Mixin ThreadsOption threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs inputs = Inputs.of(paths);
    Pipeline pipeline = Pipeline.english();
    try (Progress progress = Progress.start("Analysing", inputs)) {
      int failed = new DocumentRun<AnalyzedArticle>(inputs, threads.count(), pipeline::analyze, err)
          .run(article -> out.println(ContractJson.line(ContractJson.analyzed(article))), outcome -> progress.step()).size();
      out.flush();
      return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }
  }
}
