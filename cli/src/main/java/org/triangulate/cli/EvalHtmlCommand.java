package org.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.triangulate.eval.ShingleScorer;
import org.triangulate.eval.ShingleScorer.PageScore;
import org.triangulate.eval.ZyteScore;
import org.triangulate.extract.HtmlExtractor;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "html",
    mixinStandardHelpOptions = true,
    header = "Scores article extraction on Zyte's benchmark.",
    description = {
      "Scores article extraction on Zyte's benchmark (DIR holds html/*.html.gz and",
      "ground-truth.json) the way its evaluate.py does, and measures pages per second on one",
      "thread, beside a bare jsoup parse and text() of the same pages.",
      "With --predictions, scores another system's output instead: JSON lines {\"id\",\"text\"}."
    })
final class EvalHtmlCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  @Parameters(paramLabel = "DIR", description = "The benchmark's directory.")
  Path dir;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Score these texts (JSON lines with \"id\" and \"text\" or \"articleBody\") instead of extracting.")
  Path predictions;

  @Option(names = "--system", paramLabel = "NAME", defaultValue = "triangulate",
      description = "The name printed for the scored system. Default: ${DEFAULT-VALUE}.")
  String system;

  @Option(names = "--per-page", description = "Also print each page's precision and recall, worst first, to standard error.")
  boolean perPage;

  @Option(names = "--dump", paramLabel = "FILE", description = "Write the extracted texts as JSON lines {\"id\",\"text\"}.")
  Path dump;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path truthFile = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      throw new UserError(dir + " holds no ground-truth.json: name the Zyte benchmark's directory");
    }
    JsonNode truth = JSON.readTree(truthFile.toFile());
    Map<String, String> expected = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      expected.put(e.getKey(), e.getValue().path("articleBody").asText(""));
    }
    List<String> ids = expected.keySet().stream().sorted().toList();
    Map<String, String> predicted;
    double rate = Double.NaN;
    double jsoupRate = Double.NaN;
    if (predictions != null) {
      predicted = readPredictions(predictions);
    } else {
      Map<String, byte[]> pages = readPages(ids);
      predicted = extractAll(pages);
      double[] rates = timed(pages, this::extract, EvalHtmlCommand::bareJsoup);
      rate = rates[0];
      jsoupRate = rates[1];
      if (dump != null) {
        writeDump(predicted);
      }
    }
    ShingleScorer scorer = new ShingleScorer();
    List<PageScore> scores = new ArrayList<>();
    Map<String, PageScore> byId = new HashMap<>();
    for (String id : ids) {
      PageScore score = scorer.score(expected.get(id), predicted.getOrDefault(id, ""));
      scores.add(score);
      byId.put(id, score);
    }
    ZyteScore result = ZyteScore.of(scores);
    print(result, rate, jsoupRate);
    if (perPage) {
      printPerPage(ids, byId);
    }
    return Main.OK;
  }

  private void print(ZyteScore r, double rate, double jsoupRate) {
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      ObjectNode line = JSON.createObjectNode();
      line.put("eval", "html").put("system", system).put("pages", r.pages())
          .put("f1", round(r.f1())).put("precision", round(r.precision())).put("recall", round(r.recall()));
      if (!Double.isNaN(rate)) {
        line.put("pagesPerSecond", round(rate)).put("jsoupPagesPerSecond", round(jsoupRate));
      }
      out.println(line);
    } else {
      out.printf(Locale.ROOT, "%s on Zyte's benchmark (%d pages): F1 %.3f  precision %.3f  recall %.3f%n",
          system, r.pages(), r.f1(), r.precision(), r.recall());
      if (!Double.isNaN(rate)) {
        out.printf(Locale.ROOT, "speed, one thread (CPU time): %.1f pages/s; bare jsoup parse + text(): %.1f pages/s (ratio %.2f)%n",
            rate, jsoupRate, rate / jsoupRate);
      }
    }
    out.flush();
  }

  private void printPerPage(List<String> ids, Map<String, PageScore> byId) {
    PrintWriter err = spec.commandLine().getErr();
    ids.stream()
        .sorted((a, b) -> Double.compare(f1(byId.get(a)), f1(byId.get(b))))
        .forEach(id -> {
          PageScore s = byId.get(id);
          err.printf(Locale.ROOT, "%.3f  P %.3f  R %.3f  %s%n", f1(s), s.tp() / Math.max(1e-9, s.tp() + s.fp()),
              s.tp() / Math.max(1e-9, s.tp() + s.fn()), id);
        });
    err.flush();
  }

  private static double f1(PageScore s) {
    return 2 * s.tp() / Math.max(1e-9, 2 * s.tp() + s.fp() + s.fn());
  }

  private Map<String, byte[]> readPages(List<String> ids) {
    Map<String, byte[]> pages = new HashMap<>();
    for (String id : ids) {
      Path file = dir.resolve("html").resolve(id + ".html.gz");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        pages.put(id, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return pages;
  }

  private final HtmlExtractor extractor = new HtmlExtractor();

  private String extract(byte[] page) {
    return extractor.extract(new RawDocument("page.html", Format.HTML, page, RawDocument.Given.nothing())).text();
  }

  private static String bareJsoup(byte[] page) {
    return Jsoup.parse(TextDecoder.decode(page)).text();
  }

  private Map<String, String> extractAll(Map<String, byte[]> pages) {
    Map<String, String> texts = new HashMap<>();
    pages.forEach((id, bytes) -> texts.put(id, extract(bytes)));
    return texts;
  }

  /**
   * Pages per second on one thread of two ways of reading the pages: the best of five passes each
   * after one pass to warm the JIT, timed by this thread's CPU time so that other work on a shared
   * machine does not count (it only ever slows a pass down). The two alternate pass by pass, so a
   * busy spell on the machine slows both alike and their ratio holds.
   */
  private static double[] timed(Map<String, byte[]> pages, Function<byte[], String> first, Function<byte[], String> second) {
    List<Function<byte[], String>> runs = List.of(first, second);
    long sink = 0;
    double[] best = new double[2];
    for (int pass = -1; pass < 5; pass++) {
      for (int r = 0; r < 2; r++) {
        long start = CPU.getCurrentThreadCpuTime();
        for (byte[] page : pages.values()) {
          sink += runs.get(r).apply(page).length();
        }
        if (pass >= 0) {
          best[r] = Math.max(best[r], pages.size() / ((CPU.getCurrentThreadCpuTime() - start) / 1e9));
        }
      }
    }
    return sink < 0 ? new double[2] : best;
  }

  private static Map<String, String> readPredictions(Path file) throws IOException {
    Map<String, String> texts = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        String id = node.path("id").asText("").replaceFirst("\\.html(\\.gz)?$", "");
        JsonNode text = node.has("text") ? node.get("text") : node.path("articleBody");
        texts.put(id, text.isNull() ? "" : text.asText(""));
      }
    }
    return texts;
  }

  private void writeDump(Map<String, String> texts) throws IOException {
    List<String> lines = new ArrayList<>();
    texts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      ObjectNode node = JSON.createObjectNode().put("id", e.getKey()).put("text", e.getValue());
      lines.add(node.toString());
    });
    Files.write(dump, lines, StandardCharsets.UTF_8);
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
