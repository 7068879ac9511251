package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.triangulate.figures.FigureDesk;
import org.triangulate.json.ContractJson;
import org.triangulate.model.Figure;
import org.triangulate.model.ReportedValue;
import org.triangulate.server.FigureWording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description = {
      "Groups articles into stories in memory, as cluster does, and prints the figures of each story:",
      "{\"story\",\"counted\",\"unit\",\"agreement\",\"values\":[{\"id\",\"low\",\"high\",\"approximate\",\"source\",\"outlet\",\"published\"}]},",
      "one object per thing the story's articles count, with every source's value in order of publication,",
      "agreement one of agree, disagree, single. A republished copy counts once.",
      "Exits 2 when some documents could not be read, after reporting each on standard error."
    })
final class FiguresCommand implements Callable<Integer> {

  enum Format { jsonl, text }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files (.txt, .html, .htm, .html.gz, .jsonl) or directories.")
  List<String> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (one JSON object a line) or text (a table for reading). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin ThreadsOption threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    FigureDesk desk = FigureDesk.english();
    StoryRun.Outcome<List<FigureDesk.Noted>> outcome = new StoryRun<>(desk::note).run(paths, threads.count(), spec.commandLine().getErr());
    Map<String, List<FigureDesk.Noted>> byStory = new LinkedHashMap<>();
    Set<String> copies = new HashSet<>();
    for (StoryRun.Placed<List<FigureDesk.Noted>> placed : outcome.placed()) {
      byStory.computeIfAbsent(placed.placement().story(), s -> new ArrayList<>()).addAll(placed.read());
      if (placed.placement().copyOf() != null) {
        copies.add(placed.placement().article());
      }
    }
    List<String> stories = new ArrayList<>(byStory.keySet());
    stories.sort(null);
    for (String story : stories) {
      for (Figure figure : desk.compare(story, byStory.get(story), copies)) {
        if (format == Format.jsonl) {
          out.println(ContractJson.line(ContractJson.figure(figure)));
        } else {
          print(figure, out);
        }
      }
    }
    out.flush();
    return outcome.failed() == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private static void print(Figure figure, PrintWriter out) {
    out.printf(Locale.ROOT, "%s (%s): %s  [story %s]%n", figure.counted(), figure.unit(), figure.agreement().label(), figure.story());
    for (ReportedValue reported : figure.values()) {
      out.printf(Locale.ROOT, "  %-22s %-20s %-45s %-20s %s%n",
          FigureWording.shown(reported.value()),
          reported.published() == null ? "undated" : reported.published().toString(),
          reported.source() == null ? "(the outlet)" : reported.source(),
          reported.outlet() == null ? "-" : reported.outlet(),
          reported.article());
    }
    out.println();
  }
}
