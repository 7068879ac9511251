package org.triangulate.stories;

import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Republished versions of an article, made the way content farms make them (seed 000 is one):
 * typos, a new headline, page furniture round the text, the first half only, scraping noise
 * (dropped words, lost closing quotation marks, a line of junk letters), and all but the half at
 * once. Each kind is seeded, so a run is repeatable. For measuring copy detection ({@code eval
 * copies}) and testing it; nothing in the pipeline makes versions.
 */
public final class CopyVariants {

  /**
   * A kind of republication: a short key and a name, as the evaluator prints them, and what it
   * does to title and text.
   */
  public record Kind(String key, String name, UnaryOperator<Version> make) {}

  /** A title and a text. */
  public record Version(String title, String text) {}

  /**
   * Lines that republishing sites add round an article: seed 000's own page opens with "close",
   * "close", the site's name and "Breaking: Beyond Headlines!"; the lines after are the share
   * buttons, newsletter boxes and teasers such pages close with.
   */
  private static final List<String> FURNITURE_BEFORE = List.of("close", "close", "Apre-salomemanzo", "Breaking: Beyond Headlines!");
  private static final List<String> FURNITURE_AFTER = List.of(
      "Share this article on Facebook", "Subscribe to our newsletter for the latest updates.",
      "Related: Top 10 stories you missed this week");
  private static final String CLOSING_MARKS = "\u201d\"";

  private final long seed;
  private final List<String> otherTitles;

  /**
   * @param seed the seed of every random choice
   * @param otherTitles headlines to give copies in place of their own
   */
  public CopyVariants(long seed, List<String> otherTitles) {
    this.seed = seed;
    this.otherTitles = List.copyOf(otherTitles);
  }

  /** The kinds, in the order the evaluator reports them; {@code ordinal} varies the seed per article. */
  public List<Kind> kinds(int ordinal) {
    Random random = new Random(seed * 1_000_003 + ordinal);
    return List.of(
        new Kind("typos30", "typos, 1 word in 30", v -> new Version(v.title(), typos(v.text(), 30, random))),
        new Kind("typos10", "typos, 1 word in 10", v -> new Version(v.title(), typos(v.text(), 10, random))),
        new Kind("newHeadline", "new headline", v -> new Version(otherTitle(random), v.text())),
        new Kind("furniture", "page furniture added", v -> new Version(v.title(), furnished(v.text()))),
        new Kind("firstHalf", "first half only", v -> new Version(v.title(), firstHalf(v.text()))),
        new Kind("scraped", "scraping noise", v -> new Version(v.title(), scraped(v.text(), random))),
        new Kind("allButHalf", "all of these but the half", v -> new Version(otherTitle(random),
            scraped(furnished(typos(v.text(), 30, random)), random))));
  }

  /** One letter changed in about one word of {@code every} longer than three letters. */
  static String typos(String text, int every, Random random) {
    String[] words = text.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      if (words[i].length() > 3 && random.nextInt(every) == 0) {
        char[] chars = words[i].toCharArray();
        int at = 1 + random.nextInt(chars.length - 2);
        chars[at] = (char) ('a' + random.nextInt(26));
        words[i] = new String(chars);
      }
    }
    return String.join(" ", words);
  }

  static String furnished(String text) {
    return String.join("\n", FURNITURE_BEFORE) + "\n\n" + text + "\n\n" + String.join("\n", FURNITURE_AFTER) + "\n";
  }

  /** The paragraphs that make up the first half of the text, or its first half when it has one paragraph. */
  static String firstHalf(String text) {
    int cut = text.indexOf('\n', text.length() / 2);
    return cut < 0 ? text.substring(0, text.length() / 2) : text.substring(0, cut);
  }

  /**
   * Seed 000's damage: about one word in 40 dropped ("poses a momentary for"), about one closing
   * quotation mark in three lost, and a line of junk letters ("aecifo") after the first paragraph.
   */
  static String scraped(String text, Random random) {
    StringBuilder out = new StringBuilder(text.length());
    for (String word : text.split(" ", -1)) {
      if (random.nextInt(40) == 0 && !word.contains("\n")) {
        continue;
      }
      for (char c : word.toCharArray()) {
        if (CLOSING_MARKS.indexOf(c) < 0 || random.nextInt(3) != 0) {
          out.append(c);
        }
      }
      out.append(' ');
    }
    String damaged = out.toString().stripTrailing();
    int paragraph = damaged.indexOf('\n');
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      junk.append((char) ('a' + random.nextInt(26)));
    }
    return paragraph < 0 ? damaged + "\n" + junk : damaged.substring(0, paragraph) + "\n" + junk + damaged.substring(paragraph);
  }

  private String otherTitle(Random random) {
    return otherTitles.isEmpty() ? "" : otherTitles.get(random.nextInt(otherTitles.size()));
  }
}
