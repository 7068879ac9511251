package org.triangulate.attribution;

import static org.triangulate.attribution.Contents.endingAt;
import static org.triangulate.attribution.QuotationMarks.isMark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triangulate.model.Span;

/**
 * "Soerens argued that:", "observing of Trump:", "Wallnau wrote:": a cue whose clause closes its
 * paragraph with a colon, with nothing said after the cue but "that" or what it speaks "of",
 * introduces the next paragraph, which is its content (a quotation there is left to
 * {@code FollowingQuotations}, and markup such as an embedded tweet to the content it has). A
 * colon that still closes a content introduces what follows it and is no part of the content.
 */
final class IntroducedParagraph {

  private IntroducedParagraph() {}

  static List<Frame> withIntroducedParagraphs(String text, List<Frame> frames) {
    List<Frame> with = new ArrayList<>();
    for (Frame frame : frames) {
      Span paragraph = introduced(text, frame);
      with.add(paragraph == null ? frame : frame.withContentAfterCue(List.of(paragraph)));
    }
    return with;
  }

  /**
   * "was refusing to call the attack terrorism:", "pointed to the sparse crowd:": a content that
   * ends on the colon introducing what comes next ends before it, as no gold content on PolNeAR
   * train ends on a colon. Counted on PolNeAR train: 21 predicted contents closed on a colon, 5
   * of them made gold's exact content by leaving it out. Run after the introduced paragraphs,
   * which read the colon.
   */
  static List<Frame> withoutClosingColons(String text, List<Frame> frames) {
    List<Frame> without = new ArrayList<>();
    for (Frame frame : frames) {
      Span last = frame.content().get(frame.content().size() - 1);
      String said = text.substring(last.start(), last.end()).stripTrailing();
      if (said.endsWith(":") && said.length() > 1) {
        int end = last.start() + said.substring(0, said.length() - 1).stripTrailing().length();
        frame = frame.withContent(endingAt(frame.content(), end));
      }
      without.add(frame);
    }
    return without;
  }

  /** The paragraph after the frame's closing colon, or null where the frame introduces none. */
  private static Span introduced(String text, Frame frame) {
    int end = Math.max(frame.cue().end(), frame.content().get(frame.content().size() - 1).end());
    int colon = text.lastIndexOf(':', end - 1);
    if (colon < frame.cue().end() - 1 || !text.substring(colon + 1, end).isBlank()) {
      return null;
    }
    String said = frame.cue().end() > colon ? "" : text.substring(frame.cue().end(), colon).strip().toLowerCase(Locale.ROOT);
    if (!said.isEmpty() && !said.equals("that") && !said.startsWith("of ")) {
      return null;
    }
    Span paragraph = Contents.nextParagraph(text, colon + 1);
    return paragraph != null && !isMark(text.charAt(paragraph.start())) && text.charAt(paragraph.start()) != '<' ? paragraph : null;
  }
}
