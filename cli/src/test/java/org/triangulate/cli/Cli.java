package org.triangulate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./triangulate} as a user does: a separate process, from the repository root. */
final class Cli {

  static final Path HOME = Path.of(System.getProperty("triangulate.home", "..")).toAbsolutePath().normalize();
  static final Path SHARED = Path.of(System.getProperty("triangulate.shared", "../../shared")).toAbsolutePath().normalize();

  record Run(int exit, String out, String err) {

    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
  }

  private Cli() {}

  static Run run(String... args) throws IOException, InterruptedException {
    return run(Map.of(), args);
  }

  /** Runs with these variables added to the environment (a variable given here wins). */
  static Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(HOME.resolve("triangulate").toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("triangulate-out", ".txt");
    Path err = Files.createTempFile("triangulate-err", ".txt");
    try {
      ProcessBuilder builder = builder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("triangulate " + String.join(" ", args) + " did not finish in 5 minutes");
      }
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static ProcessBuilder builder(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile());
    builder.environment().put("TRIANGULATE_JAVA_OPTS", "-Xmx2g");
    return builder;
  }
}
