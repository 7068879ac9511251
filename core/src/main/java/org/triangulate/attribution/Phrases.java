package org.triangulate.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * What single tokens and the spans they cover tell, before any phrase is read: commas, sentence
 * ends, quotation marks and dashes, runs of adverbs and connectives, and the text a phrase of token
 * indices {@code [start, end)} covers. The other readers of grammar without a parse ({@code
 * NounPhrases}, {@code Subjects}, {@code Clauses}, {@code Scenes}) build on these.
 */
final class Phrases {

  /**
   * Every dash of Unicode's dash punctuation (em, en, figure, the horizontal bar some outlets set
   * as the quotation dash, "“...” ― Name", and the rest) but its hyphens, which join words, and
   * the typed forms "--" and "-".
   */
  static final Set<String> DASHES = dashes();

  private Phrases() {}

  private static Set<String> dashes() {
    Set<String> dashes = new HashSet<>(List.of("--", "-"));
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.getType(c) == Character.DASH_PUNCTUATION && !Character.getName(c).contains("HYPHEN")) {
        dashes.add(String.valueOf(c));
      }
    }
    return Set.copyOf(dashes);
  }

  /** The index of the last token that ends at or before {@code offset}, or -1. */
  static int tokenEndingBefore(List<Token> tokens, int offset) {
    int index = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).span().end() <= offset; i++) {
      index = i;
    }
    return index;
  }

  /** The last token before {@code at} that is no adverb, or -1. */
  static int beforeAdverbs(List<Token> tokens, int at) {
    int i = at - 1;
    while (i >= 0 && tokens.get(i).pos().startsWith("RB")) {
      i--;
    }
    return i;
  }

  static boolean isQuotationMark(Token token) {
    return token.pos().equals("``") || token.pos().equals("''");
  }

  /**
   * The first token from {@code from}, before {@code end}, past the connectives and adverbs that
   * open a sentence ("But", "And then", "Still"): no part of its subject.
   */
  static int afterConnectives(List<Token> tokens, int from, int end) {
    int at = from;
    while (at < end && (tokens.get(at).pos().equals("CC") || tokens.get(at).pos().startsWith("RB"))) {
      at++;
    }
    return at;
  }

  /** Whether the token is a dash that may set a phrase off: not "-", which as often joins the words of "self-described" or "blood-testing". */
  static boolean setsOff(Token token) {
    return DASHES.contains(token.text()) && !token.text().equals("-");
  }

  /** Whether the token is a dash with a space before it ("Sims — a teacher —"), not a hyphen inside a word ("start-up"). */
  static boolean isSpacedDash(String text, Token token) {
    return DASHES.contains(token.text()) && token.span().start() > 0 && Character.isWhitespace(text.charAt(token.span().start() - 1));
  }

  /** The first token from {@code from} on, before {@code end}, that is not an adverb. */
  static int afterAdverbs(List<Token> tokens, int from, int end) {
    int i = from;
    while (i < end && tokens.get(i).pos().startsWith("RB")) {
      i++;
    }
    return i;
  }

  static boolean isRelativePronoun(Token token) {
    return token.pos().equals("WP") && token.text().equalsIgnoreCase("who") || token.pos().equals("WDT") && token.text().equalsIgnoreCase("that");
  }

  static boolean isDeterminer(Token token) {
    return token.pos().equals("DT") || token.pos().equals("PRP$");
  }

  static boolean anyToken(List<Token> tokens, int from, int to, Predicate<Token> test) {
    for (int i = from; i < to; i++) {
      if (test.test(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The text tokens {@code first} to {@code last}, both included, cover. */
  static Span span(List<Token> tokens, int first, int last) {
    return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
  }

  /** The text a phrase of token indices [start, end) covers. */
  static Span span(List<Token> tokens, int[] phrase) {
    return span(tokens, phrase[0], phrase[1] - 1);
  }

  static boolean isComma(Token token) {
    return token.text().equals(",");
  }

  static boolean isSentenceEnd(Token token) {
    return token.text().equals(".") || token.text().equals("?") || token.text().equals("!") || token.text().equals(";");
  }
}
