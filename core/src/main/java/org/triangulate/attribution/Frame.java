package org.triangulate.attribution;

import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.QuotationMarks.isMark;
import static org.triangulate.attribution.Subjects.afterDash;
import static org.triangulate.attribution.Subjects.beforeWhenOrHow;
import static org.triangulate.attribution.Subjects.speakerBeforeTime;
import static org.triangulate.attribution.Subjects.withClosingComma;
import static org.triangulate.attribution.Subjects.withoutAside;
import static org.triangulate.attribution.Subjects.withoutTimeAfterNoun;

import java.util.List;
import java.util.Locale;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** A found attribution before its speaker is resolved; {@code source} is null where none is named. */
record Frame(
    List<Span> content, Span cue, Span source, List<Token> sourceTokens, boolean direct, boolean contentFirst, Span recipient) {

  /** The content with a quotation that continues it: the attribution is now direct. */
  Frame withQuotation(List<Span> newContent) {
    return new Frame(newContent, cue, source, sourceTokens, true, contentFirst, recipient);
  }

  /** The content cut short, the frame otherwise as it was. */
  Frame withContent(List<Span> newContent) {
    return new Frame(newContent, cue, source, sourceTokens, direct, contentFirst, recipient);
  }

  /** The content after the cue, cut short or with a fragment added. */
  Frame withContentAfterCue(List<Span> newContent) {
    return new Frame(newContent, cue, source, sourceTokens, direct, false, recipient);
  }

  /** The frame said by another's source: a verb that shares the subject of the clause before it. */
  Frame withSourceOf(Frame other) {
    return new Frame(content, cue, other.source, other.sourceTokens, direct, contentFirst, recipient);
  }

  Frame withCue(Span newCue) {
    return new Frame(content, newCue, source, sourceTokens, direct, contentFirst, recipient);
  }

  Frame withRecipient(Span newRecipient) {
    return new Frame(content, cue, source, sourceTokens, direct, contentFirst, newRecipient);
  }

  boolean sourceOverlaps(Span span) {
    return source != null && source.overlaps(span);
  }

  boolean contentOverlaps(Span span) {
    return content.stream().anyMatch(c -> c.overlaps(span));
  }

  /** Where the frame is said: its source, or its cue when it names none. */
  Span anchor() {
    return source != null ? source : cue;
  }

  /** An attribution that names no one: "is expected to", "his claim that" with no possessor. */
  static Frame unsourced(String text, List<Span> content, Span cue) {
    boolean direct = content.stream().anyMatch(c -> isMark(text.charAt(c.start())));
    return new Frame(content, cue, null, List.of(), direct, false, null);
  }

  static Frame frame(String text, List<Token> tokens, List<Span> content, Span cue, int[] phrase) {
    boolean direct = content.stream().anyMatch(c -> isMark(text.charAt(c.start())));
    boolean contentFirst = content.get(0).end() <= cue.start();
    int[] speaker = speakerBeforeTime(tokens, phrase);
    if (speaker == null) {
      return new Frame(content, cue, null, List.of(), direct, contentFirst, null);
    }
    int[] source = withExamples(tokens, content, cue,
        beforeWhenOrHow(tokens, withoutAside(tokens, withClosingComma(tokens, afterDash(text, tokens, withoutTimeAfterNoun(tokens, speaker))))));
    List<Token> sourceTokens = tokens.subList(source[0], source[1]);
    Span sourceSpan = span(tokens, source);
    return new Frame(content, cue, sourceSpan, List.copyOf(sourceTokens), direct, contentFirst, null);
  }

  /**
   * The source with the examples that end its sentence after a comma: "have been applauded by
   * economists, including Jane Roe", "according to two polls, such as one from ...". Counted on
   * PolNeAR train: 4 gold sources of 4 that a comma and "including" or "such as" follow run on
   * to the sentence's end. A source with the cue or the content after it is left.
   */
  private static int[] withExamples(List<Token> tokens, List<Span> content, Span cue, int[] source) {
    int comma = source[1];
    if (comma + 2 >= tokens.size() || !isComma(tokens.get(comma)) || !opensExamples(tokens, comma + 1)) {
      return source;
    }
    int start = tokens.get(source[0]).span().start();
    if (cue.end() > start || content.stream().anyMatch(c -> c.end() > start)) {
      return source;
    }
    int end = comma + 1;
    while (end < tokens.size() && !isSentenceEnd(tokens.get(end))) {
      end++;
    }
    return new int[] {source[0], end};
  }

  /** Whether examples open at {@code at}: "including ...", "such as ...". */
  private static boolean opensExamples(List<Token> tokens, int at) {
    String word = tokens.get(at).text().toLowerCase(Locale.ROOT);
    return word.equals("including") || word.equals("such") && tokens.get(at + 1).text().equalsIgnoreCase("as");
  }
}
