package org.triangulate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a part of a page as the blocks a reader sees (paragraphs, headings, list items,
 * quotations), each with how much of it is link text.
 */
final class TextBlocks {

  /** One block of text. {@code tag} is the block element that opened it. */
  record Block(String text, String tag, int linkChars) {

    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    int words() {
      return HtmlExtractor.words(text);
    }
  }

  static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "caption",
      "figure", "header", "footer", "address", "hr", "br", "center", "form", "fieldset", "details",
      "summary", "body");

  private TextBlocks() {}

  static List<Block> of(List<Element> roots) {
    List<Block> blocks = new ArrayList<>();
    for (Element root : roots) {
      Collector collector = new Collector(blocks, root.normalName());
      NodeTraversor.traverse(collector, root);
      collector.flush();
    }
    return blocks;
  }

  private static final class Collector implements NodeVisitor {
    private final List<Block> blocks;
    private final StringBuilder text = new StringBuilder();
    private String tag;
    private int linkChars;
    private int linkDepth;

    Collector(List<Block> blocks, String tag) {
      this.blocks = blocks;
      this.tag = tag;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (name.equals("a")) {
          linkDepth++;
        } else if (BLOCK_TAGS.contains(name)) {
          flush();
          tag = name;
        } else if (name.equals("img") || name.equals("wbr")) {
          append(" ");
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String name = e.normalName();
        if (name.equals("a")) {
          linkDepth--;
        } else if (BLOCK_TAGS.contains(name)) {
          flush();
          tag = e.parent() == null ? tag : e.parent().normalName();
        }
      }
    }

    /** Appends {@code raw} with each run of white space as one space, a run of text at a time. */
    private void append(String raw) {
      int before = text.length();
      int i = 0;
      while (i < raw.length()) {
        int start = i;
        while (i < raw.length() && !space(raw.charAt(i))) {
          i++;
        }
        text.append(raw, start, i);
        if (i < raw.length()) {
          if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
          }
          while (i < raw.length() && space(raw.charAt(i))) {
            i++;
          }
        }
      }
      if (linkDepth > 0) {
        linkChars += text.length() - before;
      }
    }

    /** White space to Java, and the no-break space; the ASCII test first, since most text is. */
    private static boolean space(char c) {
      if (c < 128) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
      }
      return c == '\u00A0' || Character.isWhitespace(c);
    }

    void flush() {
      String s = text.toString().strip();
      if (!s.isEmpty()) {
        blocks.add(new Block(s, tag, Math.min(linkChars, s.length())));
      }
      text.setLength(0);
      linkChars = 0;
    }
  }
}
