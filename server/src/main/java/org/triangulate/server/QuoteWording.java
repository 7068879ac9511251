package org.triangulate.server;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.Speaker;

/** How a quote reads to a person, on the web pages and on the command line alike. */
public final class QuoteWording {

  private static final String QUOTATION_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a";
  private static final String DOUBLE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e";

  private QuoteWording() {}

  /** "Patricia Kim (fellow, Brookings Institute)"; "unnamed source" when there is no name. */
  public static String speaker(Speaker speaker) {
    String name = speaker.name() == null || speaker.name().isBlank() ? "unnamed source" : speaker.name().strip();
    String about = about(speaker);
    return about.isEmpty() ? name : name + " (" + about + ")";
  }

  /** "fellow, Brookings Institute", or only one of the two, or empty. */
  public static String about(Speaker speaker) {
    List<String> parts = new ArrayList<>(2);
    if (speaker.role() != null && !speaker.role().isBlank()) {
      parts.add(speaker.role().strip());
    }
    if (speaker.organization() != null && !speaker.organization().isBlank()) {
      parts.add(speaker.organization().strip());
    }
    return String.join(", ", parts);
  }

  /**
   * Where a quote appeared: "Example Times (reported by Newsweek)", or whichever of the two is
   * known; null when neither is.
   */
  public static String outlet(String outlet, String reportedBy) {
    if (outlet != null && reportedBy != null && !outlet.equals(reportedBy)) {
      return outlet + " (reported by " + reportedBy + ")";
    }
    return outlet != null ? outlet : reportedBy;
  }

  /**
   * The words of a direct quotation between quotation marks: as the text has them when its span
   * takes them in, otherwise added. A paraphrase stays as it is, and so does a quote that marks
   * its own quotation further on ({@link #marksItself}).
   */
  public static String content(String content, boolean direct) {
    if (!direct || (!content.isEmpty() && QUOTATION_MARKS.indexOf(content.charAt(0)) >= 0) || marksItself(content)) {
      return content;
    }
    return "\u201c" + content + "\u201d";
  }

  /**
   * Whether a quote's words open unmarked and hold a double quotation mark further on: a
   * paraphrase joined to the quotation that carries it on ("China's position remains unchanged
   * \u2026 \u201cWe hope ...\u201d"), which marks round the whole would misquote. Single marks are
   * left out, since they double as apostrophes ("China\u2019s").
   */
  public static boolean marksItself(String content) {
    return !content.isEmpty() && QUOTATION_MARKS.indexOf(content.charAt(0)) < 0
        && content.chars().anyMatch(c -> DOUBLE_MARKS.indexOf(c) >= 0);
  }

  /**
   * The words without the quotation marks round them, for markup that adds its own. A closing
   * mark is taken off only after an opening one, so that "the Kims’" keeps its apostrophe.
   */
  public static String unmarked(String content) {
    if (content.isEmpty() || QUOTATION_MARKS.indexOf(content.charAt(0)) < 0) {
      return content;
    }
    int end = content.length();
    if (end > 1 && QUOTATION_MARKS.indexOf(content.charAt(end - 1)) >= 0) {
      end--;
    }
    return content.substring(1, end).strip();
  }
}
