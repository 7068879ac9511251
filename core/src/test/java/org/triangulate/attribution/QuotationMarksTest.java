package org.triangulate.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Span;

class QuotationMarksTest {

  private static List<String> quoted(String text) {
    return QuotationMarks.find(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void findsEveryStyle() {
    assertEquals(List.of("“We will,”", "“and soon.”"), quoted("“We will,” she said, “and soon.”"));
    assertEquals(List.of("\"Yes,\""), quoted("\"Yes,\" he said."));
    assertEquals(List.of("«Oui»"), quoted("Il a dit «Oui» hier."));
    assertEquals(List.of("„Ja“"), quoted("Er sagte „Ja“ gestern."));
    assertEquals(List.of("''spinach,''"), quoted("who called these stories ''spinach,'' said"));
  }

  @Test
  void apostrophesAreNotQuotations() {
    assertTrue(quoted("O’Malley’s campaign says it's fine").isEmpty());
  }

  @Test
  void aQuotationRunsOverParagraphsInNewspaperStyle() {
    String text = "“First paragraph of the quote.\n\n“Second paragraph,” he said.";
    assertEquals(List.of(text.substring(0, text.indexOf("he said") - 1)), quoted(text));
  }

  @Test
  void aQuotationInsideAnotherOfAnotherStyleNests() {
    String text = "he read: \"The question: “Do you think so?” Forty-three, yes.\" Then he left.";
    assertEquals(List.of("\"The question: “Do you think so?” Forty-three, yes.\""), quoted(text));
    // without the outer mark closing later in the paragraph, the inner pair ends the quotation
    String excerpt = "\"Kevin was snoring.\n\n“Here he is, babe,” she said.";
    assertEquals(List.of(excerpt.substring(0, excerpt.indexOf(" she"))), quoted(excerpt));
  }

  @Test
  void anOpenMarkAtTheEndOfAParagraphThatDoesNotContinueIsDropped() {
    assertTrue(quoted("“Never closed.\n\nA plain paragraph.").isEmpty());
  }

  @Test
  void robustOnOddInput() {
    assertTrue(QuotationMarks.find("").isEmpty());
    QuotationMarks.find("\"".repeat(10_000) + "“".repeat(10_000) + "''`");
    Random random = new Random(42);
    String alphabet = "“”\"'`« »\n ab.";
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    for (Span span : QuotationMarks.find(noise.toString())) {
      assertTrue(span.end() <= noise.length());
    }
  }
}
