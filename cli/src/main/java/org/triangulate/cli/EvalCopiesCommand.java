package org.triangulate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triangulate.eval.StorySet;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.UnreadableDocumentException;
import org.triangulate.json.ContractJson;
import org.triangulate.model.Article;
import org.triangulate.pipeline.Pipeline;
import org.triangulate.stories.ArticleDigest;
import org.triangulate.stories.CopyVariants;
import org.triangulate.stories.Fingerprint;
import org.triangulate.stories.Shingler;
import org.triangulate.stories.StoryClustering;
import org.triangulate.stories.StoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "copies",
    mixinStandardHelpOptions = true,
    header = "Scores copy detection: republished versions of a story set's articles, and its distinct reports.",
    description = {
      "Reads a story set ({\"id\",\"story\",\"title\",\"text\"} a line), makes republished versions of its articles",
      "(typos, a new headline, page furniture, the first half only, scraping noise, all but the half at once),",
      "and runs copy detection as 'cluster' does over the originals with each kind in turn. Prints, per kind,",
      "how many were found to copy their original and how many point to it; and how many of the set's own",
      "articles were taken for copies of another, within one story and across stories."
    })
final class EvalCopiesCommand implements Callable<Integer> {

  private static final String VERSION_MARK = "#copy-";

  @Parameters(paramLabel = "FILE", description = "A story set in JSONL.")
  Path file;

  @Option(names = "--seed", paramLabel = "N", description = "The seed of the versions' random changes (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Spec CommandSpec spec;

  private final Pipeline pipeline = Pipeline.withoutAnalysis();
  private final Shingler shingler = new Shingler();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> stories = new LinkedHashMap<>();
    Map<String, CopyVariants.Version> texts = new LinkedHashMap<>();
    read(stories, texts);
    CopyVariants variants = new CopyVariants(seed, texts.values().stream().map(CopyVariants.Version::title).toList());

    Map<String, ArticleDigest> originals = new LinkedHashMap<>();
    // For each kind, in the order CopyVariants gives them, each version's digest by the id of its original.
    Map<String, Map<String, ArticleDigest>> versions = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    int failed = 0;
    for (Map.Entry<String, CopyVariants.Version> entry : texts.entrySet()) {
      String id = entry.getKey();
      try {
        originals.put(id, digest(id, entry.getValue()));
      } catch (UnreadableDocumentException e) {
        // An article that cannot be read has no versions either; the run goes on without it.
        spec.commandLine().getErr().println("triangulate: " + id + ": " + e.getMessage());
        failed++;
        continue;
      }
      for (CopyVariants.Kind kind : variants.kinds(originals.size())) {
        try {
          names.put(kind.key(), kind.name());
          versions.computeIfAbsent(kind.key(), k -> new LinkedHashMap<>())
              .put(id, digest(id + VERSION_MARK + kind.key(), kind.make().apply(entry.getValue())));
        } catch (UnreadableDocumentException e) {
          // The first half of a very short article: no version to look for, and none counted.
        }
      }
    }
    StoryClustering clustering = new StoryClustering(StoryOptions.defaults());

    ObjectNode row = ContractJson.mapper().createObjectNode();
    row.put("system", "triangulate");
    row.put("set", file.toString());
    row.put("articles", texts.size());
    row.put("unread", failed);
    row.put("copySimilarity", StoryOptions.defaults().copySimilarity());
    ObjectNode byKind = row.putObject("versions");
    versions.forEach((key, ofKind) -> byKind.set(key, scoreKind(names.get(key), ofKind, originals, clustering)));
    // The set's own articles, alone: every copy found among them is a report taken for another's.
    Map<String, String> copyOf = clustering.copies(List.copyOf(originals.values()));
    ObjectNode taken = row.putObject("originalsTakenForCopies");
    taken.put("sameStory", copyOf.entrySet().stream().filter(e -> stories.get(e.getKey()).equals(stories.get(e.getValue()))).count());
    taken.put("otherStory", copyOf.entrySet().stream().filter(e -> !stories.get(e.getKey()).equals(stories.get(e.getValue()))).count());
    out.println(ContractJson.line(row));
    out.flush();
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }

  /**
   * Copy detection over the originals and one kind of version of each: how many versions fall in
   * their original's copy group, and how many point to it (undated, the group points to its most
   * complete member, which a version with added lines may be).
   */
  private ObjectNode scoreKind(String kind, Map<String, ArticleDigest> ofKind, Map<String, ArticleDigest> originals,
      StoryClustering clustering) {
    List<ArticleDigest> digests = new ArrayList<>(originals.values());
    digests.addAll(ofKind.values());
    Map<String, String> copyOf = clustering.copies(digests);
    int found = 0;
    int pointing = 0;
    double resemblance = 0;
    for (Map.Entry<String, ArticleDigest> entry : ofKind.entrySet()) {
      String original = entry.getKey();
      String version = entry.getValue().id();
      resemblance += shingler.resemblance(entry.getValue().fingerprint(), originals.get(original).fingerprint());
      if (root(version, copyOf).equals(root(original, copyOf))) {
        found++;
      }
      if (original.equals(copyOf.get(version))) {
        pointing++;
      }
    }
    int made = ofKind.size();
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("kind", kind);
    node.put("versions", made);
    node.put("found", found);
    node.put("recall", made == 0 ? 0 : round((double) found / made));
    node.put("pointToOriginal", pointing);
    node.put("meanResemblance", made == 0 ? 0 : round(resemblance / made));
    return node;
  }

  /** The version a copy group points to: the article itself when it copies nothing. */
  private static String root(String id, Map<String, String> copyOf) {
    return copyOf.getOrDefault(id, id);
  }

  /**
   * Reads a title and text through extraction and cleaning, as ingest would, and fingerprints its
   * body; the digest holds no more than copy detection reads.
   *
   * @throws UnreadableDocumentException when there is no body to fingerprint
   */
  private ArticleDigest digest(String id, CopyVariants.Version version) {
    RawDocument document = new RawDocument(id, Format.RECORD, new byte[0],
        new RawDocument.Given(version.title(), version.text(), null, null, List.of(), null));
    Article article = pipeline.read(document);
    Fingerprint fingerprint = article.isEmpty() ? null : shingler.fingerprint(article.body());
    if (fingerprint == null) {
      throw new UnreadableDocumentException("no text to fingerprint: fewer than four words");
    }
    return new ArticleDigest(id, null, null, article.title(), Collections.emptySortedMap(), Collections.emptySortedMap(),
        Collections.emptySortedMap(), Collections.emptySortedMap(), fingerprint, null);
  }

  private void read(Map<String, String> stories, Map<String, CopyVariants.Version> originals) throws IOException {
    try {
      for (StorySet.Entry entry : StorySet.read(file)) {
        stories.put(entry.id(), entry.story());
        originals.put(entry.id(), new CopyVariants.Version(entry.title(), entry.text()));
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
