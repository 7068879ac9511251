package org.triangulate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one JSONL line into a {@link Format#RECORD} document: {@code id} and {@code text} are
 * required; {@code title}, {@code date}, {@code outlet}, {@code url} and {@code authors} are
 * optional. Safe to share across threads.
 */
public final class RecordReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @throws UnreadableDocumentException when the line is not a JSON object, lacks an id or a text,
   *     or carries a date that is not ISO-8601; the message says which
   */
  public RawDocument read(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new UnreadableDocumentException("not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new UnreadableDocumentException("not a JSON object");
    }
    String id = scalar(node, "id");
    if (id == null || id.isBlank()) {
      throw new UnreadableDocumentException("no \"id\"");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new UnreadableDocumentException("record " + id + " has no \"text\" string");
    }
    RawDocument.Given given =
        new RawDocument.Given(
            scalar(node, "title"),
            text.textValue(),
            scalar(node, "outlet"),
            scalar(node, "url"),
            authors(node.get("authors")),
            published(id, scalar(node, "date")));
    return new RawDocument(id, Format.RECORD, new byte[0], given);
  }

  /** A string or number field as text; null when absent, null or not a scalar. */
  private static String scalar(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    return value.asText();
  }

  /** Authors as a list of names, or one string holding a single name. */
  private static List<String> authors(JsonNode value) {
    List<String> names = new ArrayList<>();
    if (value == null || value.isNull()) {
      return names;
    }
    if (value.isTextual()) {
      addName(names, value.textValue());
    } else if (value.isArray()) {
      for (JsonNode element : value) {
        if (element.isTextual()) {
          addName(names, element.textValue());
        }
      }
    }
    return names;
  }

  private static void addName(List<String> names, String name) {
    String trimmed = name.strip();
    if (!trimmed.isEmpty()) {
      names.add(trimmed);
    }
  }

  private static Instant published(String id, String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    return IsoDate.parse(date)
        .orElseThrow(
            () ->
                new UnreadableDocumentException(
                    "record " + id + " has a \"date\" that is not ISO-8601: " + date));
  }
}
