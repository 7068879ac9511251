package org.triangulate.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.triangulate.json.ContractJson;

/** Errors as JSON for the API and as a short page for a browser. */
final class ApiError {

  private ApiError() {}

  static void send(Context ctx, HttpStatus status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(ContractJson.line(ContractJson.mapper().createObjectNode().put("error", message).put("status", status.getCode())));
    } else {
      ctx.html(Pages.errorPage(status.getCode(), message));
    }
  }
}
