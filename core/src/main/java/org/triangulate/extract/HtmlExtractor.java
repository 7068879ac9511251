package org.triangulate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.triangulate.extract.TextBlocks.Block;
import org.triangulate.ingest.RawDocument;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Article;

/**
 * Extracts the article from a web page, in the way trafilatura does, as ordered steps:
 *
 * <ol>
 *   <li>decode the bytes ({@link PageDecoder}) and read the metadata from the whole page
 *       ({@link MetadataReader});
 *   <li>drop page furniture by tag, visibility, class and id ({@link Boilerplate});
 *   <li>find the article's container by the markup's hints and by scoring text against link
 *       density ({@link ArticleContainer}), keeping the one that yields more prose;
 *   <li>read its text as blocks, drop link lists, headlines and furniture lines, and trim short
 *       non-sentences from the start and end;
 *   <li>fall back when that is too short: the prose of the whole page, then all of that again
 *       without the class and id rules, then the JSON-LD {@code articleBody} when it is longer;
 *   <li>a page whose container holds only teasers (linked headlines with a line or two under
 *       each), or that still has fewer than {@value #MIN_BODY_WORDS} words of prose is not an article
 *       (an index, a login page): it keeps its metadata and gets an empty text, never a fake body
 *       pieced together from teasers and links.
 * </ol>
 *
 * <p>Safe to share across threads.
 */
public final class HtmlExtractor implements Extractor {

  /** Fewer words than this in the body means the page holds no article. */
  static final int MIN_BODY_WORDS = 30;
  /** A body shorter than this is retried without the class and id rules. */
  private static final int RETRY_WORDS = 100;
  /** A leading or trailing block shorter than this, not ending a sentence, is trimmed. */
  private static final int EDGE_WORDS = 8;

  private final Boilerplate boilerplate = new Boilerplate();
  private final ArticleContainer containers = new ArticleContainer(boilerplate);
  private final MetadataReader metadataReader = new MetadataReader(boilerplate);
  private final List<String> furnitureLines = WordList.load(HtmlExtractor.class, "boilerplate_lines.txt");

  @Override
  public Article extract(RawDocument document) {
    RawDocument.Given given = document.given();
    byte[] bytes = document.content();
    Document page = PageDecoder.parse(bytes, given.url());
    PageElements elements = PageElements.of(page);
    PageMetadata meta = metadataReader.read(page, elements);
    Teasers teasers = new Teasers(elements.headings());
    Body first = body(page, true, teasers);
    String text = first.text();
    // A short text from the container the markup names as the article body is a short article
    // (a blog post, an open thread), not a sign that the class rules cut it: retrying without them
    // would bring back the comments and the rest of the furniture.
    if (words(text) < RETRY_WORDS && !(first.named() && words(text) >= MIN_BODY_WORDS)) {
      Boilerplate.restore(first.dropped());
      String retried = body(page, false, teasers).text();
      text = words(retried) > words(text) ? retried : text;
    }
    if (meta.articleBody() != null && words(meta.articleBody()) > Math.max(2 * words(text), MIN_BODY_WORDS)) {
      text = meta.articleBody().strip();
    }
    boolean empty = words(text) < MIN_BODY_WORDS;
    // Without an article, a byline or a date found in the markup is a teaser's, not the page's.
    return new Article(
        document.id(),
        first(meta.url(), given.url()),
        first(meta.title(), given.title()),
        first(given.outlet(), meta.siteName()),
        null,
        given.authors().isEmpty() && !empty ? meta.authors() : given.authors(),
        given.published() != null || empty ? given.published() : meta.published(),
        meta.language(),
        empty ? "" : text,
        List.of());
  }

  /**
   * A page's article text; {@code named} when it is the container the markup names as the body;
   * {@code dropped}, what the class and id rules took from the page.
   */
  record Body(String text, boolean named, List<Boilerplate.Removal> dropped) {}

