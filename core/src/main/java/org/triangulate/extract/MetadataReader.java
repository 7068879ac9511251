package org.triangulate.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.triangulate.ingest.IsoDate;

/**
 * Reads a page's metadata, most explicit source first: the JSON-LD article object, then meta tags
 * (Dublin Core, Open Graph, Twitter, Parse.ly), then the markup ({@code <title>} and {@code <h1>},
 * a byline element, {@code <time>}). The order of sources and the title clean-up follow Mozilla
 * Readability's (Apache-2.0), whose test pages measure this reader. Safe to share across threads.
 */
public final class MetadataReader {

  /** Meta {@code property} values: space-separated, prefix and field. */
  private static final Pattern PROPERTY = Pattern.compile(
      "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
      Pattern.CASE_INSENSITIVE);
  /** Meta {@code name} values: one field, with an optional prefix. */
  private static final Pattern NAME = Pattern.compile(
      "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\\s*[-.:]\\s*)?"
          + "(author|creator|pub-date|description|title|site_name)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final String SEPARATORS = "|\\-–—\\\\/>»";
  private static final Pattern HAS_SEPARATOR = Pattern.compile("\\s[" + SEPARATORS + "]\\s");
  private static final Pattern HIERARCHICAL = Pattern.compile("\\s[\\\\/>»]\\s");
  private static final Pattern LAST_PART = Pattern.compile("(.*)\\s[" + SEPARATORS + "]\\s.*");
  private static final Pattern FIRST_PART = Pattern.compile("[^" + SEPARATORS + "]*[" + SEPARATORS + "](.*)");
  /** Class and id fragments of a byline, after Mozilla Readability's byline test. */
  private static final List<String> BYLINE_NAMES = List.of("byline", "author", "dateline", "writtenby");
  private static final Pattern LEADING_BY = Pattern.compile("^(?i:by|von|par|por|di)\\s+");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

  private final Boilerplate boilerplate;

  public MetadataReader() {
    this(new Boilerplate());
  }

  MetadataReader(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  public PageMetadata read(Document page) {
    return read(page, PageElements.of(page));
  }

  PageMetadata read(Document page, PageElements elements) {
    JsonNode article = LinkedData.of(elements.linkedData()).article();
    Map<String, String> values = metaValues(elements.metas());
    String documentTitle = documentTitle(elements);

    // A declared title (JSON-LD, og:title, dc:title) is kept as the publisher wrote it, site name
    // and all: that is the title Mozilla's test pages expect, and the site name is kept apart as
    // the outlet anyway. Only the bare <title>, which pages fill with navigation, loses the page's
    // own site name.
    String siteName = first(LinkedData.text(article, "publisher"), values.get("og:site_name"));
    String title = first(linkedTitle(article, documentTitle), values.get("dc:title"), values.get("dcterm:title"),
        values.get("og:title"), values.get("weibo:article:title"), values.get("weibo:webpage:title"),
        values.get("title"), values.get("twitter:title"), values.get("parsely-title"));
    if (title == null) {
      String bare = titleElement(elements.title());
      String plain = withoutSiteName(withoutSiteName(bare, values.get("og:site_name")), LinkedData.text(article, "publisher"));
      title = plain != null && !plain.equals(bare) ? plain : documentTitle;
    }

    List<String> authors = LinkedData.authors(article);
    if (authors.isEmpty()) {
      String articleAuthor = values.get("article:author");
      String byline = first(values.get("dc:creator"), values.get("dcterm:creator"), values.get("author"),
          values.get("parsely-author"), articleAuthor != null && !articleAuthor.startsWith("http") ? articleAuthor : null);
      authors = names(byline != null ? byline : bylineInMarkup(page));
    }

    Instant published = firstDate(List.of(
        () -> LinkedData.text(article, "datePublished"), () -> values.get("article:published_time"),
        () -> values.get("parsely-pub-date"), () -> attr(elements.meta("itemprop", "datePublished"), "content"),
        () -> attr(elements.publishedTime(), "datetime"), () -> attr(elements.anyTime(), "datetime")));
    String url = attr(elements.canonical(), "abs:href");
    if (url == null || url.isBlank()) {
      url = attr(elements.meta("property", "og:url"), "content");
    }
    url = first(url);
    String body = article == null ? null : LinkedData.text(article, "articleBody");
    return new PageMetadata(title, authors, published, siteName, language(page, elements), url, body);
  }

  /** "Headline | Site" without the site's name, when the page names its site. */
  static String withoutSiteName(String title, String siteName) {
    if (title == null || siteName == null) {
      return title;
    }
    for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ", " » ")) {
      String suffix = separator + siteName.strip();
      if (title.endsWith(suffix) && title.length() > suffix.length()) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
    }
    return title;
  }

  private static String titleElement(Element titleElement) {
    return titleElement == null ? null : titleElement.text().strip().replaceAll("\\s+", " ");
  }

  /** The meta tags Readability reads, keyed {@code prefix:field}; a later tag overrides an earlier one. */
  private static Map<String, String> metaValues(List<Element> metas) {
    Map<String, String> values = new HashMap<>();
    for (Element meta : metas) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      boolean matched = false;
      String property = meta.attr("property");
      if (!property.isEmpty()) {
        Matcher m = PROPERTY.matcher(property);
        if (m.find()) {
          matched = true;
          values.put(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s", ""), content);
        }
      }
      String name = meta.attr("name");
      if (!matched && !name.isEmpty() && NAME.matcher(name).matches()) {
        values.put(name.toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':'), content);
      }
    }
    return values;
  }

