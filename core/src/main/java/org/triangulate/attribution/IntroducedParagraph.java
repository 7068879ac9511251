package org.triangulate.attribution;

import static org.triangulate.attribution.QuotationMarks.isMark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triangulate.model.Span;

/**
 * "Soerens argued that:", "observing of Trump:", "Wallnau wrote:": a cue whose clause closes its
 * paragraph with a colon, with nothing said after the cue but "that" or what it speaks "of",
 * introduces the next paragraph, which is its content (a quotation there is left to
 * {@code FollowingQuotations}, and markup such as an embedded tweet to the content it has).
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
