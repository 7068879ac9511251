package org.triangulate.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.triangulate.json.ContractJson;
import org.triangulate.model.Speaker;
import org.triangulate.store.SpeakerKey;
import org.triangulate.store.StoredQuote;

/**
 * One stored quote as JSON, the same for {@code GET /api/quotes} and {@code triangulate quotes
 * --format jsonl}: where it was published, who said it, and the words, as text rather than spans
 * so that a reader needs no second request.
 */
public final class QuoteJson {

  private QuoteJson() {}

  public static ObjectNode of(StoredQuote quote) {
    ObjectNode node = ContractJson.mapper().createObjectNode();
    node.put("articleId", quote.articleId());
    node.put("title", quote.title());
    node.put("outlet", quote.outlet());
    node.put("reportedBy", quote.reportedBy());
    node.put("published", quote.published() == null ? null : quote.published().toString());
    Speaker speaker = quote.quote().speaker();
    ObjectNode s = node.putObject("speaker");
    s.put("name", speaker.name());
    s.put("role", speaker.role());
    s.put("organization", speaker.organization());
    s.put("kind", speaker.kind().name());
    SpeakerKey identity = quote.identity();
    if (identity == null) {
      node.putNull("identity");
    } else {
      node.putObject("identity").put("name", identity.name()).put("organization", identity.organization());
    }
    node.put("direct", quote.quote().direct());
    node.put("content", quote.content());
    node.put("cue", quote.cue());
    node.put("source", quote.source());
    node.put("recipient", quote.recipient());
    return node;
  }
}
