package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./triangulate demo} as a newcomer runs it: it ingests the samples and serves them; the API
 * answers over HTTP and the page renders in headless Chromium; stopping it leaves a store that opens.
 */
class DemoServerIT {

  private static final Pattern SERVING = Pattern.compile("Serving on http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path data;
  // Chromium writes a profile of a few megabytes per run; under @TempDir it is removed with the test.
  @TempDir Path profiles;

  @Test
  void demoServesTheSamples() throws Exception {
    Process demo = Cli.builder(List.of(Cli.HOME.resolve("triangulate").toString(), "demo", "--port", "0", "--data", data.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      int port = portOf(demo);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, api.statusCode());
      assertEquals(2, AnalyzeIT.json(api.body()).get("total").asInt());

      Cli.Run search = Cli.run("search", "--data", data.toString(), "entity:\"Patricia Kim\"");
      assertEquals(0, search.exit(), "the store can be searched while the demo serves it: " + search.err());
      assertEquals(1, search.lines().size(), search.out());

      String dom = chromium("--dump-dom", "http://127.0.0.1:" + port + "/");
      assertTrue(dom.contains("Why China Won’t Stop Ally North Korea From Fighting Ukraine"), dom);
      assertTrue(dom.contains("2 articles stored"), dom);
      Path screenshot = Path.of("target", "demo-home.png").toAbsolutePath();
      chromium("--screenshot=" + screenshot, "--window-size=1200,700", "http://127.0.0.1:" + port + "/");
      assertTrue(Files.size(screenshot) > 1000, "a screenshot was taken");
    } finally {
      demo.destroy();
      assertTrue(demo.waitFor(30, TimeUnit.SECONDS), "demo stops on SIGTERM");
    }
    Cli.Run after = Cli.run("articles", "--data", data.toString());
    assertEquals(0, after.exit(), after.err());
    assertEquals(2, after.lines().size(), "the store opens after the server stopped");
  }

  private static int portOf(Process demo) throws Exception {
    CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
      // Not closed here: once the port is known, a daemon thread keeps draining it.
      BufferedReader err = new BufferedReader(new InputStreamReader(demo.getErrorStream(), StandardCharsets.UTF_8));
      try {
        StringBuilder seen = new StringBuilder();
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          seen.append(line).append('\n');
          Matcher m = SERVING.matcher(line);
          if (m.find()) {
            // Drain standard error so that the server never blocks on a full pipe.
            Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            return Integer.parseInt(m.group(1));
          }
        }
        throw new AssertionError("demo ended without serving:\n" + seen);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return port.get(5, TimeUnit.MINUTES);
  }

  private String chromium(String... args) throws Exception {
    Path profile = Files.createTempDirectory(profiles, "chromium-profile");
    List<String> command = new java.util.ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Process chromium = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = chromium.getInputStream().readAllBytes();
    assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium finished");
    return new String(out, StandardCharsets.UTF_8);
  }
}
