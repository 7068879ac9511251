package org.triangulate.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

  @Test
  void keepsTrimmedEntriesAndDropsCommentsAndBlanks() {
    assertEquals(List.of("alpha", "beta gamma"), WordList.load(WordListTest.class, "sample.txt"));
  }

  @Test
  void missingResourceIsAPackagingError() {
    assertThrows(IllegalStateException.class, () -> WordList.load(WordListTest.class, "absent.txt"));
  }
}
