package org.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.triangulate.json.ContractJson;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "story-cost",
    mixinStandardHelpOptions = true,
    header = "Measures what placing an article in a story costs as the store grows.",
    description = {
      "Measures what placing an article in a story costs as the store grows: puts articles into a fresh store,",
      "committing every 100 as ingest does, and prints per checkpoint {\"articles\",\"msPerArticle\",\"stories\"},",
      "msPerArticle the mean over the last 1,000 articles (or tenth) before it. The articles are a story set's lines",
      "repeated with shifted ids and dates (--per-day a day, in file order); from the second round on every fourth",
      "word carries the round's number, so that no round is a copy of another. Language analysis is left out: a word",
      "is a noun with its lowercased self as lemma, and the article's digest (its embedding) is prepared outside the",
      "time, so the figures are the store's and story assignment's cost alone."
    })
final class EvalStoryCostCommand implements java.util.concurrent.Callable<Integer> {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

  @Parameters(paramLabel = "FILE", description = "A story set in JSONL ({\"id\",\"title\",\"text\"} a line).")
  Path file;

  @Option(names = "--checkpoints", paramLabel = "N,N...", split = ",", defaultValue = "1000,10000,100000",
      description = "Article counts at which to report (default: ${DEFAULT-VALUE}); the last is how many are put.")
  List<Integer> checkpoints;

  @Option(names = "--per-day", paramLabel = "N", defaultValue = "200", description = "Articles a day (default: ${DEFAULT-VALUE}).")
  int perDay;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (checkpoints.isEmpty() || checkpoints.stream().anyMatch(n -> n < 1) || perDay < 1) {
      throw new UserError("--checkpoints must be positive counts and --per-day 1 or more");
    }
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        lines.add(ContractJson.mapper().readTree(line));
      }
    }
    if (lines.isEmpty()) {
      throw new UserError(file + " holds no articles");
    }
    List<Integer> sorted = checkpoints.stream().sorted().toList();
    int total = sorted.get(sorted.size() - 1);
    PrintWriter out = spec.commandLine().getOut();
    Path data = Files.createTempDirectory("triangulate-story-cost");
    try (ArticleStore store = ArticleStore.open(data)) {
      long[] nanos = new long[total];
      int next = 0;
      for (int i = 0; i < total; i++) {
        // Preparing (the digest and its embedding) costs the same at any size of the store, so it
        // is left out of the time, as language analysis is.
        Submission submission = store.prepare(article(lines.get(i % lines.size()), i / lines.size(), i));
        long start = System.nanoTime();
        store.put(submission);
        if ((i + 1) % 100 == 0) {
          store.commit();
        }
        nanos[i] = System.nanoTime() - start;
        if (i + 1 == sorted.get(next)) {
          int window = Math.max(1, Math.min(1000, (i + 1) / 10));
          long sum = 0;
          for (int k = i + 1 - window; k <= i; k++) {
            sum += nanos[k];
          }
          ObjectNode row = ContractJson.mapper().createObjectNode();
          row.put("articles", i + 1);
          row.put("msPerArticle", Math.round(sum / 1e6 / window * 1000) / 1000.0);
          row.put("window", window);
          row.put("stories", store.storyCount());
          out.println(ContractJson.line(row));
          out.flush();
          next++;
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Main.OK;
  }

  /** Line {@code line} in round {@code round}, the {@code ordinal}-th article put. */
  private AnalyzedArticle article(JsonNode line, int round, int ordinal) {
    String title = marked(line.path("title").asText(""), round);
    String text = marked(line.path("text").asText(""), round);
    Instant published = START.plus(Duration.ofSeconds(86_400L * ordinal / perDay));
    Article article = new Article(round + "/" + line.path("id").asText(), null, title, "outlet-" + ordinal % 20, null, List.of(),
        published, "en", text, List.of());
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(new Token(new Span(m.start(), m.end()), m.group(), "NN", m.group().toLowerCase(Locale.ROOT)));
    }
    return new AnalyzedArticle(article, List.of(new Sentence(new Span(0, text.length()), tokens)), List.of());
  }

  private static String marked(String text, int round) {
    if (round == 0) {
      return text;
    }
    String[] words = text.split(" ");
    for (int i = 3; i < words.length; i += 4) {
      words[i] = words[i] + round;
    }
    return String.join(" ", words);
  }
}
