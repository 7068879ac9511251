package org.triangulate.cli;

import picocli.CommandLine.Option;

/** How many documents to analyse at once. */
final class ThreadsOption {

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents analysed at once (default: the number of processors, ${DEFAULT-VALUE}).",
      defaultValue = "${sys:triangulate.threads:-0}")
  int threads;

  int count() {
    if (threads < 0) {
      throw new UserError("--threads must be 1 or more, not " + threads);
    }
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
