package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who said what, from the command line, over the two seed articles. */
class QuotesIT {

  @TempDir static Path data;

  private static final String SEEDS = Cli.SHARED.resolve("seeds").toString();
  private static final String RFA = Cli.SHARED.resolve("seeds/003_e5dd26fb87eb20b2.txt").toString();

  @BeforeAll
  static void ingestTheSeeds() throws Exception {
    Cli.Run run = Cli.run("ingest", "--data", data.toString(), SEEDS);
    assertEquals(0, run.exit(), run.err());
  }

  @Test
  void patriciaKimsQuotesAreInRadioFreeAsiasArticle() throws Exception {
    Cli.Run run = Cli.run("quotes", "--data", data.toString(), "--speaker", "Patricia Kim", "--format", "jsonl");
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> quotes = new ArrayList<>();
    for (String line : run.lines()) {
      quotes.add(AnalyzeIT.json(line));
    }
    assertTrue(quotes.size() >= 3, run.out());
    for (JsonNode quote : quotes) {
      assertEquals(RFA, quote.get("articleId").asText());
      assertEquals("Patricia Kim", quote.get("speaker").get("name").asText());
      assertTrue(quote.has("outlet") && quote.has("published") && quote.has("cue") && quote.has("source"), quote.toString());
    }
    assertTrue(quotes.stream().anyMatch(q -> q.get("direct").asBoolean()
        && q.get("content").asText().contains("Beijing is clearly uncomfortable")), run.out());
    assertTrue(quotes.stream().anyMatch(q -> q.get("content").asText().contains("China has no interest")), run.out());
    assertTrue(quotes.stream().allMatch(q -> "brookings institute".equals(q.get("identity").get("organization").asText())),
        "one person across the article: " + run.out());
    assertTrue(run.err().contains(quotes.size() + " quotes of Patricia Kim"), run.err());
  }

  @Test
  void textShowsSpeakerOutletAndTheWords() throws Exception {
    Cli.Run run = Cli.run("quotes", "--data", data.toString(), "--speaker", "patricia kim");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Patricia Kim (fellow, Brookings Institute) \u2014 "), run.out());
    assertTrue(run.out().contains(RFA), run.out());
    assertTrue(run.out().contains("\n  \u201cBeijing is clearly uncomfortable"), run.out());
    assertTrue(run.out().contains("\n  paraphrase: "), run.out());
  }

  @Test
  void csvHasAHeaderAndParses() throws Exception {
    Cli.Run run = Cli.run("quotes", "--data", data.toString(), "--format", "csv");
    assertEquals(0, run.exit(), run.err());
    List<List<String>> rows = parseCsv(run.out());
    assertEquals(QuotesCommand.CSV_HEADER, rows.get(0));
    assertTrue(rows.size() > 10, "every quote of both seeds: " + rows.size());
    for (List<String> row : rows) {
      assertEquals(QuotesCommand.CSV_HEADER.size(), row.size(), row.toString());
    }
    assertTrue(rows.stream().anyMatch(r -> r.get(5).equals("Bonnie Glaser") && r.get(10).contains(",")),
        "a quote with a comma survives quoting");
    assertTrue(rows.stream().anyMatch(r -> r.get(5).equals("Patricia Kim") && r.get(0).equals(RFA)));
  }

  @Test
  void anUnknownSpeakerHasNoQuotes() throws Exception {
    Cli.Run text = Cli.run("quotes", "--data", data.toString(), "--speaker", "Nobody Atall");
    assertEquals(0, text.exit(), text.err());
    assertEquals("", text.out());
    assertTrue(text.err().contains("0 quotes of Nobody Atall"), text.err());
    Cli.Run csv = Cli.run("quotes", "--data", data.toString(), "--speaker", "Nobody Atall", "--format", "csv");
    assertEquals(0, csv.exit(), csv.err());
    assertEquals(1, parseCsv(csv.out()).size(), "the header only");
    Cli.Run bad = Cli.run("quotes", "--data", data.toString(), "--limit", "0");
    assertEquals(1, bad.exit());
  }

  @Test
  void articleShowsItsQuotes() throws Exception {
    Cli.Run run = Cli.run("article", "--data", data.toString(), RFA);
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\nQuotes:\n"), run.out());
    assertTrue(run.out().contains("\n  Patricia Kim (fellow, Brookings Institute) \u2014 \u201cBeijing is clearly uncomfortable"), run.out());
  }

  /** RFC 4180, read strictly: CRLF between records, quoted fields may hold commas, quotes and line breaks. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() > 0) {
          throw new AssertionError("a quote inside an unquoted field at " + i);
        }
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '\n' || c == '\r') {
        throw new AssertionError("a bare line break outside quotes at " + i);
      } else {
        field.append(c);
      }
    }
    if (quoted || field.length() > 0 || !row.isEmpty()) {
      throw new AssertionError("the last record does not end with CRLF");
    }
    return rows;
  }
}
