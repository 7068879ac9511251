package org.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
    header = "Prints the figures of each story, side by side by source.",
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

  private static final List<String> FIGURE_FIELDS = List.of("story", "counted", "unit", "agreement");
  private static final List<String> VALUE_FIELDS = List.of("id", "low", "high", "approximate", "source", "outlet", "published", "counted");

  /** The figure's fields, then the value's; the value's own "counted" is what its article says is counted. */
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
        StoryView.of(data.story(store, story), store.storyArticles(story)).figures().forEach(figure -> print(figure, out));
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
      case csv -> csvRows(figure).forEach(row -> out.print(Csv.row(row)));
      case text -> table(figure, out);
    }
  }

  /** A row per value, read off the contract's JSON, so that CSV writes every field as jsonl does. */
  private static List<List<String>> csvRows(Figure figure) {
    JsonNode json = ContractJson.figure(figure);
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode value : json.get("values")) {
      List<String> row = new ArrayList<>();
      FIGURE_FIELDS.forEach(field -> row.add(json.get(field).isNull() ? null : json.get(field).asText()));
      VALUE_FIELDS.forEach(field -> row.add(value.get(field).isNull() ? null : value.get(field).asText()));
      rows.add(row);
    }
    return rows;
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
