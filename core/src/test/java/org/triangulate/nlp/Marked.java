package org.triangulate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.EntityType;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * A hand-made analysis for tests that need no tagger: mentions are written in brackets,
 * "[Pyongyang|L] has shipped", with P, O, L for PERSON, ORGANIZATION, LOCATION. Each line is a
 * sentence; tokens get a crude part of speech (DT, IN, NNP when capitalised, else NN).
 */
record Marked(String text, List<Sentence> sentences, List<Mention> mentions) {

  private static final Pattern MENTION = Pattern.compile("\\[([^\\]|]+)\\|([POL])\\]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*\\.?|\\S");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "from", "with", "of", "for", "by", "after");

  static Marked of(String marked) {
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    Matcher m = MENTION.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.length();
      text.append(m.group(1));
      EntityType type = switch (m.group(2)) {
        case "P" -> EntityType.PERSON;
        case "O" -> EntityType.ORGANIZATION;
        default -> EntityType.LOCATION;
      };
      mentions.add(new Mention(new Span(start, text.length()), m.group(1), type));
      last = m.end();
    }
    text.append(marked.substring(last));
    String plain = text.toString();
    return new Marked(plain, sentences(plain), mentions);
  }

  private static List<Sentence> sentences(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int lineStart = 0;
    for (String line : text.split("\n", -1)) {
      List<Token> tokens = new ArrayList<>();
      Matcher w = WORD.matcher(line);
      while (w.find()) {
        Span span = new Span(lineStart + w.start(), lineStart + w.end());
        tokens.add(new Token(span, w.group(), pos(w.group()), w.group().toLowerCase(Locale.ROOT)));
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end()), tokens));
      }
      lineStart += line.length() + 1;
    }
    return sentences;
  }

  private static String pos(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (DETERMINERS.contains(lower)) {
      return "DT";
    }
    if (PREPOSITIONS.contains(lower)) {
      return "IN";
    }
    return Character.isUpperCase(word.charAt(0)) ? "NNP" : Character.isLetterOrDigit(word.charAt(0)) ? "NN" : word;
  }

  TextAnalysis analysis() {
    return new TextAnalysis(sentences, mentions);
  }
}
