package org.triangulate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The evaluators: each capability measured on the data in {@code ../shared/eval}, with the figures
 * that {@code docs/benchmarks.md} reports and {@code quality-floors.properties} guards.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures a capability on an evaluation set and prints its figures.",
    subcommands = {EvalQuotesCommand.class, EvalFiguresCommand.class, EvalHtmlCommand.class, EvalHtmlMetaCommand.class,
      EvalStoriesCommand.class, EvalCopiesCommand.class, EvalStoryCostCommand.class, CommandLine.HelpCommand.class})
final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name what to evaluate");
  }
}
