package org.triangulate.server;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.BadQueryException;

/**
 * The REST API and the web pages over one store. Binds 127.0.0.1 unless told otherwise: the store
 * may hold material its owner has not published.
 */
public final class WebServer implements AutoCloseable {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving; port 0 picks a free port, which {@link #port()} then tells. */
  public static WebServer start(ArticleStore store, String host, int port) {
    ArticleApi api = new ArticleApi(store);
    StoryApi stories = new StoryApi(store);
    Pages pages = new Pages(store);
    Javalin app =
        Javalin.create(config -> config.showJavalinBanner = false)
            .get("/api/articles", api::list)
            .get("/api/articles/<id>", api::one)
            .get("/api/search", api::search)
            .get("/api/quotes", api::quotes)
            .get("/api/stories", stories::list)
            .get("/api/stories/{id}/figures", stories::figures)
            .get("/api/stories/{id}", stories::one)
            .get("/", pages::home)
            .get("/articles/<id>", pages::article)
            .get("/quotes", pages::quotes)
            .get("/stories", pages::stories)
            .get("/stories/{id}", pages::story)
            .get("/style.css", pages::style)
            .exception(BadRequestException.class, (e, ctx) -> ApiError.send(ctx, HttpStatus.BAD_REQUEST, e.getMessage()))
            .exception(BadQueryException.class, (e, ctx) -> ApiError.send(ctx, HttpStatus.BAD_REQUEST, e.getMessage()))
            .error(HttpStatus.NOT_FOUND, ctx -> {
              if (ctx.result() == null) {
                ApiError.send(ctx, HttpStatus.NOT_FOUND, "no such page: " + ctx.path());
              }
            });
    app.start(host, port);
    return new WebServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
