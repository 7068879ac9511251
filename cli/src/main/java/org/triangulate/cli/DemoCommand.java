package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.triangulate.model.Article;
import org.triangulate.model.Quote;
import org.triangulate.model.Speaker;
import org.triangulate.model.SpeakerKind;
import java.util.concurrent.Callable;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Stores the sample articles, prints what they give and serves them.",
    description = {
      "Ingests the sample articles in samples/, prints what Triangulate made of them, and serves",
      "them on http://127.0.0.1:7070/ until Ctrl-C. Running it again stores nothing twice."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--samples", paramLabel = "DIR", defaultValue = "${sys:triangulate.home:-.}/samples",
      description = "The sample corpus (default: ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--no-serve", description = "Ingest and print the summary, then exit instead of serving.")
  boolean noServe;

  @Mixin DataOption data;

  @Mixin ServerOptions server;

  @Mixin ThreadsOption threads;

  @Spec CommandSpec spec;

  /** A few lines per article: what a newcomer should see Triangulate made of it. */
  static String brief(AnalyzedArticle analyzed) {
    Article a = analyzed.article();
    StringBuilder s = new StringBuilder();
    s.append(a.id()).append('\n');
    s.append("  ").append(a.title() == null ? "(no title)" : a.title()).append('\n');
    s.append("  outlet: ").append(a.outlet() == null ? "-" : a.outlet())
        .append(" | reported by: ").append(a.reportedBy() == null ? "-" : a.reportedBy())
        .append(" | authors: ").append(a.authors().isEmpty() ? "-" : String.join(", ", a.authors()))
        .append(" | boilerplate spans: ").append(a.boilerplate().size()).append('\n');
    analyzed.namesByType().forEach((type, names) -> s.append(String.format(Locale.ROOT, "  %-13s %s%n",
        type.name().toLowerCase(Locale.ROOT) + ":", String.join(", ", names.keySet()))));
    // A person quoted several times is listed once, with the fullest description the article gives.
    Map<String, String> quoted = new LinkedHashMap<>();
    for (Quote quote : analyzed.quotes()) {
      Speaker speaker = quote.speaker();
      if (speaker.kind() == SpeakerKind.PERSON && speaker.name() != null) {
        quoted.merge(speaker.name(), speaker.name() + describe(speaker),
            (known, candidate) -> candidate.length() > known.length() ? candidate : known);
      }
    }
    s.append(String.format(Locale.ROOT, "  %-13s %s%n", "quoted:", quoted.isEmpty() ? "-" : String.join("; ", quoted.values())));
    s.append(String.format(Locale.ROOT, "  %-13s %d quotes, %d figures%n%n", "found:", analyzed.quotes().size(),
        analyzed.claims().size()));
    return s.toString();
  }

  private static String describe(Speaker speaker) {
    String role = speaker.role() == null ? "" : speaker.role();
    String organization = speaker.organization() == null ? "" : speaker.organization();
    String both = role.isEmpty() || organization.isEmpty() ? role + organization : role + ", " + organization;
    return both.isEmpty() ? "" : " (" + both + ")";
  }

  @Override
  public Integer call() throws InterruptedException {
    if (!Files.isDirectory(samples)) {
      throw new UserError("no sample directory at " + samples + "; give one with --samples DIR");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ArticleStore store = data.open()) {
      IngestCommand.Summary summary =
          IngestCommand.ingest(Inputs.of(List.of(samples.toString())), store, Pipeline.english(), threads.count(), 100, err);
      out.println("Ingested " + samples + " into " + data.directory + ": " + summary.line());
      out.println();
      for (AnalyzedArticle analyzed : store.list(0, 20)) {
        out.print(brief(analyzed));
      }
      out.flush();
      if (!noServe) {
        ServeCommand.serveUntilStopped(store, server, err);
      }
      return summary.failed() == 0 ? Main.OK : Main.SOME_FAILED;
    }
  }
}
