package org.triangulate.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.triangulate.server.WebServer;
import org.triangulate.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    header = "Serves the stored articles as web pages and a JSON API.",
    description = {
      "Serves the stored articles: web pages at /, and a JSON API at /api/articles,",
      "/api/articles/{id}, /api/search?q= and /api/quotes?speaker=. Stops on Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Mixin ServerOptions server;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    try (ArticleStore store = data.openToRead()) {
      if (store.count() == 0) {
        spec.commandLine().getErr().println("No articles in " + data.directory + " yet: 'triangulate ingest --data "
            + data.directory + " PATH...' adds some, and the server shows them as they are committed.");
      }
      serveUntilStopped(store, server, spec.commandLine().getErr());
    }
    return Main.OK;
  }

  static void serveUntilStopped(ArticleStore store, ServerOptions options, java.io.PrintWriter err) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    try (WebServer web = options.start(store)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        web.close();
        store.close();
        stopped.countDown();
      }));
      err.println("Serving on http://" + options.host + ":" + web.port() + "/  (API: /api/articles, /api/search?q=..., /api/quotes?speaker=...; Ctrl-C stops)");
      stopped.await();
    }
  }
}
