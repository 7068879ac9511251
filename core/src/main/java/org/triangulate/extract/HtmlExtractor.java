package org.triangulate.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.triangulate.ingest.IsoDate;
import org.triangulate.ingest.RawDocument;
import org.triangulate.ingest.TextDecoder;
import org.triangulate.ingest.UnreadableDocumentException;
import org.triangulate.model.Article;

/**
 * A first extraction of the article from a web page, with jsoup.
 *
 * <p>Body: page chrome ({@code script, style, nav, header, footer, aside, form}, figures) is
 * dropped; the container is the largest {@code <article>}, else {@code <main>}, else the element
 * whose {@code <p>} children hold the most text; its paragraphs, subheads, quotations and
 * sentence-like list items are joined by blank lines. Metadata falls back from the most explicit
 * source to the least: Open Graph and article meta tags, then JSON-LD, then the markup itself;
 * what the input gave (a URL on the command line) is used when the page says nothing.
 *
 * <p>Safe to share across threads.
 */
public final class HtmlExtractor implements Extractor {

  /** Fewer words than this in the body means the page holds no article (an index, a login page). */
  private static final int MIN_BODY_WORDS = 30;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final String CHROME =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " figure, figcaption, [hidden], [aria-hidden=true]";
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, pre, li";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Article extract(RawDocument document) {
    byte[] bytes = document.content();
    String html = TextDecoder.decode(bytes, declaredCharset(bytes).orElse(null));
    RawDocument.Given given = document.given();
    Document page = Jsoup.parse(html, given.url() == null ? "" : given.url());
    List<JsonNode> linkedData = linkedData(page);

    String siteName = first(meta(page, "og:site_name"), jsonName(linkedData, "publisher"));
    String title = title(page, siteName);
    String url = first(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "og:url"), given.url());
    List<String> authors = authors(page, linkedData);
    Instant published = published(page, linkedData);
    String language = language(page);

    page.select(CHROME).remove();
    String text = body(page);
    if (WORD.matcher(text).results().count() < MIN_BODY_WORDS) {
      throw new UnreadableDocumentException("no article text found");
    }
    return new Article(
        document.id(),
        url,
        first(title, given.title()),
        first(given.outlet(), siteName),
        null,
        given.authors().isEmpty() ? authors : given.authors(),
        given.published() != null ? given.published() : published,
        language,
        text,
        List.of());
  }

  /** The charset a meta tag in the first 4 KiB names, when this Java knows it. */
  static Optional<Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      Charset charset = Charset.forName(m.group(1));
      // Pages that claim Latin-1 are almost always Windows-1252, as browsers assume.
      return Optional.of(
          charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
              ? TextDecoder.WINDOWS_1252
              : charset);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static String title(Document page, String siteName) {
    String og = meta(page, "og:title");
    if (og != null) {
      return og;
    }
    String h1 = text(page.selectFirst("h1"));
    String head = page.title().isBlank() ? null : page.title().strip();
    if (head != null && h1 != null && head.startsWith(h1)) {
      return h1;
    }
    if (head != null && siteName != null) {
      head = stripSiteName(head, siteName);
    }
    return first(head, h1);
  }

  /** "Headline | Site" or "Headline - Site" without the site's name. */
  private static String stripSiteName(String title, String siteName) {
    for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ")) {
      String suffix = separator + siteName;
      if (title.endsWith(suffix) && title.length() > suffix.length()) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
    }
    return title;
  }

  private static List<String> authors(Document page, List<JsonNode> linkedData) {
    Set<String> names = new LinkedHashSet<>();
    for (Element meta : page.select("meta[name=author], meta[property=\"article:author\"]")) {
      String content = meta.attr("content").strip();
      if (!content.isEmpty() && !content.startsWith("http")) {
        for (String name : content.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
          if (!name.isBlank()) {
            names.add(name.strip());
          }
        }
      }
    }
    if (names.isEmpty()) {
      for (JsonNode node : linkedData) {
        JsonNode author = node.get("author");
        if (author == null) {
          continue;
        }
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
          String name = one.isTextual() ? one.textValue() : one.path("name").asText("");
          if (!name.isBlank()) {
            names.add(name.strip());
          }
        }
      }
    }
    return new ArrayList<>(names);
  }

  private static Instant published(Document page, List<JsonNode> linkedData) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta(page, "article:published_time"));
    for (JsonNode node : linkedData) {
      candidates.add(node.path("datePublished").asText(null));
    }
    candidates.add(attr(page, "time[datetime]", "datetime"));
    for (String candidate : candidates) {
      Optional<Instant> instant = IsoDate.parse(candidate);
      if (instant.isPresent()) {
        return instant.get();
      }
    }
    return null;
  }

  private static String language(Document page) {
    String lang = page.select("html").attr("lang").strip();
    if (lang.isEmpty()) {
      return null;
    }
    String primary = lang.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /** The article body as paragraphs separated by blank lines. */
  private static String body(Document page) {
    Element container = container(page);
    if (container == null) {
      return "";
    }
    Elements blocks = container.select(BLOCKS);
    List<String> paragraphs = new ArrayList<>();
    for (Element block : blocks) {
      if (!block.select(BLOCKS).stream().allMatch(e -> e == block)) {
        continue; // a block holding other blocks: its leaves are taken instead
      }
      String text = block.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (block.tagName().equals("li") && !sentenceLike(text)) {
        continue;
      }
      paragraphs.add(text);
    }
    if (paragraphs.isEmpty()) {
      String text = container.wholeText().strip();
      return text.replaceAll("\\s*\\n\\s*\\n\\s*", "\n\n");
    }
    return String.join("\n\n", paragraphs);
  }

  private static boolean sentenceLike(String text) {
    return text.matches("(?s).*[.!?][\"'”’)]*$") || text.split("\\s+").length >= 12;
  }

  /** The largest {@code <article>}, else {@code <main>}, else the parent of the most paragraph text. */
  private static Element container(Document page) {
    Element best = null;
    int bestLength = 0;
    for (Element article : page.select("article")) {
      int length = paragraphText(article);
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best != null) {
      return best;
    }
    Element main = page.selectFirst("main, [role=main]");
    if (main != null && paragraphText(main) > 0) {
      return main;
    }
    Map<Element, Integer> byParent = new HashMap<>();
    for (Element p : page.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        byParent.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return byParent.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(page.body());
  }

  private static int paragraphText(Element element) {
    int length = 0;
    for (Element p : element.select("p")) {
      length += p.text().length();
    }
    return length;
  }

  private static List<JsonNode> linkedData(Document page) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(script.data()), nodes);
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common; the page's other metadata still applies.
      }
    }
    return nodes;
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
    }
  }

  private static String jsonName(List<JsonNode> nodes, String field) {
    for (JsonNode node : nodes) {
      JsonNode value = node.get(field);
      if (value != null) {
        String name = value.isTextual() ? value.textValue() : value.path("name").asText("");
        if (!name.isBlank()) {
          return name.strip();
        }
      }
    }
    return null;
  }

  private static String meta(Document page, String property) {
    Element meta =
        page.selectFirst(
            "meta[property=\"" + property + "\"], meta[name=\"" + property + "\"]");
    return meta == null ? null : GivenMetadata.blankToNull(meta.attr("content"));
  }

  private static String attr(Document page, String css, String attribute) {
    Element element = page.selectFirst(css);
    return element == null ? null : GivenMetadata.blankToNull(element.attr(attribute));
  }

  private static String text(Element element) {
    return element == null ? null : GivenMetadata.blankToNull(element.text());
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
