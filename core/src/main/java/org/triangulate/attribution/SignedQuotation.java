package org.triangulate.attribution;

import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.Phrases.DASHES;
import static org.triangulate.attribution.QuotationMarks.isClosingMark;
import static org.triangulate.attribution.QuotationMarks.quotationEndingAt;
import static org.triangulate.attribution.QuotationMarks.quotationJustBefore;

import java.util.List;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** A quotation signed with a dash and a name: "“We will win.” — Maria Lopez". */
final class SignedQuotation implements CueKind {

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return DASHES.contains(tokens.get(i).text());
  }

  /**
   * "“We will win.” — Maria Lopez, campaign manager": a quotation, a dash and a name; the dash is
   * the cue.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int dash, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    Span quotation = dash == 0 ? quotationJustBefore(text, sentence, quotations)
        : isClosingMark(text, tokens.get(dash - 1)) ? quotationEndingAt(tokens.get(dash - 1).span().end(), quotations) : null;
    if (quotation == null && dash == 0 && endsParagraph(text, sentence)) {
      // "“... to the top 1 percent.” | | - Bernie Sanders.": a line of its own that signs the
      // quotation closing the paragraph before.
      quotation = quotationEndingAt(lastNonBlankBefore(text, sentence.span().start()), quotations);
    }
    int[] source = quotation == null ? null : nounPhraseAfter(tokens, dash + 1);
    if (source == null || !tokens.get(dash + 1).pos().startsWith("NNP")) {
      return null;
    }
    return frame(text, tokens, List.of(quotation), tokens.get(dash).span(), source);
  }

  /** Whether only white space follows the sentence up to the end of its paragraph. */
  private static boolean endsParagraph(String text, Sentence sentence) {
    return text.substring(sentence.span().end(), paragraphEnd(text, sentence.span().end())).isBlank();
  }

  /** The offset of the line break that ends the paragraph holding {@code offset}, or the text's end. */
  static int paragraphEnd(String text, int offset) {
    int lineBreak = text.indexOf('\n', offset);
    return lineBreak < 0 ? text.length() : lineBreak;
  }

  /** The offset just after the last character before {@code offset} that is not white space. */
  static int lastNonBlankBefore(String text, int offset) {
    int end = offset;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
