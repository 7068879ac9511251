package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triangulate.ingest.Failure;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.PutResult;
import org.triangulate.store.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    header = "Analyses articles and stores them, each in its story.",
    description = {
      "Analyses articles and stores them in the data directory. An article already stored (same",
      "normalised text) is not stored again. Prints a summary: read, new, updated, duplicate, failed."
    })
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files (.txt, .html, .htm, .html.gz, .jsonl) or directories.")
  List<String> paths;

  @Mixin DataOption data;

  @Mixin ThreadsOption threads;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "100",
      description = "Make stored articles durable every N articles (default: ${DEFAULT-VALUE}); a crash loses at most the last N.")
  int commitEvery;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (commitEvery < 1) {
      throw new UserError("--commit-every must be 1 or more, not " + commitEvery);
    }
    PrintWriter err = spec.commandLine().getErr();
    Inputs inputs = Inputs.of(paths);
    try (ArticleStore store = data.open()) {
      Summary summary = ingest(inputs, store, Pipeline.english(), threads.count(), commitEvery, err);
      spec.commandLine().getOut().println(summary.line());
      if (summary.failed() > 0) {
        err.print("Not stored:\n" + summary.failureList());
        err.flush();
      }
      return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }
  }

  /** What an ingest did, article by article. */
  record Summary(Map<PutResult.Status, Integer> counts, List<Failure> failures) {

    int failed() {
      return failures.size();
    }

    int read() {
      return counts.values().stream().mapToInt(Integer::intValue).sum() + failed();
    }

    String line() {
      return String.format(java.util.Locale.ROOT, "read %d, new %d, updated %d, duplicate %d, failed %d",
          read(), counts.get(PutResult.Status.NEW), counts.get(PutResult.Status.UPDATED),
          counts.get(PutResult.Status.DUPLICATE), failed());
    }

    /** The failed documents with their reasons, one a line, for the end of a long run. */
    String failureList() {
      StringBuilder list = new StringBuilder();
      failures.forEach(f -> list.append("  ").append(f).append('\n'));
      return list.toString();
    }
  }

  static Summary ingest(Inputs inputs, ArticleStore store, Pipeline pipeline, int threads, int commitEvery, PrintWriter err) {
    Map<PutResult.Status, Integer> counts = new EnumMap<>(PutResult.Status.class);
    for (PutResult.Status status : PutResult.Status.values()) {
      counts.put(status, 0);
    }
    List<Failure> failed;
    try (Progress progress = Progress.start("Ingesting", inputs)) {
      int[] uncommitted = {0};
      // The workers also prepare each article for the store, which leaves the one thread that puts
      // little to do beyond placing it.
      failed = new DocumentRun<Submission>(inputs, threads, document -> store.prepare(pipeline.analyze(document)), err).run(submission -> {
        PutResult result = store.put(submission);
        counts.merge(result.status(), 1, Integer::sum);
        if (result.status() != PutResult.Status.DUPLICATE && ++uncommitted[0] == commitEvery) {
          store.commit();
          uncommitted[0] = 0;
        }
      }, outcome -> progress.step());
    }
    store.commit();
    return new Summary(counts, failed);
  }
}