  /** JSON-LD's {@code name} or {@code headline}: the one like the page's title when they differ. */
  private static String linkedTitle(JsonNode article, String documentTitle) {
    if (article == null) {
      return null;
    }
    String name = article.path("name").isTextual() ? article.get("name").textValue().strip() : null;
    String headline = article.path("headline").isTextual() ? article.get("headline").textValue().strip() : null;
    if (name != null && headline != null && !name.equals(headline)) {
      boolean nameMatches = similarity(name, documentTitle) > 0.75;
      boolean headlineMatches = similarity(headline, documentTitle) > 0.75;
      return headlineMatches && !nameMatches ? headline : name;
    }
    return first(name, headline);
  }

  /** The share of {@code b}'s words (by length) that {@code a} also has. */
  static double similarity(String a, String b) {
    if (a == null || b == null) {
      return 0;
    }
    Set<String> wordsA = new LinkedHashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
    List<String> wordsB = List.of(b.toLowerCase(Locale.ROOT).split("\\W+"));
    String all = String.join(" ", wordsB);
    String unique = String.join(" ", wordsB.stream().filter(w -> !wordsA.contains(w)).toList());
    return all.isEmpty() ? 0 : 1 - (double) unique.length() / all.length();
  }

  /**
   * The {@code <title>} without the site's name: the part before the last separator ({@code |},
   * {@code -}, {@code »}...), or after the first when that leaves too few words; a long part
   * before a colon is kept whole; a short or overlong title gives way to the page's one
   * {@code <h1>}.
   */
  private static String documentTitle(PageElements elements) {
    Element titleElement = elements.title();
    String original = titleElement == null ? "" : titleElement.text().strip();
    String title = original;
    boolean hierarchical = false;
    if (HAS_SEPARATOR.matcher(title).find()) {
      hierarchical = HIERARCHICAL.matcher(title).find();
      Matcher last = LAST_PART.matcher(original);
      title = last.matches() ? last.group(1) : original;
      if (words(title) < 3) {
        Matcher firstPart = FIRST_PART.matcher(original);
        title = firstPart.matches() ? firstPart.group(1) : original;
      }
    } else if (title.contains(": ")) {
      String whole = title;
      boolean headingMatches = elements.headings("h1", "h2").stream().anyMatch(h -> h.text().strip().equals(whole));
      if (!headingMatches) {
        title = original.substring(original.lastIndexOf(':') + 1);
        if (words(title) < 3) {
          title = original.substring(original.indexOf(':') + 1);
        } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
          title = original;
        }
      }
    } else if (title.length() > 150 || title.length() < 15) {
      List<Element> h1s = elements.headings("h1");
      if (h1s.size() == 1) {
        title = h1s.get(0).text();
      }
    }
    title = title.strip().replaceAll("\\s+", " ");
    int count = words(title);
    if (count <= 4 && (!hierarchical || count != words(original.replaceAll("[" + SEPARATORS + "]+", "")) - 1)) {
      title = original;
    }
    return title.isEmpty() ? null : title;
  }

  private static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  /**
   * The text of the first short element marked as a byline (rel, itemprop, class or id), or of
   * the {@code itemprop="name"} inside it, looking only where a reader would: not in hidden
   * elements or page furniture.
   */
  private String bylineInMarkup(Document page) {
    if (page.body() == null) {
      return null;
    }
    String[] found = new String[1];
    Map<String, Boolean> furniture = new HashMap<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        if (Boilerplate.hidden(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String marks = e.className() + " " + e.id();
        if (e.attr("rel").equals("author") || e.attr("itemprop").contains("author") || bylineName(marks)) {
          String text = e.text().strip();
          if (!text.isEmpty() && text.length() < 100) {
            Element name = e.selectFirst("[itemprop~=name]");
            found[0] = name != null && name != e ? name.text().strip() : text;
            return FilterResult.STOP;
          }
        }
        boolean unlikely = !e.normalName().equals("body") && !e.normalName().equals("a")
            && furniture.computeIfAbsent(marks, boilerplate::furnitureName);
        return unlikely ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
      }
    }, page.body());
    return found[0];
  }

  private static boolean bylineName(String marks) {
    String lower = marks.toLowerCase(Locale.ROOT);
    for (String name : BYLINE_NAMES) {
      if (lower.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** A byline split into names: "By A, B and C" gives A, B, C. */
  static List<String> names(String byline) {
    List<String> names = new ArrayList<>();
    if (byline == null || byline.isBlank()) {
      return names;
    }
    String text = LEADING_BY.matcher(byline.strip().replaceAll("\\s+", " ")).replaceFirst("");
    if (text.contains("(")) {
      names.add(text);
      return names;
    }
    for (String name : NAME_SEPARATORS.split(text)) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  /**
   * The first date with a time of day, else the first date: a bare day is the vaguer claim. The
   * sources are read in order and only as far as needed, since the later ones search the page.
   */
  private static Instant firstDate(List<Supplier<String>> sources) {
    Instant day = null;
    for (Supplier<String> source : sources) {
      String candidate = source.get();
      Optional<Instant> instant = IsoDate.parse(candidate);
      if (instant.isPresent()) {
        if (candidate.strip().length() > 10) {
          return instant.get();
        }
        day = day == null ? instant.get() : day;
      }
    }
    return day;
  }

  private static String language(Document page, PageElements elements) {
    Element html = page.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").strip();
    if (lang.isEmpty()) {
      Element meta = elements.meta("http-equiv", "content-language");
      meta = meta != null ? meta : elements.meta("property", "og:locale");
      lang = meta == null ? "" : meta.attr("content").strip();
    }
    String primary = lang.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static String attr(Element element, String attribute) {
    return element == null ? null : element.attr(attribute);
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
