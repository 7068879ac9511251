package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command explains itself. In-process: help needs no analysis, and a process per command would be slow. */
class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "analyze", "cluster", "figures", "compare", "extract", "articles", "article", "search", "quotes",
      "serve", "demo", "stories", "story", "explain"})
  void everyCommandHasHelp(String command) {
    StringWriter out = new StringWriter();
    int exit = Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute(command, "--help");
    assertEquals(0, exit);
    assertTrue(out.toString().contains("Usage: triangulate " + command), out.toString());
  }

  /** The list of commands shows each command's first description line: it must be a whole sentence. */
  @ParameterizedTest
  @ValueSource(strings = {"--help", "eval --help"})
  void commandListGivesWholeSentences(String args) {
    StringWriter out = new StringWriter();
    Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute(args.split(" "));
    String list = out.toString().substring(out.toString().indexOf("Commands:"));
    for (String line : list.lines().skip(1).toList()) {
      assertTrue(line.matches("  \\S+ +\\S.*\\.$"), "a summary cut short or run over a line: '" + line + "'");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "articles", "article", "search", "quotes", "serve", "demo", "stories", "story", "explain"})
  void storeCommandsTakeData(String command) {
    StringWriter out = new StringWriter();
    Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute(command, "--help");
    assertTrue(out.toString().contains("--data=DIR"), out.toString());
  }
}
