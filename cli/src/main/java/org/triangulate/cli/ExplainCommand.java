package org.triangulate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triangulate.ingest.Failure;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.UnreadableDocumentException;
import org.triangulate.json.ContractJson;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.PlacedArticle;
import org.triangulate.stories.ArticleDigest;
import org.triangulate.stories.Digester;
import org.triangulate.stories.DocumentFrequencies;
import org.triangulate.stories.StoryEvidence;
import org.triangulate.stories.StoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true,
    header = "Shows why two articles are or are not one story.",
    description = {
      "Shows why two articles are or are not one story: how far apart their dates are against the story window,",
      "the TF-IDF cosine of their titles, leads and content words, the entities they share, the combined cosine",
      "story assignment uses against its threshold, and how much of their wording one repeats from the other",
      "(the copy score). Each of A and B is the id of a stored article or a file (analysed first; a .jsonl file",
      "must hold one article). Terms are weighed by the store's document frequencies when it holds articles, else",
      "by the two articles alone. For stored articles it also tells the stories they are in."
    })
final class ExplainCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "A", description = "A stored article's id, or a file.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Another stored article's id, or a file.")
  String b;

  @Mixin DataOption data;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  private Pipeline pipeline;

  /** One side: its digest, and where the store placed it, or null for a file. */
  private record Side(String name, ArticleDigest digest, PlacedArticle placed) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ArticleStore store = data.openToRead()) {
      List<Side> sides = new ArrayList<>();
      for (String name : List.of(a, b)) {
        Side side = side(store, name, err);
        if (side == null) {
          return Main.SOME_FAILED;
        }
        sides.add(side);
      }
      Side first = sides.get(0);
      Side second = sides.get(1);
      StoryEvidence evidence;
      if (store.count() > 0) {
        evidence = store.evidence(first.digest(), second.digest());
      } else {
        DocumentFrequencies frequencies = new DocumentFrequencies();
        frequencies.count(first.digest());
        frequencies.count(second.digest());
        evidence = StoryEvidence.of(first.digest(), second.digest(), frequencies, StoryOptions.defaults());
      }
      if (format.json()) {
        out.println(ContractJson.line(json(first, second, evidence)));
      } else {
        out.print(report(first, second, evidence));
      }
    }
    out.flush();
    return Main.OK;
  }

  /** The article a name stands for: a stored article's digest, or a file's, analysed now; null after reporting why not. */
  private Side side(ArticleStore store, String name, PrintWriter err) {
    var stored = store.digest(name);
    if (stored.isPresent()) {
      return new Side(name, stored.get(), store.placedArticle(name).orElse(null));
    }
    if (!Files.exists(Path.of(name))) {
      throw new UserError("'" + name + "' is neither an article stored in " + data.directory + " nor a file");
    }
    List<RawDocument> documents = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Inputs.of(List.of(name)).read(documents::add, failures::add);
    if (!failures.isEmpty()) {
      failures.forEach(f -> err.println("triangulate: " + f));
      return null;
    }
    if (documents.size() != 1) {
      throw new UserError(name + " holds " + documents.size() + " articles; give a file with one, or a stored article's id");
    }
    if (pipeline == null) {
      pipeline = Pipeline.english();
    }
    try {
      return new Side(name, Digester.english(StoryOptions.defaults()).digest(pipeline.analyze(documents.get(0))), null);
    } catch (UnreadableDocumentException e) {
      err.println("triangulate: " + name + ": " + e.getMessage());
      return null;
    }
  }

  private static ObjectNode json(Side a, Side b, StoryEvidence e) {
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("a", a.name());
    node.put("b", b.name());
    if (e.apart() == null) {
      node.putNull("daysApart");
    } else {
      node.put("daysApart", round(e.apart().toSeconds() / 86400.0));
    }
    node.put("withinWindow", e.withinWindow());
    node.put("title", round(e.title()));
    node.put("lead", round(e.lead()));
    node.put("content", round(e.content()));
    node.put("entities", round(e.entities()));
    node.set("sharedEntities", ContractJson.mapper().valueToTree(e.sharedEntities()));
    node.put("words", round(e.words()));
    if (e.meaning() == null) {
      node.putNull("meaning");
    } else {
      node.put("meaning", round(e.meaning()));
    }
    node.put("combined", round(e.combined()));
    node.put("threshold", e.threshold());
    if (e.copy() == null) {
      node.putNull("copy");
    } else {
      node.put("copy", round(e.copy()));
    }
    if (e.contained() == null) {
      node.putNull("contained");
    } else {
      node.put("contained", round(e.contained()));
    }
    node.put("copyThreshold", e.copyThreshold());
    node.put("isCopy", e.isCopy());
    node.put("sameStory", e.sameStory());
    node.put("storyA", a.placed() == null ? null : a.placed().story());
    node.put("storyB", b.placed() == null ? null : b.placed().story());
    return node;
  }

  private static String report(Side a, Side b, StoryEvidence e) {
    StringBuilder s = new StringBuilder();
    describe(s, "A", a);
    describe(s, "B", b);
    s.append('\n');
    row(s, "dates", e.apart() == null ? "one or both undated: no window applies"
        : String.format(Locale.ROOT, "%.1f days apart, %s the window", e.apart().toSeconds() / 86400.0, e.withinWindow() ? "within" : "outside"));
    row(s, "title", number(e.title()) + "  (TF-IDF cosine of the title words)");
    row(s, "lead", number(e.lead()) + "  (of the first sentences' content words)");
    row(s, "content", number(e.content()) + "  (of all content words)");
    row(s, "entities", number(e.entities()) + (e.sharedEntities().isEmpty() ? "  (none shared)" : "  shared: " + String.join(", ", e.sharedEntities())));
    row(s, "words", number(e.words()) + "  (content words with the title and lead boosts, and entities)");
    row(s, "meaning", (e.meaning() == null ? "-  (no embedding: no title or lead)" : number(e.meaning())) + "  (cosine of the title-and-lead embeddings)");
    row(s, "combined", number(e.combined()) + "  (words and meaning blended; one story from " + number(e.threshold()) + ")");
    row(s, "copy score", (e.copy() == null ? "-  (a text too short to fingerprint)" : number(e.copy()))
        + "  (shared wording; a copy from " + number(e.copyThreshold()) + ")");
    row(s, "contained", (e.contained() == null ? "-" : number(e.contained()))
        + "  (share of the shorter text's wording that the longer holds: most of it makes a copy of part)");
    s.append('\n').append(e.isCopy() ? "One repeats the other: a copy, so one story."
        : e.sameStory() ? "Close enough in words and time for one story." : e.withinWindow()
            ? "Too far apart in words for one story." : "Too far apart in time for one story.");
    if (a.placed() != null && b.placed() != null) {
      s.append(a.placed().story().equals(b.placed().story())
          ? " In the store both are in story " + a.placed().story() + "."
          : " In the store they are in stories " + a.placed().story() + " and " + b.placed().story()
              + " (the store compares each article with a story's members, as they were when the article arrived).");
    }
    return s.append('\n').toString();
  }

  private static void describe(StringBuilder s, String letter, Side side) {
    ArticleDigest d = side.digest();
    s.append(letter).append(": ").append(d.title() == null ? "(no title)" : d.title()).append("  [").append(side.name()).append("]");
    if (d.outlet() != null || d.published() != null) {
      s.append("  ").append(d.outlet() == null ? "" : d.outlet()).append(d.published() == null ? "" : " " + d.published().toString().substring(0, 10));
    }
    if (side.placed() != null) {
      s.append("  story ").append(side.placed().story());
      if (side.placed().copyOf() != null) {
        s.append(", a copy of ").append(side.placed().copyOf());
      }
    }
    s.append('\n');
  }

  private static void row(StringBuilder s, String name, String value) {
    s.append(String.format(Locale.ROOT, "%-11s %s%n", name + ":", value));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
