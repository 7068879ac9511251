package org.triangulate.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.triangulate.lexicon.WordList;

/**
 * Page furniture recognised by its markup: tags that never hold article text, hidden elements, and
 * elements whose class or id names them as navigation, sharing, comments, adverts and the like
 * (the rules in {@code boilerplate_tags.txt}, {@code boilerplate_names.txt} and
 * {@code content_names.txt}). Immutable and safe to share across threads.
 */
final class Boilerplate {

  private final Set<String> tags;
  private final NameRule furniture;
  private final NameRule content;

  Boilerplate() {
    tags = Set.copyOf(WordList.load(Boilerplate.class, "boilerplate_tags.txt"));
    furniture = new NameRule(WordList.load(Boilerplate.class, "boilerplate_names.txt"));
    content = new NameRule(WordList.load(Boilerplate.class, "content_names.txt"));
  }

  /**
   * Fragments matched against a lower-cased class-and-id string: plain ones by {@code contains},
   * which is much faster than a regular expression, the rest each as its own expression, tried
   * only when the string holds the fragment's literal (most names hold none, and most elements'
   * names are tested).
   */
  private static final class NameRule {
    private static final Pattern METACHARACTERS = Pattern.compile("[()\\[\\]{}|*+.\\\\]");
    private static final Pattern OPTIONAL = Pattern.compile(".\\?");
    private static final Pattern LITERAL_RUNS = Pattern.compile("[^a-z0-9-]+");

    private final List<String> plain;
    private final List<Fragment> expressions;

    /** An expression and a literal that any string it matches contains ("" when unknown). */
    private record Fragment(String literal, Pattern pattern) {}

    NameRule(List<String> fragments) {
      List<String> lower = fragments.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
      plain = lower.stream().filter(f -> f.matches("[a-z0-9-]+")).toList();
      expressions = lower.stream().filter(f -> !f.matches("[a-z0-9-]+"))
          .map(f -> new Fragment(literal(f), Pattern.compile(f))).toList();
    }

    /**
     * The longest run of letters, digits and hyphens that a match of {@code fragment} must
     * contain: anchors and word boundaries match no character and {@code x?} may match none; a
     * fragment with groups, classes, escapes or repetition gets "", which every string contains.
     */
    static String literal(String fragment) {
      String bare = fragment.replace("\\b", " ").replace("^", " ").replace("$", " ");
      if (METACHARACTERS.matcher(bare).find()) {
        return "";
      }
      String longest = "";
      for (String run : LITERAL_RUNS.split(OPTIONAL.matcher(bare).replaceAll(" "))) {
        longest = run.length() > longest.length() ? run : longest;
      }
      return longest;
    }

    boolean matches(String marks) {
      if (marks.isBlank()) {
        return false;
      }
      String lower = marks.toLowerCase(Locale.ROOT);
      for (String fragment : plain) {
        if (lower.contains(fragment)) {
          return true;
        }
      }
      for (Fragment fragment : expressions) {
        if (lower.contains(fragment.literal()) && fragment.pattern().matcher(lower).find()) {
          return true;
        }
      }
      return false;
    }
  }

  /** Whether a class-and-id string names furniture and not content. */
  boolean furnitureName(String marks) {
    return furniture.matches(marks) && !content.matches(marks);
  }

  /** Whether a class-and-id string names content. */
  boolean contentName(String marks) {
    return content.matches(marks);
  }

  boolean furnitureNameOnly(String marks) {
    return furniture.matches(marks);
  }

  /** An element dropped by its name, with where it stood, so that it can be put back. */
  record Removal(Element parent, int index, Node node) {}

  /**
   * Removes furniture under {@code root}: always by tag, hidden elements and comments; by class
   * and id only when {@code byName}, since a page that names its article container oddly loses
   * the article that way. Returns what was dropped by name, in the order dropped, for
   * {@link #restore} (the caller retries without the name rules on the same page instead of
   * parsing it again).
   */
  List<Removal> strip(Element root, boolean byName) {
    List<Node> doomed = new ArrayList<>();
    List<Node> byNames = new ArrayList<>();
    Map<String, Boolean> named = new HashMap<>();
    NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) {
          doomed.add(node);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (!(node instanceof Element e) || node == root) {
          return FilterResult.CONTINUE;
        }
        if (tags.contains(e.normalName()) || hidden(e)) {
          doomed.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (byName && named.computeIfAbsent(e.className() + " " + e.id(), Boilerplate.this::furnitureName)
            && !protectedTag(e)) {
          byNames.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    doomed.forEach(Node::remove);
    List<Removal> removals = new ArrayList<>(byNames.size());
    for (Node node : byNames) {
      Element parent = (Element) node.parent();
      if (parent != null) {
        removals.add(new Removal(parent, node.siblingIndex(), node));
        node.remove();
      }
    }
    return removals;
  }

  /** Puts back what {@link #strip} dropped by name, last first, each where it stood. */
  static void restore(List<Removal> removals) {
    for (int i = removals.size() - 1; i >= 0; i--) {
      Removal r = removals.get(i);
      r.parent().insertChildren(r.index(), r.node());
    }
  }

  /**
   * Never dropped by name: the page's structure, links, and a container the markup names as the
   * article's body that holds prose. Some names say both ("paywall" is a subscription prompt on
   * one site and the article's text behind the wall on another): a prompt is a line or two, the
   * text behind the wall is paragraphs.
   */
  private static boolean protectedTag(Element e) {
    if (ArticleContainer.namesBody(e) && proseChars(e) >= PROSE_CHARS) {
      return true;
    }
    String tag = e.normalName();
    return tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
        || tag.equals("a") || e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody");
  }

  /** Paragraph text that reads as an article's, not as a prompt. */
  private static final int PROSE_CHARS = 400;

  private static int proseChars(Element e) {
    int chars = 0;
    for (Element p : e.getElementsByTag("p")) {
      chars += p.text().length();
      if (chars >= PROSE_CHARS) {
        break;
      }
    }
    return chars;
  }

  static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }
}
