package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triangulate.json.ContractJson;
import org.triangulate.server.StoryView;
import org.triangulate.store.ArticleStore;
import org.triangulate.stories.StoryFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stories", mixinStandardHelpOptions = true,
    header = "Lists the stored stories, latest news first.",
    description = {
      "Lists the stories of the stored articles, latest news first (by the date of a story's latest article,",
      "undated stories last): id, dates, articles (copies), outlets and label. As jsonl, one object a story:",
      "{\"id\",\"label\",\"keywords\",\"first\",\"last\",\"articleCount\",\"copies\",\"outlets\"}; a copy adds no outlet.",
      "Stories are built as articles are ingested; see 'triangulate story ID' for one of them."
    })
final class StoriesCommand implements Callable<Integer> {

  enum Format { text, jsonl, csv }

  private static final List<String> CSV_HEADER = List.of("id", "label", "first", "last", "articleCount", "copies", "outlets", "keywords");

  @Mixin DataOption data;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (for reading), jsonl (one JSON object a line) or csv (RFC 4180, outlets and keywords joined by '; '). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N stories.")
  int offset;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Show at most N stories (default: ${DEFAULT-VALUE}).")
  int limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (offset < 0 || limit < 1) {
      throw new UserError("--offset must be 0 or more and --limit 1 or more");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = data.openToRead()) {
      if (format == Format.csv) {
        out.print(Csv.row(CSV_HEADER));
      }
      for (StoryFile story : store.stories(offset, limit)) {
        switch (format) {
          case jsonl -> out.println(ContractJson.line(StoryView.summary(story)));
          case csv -> out.print(Csv.row(List.of(story.id(), story.label() == null ? "" : story.label(), date(story.first()), date(story.last()),
              Integer.toString(story.articles()), Integer.toString(story.copies()), String.join("; ", story.outlets()),
              String.join("; ", story.keywords(StoryView.KEYWORDS)))));
          case text -> out.println(line(story));
        }
      }
      if (format == Format.text) {
        long total = store.storyCount();
        spec.commandLine().getErr().println(total + (total == 1 ? " story" : " stories") + " in " + data.directory);
      }
    }
    out.flush();
    return Main.OK;
  }

  /** id, dates, articles (copies), outlets and label, separated by tabs. */
  static String line(StoryFile story) {
    String first = date(story.first());
    String last = date(story.last());
    return String.join("\t",
        story.id(),
        first.isEmpty() ? "undated" : first.equals(last) ? first : first + ".." + last,
        count(story),
        story.outlets().isEmpty() ? "-" : String.join(", ", story.outlets()),
        story.label() == null ? String.join(", ", story.keywords(StoryView.KEYWORDS)) : story.label());
  }

  /** "3 articles", "1 article", "4 articles (1 copy)". */
  static String count(StoryFile story) {
    String articles = story.articles() + (story.articles() == 1 ? " article" : " articles");
    return story.copies() == 0 ? articles : String.format(Locale.ROOT, "%s (%d %s)", articles, story.copies(), story.copies() == 1 ? "copy" : "copies");
  }

  static String date(java.time.Instant instant) {
    return instant == null ? "" : instant.toString().substring(0, 10);
  }
}
