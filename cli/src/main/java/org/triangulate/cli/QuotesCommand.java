package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.triangulate.json.ContractJson;
import org.triangulate.model.Speaker;
import org.triangulate.server.QuoteJson;
import org.triangulate.server.QuoteWording;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.QuoteResult;
import org.triangulate.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "quotes", mixinStandardHelpOptions = true,
    header = "Lists who said what in the stored articles.",
    description = {
      "Lists who said what in the stored articles: every quote and paraphrase, or those of one speaker,",
      "oldest article first, with the outlet that published it. A speaker is matched by whole name,",
      "ignoring case and accents: --speaker \"bonnie glaser\" finds Bonnie Glaser. --story ID keeps the quotes",
      "of one story's articles (see 'triangulate stories')."
    })
final class QuotesCommand implements Callable<Integer> {

  enum Format { text, jsonl, csv }

  static final List<String> CSV_HEADER = List.of("articleId", "outlet", "reportedBy", "published", "title",
      "speaker", "role", "organization", "kind", "direct", "content", "cue", "source", "recipient");

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only the quotes of this speaker.")
  String speaker;

  @Option(names = "--story", paramLabel = "ID", description = "Only the quotes in this story's articles.")
  String story;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (for reading), jsonl (one JSON object a line) or csv (RFC 4180, with a header row). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N quotes.")
  int offset;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "Show at most N quotes (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin DataOption data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (offset < 0 || limit < 1) {
      throw new UserError("--offset must be 0 or more and --limit 1 or more");
    }
    PrintWriter out = spec.commandLine().getOut();
    QuoteResult result;
    try (ArticleStore store = data.openToRead()) {
      if (story != null) {
        data.story(store, story);
      }
      result = store.quotes(speaker, story, offset, limit);
    }
    if (format == Format.csv) {
      out.print(Csv.row(CSV_HEADER));
    }
    for (StoredQuote quote : result.quotes()) {
      switch (format) {
        case jsonl -> out.println(ContractJson.line(QuoteJson.of(quote)));
        case csv -> out.print(Csv.row(csvFields(quote)));
        case text -> out.print(block(quote));
      }
    }
    String who = (speaker == null || speaker.isBlank() ? "" : " of " + speaker.strip()) + (story == null ? "" : " in story " + story);
    spec.commandLine().getErr().println(result.total() + (result.total() == 1 ? " quote" : " quotes") + who + " in " + data.directory
        + (result.total() > offset + result.quotes().size() ? "; shown " + result.quotes().size() + " from " + (offset + 1) : ""));
    return Main.OK;
  }

  /** Speaker, then where and when, then the words indented; a blank line after. */
  static String block(StoredQuote quote) {
    String where = String.join(", ", Arrays.asList(
        Objects.requireNonNullElse(QuoteWording.outlet(quote.outlet(), quote.reportedBy()), "-"),
        quote.published() == null ? "undated" : quote.published().toString().substring(0, 10),
        quote.articleId()));
    String told = quote.recipient() == null ? "" : ", told " + quote.recipient();
    return QuoteWording.speaker(quote.quote().speaker()) + told + " \u2014 " + where + "\n  " + words(quote) + "\n\n";
  }

  /** A direct quote in quotation marks; a paraphrase said to be one. */
  static String words(StoredQuote quote) {
    String content = quote.content().replaceAll("\\s+", " ");
    return quote.quote().direct() ? QuoteWording.content(content, true) : "paraphrase: " + content;
  }

  private static List<String> csvFields(StoredQuote quote) {
    Speaker s = quote.quote().speaker();
    return Arrays.asList(quote.articleId(), quote.outlet(), quote.reportedBy(),
        quote.published() == null ? null : quote.published().toString(), quote.title(),
        s.name(), s.role(), s.organization(), s.kind().name(), Boolean.toString(quote.quote().direct()),
        quote.content(), quote.cue(), quote.source(), quote.recipient());
  }
}
