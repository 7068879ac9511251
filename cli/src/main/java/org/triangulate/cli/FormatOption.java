package org.triangulate.cli;

import picocli.CommandLine.Option;

/** {@code --format text|jsonl}: text for people, JSON lines for programs. */
final class FormatOption {

  enum Format { text, jsonl }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (for reading) or jsonl (one JSON object a line). Default: ${DEFAULT-VALUE}.")
  Format format;

  boolean json() {
    return format == Format.jsonl;
  }
}
