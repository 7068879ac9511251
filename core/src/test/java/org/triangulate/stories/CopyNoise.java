package org.triangulate.stories;

import java.util.Random;

/** Scraping noise for tests: seeded typos, like those of the content farm behind seed 000. */
final class CopyNoise {

  private CopyNoise() {}

  /** {@code text} with one letter changed in every {@code every}-th word or so. */
  static String typos(String text, int every, long seed) {
    Random random = new Random(seed);
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
}
