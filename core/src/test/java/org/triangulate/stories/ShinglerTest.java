package org.triangulate.stories;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShinglerTest {

  static final Path POLNEAR = Path.of(System.getProperty("triangulate.shared", "../../shared")).resolve("eval/polnear/train/text");

  private final Shingler shingler = new Shingler();

  @Test
  void aCopyWithTyposAndAddedLinesResemblesItsOriginal() throws IOException {
    String original = polnear(0);
    String copy = "Breaking: Beyond Headlines!\n" + CopyVariants.typos(original, 40, new Random(7)) + "\nShare this article on Facebook\n";
    double resemblance = shingler.resemblance(shingler.fingerprint(original), shingler.fingerprint(copy));
    assertTrue(resemblance >= 0.6, "resemblance " + resemblance);
  }

  @Test
  void differentArticlesDoNotResembleEachOther() throws IOException {
    for (int i = 1; i < 6; i++) {
      double resemblance = shingler.resemblance(shingler.fingerprint(polnear(0)), shingler.fingerprint(polnear(i)));
      assertTrue(resemblance < 0.2, "resemblance " + resemblance + " with article " + i);
    }
  }

  @Test
  void theFirstHalfOfAnArticleCopiesItThoughItResemblesItLittle() throws IOException {
    String original = polnear(0);
    String half = original.substring(0, original.indexOf('\n', original.length() / 2));
    Fingerprint whole = shingler.fingerprint(original);
    Fingerprint part = shingler.fingerprint(half);
    assertTrue(shingler.resemblance(whole, part) < 0.65, "resemblance " + shingler.resemblance(whole, part));
    assertTrue(shingler.containment(whole, part) > 0.9, "containment " + shingler.containment(whole, part));
    assertTrue(shingler.copies(whole, part, 0.65) && shingler.copies(part, whole, 0.65));
  }

  @Test
  void aParagraphQuotedInAnotherArticleMakesNoCopy() throws IOException {
    String original = polnear(0);
    String paragraph = original.substring(0, original.indexOf('\n', 200));
    Fingerprint quoting = shingler.fingerprint(polnear(1) + "\n" + paragraph);
    Fingerprint quoted = shingler.fingerprint(original);
    assertFalse(shingler.copies(quoting, quoted, 0.5), "containment " + shingler.containment(quoting, quoted));
  }

  @Test
  void tooShortOrEmptyTextHasNoFingerprint() {
    assertNull(shingler.fingerprint(""));
    assertNull(shingler.fingerprint("three short words"));
    assertNull(shingler.fingerprint("\u0000\u0001\u00ff !!! ..."));
    assertNotNull(shingler.fingerprint("four words are enough"));
  }

  @Test
  void hugeAndRandomTextGoThrough() {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder();
    while (text.length() < 5_000_000) {
      text.append((char) (random.nextInt(0x2FFF) + 1));
      if (random.nextInt(6) == 0) {
        text.append(' ');
      }
    }
    assertNotNull(shingler.fingerprint(text.toString()));
  }

  static String polnear(int index) throws IOException {
    try (Stream<Path> files = Files.list(POLNEAR)) {
      Path file = files.filter(p -> p.toString().endsWith(".txt")).sorted().skip(index).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }
}
