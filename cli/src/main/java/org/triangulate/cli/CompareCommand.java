package org.triangulate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.UnreadableDocumentException;
import org.triangulate.json.ContractJson;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.stories.ArticleDigest;
import org.triangulate.stories.Digester;
import org.triangulate.stories.DocumentFrequencies;
import org.triangulate.stories.Shingler;
import org.triangulate.stories.StoryDesk;
import org.triangulate.stories.StoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    header = "Says whether two articles tell the same story.",
    description = {
      "Says whether two articles tell the same story. Reads {\"id\",\"a\":{\"title\",\"text\"},\"b\":{\"title\",\"text\"}}",
      "a line and prints {\"id\",\"similarity\",\"sameStory\"} a line, similarity in [0,1]: the cosine that story",
      "assignment uses, with term weights from all the pair file's articles. A pair that cannot be read is",
      "reported on standard error and the run goes on; the command then exits 2."
    })
final class CompareCommand implements Callable<Integer> {

  @Option(names = "--pairs", required = true, paramLabel = "PAIRS.jsonl", description = "The pairs to compare.")
  Path pairs;

  @Mixin ThreadsOption threads;

  @Spec CommandSpec spec;

  private record Pair(String id, Future<ArticleDigest> a, Future<ArticleDigest> b) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> lines;
    try {
      lines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError("no such file: " + pairs);
    }
    StoryOptions options = StoryOptions.defaults();
    Digester digester = Digester.english(options);
    Pipeline pipeline = Pipeline.english();
    ExecutorService pool = Executors.newFixedThreadPool(threads.count(), r -> {
      Thread t = new Thread(r, "triangulate-worker");
      t.setDaemon(true);
      return t;
    });
    int failed = 0;
    try {
      List<Pair> submitted = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        String where = pairs + ":" + (i + 1);
        try {
          JsonNode node = ContractJson.mapper().readTree(lines.get(i));
          String id = node.path("id").asText(where);
          submitted.add(new Pair(id,
              pool.submit(() -> digester.digest(pipeline.analyze(document(id + "/a", node.path("a"))))),
              pool.submit(() -> digester.digest(pipeline.analyze(document(id + "/b", node.path("b")))))));
        } catch (JsonProcessingException e) {
          err.println("triangulate: " + where + ": not JSON: " + e.getOriginalMessage());
          failed++;
        }
      }
      List<Pair> compared = new ArrayList<>();
      List<ArticleDigest[]> digests = new ArrayList<>();
      DocumentFrequencies frequencies = new DocumentFrequencies();
      for (Pair pair : submitted) {
        try {
          ArticleDigest a = pair.a().get();
          ArticleDigest b = pair.b().get();
          frequencies.count(a);
          frequencies.count(b);
          compared.add(pair);
          digests.add(new ArticleDigest[] {a, b});
        } catch (ExecutionException e) {
          String reason = e.getCause() instanceof UnreadableDocumentException ? e.getCause().getMessage() : "could not be analysed: " + e.getCause();
          err.println("triangulate: " + pair.id() + ": " + reason);
          failed++;
        }
      }
      StoryDesk desk = new StoryDesk(options, frequencies);
      Shingler shingler = new Shingler();
      for (int i = 0; i < compared.size(); i++) {
        ArticleDigest a = digests.get(i)[0];
        ArticleDigest b = digests.get(i)[1];
        double similarity = Math.max(0, Math.min(1, desk.similarity(a, b)));
        boolean copy = a.fingerprint() != null && b.fingerprint() != null
            && shingler.copies(a.fingerprint(), b.fingerprint(), options.copySimilarity());
        ObjectNode row = ContractJson.mapper().createObjectNode();
        row.put("id", compared.get(i).id());
        row.put("similarity", Math.round(similarity * 10000) / 10000.0);
        row.put("sameStory", copy || similarity >= options.threshold());
        out.println(ContractJson.line(row));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private static RawDocument document(String id, JsonNode side) {
    String title = side.path("title").isTextual() ? side.get("title").asText() : null;
    String text = side.path("text").isTextual() ? side.get("text").asText() : null;
    return new RawDocument(id, Format.RECORD, new byte[0], new RawDocument.Given(title, text, null, null, List.of(), null));
  }
}
