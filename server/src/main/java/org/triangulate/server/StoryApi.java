package org.triangulate.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.triangulate.json.ContractJson;
import org.triangulate.store.ArticleStore;
import org.triangulate.stories.StoryFile;

/** The REST handlers for stories: thin, each one method over a {@link Context}. */
final class StoryApi {

  private final ArticleStore store;

  StoryApi(ArticleStore store) {
    this.store = store;
  }

  void list(Context ctx) {
    Paging paging = Paging.of(ctx);
    ObjectNode body = ContractJson.mapper().createObjectNode();
    body.put("total", store.storyCount());
    body.put("offset", paging.offset());
    ArrayNode stories = body.putArray("stories");
    for (StoryFile story : store.stories(paging.offset(), paging.limit())) {
      stories.add(StoryView.summary(story));
    }
    json(ctx, body);
  }

  void one(Context ctx) {
    StoryView view = view(ctx);
    if (view != null) {
      json(ctx, view.json());
    }
  }

  /** The story's figures, each as the {@code figures} command prints it. */
  void figures(Context ctx) {
    StoryView view = view(ctx);
    if (view != null) {
      ObjectNode body = ContractJson.mapper().createObjectNode();
      body.put("story", view.story().id());
      body.set("figures", StoryView.figures(view.figures()));
      json(ctx, body);
    }
  }

  /** The story named in the path, or null after answering 404. */
  private StoryView view(Context ctx) {
    String id = ctx.pathParam("id");
    StoryFile story = store.story(id).orElse(null);
    if (story == null) {
      ApiError.send(ctx, HttpStatus.NOT_FOUND, "no story with id '" + id + "'");
      return null;
    }
    return StoryView.of(story, store.storyArticles(id));
  }

  private static void json(Context ctx, ObjectNode body) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(ContractJson.line(body));
  }
}
