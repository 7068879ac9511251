package org.triangulate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a page that the extractor reads by kind (meta tags, JSON-LD, the title, headings,
 * the canonical link, times), gathered in one pass over the page as parsed, before any furniture
 * is dropped: a CSS query per field walks the whole page each time, and the walks cost more than
 * the reading. Attribute values compare as jsoup's selectors compare them: case aside, and trimmed.
 */
record PageElements(
    List<Element> metas,
    List<Element> linkedData,
    Element title,
    List<Element> headings,
    Element canonical,
    Element publishedTime,
    Element anyTime) {

  static PageElements of(Document page) {
    List<Element> metas = new ArrayList<>();
    List<Element> linkedData = new ArrayList<>();
    List<Element> headings = new ArrayList<>();
    Element[] found = new Element[4];
    NodeTraversor.traverse((NodeVisitor) (Node node, int depth) -> {
      if (!(node instanceof Element e)) {
        return;
      }
      switch (e.normalName()) {
        case "meta" -> metas.add(e);
        case "script" -> {
          if (e.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
            linkedData.add(e);
          }
        }
        case "title" -> found[0] = found[0] == null ? e : found[0];
        case "h1", "h2", "h3", "h4", "h5", "h6" -> headings.add(e);
        case "link" -> {
          if (found[1] == null && is(e, "rel", "canonical")) {
            found[1] = e;
          }
        }
        case "time" -> {
          if (e.hasAttr("datetime")) {
            found[3] = found[3] == null ? e : found[3];
            if (found[2] == null && (e.hasAttr("pubdate") || is(e, "itemprop", "datePublished"))) {
              found[2] = e;
            }
          }
        }
        default -> { }
      }
    }, page);
    return new PageElements(metas, linkedData, found[0], headings, found[1], found[2], found[3]);
  }

  /** The first meta tag whose {@code key} attribute is {@code value}, or null. */
  Element meta(String key, String value) {
    for (Element meta : metas) {
      if (is(meta, key, value)) {
        return meta;
      }
    }
    return null;
  }

  List<Element> headings(String... tags) {
    List<String> wanted = List.of(tags);
    return headings.stream().filter(h -> wanted.contains(h.normalName())).toList();
  }

  private static boolean is(Element e, String key, String value) {
    return e.attr(key).trim().equalsIgnoreCase(value);
  }
}
