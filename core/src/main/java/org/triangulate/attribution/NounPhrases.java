package org.triangulate.attribution;

import static org.triangulate.attribution.Phrases.DASHES;
import static org.triangulate.attribution.Phrases.afterConnectives;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.beforeAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isDeterminer;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Scenes.timeExpressionEnding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Token;

/**
 * Noun phrases read from the parts of speech, as token indices {@code [start, end)}: where one
 * that ends or starts at a token begins and ends, with its modifiers, possessor, bracketed party
 * and appositive. Separate from {@code Subjects}, which decides which noun phrase speaks.
 */
final class NounPhrases {

  private static final Set<String> NOUN_PHRASE_TAGS =
      Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "JJR", "JJS", "POS", "CD", "PRP$", "HYPH", "VBN");

  private static final Set<String> CONNECTING_WORDS = Set.of("of", "at", "for", "with", "and", "in", "from", "on", "to", "'s", "’s");

  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you", "who");

  /** Nouns that head a relative clause with no "that": "the reason", "the moment", "something". */
  private static final Set<String> RELATIVE_HEAD_NOUNS = Set.copyOf(WordList.load(NounPhrases.class, "en/relative_head_nouns.txt"));

  /** Adverbs that qualify the quantity or group their noun phrase opens with: "nearly half", "not everyone". */
  static final Set<String> DEGREE_ADVERBS = Set.copyOf(WordList.load(NounPhrases.class, "en/degree_adverbs.txt"));

  /** Adjectives the tagger reads as adverbs before a common noun: "Early results", "Early polls". */
  private static final Set<String> MISREAD_ADJECTIVES = Set.copyOf(WordList.load(NounPhrases.class, "en/misread_adjectives.txt"));

  /** Quantifiers that stand for people on their own: "Another tweeted, “...”", "Some chanted “USA! USA!”". */
  private static final Set<String> STANDING_QUANTIFIERS = Set.of("another", "some", "many", "most", "several", "both", "others");

  /** Adverbs after a noun that say where or how widely its group stands: "Polls there", "voters overall". */
  private static final Set<String> PLACING_ADVERBS = Set.of("there", "here", "overall", "everywhere", "nationwide");

  /** Prepositions after a noun that say where its group stands: "voters across party lines", "advocates within the community". */
  private static final Set<String> PLACING_PREPOSITIONS = Set.of("across", "within", "inside");

  /** Quantifiers that open a phrase of their own after a noun: "the unease many women feel". */
  private static final Set<String> RELATIVE_SUBJECT_QUANTIFIERS = Set.of("many", "several", "few", "most", "some", "all", "both");

  /** Determiners that point rather than open a subject: "this week", "those gifts". */
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");

  /** Tokens, at most, inside the brackets after a name: "(D-N.Y.)", "(R-WI)". */
  private static final int BRACKETED_TOKENS = 6;

  /** Words that single a noun out of its group by rank: "the first senator to endorse", "the only governor to back". */
  private static final Set<String> RANKS = Set.of("first", "only", "earliest", "last", "lone", "sole");

  /** Tokens, at most, from the rank to the noun the phrase ends with: "the first member of the House Armed Services Committee". */
  private static final int RANKED_REACH = 8;

  private NounPhrases() {}

  /**
   * Whether token {@code at} is an adverb of place or extent right after a common noun, which says
   * which of its kind speak ("Polls there show", "voters overall said", "people everywhere
   * disclose"): part of the subject, as PolNeAR marks it, not of the cue.
   */
  static boolean placesNoun(List<Token> tokens, int at) {
    return at > 0 && PLACING_ADVERBS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT)) && tokens.get(at - 1).pos().matches("NNS?");
  }

  /** The token after a bracketed group at {@code at} ("(D-Md.)"), or {@code at} when none opens there. */
  static int afterBrackets(List<Token> tokens, int at) {
    if (at >= tokens.size() || !tokens.get(at).pos().equals("-LRB-")) {
      return at;
    }
    for (int i = at + 1; i < tokens.size() && i - at <= BRACKETED_TOKENS + 1; i++) {
      if (tokens.get(i).pos().equals("-RRB-")) {
        return i + 1;
      }
    }
    return at;
  }

  /**
   * The noun phrase ending at token {@code last}, with an appositive set off by commas ("Edward
   * Howell, an Oxford University lecturer ... Chatham House,"), as token indices [start, end).
   */
  static int[] nounPhraseBefore(List<Token> tokens, int last) {
    if (last < 0) {
      return null;
    }
    int end = last + 1;
    if (isComma(tokens.get(last))) {
      int appositiveStart = last - 1;
      while (appositiveStart >= 0 && !isComma(tokens.get(appositiveStart))
          && (isNounPhraseWord(tokens.get(appositiveStart)) || tokens.get(appositiveStart).pos().equals("VBG"))) {
        appositiveStart--;
      }
      if (appositiveStart < 1 || !isComma(tokens.get(appositiveStart))) {
        return null;
      }
      int[] head = nounPhraseBefore(tokens, appositiveStart - 1);
      // "the White House spokesman, Josh Earnest,": a role before the name it is given.
      boolean named = last - appositiveStart > 1 && tokens.get(last - 1).pos().startsWith("NNP")
          && tokens.get(appositiveStart + 1).pos().startsWith("NNP") && tokens.get(appositiveStart - 1).pos().startsWith("NN");
      return head == null || !tokens.get(appositiveStart - 1).pos().startsWith("NNP") && !named ? null : new int[] {head[0], end};
    }
    if (tokens.get(last).pos().equals("WP") && tokens.get(last).text().equalsIgnoreCase("who")) {
      return new int[] {last, end};
    }
    if (tokens.get(last).pos().equals("-RRB-")) {
      // "Rep. Gregory Meeks (D-N.Y.)": a name's bracketed party and state.
      int open = last - 1;
      while (open > 0 && !tokens.get(open).pos().equals("-LRB-") && last - open <= BRACKETED_TOKENS) {
        open--;
      }
      int[] head = open > 0 && tokens.get(open).pos().equals("-LRB-") ? nounPhraseBefore(tokens, open - 1) : null;
      return head == null || !tokens.get(open - 1).pos().startsWith("NNP") ? null : new int[] {head[0], end};
    }
    int time = timeExpressionEnding(tokens, last);
    if (time > 1 && (tokens.get(time - 1).text().equalsIgnoreCase("out") || tokens.get(time - 1).pos().matches("VBN|VBD"))
        && tokens.get(time - 2).pos().startsWith("NN")) {
      // "A Monmouth poll out Monday showed", "A new batch of emails released this week showed": the
      // time says when the noun before it came out, and the source is that noun's phrase with it.
      int[] published = nounPhraseBefore(tokens, time - 2);
      if (published != null) {
        return new int[] {published[0], end};
      }
    }
    if (placesNoun(tokens, last)) {
      int[] placed = nounPhraseBefore(tokens, last - 1);
      return placed == null ? null : new int[] {placed[0], end};
    }
    if (!isHead(tokens.get(last))) {
      return null;
    }
    if (tokens.get(last).pos().equals("PRP")) {
      String pronoun = tokens.get(last).text().toLowerCase(Locale.ROOT);
      if (last > 1 && tokens.get(last - 1).text().equalsIgnoreCase("of") && isQuantifier(tokens.get(last - 2))) {
        // "most of them", "some of us": the quantity speaks.
        return new int[] {last - 2, end};
      }
      if (OBJECT_PRONOUNS.contains(pronoun) && last > 1 && tokens.get(last - 1).pos().matches("IN|TO")) {
        // "a source close to him", "people familiar with her thinking": the pronoun ends a
        // longer phrase, which a noun heads.
        int start = last - 1;
        while (start > 0 && isNounPhraseWord(tokens.get(start - 1)) && !tokens.get(start - 1).pos().equals("PRP")) {
          start--;
        }
        boolean noun = false;
        for (int i = start; i < last - 1; i++) {
          noun |= tokens.get(i).pos().startsWith("NN");
        }
        return noun ? new int[] {start, end} : null;
      }
      if (pronoun.endsWith("self") || pronoun.endsWith("selves")) {
        // "Ford itself": the reflexive stresses the noun before it.
        int[] head = last > 0 && tokens.get(last - 1).pos().startsWith("NN") ? nounPhraseBefore(tokens, last - 1) : null;
        return head == null ? null : new int[] {head[0], end};
      }
      return SUBJECT_PRONOUNS.contains(pronoun) ? new int[] {last, end} : null;
    }
    int start = last;
    while (start > 0 && (isNounPhraseWord(tokens.get(start - 1)) || pluralPossessive(tokens, start - 1) || givenName(tokens, start - 1)
        || inHyphenedModifier(tokens, start - 1)) && !tokens.get(start - 1).pos().equals("PRP") && !isVerbAfterAuxiliary(tokens, start - 1)
        && !opensRelativeSubject(tokens, start, last) && !followsRelativeHead(tokens, start)) {
      start--;
    }
    int participle = start > 0 && tokens.get(start - 1).text().equalsIgnoreCase("by") ? start - 2 : start - 1;
    if (participle > 0 && tokens.get(participle - 1).pos().startsWith("NN") && (tokens.get(participle).pos().equals("VBG")
        || tokens.get(participle).pos().equals("VBN") || tokens.get(participle).pos().equals("VBD") && participle == start - 2)) {
      // "a survey conducted by an analyst found", "a judge handling the lawsuit ordered",
      // "officials speaking on condition of anonymity said": a participle after its noun opens a
      // phrase that describes the noun, and the source runs from the noun.
      int[] head = nounPhraseBefore(tokens, participle - 1);
      if (head != null) {
        start = head[0];
      }
    } else if (participle == start - 2 && participle >= 0 && tokens.get(participle).pos().startsWith("NN")) {
      // "A study by the university found", "The statement by the two suggested": the work speaks
      // with its author, and PolNeAR's source is the whole phrase (train: 13 such sources of 13).
      int[] work = nounPhraseBefore(tokens, participle);
      if (work != null) {
        start = work[0];
      }
    } else if (start > 1 && tokens.get(start - 1).text().equalsIgnoreCase("like") && tokens.get(start - 2).pos().equals("NNS")) {
      // "civil rights groups like the A.C.L.U. praised", "critics like Huffman say": the names are
      // examples of the group, which speaks with them, and PolNeAR's source is the whole phrase.
      int[] group = nounPhraseBefore(tokens, start - 2);
      if (group != null) {
        start = group[0];
      }
    } else if (placedGroupEnd(tokens, start) >= 0) {
      // "many voters across party lines shrugged off", "sources close to her campaign say": where
      // the group stands tells which group speaks, and PolNeAR's source is the whole phrase.
      int[] group = nounPhraseBefore(tokens, placedGroupEnd(tokens, start));
      if (group != null) {
        start = group[0];
      }
    }
    while (start < last && CONNECTING_WORDS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
      start++;
    }
    if (start > 1 && tokens.get(start - 1).text().equalsIgnoreCase("and") && tokens.get(start - 2).pos().equals("PRP")
        && SUBJECT_PRONOUNS.contains(tokens.get(start - 2).text().toLowerCase(Locale.ROOT))) {
      // "She and her aides have vowed ...": a pronoun joined to the phrase is one of its speakers.
      return new int[] {start - 2, end};
    }
    return new int[] {joinedStart(tokens, withModifiersBefore(tokens, nameAfterJoinedObject(tokens, start, last))), end};
  }

  /**
   * The start of the name after "and" when the phrase from {@code start} to {@code last} joins an
   * object to the subject of the next clause: "the council cut the budget and Mayor Ruiz fired
   * ...", "has won a state and Cruz suggested ...". A common noun opened by a determiner after a
   * verb, a preposition or an object pronoun ends the first clause, and the name alone speaks;
   * "The president and Vice President Biden said" opens its sentence, and "many economists and
   * Wall Street advocates" or "Former prosecutor and New York City Mayor Rudy Giuliani" end in a
   * common noun or open with none, and stay whole. {@code start} when the phrase joins no such pair.
   */
  private static int nameAfterJoinedObject(List<Token> tokens, int start, int last) {
    if (start < 1 || !isDeterminer(tokens.get(start)) || !tokens.get(start - 1).pos().matches("VB.?|IN|TO|PRP")) {
      return start;
    }
    int name = last;
    while (name > start && tokens.get(name).pos().startsWith("NNP")) {
      name--;
    }
    boolean joined = name < last && name > start + 1 && tokens.get(name).text().equals("and")
        && tokens.get(name - 1).pos().matches("NNS?");
    return joined ? name + 1 : start;
  }

  /**
   * The start of the phrase that "nor" or "and even" joins to the phrase from {@code start}, when
   * it opens the sentence: "Neither Cruz nor Christie acknowledged ...", "Politicians and even some
   * technologists say ...": PolNeAR's source takes both, where the walk back stopped at the
   * joining word. So does it for a name with its bracketed party or state before "and" or "or"
   * ("Former Maryland Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R)
   * announced ..."), where the walk stops at the bracket (counted on PolNeAR train: 2 sources
   * of 2 before a cue). {@code start} when no such phrase opens the sentence.
   */
  private static int joinedStart(List<Token> tokens, int start) {
    int joiner = start - 1;
    boolean even = joiner > 0 && tokens.get(joiner).text().equalsIgnoreCase("even");
    if (even) {
      joiner--;
    }
    String word = joiner > 0 ? tokens.get(joiner).text().toLowerCase(Locale.ROOT) : "";
    boolean joins = word.equals("and") || word.equals("or");
    boolean bracketed = joins && !even && tokens.get(joiner - 1).pos().equals("-RRB-");
    if (!word.equals("nor") && !(even && joins) && !bracketed) {
      return start;
    }
    int[] first = nounPhraseBefore(tokens, joiner - 1);
    if (first == null) {
      return start;
    }
    int from = first[0] > 0 && tokens.get(first[0] - 1).text().equalsIgnoreCase("neither") ? first[0] - 1 : first[0];
    // "However, Sen. Bernie Sanders (Vt.) and ...": the connective's comma opens no phrase.
    int opening = afterConnectives(tokens, 0, from);
    return opening == from || opening + 1 == from && opening > 0 && isComma(tokens.get(opening)) ? from : start;
  }

  /**
   * The common noun that ends a group placed by the words before token {@code start} ("voters
   * across", "advocates within", "an operative inside", "sources close to"), or -1.
   */
  private static int placedGroupEnd(List<Token> tokens, int start) {
    int noun = start - 2;
    if (noun >= 0 && tokens.get(start).text().equalsIgnoreCase("to") && tokens.get(start - 1).text().equalsIgnoreCase("close")) {
      // The walk back stops at "close", with "to" as the phrase's first word.
      return tokens.get(noun).pos().matches("NNS?") ? noun : -1;
    }
    return noun >= 0 && PLACING_PREPOSITIONS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))
        && tokens.get(noun).pos().matches("NNS?") ? noun : -1;
  }

  /**
   * Whether the determiner or quantifier at {@code at} opens the subject of a relative clause with
   * no "that" after the common noun it describes: "a tactic many Democrats hope will ...", "the
   * unease many women feel", "a probe the law enforcement agency opened", "some ways his campaign
   * ...": the phrase before the cue starts there, not at the noun described. A capitalised name
   * after "the" is a name of its own ("the civil rights organization the Anti-Defamation League",
   * "spokesman the Rev. Federico Lombardi"), and "this" or "those" rather say when or which.
   */
  private static boolean opensRelativeSubject(List<Token> tokens, int at, int last) {
    Token opener = tokens.get(at);
    String word = opener.text();
    boolean opens = (isDeterminer(opener) || RELATIVE_SUBJECT_QUANTIFIERS.contains(word)) && !DEMONSTRATIVES.contains(word);
    boolean named = word.equals("the") && !tokens.get(last).pos().matches("NNS?");
    return opens && !named && tokens.get(at - 1).pos().matches("NNS?");
  }

  /**
   * Whether token {@code i} is part of a modifier that a hyphen joins to a participle: "Award-winning
   * journalist Maria Hinojosa", "a still-struggling HP", "The Nobel-winning Peruvian novelist": the
   * tagger splits the word, and its halves (a participle, an adverb) would end the walk back over
   * the noun phrase, where the whole word is an adjective.
   */
  private static boolean inHyphenedModifier(List<Token> tokens, int i) {
    return i > 1 && hyphenedParticiple(tokens, i) || i + 2 < tokens.size() && hyphenedParticiple(tokens, i + 2);
  }

  /** Whether the participle at {@code i} is joined by a hyphen, with no space, to the word before it. */
  private static boolean hyphenedParticiple(List<Token> tokens, int i) {
    Token hyphen = tokens.get(i - 1);
    return (tokens.get(i).pos().equals("VBG") || tokens.get(i).pos().equals("VBN")) && hyphen.pos().equals("HYPH")
        && tokens.get(i - 2).span().end() == hyphen.span().start() && hyphen.span().end() == tokens.get(i).span().start();
  }

  /**
   * Whether the noun at {@code at} opens the subject of a relative clause with no "that" after a
   * noun such as "reason" or "moment" (en/relative_head_nouns.txt): "the reason President Obama
   * said", "the last thing state Representative Karlee Macer expected", "something Republicans
   * say", where a name stands in the subject ("Anything close to that range would signal" is one
   * phrase). The noun ends a phrase of its own, opened by a determiner or a number ("the only time",
   * "One reason") or standing alone as a pronoun ("something"), and the source starts after it;
   * a title or a role noun before a name ("columnist Ruth Marcus") joins it, and "a one-time Cruz
   * backer" or "long time Republican committeeman" use the noun inside a modifier.
   */
  private static boolean followsRelativeHead(List<Token> tokens, int at) {
    int head = at - 1;
    Token noun = tokens.get(head);
    boolean named = tokens.get(at).pos().startsWith("NNP") || at + 1 < tokens.size() && tokens.get(at + 1).pos().startsWith("NNP");
    if (!tokens.get(at).pos().startsWith("NN") || !named || !noun.pos().matches("NNS?")
        || !RELATIVE_HEAD_NOUNS.contains(noun.text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int before = head - 1;
    while (before >= 0 && tokens.get(before).pos().matches("JJ|JJS|RB")) {
      before--;
    }
    int opening = before == head - 1 && noun.text().toLowerCase(Locale.ROOT).endsWith("thing") ? head
        : before >= 0 && (isDeterminer(tokens.get(before)) || tokens.get(before).pos().equals("CD")) ? before : -1;
    // "..., something Sanders aides argue is possible", "..., a word Trump then repeated": after a
    // comma or a dash the noun sums up what came before, and the rules keep its clause as an
    // attribution of its own (PolNeAR marks one, with the noun in the content) only while the
    // source opens with the noun; cut, the clause joins the content before the comma.
    return opening == 0 || opening > 0 && !isComma(tokens.get(opening - 1)) && !DASHES.contains(tokens.get(opening - 1).text());
  }

  /**
   * The start of a noun phrase with the words before {@code start} that still modify it, which
   * parts of speech alone leave out: a degree adverb ("Nearly half", "Only about 4 in 10", "not
   * everyone"; PolNeAR leaves "even" and "just" out), "at least" and "more than" before a
   * quantity, the share "out of" a whole ("two out of three Americans"), a predeterminer ("all the
   * Democrats"), and an adverb or a participle after a determiner, a possessor or a number ("The
   * most recent poll", "a newly released email", "A growing number", "Sanders's most passionate
   * supporters", "the two leading Republicans"), and a determiner the tagger reads as something else,
   * the relative "whose" or the "both" of a pair (counted on PolNeAR train: 8 sources of 9 after
   * them take the word), and a participle that opens its clause before a plural noun ("Leading
   * Democrats", "that rising rates"; counted on PolNeAR train: 7 sources of 7 take it), and an
   * adjective the tagger read as an adverb ("Early polls").
   */
  private static int withModifiersBefore(List<Token> tokens, int start) {
    while (true) {
      String word = start < tokens.size() ? tokens.get(start).text().toLowerCase(Locale.ROOT) : "";
      if (start > 0 && (word.equals("least") || word.equals("most")) && tokens.get(start - 1).text().equalsIgnoreCase("at")) {
        start--;
      } else if (start > 1 && tokens.get(start - 1).text().equalsIgnoreCase("least") && tokens.get(start - 2).text().equalsIgnoreCase("at")) {
        // "at least a dozen members", "at least one former employee": the floor belongs to the quantity after it.
        start -= 2;
      } else if (start > 1 && tokens.get(start - 1).text().equalsIgnoreCase("than") && tokens.get(start - 2).pos().equals("JJR")) {
        start -= 2;
      } else if (start > 2 && tokens.get(start - 1).text().equalsIgnoreCase("of") && tokens.get(start - 2).text().equalsIgnoreCase("out")
          && tokens.get(start - 3).pos().equals("CD")) {
        // "two out of three Americans", "Nearly nine out of 10": the share speaks, not the whole.
        start -= 3;
      } else if (start > 0 && tokens.get(start).pos().matches("NNS?")
          && MISREAD_ADJECTIVES.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))) {
        // "Early results of an entrance poll show": an adverb cannot modify the noun, so the word is its adjective.
        start--;
      } else if (start > 0 && (tokens.get(start - 1).pos().equals("PDT")
          || tokens.get(start - 1).pos().startsWith("RB") && DEGREE_ADVERBS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT)))) {
        start--;
      } else if (start > 1 && (tokens.get(start - 1).pos().startsWith("RB") || tokens.get(start - 1).pos().equals("VBG"))
          && isDeterminer(tokens.get(start - 2))) {
        start -= 2;
      } else if (start > 2 && (tokens.get(start - 1).pos().startsWith("RB") || tokens.get(start - 1).pos().equals("VBG"))
          && possessorBefore(tokens, start - 1) != null) {
        // "Donald J. Trump's newly installed campaign chief", "The Democrats' leading candidate".
        start = possessorBefore(tokens, start - 1)[0];
      } else if (start > 2 && tokens.get(start - 1).pos().equals("VBG") && tokens.get(start - 2).pos().equals("CD")
          && isDeterminer(tokens.get(start - 3))) {
        // "the two leading Republicans".
        start -= 3;
      } else if (start > 0 && (tokens.get(start - 1).pos().equals("WP$")
          || tokens.get(start - 1).pos().equals("CC") && tokens.get(start - 1).text().equalsIgnoreCase("both"))) {
        // "whose members met", "both the union and its rival endorsed": the relative possessive and
        // the "both" of a pair are the phrase's determiners, which the tagger reads as a
        // pronoun and a conjunction.
        start--;
      } else if (start > 0 && tokens.get(start - 1).pos().equals("VBG") && tokens.get(start).pos().matches("NNP?S")
          && (start == 1 || start == 2 && tokens.get(0).pos().equals("CC") || tokens.get(start - 2).text().equalsIgnoreCase("that"))) {
        // "Leading Democrats have become ...", "But hacking specialists say", "that rising rates
        // could ...": a participle that opens the sentence or a "that" clause before a plural noun
        // describes the noun, where one after an "and" inside the sentence may take it as object
        // ("... and dismissing questions he did not like").
        start--;
      } else {
        return start;
      }
    }
  }

  /**
   * Whether the capitalized verb at {@code i} is the first name of the person a role before it
   * names ("Trump campaign spokeswoman Hope Hicks said"): after a common noun in lower case and
   * before a proper noun, the tagger's verb is a name, and the verb after it is the cue.
   */
  static boolean givenName(List<Token> tokens, int i) {
    Token previous = i > 0 ? tokens.get(i - 1) : null;
    return previous != null && i + 1 < tokens.size() && Character.isUpperCase(tokens.get(i).text().charAt(0))
        && previous.pos().startsWith("NN") && !previous.pos().startsWith("NNP") && Character.isLowerCase(previous.text().charAt(0))
        && tokens.get(i + 1).pos().startsWith("NNP");
  }

  /**
   * Whether token {@code i} is the apostrophe of a name's plural possessive ("Sanders’ campaign"),
   * which the tagger reads as a closing quotation mark: it follows a name ending in "s" with no
   * space between.
   */
  static boolean pluralPossessive(List<Token> tokens, int i) {
    Token mark = tokens.get(i);
    if (i == 0 || !(mark.text().equals("’") || mark.text().equals("'"))) {
      return false;
    }
    Token owner = tokens.get(i - 1);
    return owner.pos().startsWith("NNP") && owner.text().endsWith("s") && owner.span().end() == mark.span().start();
  }

  /** "has shipped", "was widely seen": a participle that is a verb, not a modifier of the noun after it. */
  private static boolean isVerbAfterAuxiliary(List<Token> tokens, int i) {
    if (!tokens.get(i).pos().equals("VBN")) {
      return false;
    }
    int auxiliary = beforeAdverbs(tokens, i);
    return auxiliary >= 0 && (tokens.get(auxiliary).lemma().equalsIgnoreCase("have") || tokens.get(auxiliary).lemma().equalsIgnoreCase("be"));
  }

  private static boolean isQuantifier(Token token) {
    return token.pos().equals("DT") || token.pos().equals("JJS") || token.pos().equals("CD") || token.pos().equals("JJ");
  }

  /**
   * The one addressed after a cue, starting at token {@code first}: "told Breitbart News he would
   * ...", "told them Clinton has ...": a pronoun ends the phrase, as the subject of the clause told
   * after a noun, or as the whole phrase in the object case.
   */
  static int[] addresseeAfter(List<Token> tokens, int first) {
    int[] phrase = nounPhraseAfter(tokens, first);
    if (phrase == null || tokens.get(first).pos().equals("PRP")) {
      return phrase == null ? null : new int[] {first, first + 1};
    }
    for (int i = first + 1; i < phrase[1]; i++) {
      if (tokens.get(i).pos().equals("PRP") && SUBJECT_PRONOUNS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
        return new int[] {first, i};
      }
    }
    return phrase;
  }

  /**
   * The last token of the noun phrase starting at token {@code first} when a sentence end or a
   * comma follows it ("with a grin.", "in a statement,"): a phrase that closes its clause; -1
   * otherwise.
   */
  static int closingNounPhraseEnd(List<Token> tokens, int first) {
    int[] phrase = first < tokens.size() ? nounPhraseAfter(tokens, first) : null;
    boolean closes = phrase != null && phrase[1] < tokens.size() && (isSentenceEnd(tokens.get(phrase[1])) || isComma(tokens.get(phrase[1])));
    return closes ? phrase[1] - 1 : -1;
  }

  /**
   * The noun phrase starting at token {@code first}, with an appositive after a comma; a word that
   * stands for the people a relative "who" describes ends it as a noun would ("drew support from
   * a large majority of those who ..."), the clause left out.
   */
  static int[] nounPhraseAfter(List<Token> tokens, int first) {
    int end = first;
    while (end < tokens.size() && (isNounPhraseWord(tokens.get(end)) || modifiesModifier(tokens, first, end) || possessesNext(tokens, first, end))
        && !(end > first && tokens.get(end - 1).pos().startsWith("NN") && isDeterminer(tokens.get(end)))) {
      // A determiner after a noun opens the next phrase: "told the newspaper a “significant” number".
      end++;
    }
    while (end > first && CONNECTING_WORDS.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))) {
      end--;
    }
    if (end == first || !isHead(tokens.get(end - 1)) && !describedPeople(tokens, end - 1)) {
      return null;
    }
    if (end + 1 < tokens.size() && isComma(tokens.get(end)) && tokens.get(end - 1).pos().startsWith("NNP")) {
      int appositiveEnd = end + 1;
      while (appositiveEnd < tokens.size() && isNounPhraseWord(tokens.get(appositiveEnd))) {
        appositiveEnd++;
      }
      if (appositiveEnd > end + 1 && (appositiveEnd == tokens.size()
          || isComma(tokens.get(appositiveEnd)) || isSentenceEnd(tokens.get(appositiveEnd)))) {
        end = appositiveEnd;
      }
    }
    return new int[] {first, end};
  }

  /**
   * Whether token {@code at} is an adverb that grades the modifier after it, before any noun of the
   * phrase: "a newly uncovered email", "recently hacked documents", "the most recent data".
   */
  private static boolean modifiesModifier(List<Token> tokens, int first, int at) {
    boolean beforeNoun = at == first || tokens.get(at - 1).pos().matches("DT|PRP\\$|JJ|RB|RBS|CD");
    return beforeNoun && tokens.get(at).pos().matches("RB|RBS") && at + 1 < tokens.size() && tokens.get(at + 1).pos().matches("VBN|JJ|JJS");
  }

  /**
   * Whether token {@code at} is a curly apostrophe that makes the plural or name before it the
   * possessor of the noun or modifier after it ("concern that Sanders’ supporters will ..."): the
   * phrase runs on through it, as {@link #possessorBefore} reads it.
   */
  private static boolean possessesNext(List<Token> tokens, int first, int at) {
    return at > first && at + 1 < tokens.size() && isPossessiveMark(tokens, at) && tokens.get(at + 1).pos().matches("NN.*|JJ.*");
  }

  /**
   * Whether the word stands alone for the people a relative clause after it describes: "those who
   * ...", "some who ...", "many who ...".
   */
  static boolean standsForPeople(Token token) {
    String word = token.text().toLowerCase(Locale.ROOT);
    return word.equals("those") || STANDING_QUANTIFIERS.contains(word);
  }

  /** Whether the word at {@code at} stands for the people the relative "who" after it describes: "support from those who ...". */
  private static boolean describedPeople(List<Token> tokens, int at) {
    return standsForPeople(tokens.get(at)) && at + 1 < tokens.size() && tokens.get(at + 1).text().equalsIgnoreCase("who");
  }

  static boolean isNounPhraseWord(Token token) {
    return NOUN_PHRASE_TAGS.contains(token.pos()) || CONNECTING_WORDS.contains(token.text().toLowerCase(Locale.ROOT))
        || token.text().equals("-") || token.text().equals(".") && token.pos().equals("NNP");
  }

  /**
   * Whether a token can end a noun phrase: a noun, pronoun or number, or a capitalised adjective,
   * which is most often a name the tagger took for one ("Blackwell/JJ pointed to ...") or a
   * nationality or party that stands for its people ("the Republican said").
   */
  static boolean isHead(Token token) {
    return token.pos().startsWith("NN") || token.pos().equals("PRP") || token.pos().equals("CD")
        || token.pos().equals("JJ") && Character.isUpperCase(token.text().charAt(0))
        || STANDING_QUANTIFIERS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /**
   * The first token of a noun phrase ending with the noun at {@code last} that a determiner and a
   * rank single out, with "one of" before it: "the first member of Congress", "one of the earliest
   * House members"; -1 where none does, or where a word of time is what is ranked ("her first
   * caucus Saturday", "last week").
   */
  static int rankedPhraseStart(List<Token> tokens, int last) {
    if (!tokens.get(last).pos().startsWith("NN")) {
      return -1;
    }
    int rank = last - 1;
    while (rank > 0 && last - rank < RANKED_REACH && !RANKS.contains(tokens.get(rank).text().toLowerCase(Locale.ROOT))
        && isNounPhraseWord(tokens.get(rank))) {
      rank--;
    }
    // "a last-ditch effort": a rank joined by its hyphen to another word ranks nothing.
    if (rank < 1 || !RANKS.contains(tokens.get(rank).text().toLowerCase(Locale.ROOT)) || !isDeterminer(tokens.get(rank - 1))
        || DASHES.contains(tokens.get(rank + 1).text()) || anyToken(tokens, rank + 1, last + 1, Scenes::marksTime)) {
      return -1;
    }
    int start = rank - 1;
    boolean oneOf = start > 1 && tokens.get(start - 1).text().equalsIgnoreCase("of") && tokens.get(start - 2).text().equalsIgnoreCase("one");
    return oneOf ? start - 2 : start;
  }

  static boolean isAppositiveEnd(List<Token> tokens, int comma) {
    return nounPhraseBefore(tokens, comma) != null;
  }

  /** Whether the token is a pronoun that only an object takes: "him", "them". */
  static boolean isObjectPronoun(Token token) {
    return token.pos().equals("PRP") && OBJECT_PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /**
   * The possessor before token {@code first}: "their", or a noun phrase with its "'s" ("a fact-check on
   * Donald Trump's claim": the possessor only); or null.
   */
  static int[] possessorBefore(List<Token> tokens, int first) {
    if (first > 0 && tokens.get(first - 1).pos().equals("PRP$")) {
      return new int[] {first - 1, first};
    }
    if (first < 2 || !isPossessiveMark(tokens, first - 1) || !isHead(tokens.get(first - 2))) {
      return null;
    }
    int start = first - 2;
    while (start > 0 && isNounPhraseWord(tokens.get(start - 1)) && !CONNECTING_WORDS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))) {
      start--;
    }
    return new int[] {start, first};
  }

  /**
   * Whether the token at {@code i} marks a possessive: the tagger's "'s", or a curly apostrophe
   * alone after a plural noun or a name in "s" ("budget hawks’ warnings", "Sanders’ supporters"),
   * which it reads as a closing quotation mark. Counted on PolNeAR train: 78 such apostrophes
   * after a plural before a noun or an adjective, each read there a possessive ("Democrats’
   * biggest delegate", "the networks’ entrance poll"); 108 after a name, all possessives but the
   * one closing a "‘" ("Trump’s ‘Working Class’ Support").
   */
  private static boolean isPossessiveMark(List<Token> tokens, int i) {
    Token mark = tokens.get(i);
    Token before = tokens.get(i - 1);
    return mark.pos().equals("POS") || mark.text().equals("’") && before.text().endsWith("s")
        && (before.pos().matches("NNS|NNPS") || before.pos().equals("NNP") && !closesSingleQuote(tokens, i));
  }

  /** Whether the apostrophe at {@code i} closes a "‘" opened before it in the sentence ("‘Working Class’ Support"). */
  private static boolean closesSingleQuote(List<Token> tokens, int i) {
    boolean open = false;
    for (int j = 0; j < i; j++) {
      String text = tokens.get(j).text();
      open = text.equals("‘") || open && !text.equals("’");
    }
    return open;
  }
}
