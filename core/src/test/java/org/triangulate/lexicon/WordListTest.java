package org.triangulate.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

  @Test
  void readsEntriesWithoutCommentsOrBlankLines() {
    assertEquals(List.of("alpha", "beta", "gamma", "delta#not a comment", "épée"), WordList.load(WordListTest.class, "sample.txt"));
  }

  @Test
  void missingResourceIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.load(WordListTest.class, "no-such-list.txt"));
    assertTrue(e.getMessage().contains("no-such-list.txt"), e.getMessage());
  }
}
