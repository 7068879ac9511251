package org.triangulate.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The schema.org objects of a page's JSON-LD scripts, and the article among them. */
final class LinkedData {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** schema.org's Article type and its subtypes that news and blog pages use. */
  private static final Pattern ARTICLE_TYPE = Pattern.compile(
      "(?:\\w*Article|Report|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|APIReference)");

  private static final Pattern CDATA = Pattern.compile("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$");

  private final List<JsonNode> nodes;

  private LinkedData(List<JsonNode> nodes) {
    this.nodes = nodes;
  }

  /** The JSON-LD objects in a page's {@code application/ld+json} scripts. */
  static LinkedData of(List<Element> scripts) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : scripts) {
      try {
        collect(JSON.readTree(CDATA.matcher(script.data()).replaceAll("")), nodes);
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common; the page's other metadata still applies.
      }
    }
    return new LinkedData(nodes);
  }

  private static void collect(JsonNode node, List<JsonNode> nodes) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> collect(child, nodes));
    } else if (node.isObject()) {
      nodes.add(node);
      collect(node.get("@graph"), nodes);
      collect(node.get("mainEntity"), nodes);
    }
  }

  /** The first object whose {@code @type} is an article type, or null. */
  JsonNode article() {
    for (JsonNode node : nodes) {
      JsonNode type = node.get("@type");
      for (JsonNode one : type == null ? List.<JsonNode>of() : type.isArray() ? listOf(type) : List.of(type)) {
        if (one.isTextual() && ARTICLE_TYPE.matcher(one.textValue()).matches()) {
          return node;
        }
      }
    }
    return null;
  }

  private static List<JsonNode> listOf(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  /** A text field, or the {@code name} of an object field. */
  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (value.isArray() && value.size() > 0) {
      value = value.get(0);
    }
    String text = value.isTextual() ? value.textValue() : value.path("name").asText("");
    return text.isBlank() ? null : text.strip();
  }

  /** The names of the article's authors, in order. */
  static List<String> authors(JsonNode article) {
    List<String> names = new ArrayList<>();
    JsonNode author = article == null ? null : article.get("author");
    if (author == null) {
      return names;
    }
    for (JsonNode one : author.isArray() ? listOf(author) : List.of(author)) {
      String name = one.isTextual() ? one.textValue() : one.path("name").asText("");
      if (!name.isBlank() && !name.strip().startsWith("http")) {
        names.add(name.strip());
      }
    }
    return names;
  }
}
