package org.triangulate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triangulate.eval.ClusterScore;
import org.triangulate.eval.DigestFile;
import org.triangulate.eval.StorySet;
import org.triangulate.eval.TfIdfBaseline;
import org.triangulate.eval.TwinEvents;
import org.triangulate.json.ContractJson;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.stories.ArticleDigest;
import org.triangulate.stories.Digester;
import org.triangulate.stories.Placement;
import org.triangulate.stories.StoryClustering;
import org.triangulate.stories.StoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    header = "Scores story clustering on a story set, beside a TF-IDF baseline.",
    description = {
      "Clusters a story set ({\"id\",\"story\",\"title\",\"text\"} a line) with the whole pipeline, and with a plain",
      "TF-IDF baseline, and prints pairwise and B-cubed precision, recall and F1 against the story labels,",
      "one JSON object per system. On ECB+ it also lists the topics whose two events were merged."
    })
final class EvalStoriesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "A story set in JSONL.")
  Path file;

  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N lines (to tune on a part of a large set).")
  int limit;

  @Option(names = "--tune", description = "Also print figures over a grid of thresholds and weights (tune on training data only).")
  boolean tune;

  @Option(names = "--digests", paramLabel = "FILE",
      description = "Keep the analysed articles' digests in FILE: read them from it when it exists, else write it (for tuning).")
  Path digestFile;

  @Mixin ThreadsOption threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path set = limit > 0 ? firstLines(file, limit) : file;
    try {
      Map<String, String> gold = new LinkedHashMap<>();
      List<TfIdfBaseline.Document> documents = new ArrayList<>();
      read(set, gold, documents);

      Map<String, String> baseline = new TfIdfBaseline(TfIdfBaseline.THRESHOLD).cluster(documents);
      out.println(line("tfidf-baseline", gold, baseline, TfIdfBaseline.THRESHOLD));

      StoryOptions options = StoryOptions.defaults();
      List<ArticleDigest> digests = new ArrayList<>();
      int failed = 0;
      if (digestFile != null && Files.exists(digestFile)) {
        digests.addAll(DigestFile.read(digestFile));
      } else {
        Digester digester = Digester.english(options);
        Pipeline pipeline = Pipeline.english();
        Inputs inputs = Inputs.of(List.of(set.toString()));
        try (Progress progress = Progress.start("Analysing", inputs)) {
          failed = new DocumentRun<ArticleDigest>(inputs, threads.count(), d -> digester.digest(pipeline.analyze(d)), err)
              .run(digests::add, outcome -> progress.step()).size();
        }
        if (digestFile != null) {
          DigestFile.write(digestFile, digests);
        }
      }
      out.println(line("triangulate", gold, labels(new StoryClustering(options).cluster(digests), gold), options.threshold()));
      if (tune) {
        tune(out, gold, documents, digests);
      }
      out.flush();
      return failed == 0 ? Main.OK : Main.SOME_FAILED;
    } finally {
      if (set != file) {
        Files.deleteIfExists(set);
      }
    }
  }

  private void tune(PrintWriter out, Map<String, String> gold, List<TfIdfBaseline.Document> documents, List<ArticleDigest> digests) {
    for (double t = 0.05; t <= 0.6001; t += 0.025) {
      out.println(line("tfidf-baseline", gold, new TfIdfBaseline(t).cluster(documents), t));
    }
    // The title boost stays at 1, best in every earlier grid (docs/benchmarks.md).
    for (double meaning : new double[] {0, 0.2, 0.35, 0.5}) {
      for (double lead : new double[] {0, 0.5}) {
        for (double entity : new double[] {0, 1}) {
          for (double t = 0.2; t <= 0.5001; t += 0.025) {
            StoryOptions options = StoryOptions.defaults().withBoosts(1, lead, entity).withEmbeddingWeight(meaning).withThreshold(t);
            ObjectNode row = line("triangulate", gold, labels(new StoryClustering(options).cluster(digests), gold), t);
            row.put("titleBoost", 1.0).put("leadBoost", lead).put("entityWeight", entity).put("embeddingWeight", meaning);
            out.println(row);
          }
        }
      }
      out.flush();
    }
  }

  /**
   * Each article's story; an article the pipeline could not read (an empty text) counts as a story
   * of its own, so that the figures cover the whole set.
   */
  private static Map<String, String> labels(StoryClustering.Result result, Map<String, String> gold) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Placement placement : result.placements()) {
      labels.put(placement.article(), placement.story());
    }
    for (String id : gold.keySet()) {
      labels.putIfAbsent(id, "unread:" + id);
    }
    return labels;
  }

  private ObjectNode line(String system, Map<String, String> gold, Map<String, String> predicted, double threshold) {
    ClusterScore score = ClusterScore.of(gold, predicted);
    ObjectNode row = ContractJson.mapper().createObjectNode();
    row.put("system", system);
    row.put("set", file.toString());
    row.put("articles", score.items());
    row.put("threshold", Math.round(threshold * 1000) / 1000.0);
    row.set("pairwise", prf(score.pairwise()));
    row.set("bcubed", prf(score.bcubed()));
    if (TwinEvents.applies(gold)) {
      row.set("mergedTwinTopics", ContractJson.mapper().valueToTree(TwinEvents.mergedTopics(gold, predicted)));
    }
    return row;
  }

  private static ObjectNode prf(ClusterScore.Prf prf) {
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("precision", round(prf.precision()));
    node.put("recall", round(prf.recall()));
    node.put("f1", round(prf.f1()));
    return node;
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }

  private static void read(Path set, Map<String, String> gold, List<TfIdfBaseline.Document> documents) throws IOException {
    try {
      for (StorySet.Entry entry : StorySet.read(set)) {
        gold.put(entry.id(), entry.story());
        documents.add(new TfIdfBaseline.Document(entry.id(), entry.title(), entry.text()));
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static Path firstLines(Path file, int n) throws IOException {
    Path part = Files.createTempFile("triangulate-stories", ".jsonl");
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      Files.write(part, lines.limit(n).toList(), StandardCharsets.UTF_8);
    }
    return part;
  }
}
