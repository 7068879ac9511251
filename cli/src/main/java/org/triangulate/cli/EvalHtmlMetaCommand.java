package org.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.triangulate.eval.MetadataScore;
import org.triangulate.extract.MetadataReader;
import org.triangulate.extract.PageDecoder;
import org.triangulate.extract.PageMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "html-meta",
    mixinStandardHelpOptions = true,
    header = "Scores page metadata on Mozilla Readability's test pages.",
    description = {
      "Scores page metadata on Mozilla Readability's test pages (DIR holds one directory per page",
      "with source.html and expected-metadata.json): the share of exact titles, bylines, site",
      "names and dates among the pages that expect one. Exact: equal after trimming and collapsing",
      "whitespace (a title may lack the page's own site name after a separator; titleStrict",
      "does not allow that); a byline equals the authors joined by \", \" or lists the same names; a date",
      "is the same instant, or the same day when only a day is expected."
    })
final class EvalHtmlMetaCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(paramLabel = "DIR", description = "The directory of test pages.")
  Path dir;

  @Option(names = "--misses", description = "Print every miss (expected, then extracted) to standard error.")
  boolean misses;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  private final MetadataReader reader = new MetadataReader();

  /** Hits and totals per field: title, byline, site name, date, and title without the site-name allowance. */
  private final int[] hits = new int[5];
  private final int[] totals = new int[5];
  private static final String[] FIELDS = {"title", "byline", "siteName", "published", "titleStrict"};

  @Override
  public Integer call() throws IOException {
    List<Path> pages;
    try (Stream<Path> list = Files.list(dir)) {
      pages = list.filter(p -> Files.isRegularFile(p.resolve("expected-metadata.json"))).sorted().toList();
    }
    if (pages.isEmpty()) {
      throw new UserError(dir + " holds no page directories with expected-metadata.json");
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Path page : pages) {
      JsonNode expected = JSON.readTree(page.resolve("expected-metadata.json").toFile());
      PageMetadata got = reader.read(PageDecoder.parse(Files.readAllBytes(page.resolve("source.html")), ""));
      String name = page.getFileName().toString();
      tally(0, name, expected.path("title").asText(null), got.title(),
          MetadataScore.sameTitle(expected.path("title").asText(null), got.title(), got.siteName()), err);
      tally(4, name, expected.path("title").asText(null), got.title(),
          MetadataScore.sameText(expected.path("title").asText(null), got.title()), err);
      tally(1, name, expected.path("byline").asText(null), String.join(", ", got.authors()),
          MetadataScore.sameByline(expected.path("byline").asText(null), got.authors()), err);
      tally(2, name, expected.path("siteName").asText(null), got.siteName(),
          MetadataScore.sameText(expected.path("siteName").asText(null), got.siteName()), err);
      tally(3, name, expected.path("publishedTime").asText(null), String.valueOf(got.published()),
          MetadataScore.sameDate(expected.path("publishedTime").asText(null), got.published()), err);
    }
    print(pages.size());
    return Main.OK;
  }

  private void tally(int field, String page, String expected, String got, boolean same, PrintWriter err) {
    if (expected == null || expected.isBlank()) {
      return;
    }
    totals[field]++;
    if (same) {
      hits[field]++;
    } else if (misses && err != null) {
      err.printf(Locale.ROOT, "%s %s:%n  expected %s%n  got      %s%n", page, FIELDS[field], expected, got);
    }
  }

  private void print(int pages) {
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      ObjectNode line = JSON.createObjectNode().put("eval", "html-meta").put("pages", pages);
      for (int i = 0; i < FIELDS.length; i++) {
        line.put(FIELDS[i], totals[i] == 0 ? 0 : Math.round(10000.0 * hits[i] / totals[i]) / 10000.0);
        line.put(FIELDS[i] + "Expected", totals[i]);
      }
      out.println(line);
    } else {
      out.printf(Locale.ROOT, "Mozilla test pages (%d): exact among the pages that expect one%n", pages);
      for (int i = 0; i < FIELDS.length; i++) {
        out.printf(Locale.ROOT, "  %-10s %6s  (%d of %d)%n", FIELDS[i],
            MetadataScore.percent(hits[i], totals[i]), hits[i], totals[i]);
      }
    }
    out.flush();
  }
}
