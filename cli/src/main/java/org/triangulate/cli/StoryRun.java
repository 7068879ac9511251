package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.stories.ArticleDigest;
import org.triangulate.stories.Digester;
import org.triangulate.stories.Placement;
import org.triangulate.stories.StoryClustering;
import org.triangulate.stories.StoryOptions;

/**
 * Analyses a set of inputs in memory and groups them into stories, keeping of each article only
 * what the command reads from it, so that large runs do not hold every analysis at once.
 *
 * @param <T> what the command keeps of one article
 */
final class StoryRun<T> {

  /** What was kept of one article, and where clustering placed it. */
  record Placed<T>(T read, Placement placement) {}

  /** Every article that went through, in input order, and how many documents failed. */
  record Outcome<T>(List<Placed<T>> placed, int failed) {}

  private record Read<T>(ArticleDigest digest, T kept) {}

  private final Function<AnalyzedArticle, T> reader;

  StoryRun(Function<AnalyzedArticle, T> reader) {
    this.reader = reader;
  }

  Outcome<T> run(List<String> paths, int threads, PrintWriter err) {
    Inputs inputs = Inputs.of(paths);
    StoryOptions options = StoryOptions.defaults();
    Digester digester = Digester.english(options);
    Pipeline pipeline = Pipeline.english();
    List<Read<T>> read = new ArrayList<>();
    int failed;
    try (Progress progress = Progress.start("Analysing", inputs)) {
      failed = new DocumentRun<Read<T>>(inputs, threads, document -> {
        AnalyzedArticle analyzed = pipeline.analyze(document);
        return new Read<>(digester.digest(analyzed), reader.apply(analyzed));
      }, err).run(read::add, outcome -> progress.step()).size();
    }
    List<Placement> placements = new StoryClustering(options).cluster(read.stream().map(Read::digest).toList()).placements();
    List<Placed<T>> placed = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      placed.add(new Placed<>(read.get(i).kept(), placements.get(i)));
    }
    return new Outcome<>(placed, failed);
  }
}
