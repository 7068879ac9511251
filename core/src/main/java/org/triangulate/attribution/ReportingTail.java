package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.ADVERBIAL_SUBORDINATORS;
import static org.triangulate.attribution.Contents.withSplitContinuation;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isDeterminer;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.QuotationMarks.inside;
import static org.triangulate.attribution.QuotationMarks.isClosingMark;
import static org.triangulate.attribution.QuotationMarks.opensSentence;
import static org.triangulate.attribution.QuotationMarks.quotationEndingAt;
import static org.triangulate.attribution.QuotationMarks.quotationJustBefore;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** The short reporting clause after a quotation, whatever its verb: "“...!” beamed the principal." */
final class ReportingTail {

  /** Tokens, at most, of the name in a reporting clause after a quotation: "“...,” super PAC spokeswoman Kellyanne Conway said". */
  private static final int TAIL_SOURCE_TOKENS = 10;

  private final CueWords words;

  ReportingTail(CueWords words) {
    this.words = words;
  }

  /**
   * "“..., that has bipartisan support,” Toomey fumed on Tuesday.", "“This is fantastic!” beamed
   * Donald Hartley.": a quotation that closes on a comma, a question or an exclamation mark, and then
   * a short clause of a name and a verb, in either order, with no other clause, is that clause's
   * words, whatever the verb and whatever the tagger made of the name ("super/RB PAC spokeswoman
   * Kellyanne Conway said", "said the 46/CD -/HYPH year/NN -/HYPH old/JJ"). The clause ends at the
   * sentence's end or at a comma.
   */
  Frame find(String text, Sentence sentence, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int mark = 0;
    while (mark < tokens.size() && !(isClosingMark(text, tokens.get(mark)) && quotationEndingAt(tokens.get(mark).span().end(), quotations) != null)) {
      mark++;
    }
    // The quotation closes in this sentence or, when it ends on "?" or "!", the sentence splitter
    // may have closed the sentence with it: "“That was wonderful!” | beamed the principal."
    Span quotation = mark > 0 && mark < tokens.size() ? quotationEndingAt(tokens.get(mark).span().end(), quotations) : null;
    if (quotation == null) {
      quotation = quotationJustBefore(text, sentence, quotations);
      mark = -1;
      if (quotation != null && !opensSentence(text, quotation)) {
        return null;
      }
    }
    if (quotation == null || mark >= tokens.size() - 2 || quotation.start() > tokens.get(0).span().start()
        || ",?!".indexOf(text.charAt(quotation.end() - 2)) < 0) {
      return null;
    }
    int end = mark + 1;
    while (end < tokens.size() && !isComma(tokens.get(end)) && !isSentenceEnd(tokens.get(end))) {
      end++;
    }
    int verb = mark + 1;
    while (verb < end && !tailVerb(text, tokens, verb)) {
      verb++;
    }
    // The name's own words, which hold no verb: up to the verb, or up to the comma that opens a
    // description of it ("“...,” Paris, who used to work on Capitol Hill, said about ...").
    int nameEnd = verb;
    int sourceEnd = verb;
    if (verb >= end) {
      int description = end + 1;
      while (description < tokens.size() && !isComma(tokens.get(description)) && !isSentenceEnd(tokens.get(description))) {
        description++;
      }
      if (end >= tokens.size() || !isComma(tokens.get(end)) || description + 1 >= tokens.size()
          || !isComma(tokens.get(description)) || !tailVerb(text, tokens, description + 1)) {
        return null;
      }
      nameEnd = end;
      verb = description + 1;
      sourceEnd = verb;
      end = verb + 1;
      while (end < tokens.size() && !isComma(tokens.get(end)) && !isSentenceEnd(tokens.get(end))) {
        end++;
      }
    }
    // "went on": the particle belongs to the cue.
    int verbEnd = verb + 1 < end && tokens.get(verb + 1).pos().equals("RP") ? verb + 2 : verb + 1;
    boolean inverted = verb == mark + 1;
    int[] name = inverted ? new int[] {verbEnd, end} : new int[] {mark + 1, nameEnd};
    int[] source = inverted ? name : new int[] {mark + 1, sourceEnd};
    // After "X fumed" only adjuncts may follow, no clause of its own but one of time ("said as
    // confetti fluttered down").
    int rest = inverted ? verbEnd : end;
    for (int i = verbEnd; i < rest; i++) {
      if (ADVERBIAL_SUBORDINATORS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        rest = i;
      }
    }
    if (name[1] <= name[0] || name[1] - name[0] > TAIL_SOURCE_TOKENS
        || (tokens.get(name[0]).pos().equals("IN") || tokens.get(name[0]).pos().equals("CC"))
            && Character.isLowerCase(tokens.get(name[0]).text().charAt(0))
        || anyToken(tokens, name[0], name[1], t -> t.pos().startsWith("W") || t.text().equalsIgnoreCase("that")
            || inside(t.span(), quotations) || isClosingMark(text, t))
        || IntStream.range(name[0], name[1]).anyMatch(i -> tailVerb(text, tokens, i))
        || anyToken(tokens, verbEnd, rest, t -> t.pos().startsWith("VB") || t.pos().equals("MD") || t.text().equalsIgnoreCase("that"))) {
      return null;
    }
    Span cue = span(tokens, verb, verbEnd - 1);
    List<Span> content = withSplitContinuation(text, sentence, end, List.of(quotation), quotations);
    return frame(text, tokens, content, cue, source);
  }

  /**
   * Whether token {@code i} can be the verb of a reporting clause after a quotation: not a word
   * after a determiner ("the document states") nor one joined by a hyphen ("a voice-over says").
   */
  private boolean tailVerb(String text, List<Token> tokens, int i) {
    return isVerbLike(tokens.get(i)) && !hyphenated(text, tokens.get(i)) && (i == 0 || !isDeterminer(tokens.get(i - 1)));
  }

  /** Whether a hyphen joins the token to the word before or after it: "voice-over", "conservative-leaning". */
  private static boolean hyphenated(String text, Token token) {
    int start = token.span().start();
    int end = token.span().end();
    return start > 0 && text.charAt(start - 1) == '-' || end < text.length() && text.charAt(end) == '-';
  }

  /** A verb, or a listed cue that the tagger took for a noun ("the document states"). */
  private boolean isVerbLike(Token token) {
    return token.pos().startsWith("VB") || token.pos().startsWith("NN") && words.listsVerb(token)
        && !Character.isUpperCase(token.text().charAt(0));
  }
}
