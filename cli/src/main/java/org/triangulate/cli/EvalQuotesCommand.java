package org.triangulate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triangulate.eval.Counts;
import org.triangulate.eval.PolnearCorpus;
import org.triangulate.eval.QuoteScorer;
import org.triangulate.eval.QuoteScores;
import org.triangulate.json.ContractJson;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.nlp.corenlp.CoreNlpQuotes;
import org.triangulate.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    header = "Scores quotes and their speakers on PolNeAR.",
    description = {
      "Runs the whole pipeline over a PolNeAR split (DIR/text, DIR/attributions) and scores its quotes:",
      "(a) exact match per role (source, cue, content), (b) attributions matched by content overlap",
      "above 30%% of the gold content, with the share whose source is right, (c) (b) on quoted contents."
    })
final class EvalQuotesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "A PolNeAR split, e.g. ../shared/eval/polnear/dev.")
  Path dir;

  /** The attribution stage being scored. */
  enum QuoteSystem {
    TRIANGULATE("triangulate"), CORENLP_QUOTE("corenlp-quote"), CORENLP_ATTRIBUTION("corenlp-attribution");

    final String label;

    QuoteSystem(String label) {
      this.label = label;
    }

    static QuoteSystem of(String label) {
      for (QuoteSystem system : values()) {
        if (system.label.equals(label)) {
          return system;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'" + label + "' is not a system: triangulate, corenlp-quote or corenlp-attribution");
    }
  }

  @Option(names = "--system", paramLabel = "SYSTEM", defaultValue = "triangulate", converter = SystemConverter.class,
      description = "What finds the attributions: triangulate (the default), or a baseline: corenlp-quote "
          + "(CoreNLP's quote annotator: quotations only, no speakers) or corenlp-attribution (with its quote "
          + "attribution annotator; it runs the dependency parser, several times slower).")
  QuoteSystem system;

  static final class SystemConverter implements picocli.CommandLine.ITypeConverter<QuoteSystem> {
    @Override
    public QuoteSystem convert(String value) {
      return QuoteSystem.of(value);
    }
  }

  @Mixin ThreadsOption threads;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
      throw new UserError(dir + " is not a PolNeAR split: it needs text/ and attributions/");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PolnearCorpus corpus = new PolnearCorpus(dir);
    Map<String, Path> byId = new HashMap<>();
    for (Path text : corpus.texts()) {
      byId.put(text.toString(), text);
    }
    Inputs inputs = Inputs.of(List.copyOf(byId.keySet()).stream().sorted().toList());
    Pipeline pipeline = switch (system) {
      case TRIANGULATE -> Pipeline.english();
      case CORENLP_QUOTE -> Pipeline.english().withAttributor(new CoreNlpQuotes(false));
      case CORENLP_ATTRIBUTION -> Pipeline.english().withAttributor(new CoreNlpQuotes(true));
    };
    QuoteScores[] total = {QuoteScores.none()};
    int failed;
    try (Progress progress = Progress.start("Scoring quotes", inputs)) {
      failed = new DocumentRun<AnalyzedArticle>(inputs, threads.count(), pipeline::analyze, err)
          .run(article -> total[0] = total[0].plus(score(corpus, byId.get(article.id()), article)), outcome -> progress.step())
          .size();
    }
    if (format.json()) {
      out.println(ContractJson.line(json(system.label, total[0], byId.size(), failed)));
    } else {
      table(out, system.label, total[0], byId.size(), failed);
    }
    out.flush();
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private static QuoteScores score(PolnearCorpus corpus, Path text, AnalyzedArticle article) {
    return QuoteScorer.score(article.article().text(), corpus.gold(text), article.quotes());
  }

  private static void table(PrintWriter out, String system, QuoteScores s, int articles, int failed) {
    out.printf(Locale.ROOT, "PolNeAR quotes, %s: %d articles%s%n%n", system, articles, failed == 0 ? "" : ", " + failed + " failed");
    out.printf(Locale.ROOT, "%-28s %9s %9s %9s %7s %7s %7s%n", "", "matched", "predicted", "gold", "P", "R", "F1");
    row(out, "(a) source, exact", s.source());
    row(out, "(a) cue, exact", s.cue());
    row(out, "(a) content, exact", s.content());
    row(out, "(b) attributions", s.attributions());
    row(out, "(c) quoted attributions", s.quoted());
    out.printf(Locale.ROOT, "%n(b) sources right: %.1f%% of matched attributions%n", 100 * s.sourceShare());
    out.printf(Locale.ROOT, "(c) sources right: %.1f%% of matched quoted attributions%n", 100 * s.quotedSourceShare());
  }

  private static void row(PrintWriter out, String name, Counts c) {
    out.printf(Locale.ROOT, "%-28s %9d %9d %9d %7.1f %7.1f %7.1f%n",
        name, c.matched(), c.predicted(), c.gold(), 100 * c.precision(), 100 * c.recall(), 100 * c.f1());
  }

  private static ObjectNode json(String system, QuoteScores s, int articles, int failed) {
    ObjectNode root = ContractJson.mapper().createObjectNode();
    root.put("system", system);
    root.put("articles", articles);
    root.put("failed", failed);
    counts(root.putObject("source"), s.source());
    counts(root.putObject("cue"), s.cue());
    counts(root.putObject("content"), s.content());
    counts(root.putObject("attribution"), s.attributions()).put("sourceRight", s.sourceShare());
    counts(root.putObject("quoted"), s.quoted()).put("sourceRight", s.quotedSourceShare());
    return root;
  }

  private static ObjectNode counts(ObjectNode node, Counts c) {
    node.put("matched", c.matched());
    node.put("predicted", c.predicted());
    node.put("gold", c.gold());
    node.put("precision", c.precision());
    node.put("recall", c.recall());
    node.put("f1", c.f1());
    return node;
  }
}
