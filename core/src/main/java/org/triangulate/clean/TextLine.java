package org.triangulate.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triangulate.model.Span;

/**
 * One non-empty line of an article's text, with its shape: how many words, whether it ends like a
 * sentence, whether it reads like a headline. Offsets cover the line without its surrounding
 * whitespace.
 *
 * @param index position among the text's non-empty lines
 * @param start offset of the first non-whitespace character
 * @param end offset after the last non-whitespace character
 * @param text the line without surrounding whitespace
 * @param words the number of whitespace-separated tokens
 */
record TextLine(int index, int start, int end, String text, int words) {

  /** The most words a line can have and still be a headline, a caption headline or a list entry. */
  static final int HEADLINE_WORDS = 25;

  /** The non-empty lines of {@code text}, split at {@code \n}, {@code \r\n} and {@code \r}. */
  static List<TextLine> split(String text) {
    List<TextLine> lines = new ArrayList<>();
    int lineStart = 0;
    int length = text.length();
    while (lineStart <= length) {
      int lineEnd = lineStart;
      while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int s = lineStart;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        String content = text.substring(s, e);
        lines.add(new TextLine(lines.size(), s, e, content, countWords(content)));
      }
      if (lineEnd < length && text.charAt(lineEnd) == '\r'
          && lineEnd + 1 < length && text.charAt(lineEnd + 1) == '\n') {
        lineEnd++;
      }
      lineStart = lineEnd + 1;
    }
    return lines;
  }

  private static int countWords(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  Span span() {
    return new Span(start, end);
  }

  boolean isOneToken() {
    return words == 1;
  }

  /** Ends with sentence punctuation, possibly followed by closing quotes or brackets. */
  boolean endsSentence() {
    int i = text.length() - 1;
    while (i >= 0 && "\"'”’)]»".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * Reads as article prose rather than a label or headline: a sentence of ten words or more, or
   * a run of thirty words whatever its ending.
   */
  boolean isProse() {
    return (words >= 10 && endsSentence()) || words >= 30;
  }

  /**
   * Reads as a headline: two to {@link #HEADLINE_WORDS} words, and either without sentence
   * punctuation at the end or in title case (corpora such as PolNeAR put a full stop after every
   * line, headlines included).
   */
  boolean isHeadlineLike() {
    return words >= 2 && words <= HEADLINE_WORDS && (!endsSentence() || isTitleCase());
  }

  /** Most words of four letters or more start with a capital: "Rand Paul Scores Direct Hit". */
  boolean isTitleCase() {
    int long_ = 0;
    int capitalised = 0;
    for (String word : text.split("\\s+")) {
      String letters = word.replaceAll("^[^\\p{L}]+", "");
      if (letters.codePointCount(0, letters.length()) >= 4) {
        long_++;
        if (Character.isUpperCase(letters.codePointAt(0))) {
          capitalised++;
        }
      }
    }
    return long_ > 0 && capitalised * 10 >= long_ * 8;
  }

  /** Starts with a capital letter, as a name does ("Apre-salomemanzo", not "aecifo"). */
  boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** The text for comparing lines: lower case, straight quotes, single spaces, no end stop. */
  String key() {
    return text.toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replace('‘', '\'')
        .replace('“', '"')
        .replace('”', '"')
        .replaceAll("\\s+", " ")
        .replaceAll("[.:;,!]+$", "");
  }
}
