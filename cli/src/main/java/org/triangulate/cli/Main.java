package org.triangulate.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code triangulate} command. Data goes to standard output, everything else to standard error. */
@Command(
    name = "triangulate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Reads news articles and shows who reported what, who said it, and where the sources disagree.",
    subcommands = {
      IngestCommand.class,
      AnalyzeCommand.class,
      ClusterCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      ExplainCommand.class,
      FiguresCommand.class,
      CompareCommand.class,
      ExtractCommand.class,
      ArticlesCommand.class,
      ArticleCommand.class,
      SearchCommand.class,
      QuotesCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit status when every document went through. */
  static final int OK = 0;
  /** Exit status for a usage error. */
  static final int USAGE = 1;
  /** Exit status when some documents could not be read or analysed. */
  static final int SOME_FAILED = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    try {
      return commandLine(out, err).execute(args);
    } finally {
      out.flush();
    }
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    // The descriptions are written a line an element, up to about 110 characters; at picocli's default
    // of 80 every such line would break in two.
    cmd.setUsageHelpWidth(120);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler((e, a) -> {
      CommandLine failed = e.getCommandLine();
      failed.getErr().println("triangulate: " + e.getMessage());
      failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
      return USAGE;
    });
    cmd.setExecutionExceptionHandler((e, failed, parseResult) -> {
      if (e instanceof UserError) {
        failed.getErr().println("triangulate: " + e.getMessage());
        return USAGE;
      }
      throw e;
    });
    return cmd;
  }
}