  /** The article text of a parsed page, or "" when no container is found. */
  Body body(Document page, boolean byName, Teasers teasers) {
    Element body = page.body();
    if (body == null) {
      return new Body("", false, List.of());
    }
    List<Boilerplate.Removal> dropped = boilerplate.strip(body, byName);
    List<Element> scored = containers.byScore(body);
    List<Block> fromScore = TextBlocks.of(scored);
    Element hinted = containers.byHint(body);
    if ((hinted == null || !ArticleContainer.namesBody(hinted)) && teasers.listedIn(scored, fromScore)) {
      return new Body("", false, dropped);
    }
    List<Block> fromHint = hinted == null ? List.of() : TextBlocks.of(List.of(hinted));
    List<String> a = paragraphs(fromScore);
    List<String> b = paragraphs(fromHint);
    List<String> chosen = choose(a, b, scored, hinted);
    boolean named = hinted != null && !chosen.isEmpty() && ArticleContainer.namesBody(hinted)
        && (chosen == b || scored.stream().allMatch(e -> e == hinted || e.parents().contains(hinted)));
    if (words(chosen) < MIN_BODY_WORDS) {
      List<String> whole = paragraphs(TextBlocks.of(List.of(body)));
      chosen = words(whole) > words(chosen) ? whole : chosen;
    }
    return new Body(String.join("\n\n", chosen), named, dropped);
  }

  /**
   * The hinted container wins when the scored one lies inside it but misses much of its prose, or
   * when it lies inside the scored one and holds most of its prose; disjoint, the one with more
   * prose wins.
   */
  private static List<String> choose(List<String> scored, List<String> hinted, List<Element> scoredRoots, Element hint) {
    if (hint == null || hinted.isEmpty()) {
      return scored;
    }
    if (scored.isEmpty()) {
      return hinted;
    }
    int s = words(scored);
    int h = words(hinted);
    boolean scoredInside = scoredRoots.stream().allMatch(e -> e == hint || e.parents().contains(hint));
    boolean hintInside = scoredRoots.stream().anyMatch(e -> hint.parents().contains(e));
    if (scoredInside) {
      return s >= 0.7 * h ? scored : hinted;
    }
    if (hintInside) {
      return h >= 0.5 * s ? hinted : scored;
    }
    return h > s ? hinted : scored;
  }

  /** The blocks that read as article: no link lists, headline or furniture; edges trimmed. */
  private List<String> paragraphs(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    for (Block block : blocks) {
      if (block.tag().equals("h1") || block.linkDensity() > 0.5 || furniture(block)) {
        continue;
      }
      kept.add(block);
    }
    int start = 0;
    while (start < kept.size() && edgeNoise(kept.get(start))) {
      start++;
    }
    int end = kept.size();
    while (end > start && edgeNoise(kept.get(end - 1))) {
      end--;
    }
    return kept.subList(start, end).stream().map(Block::text).toList();
  }

  private boolean furniture(Block block) {
    if (block.words() > 6) {
      return false;
    }
    String lower = block.text().toLowerCase(Locale.ROOT);
    for (String line : furnitureLines) {
      if (lower.startsWith(line)) {
        return true;
      }
    }
    return false;
  }

  private static boolean edgeNoise(Block block) {
    if (block.tag().matches("h[2-6]")) {
      return true;
    }
    return block.words() < EDGE_WORDS && !endsSentence(block.text());
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    while (!t.isEmpty() && "\"'”’»)]".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return !t.isEmpty() && ".!?。！？…".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  static int words(List<String> paragraphs) {
    int count = 0;
    for (String p : paragraphs) {
      count += words(p);
    }
    return count;
  }

  /**
   * Words as runs of letters and digits; in the scripts written without spaces between words
   * (Chinese, Japanese, Thai and their neighbours) every two characters count as one, about the
   * length of a word there, so that a page in those scripts is not taken for an empty one.
   */
  static int words(String text) {
    int count = 0;
    int unspaced = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          : Character.isLetterOrDigit(c);
      if (letter && c >= '\u0E00' && unspaced(c)) {
        unspaced++;
        letter = false;
      }
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count + unspaced / 2;
  }

  private static boolean unspaced(char c) {
    return switch (Character.UnicodeScript.of(c)) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
      default -> false;
    };
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
