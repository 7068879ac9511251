package org.triangulate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
import org.triangulate.model.Value;
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
          out.println(ContractJson.line(json(figure)));
        } else {
          print(figure, out);
        }
      }
    }
    out.flush();
    return outcome.failed() == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private static ObjectNode json(Figure figure) {
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("story", figure.story());
    node.put("counted", figure.counted());
    node.put("unit", figure.unit());
    node.put("agreement", figure.agreement().label());
    ArrayNode values = node.putArray("values");
    for (ReportedValue reported : figure.values()) {
      ObjectNode value = values.addObject();
      value.put("id", reported.article());
      bound(value, "low", reported.value().low());
      bound(value, "high", reported.value().high());
      value.put("approximate", reported.value().approximate());
      value.put("source", reported.source());
      value.put("outlet", reported.outlet());
      value.put("published", reported.published() == null ? null : reported.published().toString());
      value.put("counted", reported.counted());
    }
    return node;
  }

  /** A bound as an integer when it is whole, as {@code analyze} writes claims. */
  private static void bound(ObjectNode value, String field, Double number) {
    if (number == null) {
      value.putNull(field);
    } else if (number == Math.rint(number) && Math.abs(number) < 1e15) {
      value.put(field, number.longValue());
    } else {
      value.put(field, number);
    }
  }

  private static void print(Figure figure, PrintWriter out) {
    out.printf(Locale.ROOT, "%s (%s): %s  [story %s]%n", figure.counted(), figure.unit(), figure.agreement().label(), figure.story());
    for (ReportedValue reported : figure.values()) {
      out.printf(Locale.ROOT, "  %-22s %-20s %-45s %-20s %s%n",
          shown(reported.value()),
          reported.published() == null ? "undated" : reported.published().toString(),
          reported.source() == null ? "(the outlet)" : reported.source(),
          reported.outlet() == null ? "-" : reported.outlet(),
          reported.article());
    }
    out.println();
  }

  /** {@code 11,000–12,000}, {@code ~12,000}, {@code ≥ 20}, {@code ≤ 300,000}. */
  private static String shown(Value value) {
    String hedge = value.approximate() ? "~" : "";
    if (value.low() == null) {
      return "≤ " + hedge + number(value.high());
    }
    if (value.high() == null) {
      return "≥ " + hedge + number(value.low());
    }
    if (value.low().equals(value.high())) {
      return hedge + number(value.low());
    }
    return hedge + number(value.low()) + "–" + number(value.high());
  }

  private static String number(double number) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
  }
}
