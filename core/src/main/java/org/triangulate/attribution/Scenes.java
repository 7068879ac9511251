package org.triangulate.attribution;

import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.isDeterminer;
import static org.triangulate.attribution.Phrases.isQuotationMark;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Token;

/**
 * Phrases that set the scene of a saying, when or where it was said rather than who said what:
 * time expressions ("on Tuesday night", "late last week"), days, and the prepositional phrases of
 * place and time after a cue or opening a sentence. Separate because the other readers step over
 * them to reach the subject, the source or the clause.
 */
final class Scenes {

  /** Nouns that name a time: "Tuesday", "night", "week". */
  private static final Set<String> TIME_NOUNS = Set.copyOf(WordList.load(Scenes.class, "en/time_words.txt"));
  /** Words that lead up to a time noun: "late last week", "on Tuesday night". */
  private static final Set<String> TIME_LEADS = Set.copyOf(WordList.load(Scenes.class, "en/time_lead_words.txt"));

  /**
   * Nouns that name how or on what occasion something was said: "a tweet", "an interview", "the
   * debate", "a news conference", "Twitter".
   */
  private static final Set<String> MEDIUM_NOUNS = Stream.of("en/medium_nouns.txt", "en/occasion_nouns.txt")
      .flatMap(list -> WordList.load(Scenes.class, list).stream()).collect(Collectors.toUnmodifiableSet());

  /** Broadcasters and what they air on: "Fox", "MSNBC", "his radio show", "air" (en/broadcaster_names.txt). */
  private static final Set<String> BROADCASTERS = Set.copyOf(WordList.load(Scenes.class, "en/broadcaster_names.txt"));

  /** Words of time that point from the moment of writing: "today", "yesterday", "tonight". */
  private static final Set<String> DEICTIC_TIMES = Set.of("today", "yesterday", "tonight");

  /** The months, as names: "in November", "on July 15", "in late May". */
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

  /** Units of time that en/time_words.txt leaves out: "a day after", "moments after", "at a time when". */
  private static final Set<String> TIME_UNITS = Set.of("moment", "minute", "hour", "day", "time", "decade");

  /** Prepositions whose phrase after a cue says where or when it was said ("said Tuesday in Paris"), not to whom ("wrote to investors"). */
  static final Set<String> SCENE_PREPOSITIONS = Set.of("in", "on", "at", "during");

  /** Tokens, at most, of a quoted title in a scene: "Meet the Press", "Face the Nation". */
  private static final int TITLE_TOKENS = 5;

  private Scenes() {}

  /** The first token of a time expression ending at token {@code last} ("on Tuesday night", "late last week"), or -1. */
  static int timeExpressionEnding(List<Token> tokens, int last) {
    int start = last;
    while (start >= 0 && TIME_NOUNS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
      start--;
    }
    if (start == last) {
      return -1;
    }
    while (start >= 0 && TIME_LEADS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
      start--;
    }
    return start + 1;
  }

  /** The token after a time expression that starts at {@code at} ("on Tuesday night said"), or {@code at} when none does. */
  static int afterTimeExpression(List<Token> tokens, int at) {
    int end = at;
    while (end < tokens.size() && TIME_LEADS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
      end++;
    }
    int leads = end;
    while (end < tokens.size() && TIME_NOUNS.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
      end++;
    }
    return end > leads ? end : at;
  }

  /**
   * Whether a time expression ({@link #afterTimeExpression}) opens at token {@code at} and says
   * when by itself, with no noun phrase to hold it ("last week", "earlier this month", "Tuesday
   * night", "today", "on Sunday" where the noun phrase after "on" runs on over "at a forum"): it
   * opens on a day, on a word of en/time_lead_words.txt other than the article, which opens a noun
   * phrase of its own, or on a word of time that points from the moment of writing; a lone common
   * noun of time ends a noun phrase ("in the closing week").
   */
  static boolean opensTimeOfSaying(List<Token> tokens, int at) {
    if (afterTimeExpression(tokens, at) == at) {
      return false;
    }
    Token first = tokens.get(at);
    String word = first.text().toLowerCase(Locale.ROOT);
    boolean lead = TIME_LEADS.contains(word) && !word.equals("the");
    return isDay(first) || lead || DEICTIC_TIMES.contains(word);
  }

