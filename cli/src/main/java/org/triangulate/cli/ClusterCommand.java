package org.triangulate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.json.ContractJson;
import org.triangulate.model.Origin;
import org.triangulate.model.Span;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.stories.ArticleDigest;
import org.triangulate.stories.Digester;
import org.triangulate.stories.OriginReader;
import org.triangulate.stories.Placement;
import org.triangulate.stories.StoryClustering;
import org.triangulate.stories.StoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Groups articles into stories in memory, without storing them, and prints per article",
      "{\"id\",\"story\",\"copyOf\",\"origin\"}: story an opaque label shared by the articles of one story,",
      "copyOf the id of the article this one republishes, origin the outlet the text credits with the",
      "reporting and the places that say so. The result does not depend on the order of the input.",
      "Exits 2 when some documents could not be read, after reporting each on standard error."
    })
final class ClusterCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files (.txt, .html, .htm, .html.gz, .jsonl) or directories.")
  List<String> paths;

  @Mixin ThreadsOption threads;

  @Spec CommandSpec spec;

  /** What clustering needs of one article, and the origin printed beside its story. */
  private record Read(ArticleDigest digest, ObjectNode origin) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Inputs inputs = Inputs.of(paths);
    StoryOptions options = StoryOptions.defaults();
    Digester digester = Digester.english(options);
    OriginReader origins = new OriginReader();
    Pipeline pipeline = Pipeline.english();
    List<Read> read = new ArrayList<>();
    int failed;
    try (Progress progress = Progress.start("Analysing", inputs)) {
      failed = new DocumentRun<Read>(inputs, threads.count(), document -> {
        var analyzed = pipeline.analyze(document);
        return new Read(digester.digest(analyzed), origins.origin(analyzed).map(o -> json(o, analyzed.article().text())).orElse(null));
      }, err).run(read::add, outcome -> progress.step()).size();
    }
    List<Placement> placements = new StoryClustering(options).cluster(read.stream().map(Read::digest).toList()).placements();
    for (int i = 0; i < read.size(); i++) {
      out.println(ContractJson.line(json(placements.get(i), read.get(i).origin())));
    }
    out.flush();
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private static ObjectNode json(Placement placement, ObjectNode origin) {
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("id", placement.article());
    node.put("story", placement.story());
    node.put("copyOf", placement.copyOf());
    node.set("origin", origin == null ? NullNode.getInstance() : origin);
    return node;
  }

  private static ObjectNode json(Origin origin, String text) {
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("outlet", origin.outlet());
    ArrayNode evidence = node.putArray("evidence");
    for (Span span : origin.evidence()) {
      evidence.addObject().put("start", span.start()).put("end", span.end()).put("text", span.of(text));
    }
    return node;
  }
}
