package org.triangulate.cli;

import org.triangulate.server.WebServer;
import org.triangulate.store.ArticleStore;
import picocli.CommandLine.Option;

/** Where the server listens. */
final class ServerOptions {

  @Option(names = "--host", paramLabel = "HOST", defaultValue = WebServer.DEFAULT_HOST,
      description = "The address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + WebServer.DEFAULT_PORT,
      description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  WebServer start(ArticleStore store) {
    if (port < 0 || port > 65535) {
      throw new UserError("--port must be between 0 and 65535, not " + port);
    }
    try {
      return WebServer.start(store, host, port);
    } catch (RuntimeException e) {
      throw new UserError("cannot serve on " + host + ":" + port + ": " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