  /** Whether the token is a word of time in any number: "month", "years", "Tuesday". */
  static boolean isTimeWord(Token token) {
    return TIME_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the phrase of token indices [start, end) names a time and nothing else: "last year",
   * "a Sunday", "the past week", "weeks", "2013". Such a phrase says when, never who. A time
   * noun written with a capital, other than a day's ("Monday", "Today"), is part of a name: "a
   * Morning Consult poll".
   */
  static boolean namesTimeAlone(List<Token> tokens, int[] phrase) {
    int at = phrase[1] - 1;
    String last = tokens.get(at).text();
    boolean named = Character.isUpperCase(last.charAt(0)) && !last.toLowerCase(Locale.ROOT).endsWith("day");
    if (!(isTimeWord(tokens.get(at)) && !named) && !isYear(tokens.get(at))) {
      return false;
    }
    while (at > phrase[0] && (isTimeWord(tokens.get(at - 1)) || isDeterminer(tokens.get(at - 1))
        || TIME_LEADS.contains(tokens.get(at - 1).text().toLowerCase(Locale.ROOT)))) {
      at--;
    }
    return at == phrase[0];
  }

  /**
   * Whether the token names a point or stretch of time that a subordinate clause may date ("a day
   * after", "minutes after", "in December when", "at a time when"): a word of time, a month, or a
   * unit of time that en/time_words.txt leaves out because it opens no time of saying by itself.
   */
  static boolean marksTime(Token token) {
    String word = token.lemma().toLowerCase(Locale.ROOT);
    return isTimeWord(token) || MONTHS.contains(token.text().toLowerCase(Locale.ROOT)) || TIME_UNITS.contains(word);
  }

  /** A year written in figures: "2013". */
  private static boolean isYear(Token token) {
    return token.pos().equals("CD") && token.text().matches("(19|20)\\d\\d");
  }

  /** A day named on its own: "Tuesday" (the capitalized time words are the days of the week). */
  static boolean isDay(Token token) {
    return token.pos().equals("NNP") && TIME_NOUNS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /**
   * The token after the words that say when and where the cue was said ("said Tuesday in Paris,
   * noting ...", "reported on Tuesday, adding ..."): time expressions and prepositional phrases
   * with no verb; {@code from} when none follow the cue.
   */
  static int afterScene(List<Token> tokens, int from) {
    int at = afterTimeExpression(tokens, from);
    while (at < tokens.size() && tokens.get(at).pos().equals("IN") && SCENE_PREPOSITIONS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT))) {
      int[] object = nounPhraseAfter(tokens, at + 1);
      if (object == null || object[0] != at + 1) {
        return at;
      }
      at = afterTimeExpression(tokens, object[1]);
    }
    return at;
  }

  /**
   * Whether the phrase from {@code at} to the comma at {@code comma} sets a scene: a preposition
   * opens it ("Throughout the night,") and no verb of its own makes it a clause ("Although 15 of
   * the hijackers were Saudis,").
   */
  static boolean opensScene(List<Token> tokens, int at, int comma) {
    return tokens.get(at).pos().equals("IN") && !anyToken(tokens, at, comma, Clauses::isFinite);
  }

  /**
   * The end of a phrase that names the medium or occasion of a saying and opens at token {@code
   * at} ("in a tweet", "during the debate", "at a news conference", "on Twitter", "in an interview
   * with The Post"), or -1: a preposition of {@link #SCENE_PREPOSITIONS} and a noun phrase after
   * it, before {@code end}, whose head is a word of en/medium_nouns.txt or en/occasion_nouns.txt:
   * the last noun before a phrase or participle of its own and before the day or time that may
   * follow it ("a conference call with reporters", "a news conference Tuesday", "an email Saturday
   * to his panel", "an interview published Saturday"; "actions on gun regulation in a tweet" has
   * its head in "regulation"). A possessive
   * before the head names the occasion by what it belongs to ("Saturday's debate", "the
   * governor's address"), and gold keeps it in what was said. A phrase of "on" that names a
   * broadcaster or what it airs on (en/broadcaster_names.txt) up to its head is a medium, with a
   * possessive or not ("on ABC News", "on MSNBC's Morning Joe", "on his radio show", "on
   * television"): the possessive there names who airs the show, not the occasion of what was said.
   */
  static int mediumEnd(String text, List<Token> tokens, int at, int end) {
    int[] object = sceneObject(text, tokens, at, end);
    if (object == null) {
      return -1;
    }
    int head = object[0];
    while (head + 1 < object[1] && !tokens.get(head + 1).pos().matches("IN|VBN|VBG")) {
      head++;
    }
    while (head > object[0] && (isTimeWord(tokens.get(head)) || isDay(tokens.get(head)))) {
      head--;
    }
    boolean names = MEDIUM_NOUNS.contains(tokens.get(head).lemma().toLowerCase(Locale.ROOT))
        && !anyToken(tokens, object[0], head, t -> t.pos().equals("POS"));
    boolean broadcast = tokens.get(at).text().equalsIgnoreCase("on")
        && anyToken(tokens, object[0], head + 1, t -> BROADCASTERS.contains(t.text().toLowerCase(Locale.ROOT)));
    return names || broadcast ? object[1] : -1;
  }

