package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.triangulate.server.StoryView;
import org.triangulate.store.ArticleStore;
import org.triangulate.stories.StoryFile;
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
      "Prints the figures of each story:",
      "{\"story\",\"counted\",\"unit\",\"agreement\",\"values\":[{\"id\",\"low\",\"high\",\"approximate\",\"source\",\"outlet\",\"published\"}]},",
      "one object per thing the story's articles count, with every source's value in order of publication,",
      "agreement one of agree, disagree, single. A republished copy counts once.",
      "Given PATHs, groups those articles into stories in memory, as cluster does; without, reads the stories",
      "stored in --data. --story ID keeps one story.",
      "Exits 2 when some documents could not be read, after reporting each on standard error."
    })
final class FiguresCommand implements Callable<Integer> {

  enum Format { jsonl, text, csv }

  /** How many stories are read from the store at a time. */
  private static final int PAGE = 100;

  static final List<String> CSV_HEADER = List.of("story", "counted", "unit", "agreement",
      "id", "low", "high", "approximate", "source", "outlet", "published", "countedInArticle");

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Files (.txt, .html, .htm, .html.gz, .jsonl) or directories; none to read the store.")
  List<String> paths = List.of();

  @Option(names = "--story", paramLabel = "ID", description = "Only this story's figures.")
  String story;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (one JSON object a line), text (a table for reading) or csv (RFC 4180, a row per value,"
          + " with a header row). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin ThreadsOption threads;

  @Mixin DataOption data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.csv) {
      out.print(Csv.row(CSV_HEADER));
    }
    int exit = paths.isEmpty() ? fromStore(out) : inMemory(out);
    out.flush();
    return exit;
  }

  private int inMemory(PrintWriter out) {
    if (spec.commandLine().getParseResult().hasMatchedOption("--data")) {
      throw new UserError("give PATHs to read articles in memory, or --data to read the store, not both");
    }
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
    if (story != null && !byStory.containsKey(story)) {
      throw new UserError("no story with id '" + story + "' among the given articles (see 'triangulate cluster')");
    }
    List<String> stories = new ArrayList<>(story == null ? byStory.keySet() : List.of(story));
    stories.sort(null);
    for (String id : stories) {
      desk.compare(id, byStory.get(id), copies).forEach(figure -> print(figure, out));
    }
    return outcome.failed() == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private int fromStore(PrintWriter out) {
    try (ArticleStore store = data.openToRead()) {
      if (story != null) {
        StoryFile one = store.story(story)
            .orElseThrow(() -> new UserError("no story with id '" + story + "' in " + data.directory + " (see 'triangulate stories')"));
        StoryView.of(one, store.storyArticles(story)).figures().forEach(figure -> print(figure, out));
        return Main.OK;
      }
      long total = store.storyCount();
      for (int offset = 0; offset < total; offset += PAGE) {
        for (StoryFile each : store.stories(offset, PAGE)) {
          StoryView.of(each, store.storyArticles(each.id())).figures().forEach(figure -> print(figure, out));
        }
      }
    }
    return Main.OK;
  }

  private void print(Figure figure, PrintWriter out) {
    switch (format) {
      case jsonl -> out.println(ContractJson.line(ContractJson.figure(figure)));
      case csv -> figure.values().forEach(reported -> out.print(Csv.row(csvFields(figure, reported))));
      case text -> table(figure, out);
    }
  }

  private static List<String> csvFields(Figure figure, ReportedValue reported) {
    return Arrays.asList(figure.story(), figure.counted(), figure.unit(), figure.agreement().label(),
        reported.article(), plain(reported.value().low()), plain(reported.value().high()),
        Boolean.toString(reported.value().approximate()), reported.source(), reported.outlet(),
        reported.published() == null ? null : reported.published().toString(), reported.counted());
  }

  /** 12000 rather than 12000.0; an open bound stays empty. */
  private static String plain(Double number) {
    if (number == null) {
      return null;
    }
    return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString(number.longValue()) : number.toString();
  }

  private static void table(Figure figure, PrintWriter out) {
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
