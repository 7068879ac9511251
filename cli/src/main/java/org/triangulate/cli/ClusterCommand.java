package org.triangulate.cli;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.triangulate.json.ContractJson;
import org.triangulate.json.StoryJson;
import org.triangulate.stories.OriginReader;
import org.triangulate.stories.Placement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    header = "Groups articles into stories in memory; prints each article's story.",
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    OriginReader origins = new OriginReader();
    StoryRun.Outcome<ObjectNode> outcome = new StoryRun<ObjectNode>(
        analyzed -> origins.origin(analyzed).map(o -> StoryJson.origin(o, analyzed.article().text())).orElse(null))
        .run(paths, threads.count(), spec.commandLine().getErr());
    for (StoryRun.Placed<ObjectNode> placed : outcome.placed()) {
      out.println(ContractJson.line(json(placed.placement(), placed.read())));
    }
    out.flush();
    return outcome.failed() == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private static ObjectNode json(Placement placement, ObjectNode origin) {
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("id", placement.article());
    node.put("story", placement.story());
    node.put("copyOf", placement.copyOf());
    node.set("origin", origin == null ? NullNode.getInstance() : origin);
    return node;
  }
}