  /**
   * The end of a phrase that names the time of a saying and opens at token {@code at} ("on
   * Monday", "in November", "in June 2015", "in late May", "on July 15"), or -1: a preposition of {@link #SCENE_PREPOSITIONS} and a noun phrase, before {@code
   * end}, that names a time alone ({@link #namesTimeAlone}) or a date, a month with numbers. A
   * year alone more often dates what was said ("had opposed a similar effort in 2007", "is mulling
   * a run for Governor in 2018"; on PolNeAR train 3 such contents of gold's to 1).
   */
  static int timeEnd(String text, List<Token> tokens, int at, int end) {
    int[] object = sceneObject(text, tokens, at, end);
    boolean year = object != null && object[1] - object[0] == 1 && isYear(tokens.get(object[0]));
    return object != null && !year && (namesTimeAlone(tokens, object) || namesDate(tokens, object)) ? object[1] : -1;
  }

  /** Whether the phrase is a date: a month, with a day or year and the words that lead up to a time ("late May", "July 15", "June 2015"). */
  private static boolean namesDate(List<Token> tokens, int[] phrase) {
    boolean month = false;
    for (int i = phrase[0]; i < phrase[1]; i++) {
      Token token = tokens.get(i);
      boolean named = token.pos().equals("NNP") && MONTHS.contains(token.text().toLowerCase(Locale.ROOT));
      if (!named && !token.pos().equals("CD") && !TIME_LEADS.contains(token.text().toLowerCase(Locale.ROOT))) {
        return false;
      }
      month |= named;
    }
    return month;
  }

  /**
   * The closing mark of the quoted title of a show or a work that opens at the quotation mark at
   * {@code open} ("on NBC's “Meet the Press” on Sunday that ..."), or -1: a few words, the first
   * and every other but an article, preposition or conjunction capitalized, with no punctuation.
   * The title names where it was said, and the tagger may read a word of it as a verb ("Meet").
   */
  static int quotedTitleEnd(List<Token> tokens, int open) {
    if (!isQuotationMark(tokens.get(open))) {
      return -1;
    }
    for (int i = open + 1; i < tokens.size() && i - open <= TITLE_TOKENS + 1; i++) {
      Token token = tokens.get(i);
      if (isQuotationMark(token)) {
        return i > open + 1 ? i : -1;
      }
      boolean minor = i > open + 1 && token.pos().matches("DT|IN|CC");
      if (!Character.isUpperCase(token.text().charAt(0)) && !minor) {
        return -1;
      }
    }
    return -1;
  }

  /** The noun phrase after a preposition of {@link #SCENE_PREPOSITIONS} at {@code at} with a space before it (not the "on" of "one-on-one"), or null. */
  private static int[] sceneObject(String text, List<Token> tokens, int at, int end) {
    Token preposition = tokens.get(at);
    if (!preposition.pos().equals("IN") || !SCENE_PREPOSITIONS.contains(preposition.text().toLowerCase(Locale.ROOT))
        || preposition.span().start() == 0 || !Character.isWhitespace(text.charAt(preposition.span().start() - 1)) || at + 1 >= end) {
      return null;
    }
    // Within the content: a name there may not take a description after its comma ("in December, ...").
    int[] object = nounPhraseAfter(tokens.subList(0, end), at + 1);
    return object != null && object[0] == at + 1 ? object : null;
  }
}
