package org.triangulate.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.triangulate.extract.TextBlocks.Block;

/**
 * Tells an index page from an article. An index's container holds {@value #HEADLINES} or more
 * teasers, each a headline that links to its story with a line or two of prose under it, and
 * little prose of its own; taken as an article, it would pass for one made of
 * excerpts. The headlines are noted before the page furniture is dropped, since that takes the
 * {@code <header>} a teaser's headline often sits in; their ancestors, noted with them, place them
 * afterwards.
 */
final class Teasers {

  /** Linked headlines, at least, in a container that lists teasers. */
  static final int HEADLINES = 3;
  /** Prose this long in one teaser, or outside them, is an article's. */
  static final int ARTICLE_WORDS = 100;
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  /** Each linked headline's ancestors, nearest first. */
  private final List<List<Element>> ancestries = new ArrayList<>();
  /** How many linked headlines each element holds. */
  private final Map<Element, Integer> headlinesWithin = new IdentityHashMap<>();

  /** The linked headlines among a page's headings, read before anything is dropped. */
  Teasers(List<Element> headings) {
    for (Element heading : headings) {
      if (HEADINGS.contains(heading.normalName()) && linked(heading)) {
        List<Element> ancestry = heading.parents();
        ancestries.add(ancestry);
        ancestry.forEach(e -> headlinesWithin.merge(e, 1, Integer::sum));
      }
    }
  }

  private static boolean linked(Element heading) {
    int text = heading.text().length();
    int links = 0;
    for (Element a : heading.getElementsByTag("a")) {
      links += a.text().length();
    }
    return text > 0 && links > text / 2;
  }

  /**
   * Whether the container made of {@code roots}, read as {@code blocks}, lists teasers: either as
   * blocks (linked headlines with short runs of prose between them) or as elements (the
   * headlines' teasers, each the largest element around one headline alone, all short, and little
   * prose outside them).
   */
  boolean listedIn(List<Element> roots, List<Block> blocks) {
    return asBlocks(blocks) || asElements(roots, blocks);
  }

  private static boolean asBlocks(List<Block> blocks) {
    int headlines = 0;
    int lead = 0;
    int run = 0;
    int longest = 0;
    int teaserWords = 0;
    for (Block block : blocks) {
      boolean linked = block.linkDensity() > 0.5;
      if (linked && HEADINGS.contains(block.tag())) {
        if (headlines == 0) {
          lead = run;
        } else {
          longest = Math.max(longest, run);
          teaserWords += run;
        }
        headlines++;
        run = 0;
      } else if (!linked) {
        run += block.words();
      }
    }
    longest = Math.max(longest, run);
    teaserWords += headlines > 0 ? run : 0;
    return headlines >= HEADLINES && longest < ARTICLE_WORDS && ownProseIsSlight(lead, teaserWords);
  }

  /**
   * Prose outside the teasers that an index can have (an intro line, a section's name): short,
   * and less than half the teasers' own; more is an article with links to others after it.
   */
  private static boolean ownProseIsSlight(int own, int teaserWords) {
    return own < Math.min(ARTICLE_WORDS, teaserWords / 2);
  }

  private boolean asElements(List<Element> roots, List<Block> blocks) {
    int teasers = 0;
    int teaserWords = 0;
    for (List<Element> ancestry : ancestries) {
      int root = indexOfAny(ancestry, roots);
      if (root < 0) {
        continue;
      }
      Element teaser = null;
      for (int i = 0; i < root && headlinesWithin.get(ancestry.get(i)) == 1; i++) {
        teaser = ancestry.get(i);
      }
      int words = teaser == null ? 0 : HtmlExtractor.words(teaser.text());
      if (words >= ARTICLE_WORDS) {
        return false;
      }
      teasers++;
      teaserWords += words;
    }
    int prose = 0;
    for (Block block : blocks) {
      prose += block.linkDensity() > 0.5 ? 0 : block.words();
    }
    return teasers >= HEADLINES && ownProseIsSlight(prose - teaserWords, teaserWords);
  }

  private static int indexOfAny(List<Element> ancestry, List<Element> roots) {
    for (int i = 0; i < ancestry.size(); i++) {
      for (Element root : roots) {
        if (ancestry.get(i) == root) {
          return i;
        }
      }
    }
    return -1;
  }
}
