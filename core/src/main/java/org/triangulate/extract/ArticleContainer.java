package org.triangulate.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements that hold a page's article, two ways. By hint: the markup says where the
 * article is ({@code itemprop="articleBody"}, a class like {@code entry-content}, the
 * {@code <article>} or {@code <main>} with the most text). By score, after Readability: every
 * paragraph of 25 characters or more scores by its length and commas, passing the score to its
 * ancestors (halved, then divided by three times the depth); an ancestor's class and tag raise or
 * lower it, and its link density scales it down; the best ancestor, with any sibling that scores
 * nearly as well or reads as prose, is the article.
 */
final class ArticleContainer {

  private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");
  /** Class names and ids that name an article's body on common publishing systems. */
  private static final Set<String> BODY_NAMES = Set.of(
      "article-body", "article__body", "articleBody", "article-content", "article__content",
      "article-text", "story-body", "story-content", "story-text", "entry-content", "post-content",
      "post-body", "post-entry", "post-text", "c-entry-content", "content-body", "body-text",
      "field-name-body", "field--name-body", "rich-text", "article-body-content", "ArticleBody",
      "paywall", "caas-body", "StoryBodyCompanionColumn");

  private final Boilerplate boilerplate;

  ArticleContainer(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /** The element the markup names as the article, or null. */
  Element byHint(Element body) {
    List<Element> marked = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (namesBody(e)) {
        marked.add(e);
      }
    }
    if (!marked.isEmpty()) {
      return commonOfLargest(marked);
    }
    Element best = largest(body.getElementsByTag("article"));
    if (best != null) {
      return best;
    }
    return largest(body.select("main, [role=main]"));
  }

  static boolean namesBody(Element e) {
    if (e.attr("itemprop").contains("articleBody") || e.attr("property").equals("articleBody")
        || e.attr("data-component").equals("text-block") || BODY_NAMES.contains(e.id())) {
      return true;
    }
    String classes = e.className();
    int start = 0;
    for (int i = 0; i <= classes.length(); i++) {
      if (i == classes.length() || Character.isWhitespace(classes.charAt(i))) {
        if (i > start && BODY_NAMES.contains(classes.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /**
   * Several marked bodies are usually one article split by ad slots: their closest common
   * ancestor, when the largest holds less than most of their text; else the largest.
   */
  private static Element commonOfLargest(List<Element> marked) {
    Element largest = largest(marked);
    List<Element> outer = marked.stream().filter(e -> e.parents().stream().noneMatch(marked::contains)).toList();
    if (outer.size() == 1) {
      return outer.get(0);
    }
    int total = outer.stream().mapToInt(e -> e.text().length()).sum();
    if (largest.text().length() >= 0.8 * total) {
      return largest;
    }
    Element common = outer.get(0);
    while (common != null && !holdsAll(common, outer)) {
      common = common.parent();
    }
    return common == null ? largest : common;
  }

  private static boolean holdsAll(Element ancestor, List<Element> elements) {
    for (Element e : elements) {
      Element p = e;
      while (p != null && p != ancestor) {
        p = p.parent();
      }
      if (p == null) {
        return false;
      }
    }
    return true;
  }

  private static Element largest(List<Element> elements) {
    Element best = null;
    int bestLength = 0;
    for (Element e : elements) {
      int length = paragraphChars(e);
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return best;
  }

  private static int paragraphChars(Element e) {
    int length = 0;
    for (Element p : e.getElementsByTag("p")) {
      length += p.text().length();
    }
    return length == 0 ? e.text().length() / 4 : length;
  }

  /** The best-scoring element and its prose siblings, in document order; empty when none scores. */
  List<Element> byScore(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Map<Element, int[]> lengths = textAndLinkLengths(body);
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      String text;
      if (SCORED.contains(tag)) {
        text = e.text();
      } else if ((tag.equals("div") || tag.equals("section")) && hasOwnProse(e)) {
        text = e.ownText();
      } else {
        continue;
      }
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        if (ancestor.normalName().equals("html")) {
          break;
        }
        final Element a = ancestor;
        double base = scores.computeIfAbsent(a, x -> initialScore(a));
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.put(a, base + score / divider);
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - linkDensity(lengths, entry.getKey()));
      entry.setValue(score);
      if (score > topScore) {
        top = entry.getKey();
        topScore = score;
      }
    }
    if (top == null) {
      return List.of();
    }
    top = climb(top, scores);
    return withSiblings(top, scores.getOrDefault(top, 0.0), scores, lengths);
  }

  /** A parent that scores better than its child, or holds only it, holds more of the article. */
  private static Element climb(Element top, Map<Element, Double> scores) {
    double last = scores.get(top);
    double threshold = last / 3;
    for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body"); parent = parent.parent()) {
      Double score = scores.get(parent);
      if (score == null) {
        continue;
      }
      if (score < threshold) {
        break;
      }
      if (score > last) {
        top = parent;
        break;
      }
      last = score;
    }
    while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores, Map<Element, int[]> lengths) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      Double score = scores.get(sibling);
      boolean append = score != null && score >= threshold;
      if (!append && sibling.normalName().equals("p")) {
        int length = lengths.getOrDefault(sibling, new int[2])[0];
        double density = linkDensity(lengths, sibling);
        String text = sibling.text();
        append = length > 80 && density < 0.25
            || length > 0 && length < 80 && density == 0 && text.matches("(?s).*\\.( |$).*");
      }
      if (append) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String marks = e.className() + " " + e.id();
    if (boilerplate.furnitureNameOnly(marks)) {
      score -= 25;
    }
    if (boilerplate.contentName(marks)) {
      score += 25;
    }
    return score;
  }

  private static boolean hasOwnProse(Element e) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t && t.text().strip().length() >= 25) {
        return true;
      }
    }
    return false;
  }

  private static int commas(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '،' || c == '，' || c == '、') {
        count++;
      }
    }
    return count;
  }

  static double linkDensity(Map<Element, int[]> lengths, Element e) {
    int[] l = lengths.get(e);
    return l == null || l[0] == 0 ? 0 : (double) l[1] / l[0];
  }

  /**
   * Each element's text length and link-text length (text under a link inside it), in one pass:
   * a text node counts for its parent, and each element passes its totals to its parent on the
   * way out, so no text node walks up its ancestors.
   */
  static Map<Element, int[]> textAndLinkLengths(Element root) {
    Map<Element, int[]> lengths = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t && t.parent() instanceof Element parent) {
          int length = t.text().strip().length();
          if (length > 0) {
            int[] l = lengths.computeIfAbsent(parent, x -> new int[2]);
            l[0] += length;
            if (parent.normalName().equals("a")) {
              l[1] += length;
            }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e != root && e.parent() != null) {
          int[] mine = lengths.get(e);
          if (mine == null) {
            return;
          }
          if (e.normalName().equals("a")) {
            mine[1] = mine[0];
          }
          int[] l = lengths.computeIfAbsent(e.parent(), x -> new int[2]);
          l[0] += mine[0];
          l[1] += mine[1];
        }
      }
    }, root);
    int[] top = lengths.get(root);
    if (top != null && root.normalName().equals("a")) {
      top[1] = top[0];
    }
    return lengths;
  }
}
