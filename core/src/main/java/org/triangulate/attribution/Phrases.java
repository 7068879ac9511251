package org.triangulate.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * What a sentence's tokens and their parts of speech tell of its grammar, without a parse: noun
 * phrases and what ends them, subjects, verbs and where clauses open. Phrases are token indices
 * {@code [start, end)}.
 */
final class Phrases {

  static final Set<String> SKIPPED_BEFORE_CUE =
      Set.of("have", "be", "do", "will", "would", "could", "can", "may", "might", "shall", "should", "also", "later",
          "previously", "repeatedly", "once", "often", "then", "still", "recently", "earlier", "again", "further", "not",
          "n't", "never", "publicly", "privately", "already", "reportedly");

  private static final Set<String> NOUN_PHRASE_TAGS =
      Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "JJR", "JJS", "POS", "CD", "PRP$", "HYPH", "VBN");

  private static final Set<String> CONNECTING_WORDS = Set.of("of", "at", "for", "with", "and", "in", "from", "on", "to", "'s", "’s");

  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you", "who");

  /** Subordinators after a reporting clause that continue the content before it. */
  private static final Set<String> CONTINUING_SUBORDINATORS = Set.of("because", "since", "although", "though", "unless", "if");

  /** Nouns that name a time: "Tuesday", "night", "week". */
  private static final Set<String> TIME_NOUNS = Set.copyOf(WordList.load(Phrases.class, "en/time_words.txt"));
  /** Words that lead up to a time noun: "late last week", "on Tuesday night". */
  private static final Set<String> TIME_LEADS = Set.copyOf(WordList.load(Phrases.class, "en/time_lead_words.txt"));

  /** Nouns that head a relative clause with no "that": "the reason", "the moment", "something". */
  private static final Set<String> RELATIVE_HEAD_NOUNS = Set.copyOf(WordList.load(Phrases.class, "en/relative_head_nouns.txt"));

  /**
   * Prepositions after a comma that say who a source is, or add members to it, rather than open an
   * aside: "Smith, of Baldwin,", "Pantucci, at the institute,", "Ohio, like Iowa,", "Clinton, as
   * well as her campaign,".
   */
  private static final Set<String> IDENTIFYING_PREPOSITIONS = Set.of("of", "at", "like", "including", "along", "unlike", "such", "as");

  /** Words that open a reported clause: "said repeatedly that ...". */
  private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");

  /** Prepositions whose phrase after a cue says where or when it was said ("said Tuesday in Paris"), not to whom ("wrote to investors"). */
  private static final Set<String> SCENE_PREPOSITIONS = Set.of("in", "on", "at", "during");

  /** Nouns for a means of saying: "in a statement", "in a Medium post". */
  private static final Set<String> MEDIUM_NOUNS = Set.copyOf(WordList.load(Phrases.class, "en/medium_nouns.txt"));

  /** Adverbs that qualify the quantity or group their noun phrase opens with: "nearly half", "not everyone". */
  private static final Set<String> DEGREE_ADVERBS = Set.copyOf(WordList.load(Phrases.class, "en/degree_adverbs.txt"));

  /** Words that open an adverbial clause, which no relative clause runs across. */
  private static final Set<String> SUBORDINATORS =
      Set.of("because", "although", "though", "while", "if", "since", "when", "as", "after", "before", "until", "unless", "whether", "so");

  static final Set<String> DASHES = Set.of("—", "–", "--", "-");

  /** Quantifiers that stand for people on their own: "Another tweeted, “...”", "Some chanted “USA! USA!”". */
  private static final Set<String> STANDING_QUANTIFIERS = Set.of("another", "some", "many", "most", "several", "both", "others");

  /** Subordinators that open a clause of time or manner after a cue, never what is said: "said as he left". */
  static final Set<String> ADVERBIAL_SUBORDINATORS = Set.of("as", "when", "while", "after", "before", "until");

  /** Verbs that carry another's tense: "has released", "is running", "did not say". */
  private static final Set<String> AUXILIARIES = Set.of("have", "be", "do");

  /** Quantifiers that may stand after their subject, before its verb: "they all said". */
  private static final Set<String> FLOATING_QUANTIFIERS = Set.of("all", "both", "each");

  private static final Set<String> PLURAL_SUBJECT_PRONOUNS = Set.of("they", "we", "you");

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

  /** Opening phrases set off by commas, at most, that a subject may follow. */
  private static final int SUBJECT_COMMAS = 4;

  /** Tokens, at most, between a cue and the "that" that opens its content. */
  private static final int COMPLEMENTIZER_REACH = 10;

  private Phrases() {}

  /** The index of the last token that ends at or before {@code offset}, or -1. */
  static int tokenEndingBefore(List<Token> tokens, int offset) {
    int index = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).span().end() <= offset; i++) {
      index = i;
    }
    return index;
  }

  /** The last token from {@code from} back that is no auxiliary or adverb before a cue, or -1. */
  static int skippedBefore(List<Token> tokens, int from) {
    int before = from;
    while (true) {
      while (before >= 0 && (SKIPPED_BEFORE_CUE.contains(tokens.get(before).lemma().toLowerCase(Locale.ROOT))
          || tokens.get(before).pos().startsWith("RB") || isContractedAuxiliary(tokens, before) || isFloatingQuantifier(tokens, before))
          && !tokens.get(before).pos().startsWith("NN") && !placesNoun(tokens, before)) {
        before--;
      }
      // "Trump on Tuesday said", "Police had last month charged": a time expression between the
      // subject and its verb says when, not who; it is skipped when a subject ends before it, and
      // kept when it ends a phrase ("a poll released Monday showed").
      int time = timeExpressionEnding(tokens, before);
      if (time >= 1 && endsSubject(tokens.get(time - 1))) {
        before = time - 1;
        continue;
      }
      int adjunct = adjunctAfterAuxiliary(tokens, before);
      if (adjunct < 0) {
        return before;
      }
      before = adjunct;
    }
  }

  /**
   * The auxiliary or pronoun before a phrase of time or place ending at token {@code last}
   * that stands between it and the verb ("who has in the past described", "who in the past has
   * voiced", "have in fact reported", "earlier in the day touted"), or -1: such a phrase says
   * when or where, never who. After a noun the phrase may be the noun's own ("Democrats in Iowa
   * said") and stays, and after any other adverb it may be a verb's ("shot back in an article").
   */
  private static int adjunctAfterAuxiliary(List<Token> tokens, int last) {
    int[] phrase = last < 0 || !isHead(tokens.get(last)) ? null : nounPhraseBefore(tokens, last);
    if (phrase == null || phrase[0] < 2 || !SCENE_PREPOSITIONS.contains(tokens.get(phrase[0] - 1).text().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    Token before = tokens.get(phrase[0] - 2);
    boolean auxiliary = SKIPPED_BEFORE_CUE.contains(before.lemma().toLowerCase(Locale.ROOT)) || before.pos().matches("MD|W.*|PRP");
    return auxiliary ? phrase[0] - 2 : -1;
  }

  /**
   * Whether token {@code at} is an adverb of place or extent right after a common noun, which says
   * which of its kind speak ("Polls there show", "voters overall said", "people everywhere
   * disclose"): part of the subject, as PolNeAR marks it, not of the cue.
   */
  private static boolean placesNoun(List<Token> tokens, int at) {
    return at > 0 && PLACING_ADVERBS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT)) && tokens.get(at - 1).pos().matches("NNS?");
  }

  /**
   * Whether token {@code at} is "all", "both" or "each" after the noun or pronoun it quantifies
   * ("they all said", "Sanders and Cruz both campaigned"), or after an auxiliary that follows it
   * ("Trump and Sanders have both argued", "they were all told").
   */
  private static boolean isFloatingQuantifier(List<Token> tokens, int at) {
    String word = tokens.get(at).text().toLowerCase(Locale.ROOT);
    boolean afterAuxiliary = at > 1 && SKIPPED_BEFORE_CUE.contains(tokens.get(at - 1).lemma().toLowerCase(Locale.ROOT))
        && (tokens.get(at - 1).pos().startsWith("VB") || tokens.get(at - 1).pos().equals("MD"));
    Token quantified = at > 0 ? tokens.get(afterAuxiliary ? at - 2 : at - 1) : null;
    // "started it all": after an object pronoun the quantifier ends the object.
    return quantified != null && FLOATING_QUANTIFIERS.contains(word)
        && (quantified.pos().startsWith("NN") || PLURAL_SUBJECT_PRONOUNS.contains(quantified.text().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether token {@code at} is "’s" for "is" or "has" after a pronoun ("He’s predicting", "who’s
   * argued"): the tagger reads the curly apostrophe's "’s" as a possessive every time, but no
   * personal or relative pronoun takes one. After "it" it opens a clause that names no one ("it’s
   * assumed that ..."), which is left to the kinds of cue that read "it is".
   */
  private static boolean isContractedAuxiliary(List<Token> tokens, int at) {
    Token token = tokens.get(at);
    return at > 0 && token.pos().equals("POS") && (token.text().equals("’s") || token.text().equals("'s"))
        && (tokens.get(at - 1).pos().equals("PRP") || tokens.get(at - 1).pos().equals("WP")) && !tokens.get(at - 1).text().equalsIgnoreCase("it");
  }

  /** The first token of a time expression ending at token {@code last} ("on Tuesday night", "late last week"), or -1. */
  private static int timeExpressionEnding(List<Token> tokens, int last) {
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
   * Whether the token at {@code at} is an adverb that says how or how often a verb before it was
   * done ("said repeatedly", "asked rhetorically", "joked darkly"): one in "-ly" that qualifies
   * no quantity ("nearly half") and no adjective, adverb or participle after it ("increasingly
   * likely"), and that stands before no preposition other than a complementizer, whose phrase
   * would open the content ("talked openly about ...").
   */
  static boolean isMannerAdverb(List<Token> tokens, int at) {
    Token token = tokens.get(at);
    String word = token.text().toLowerCase(Locale.ROOT);
    if (!token.pos().startsWith("RB") || !word.endsWith("ly") || DEGREE_ADVERBS.contains(word) || at + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(at + 1);
    boolean preposition = (next.pos().equals("IN") || next.pos().equals("TO")) && !isComplementizer(next);
    return !next.pos().startsWith("JJ") && !next.pos().startsWith("RB") && !next.pos().equals("CD") && !next.pos().equals("VBN") && !preposition;
  }

  /** Whether the token is a word of time in any number: "month", "years", "Tuesday". */
  static boolean isTimeWord(Token token) {
    return TIME_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** A day named on its own: "Tuesday" (the capitalized time words are the days of the week). */
  static boolean isDay(Token token) {
    return token.pos().equals("NNP") && TIME_NOUNS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  private static boolean endsSubject(Token token) {
    // "Sanders, who on Tuesday endorsed", "Cruz, who last year threatened": a relative pronoun is a subject too.
    return isHead(token) || isRelativePronoun(token) || token.pos().equals("WDT") || isComma(token) || token.pos().equals("-RRB-")
        || token.pos().startsWith("RB") || token.pos().equals("MD") || SKIPPED_BEFORE_CUE.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The "that" opening the reported clause after some words with no verb ("said at a news
   * conference last week that ..."), or -1. After a noun the tagger often reads "that" as a
   * relative pronoun ("predicted at the debate that Republicans will win"); when a phrase of
   * place or time comes between, a subject and a verb after it make it the complementizer all the
   * same. After an object "that" may well be relative ("likened it to the deals that he brokered").
   */
  static int complementizerAfter(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i - from <= COMPLEMENTIZER_REACH; i++) {
      Token token = tokens.get(i);
      boolean relativeLooking = token.pos().equals("WDT") && adjunctAt(tokens, from) && subjectAndVerbAt(tokens, i + 1);
      if (token.text().equalsIgnoreCase("that") && (token.pos().equals("IN") || relativeLooking)) {
        return i;
      }
      if (token.pos().startsWith("VB") || token.pos().equals("MD") || token.pos().equals("``") || isSentenceEnd(token)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The subject of the reported clause after a phrase of place or time with no "that" ("said on
   * Thursday he had delivered a letter", "wrote in a memo the plan was dead"), or -1: the clause
   * is the content, the phrase only says where and when it was said.
   */
  static int clauseAfterAdjunct(List<Token> tokens, int from) {
    if (from + 1 >= tokens.size()) {
      return -1;
    }
    int end = afterTimeExpression(tokens, from);
    if (end == from && tokens.get(from).pos().equals("IN")) {
      int[] object = nounPhraseAfter(tokens, from + 1);
      end = object == null || object[0] != from + 1 ? from : afterTimeExpression(tokens, object[1]);
    }
    // "said Thursday's speeches had ...": a day that owns a noun is the subject's, no time of saying.
    return end > from && end < tokens.size() && !tokens.get(end).pos().startsWith("VB") && !tokens.get(end).pos().equals("POS")
        && subjectAndVerbAt(tokens, end) ? end : -1;
  }

  /**
   * What is said after a time or an adverb with no "that" ("vowed Tuesday to remain in the race",
   * "wouldn't say Tuesday how ...", "has said repeatedly “the next president” should ..."): an
   * infinitive, a question word or a quotation right after them opens the content; the token it
   * opens at, or -1.
   */
  static int openingAfterTime(List<Token> tokens, int from) {
    int at = from;
    for (int next = skipTimeOrAdverb(tokens, at); next > at; next = skipTimeOrAdverb(tokens, at)) {
      at = next;
    }
    if (at == from || at + 1 >= tokens.size()) {
      return -1;
    }
    Token token = tokens.get(at);
    boolean infinitive = token.pos().equals("TO") && tokens.get(at + 1).pos().equals("VB");
    // "exactly what he would say": an adverb right before a question word is the question's own.
    boolean question = (token.pos().equals("WRB") || token.pos().equals("WP")
        || token.text().equalsIgnoreCase("whether") || token.text().equalsIgnoreCase("if")) && !tokens.get(at - 1).pos().equals("RB");
    return infinitive || question || token.pos().equals("``") ? at : -1;
  }

  private static int skipTimeOrAdverb(List<Token> tokens, int at) {
    int end = afterTimeExpression(tokens, at);
    return end == at && at < tokens.size() && tokens.get(at).pos().equals("RB") && !tokens.get(at).lemma().equalsIgnoreCase("not") ? at + 1 : end;
  }

  private static boolean adjunctAt(List<Token> tokens, int at) {
    return tokens.get(at).pos().equals("IN") || afterTimeExpression(tokens, at) > at;
  }

  static boolean subjectAndVerbAt(List<Token> tokens, int at) {
    int[] subject = nounPhraseAfter(tokens, at);
    int verb = subject == null ? tokens.size() : afterAdverbs(tokens, subject[1], tokens.size());
    return verb < tokens.size() && isFinite(tokens.get(verb));
  }

  /**
   * Whether a comma and then a verb, after any adverbs, or a subordinator that carries the clause
   * on ("..., economists say, because ..."), follow at {@code at}.
   */
  static boolean predicateAfterComma(List<Token> tokens, int at) {
    if (at + 1 >= tokens.size() || !isComma(tokens.get(at))) {
      return false;
    }
    int verb = afterAdverbs(tokens, at + 1, tokens.size());
    return verb < tokens.size() && (isFinite(tokens.get(verb))
        || verb == at + 1 && CONTINUING_SUBORDINATORS.contains(tokens.get(verb).text().toLowerCase(Locale.ROOT)));
  }

  /** The form of "be" before a participle, over adverbs ("is widely expected"), or -1. */
  static int beFormBefore(List<Token> tokens, int participle) {
    int i = beforeAdverbs(tokens, participle);
    return i >= 0 && tokens.get(i).lemma().equalsIgnoreCase("be") ? i : -1;
  }

  /** The last token before {@code at} that is no adverb, or -1. */
  static int beforeAdverbs(List<Token> tokens, int at) {
    int i = at - 1;
    while (i >= 0 && tokens.get(i).pos().startsWith("RB")) {
      i--;
    }
    return i;
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
   * Whether the cue at {@code cue} reads as an inverted reporting clause: a noun phrase after it
   * ends the sentence or is set off by a comma ("..., said Edward Howell, a lecturer ..."). A
   * phrase that a preposition opens says where or of whom it was said, never who said it ("said in
   * a statement", "said of Cruz").
   */
  static boolean inverted(List<Token> tokens, int cue) {
    int[] after = nounPhraseAfter(tokens, cue + 1);
    return after != null && !opensWithPreposition(tokens, after[0])
        && (after[1] == tokens.size() || isComma(tokens.get(after[1])) || isSentenceEnd(tokens.get(after[1])));
  }

  static boolean opensWithPreposition(List<Token> tokens, int at) {
    return tokens.get(at).pos().equals("IN") || tokens.get(at).pos().equals("TO");
  }

  /** Whether a clause opens at token {@code at}: "that", a quotation, or a subject and its verb. */
  static boolean clauseOpensAt(List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return false;
    }
    if (tokens.get(at).text().equalsIgnoreCase("that") || tokens.get(at).pos().equals("``") || complementizerAfter(tokens, at) > at) {
      return true;
    }
    if ((isComma(tokens.get(at)) || tokens.get(at).text().equals(":")) && at + 1 < tokens.size()) {
      return tokens.get(at + 1).pos().equals("``");
    }
    int[] subject = nounPhraseAfter(tokens, at);
    int verb = subject == null ? tokens.size() : afterAdverbs(tokens, subject[1], tokens.size());
    return verb < tokens.size() && isFinite(tokens.get(verb));
  }

  /**
   * The subject of the clause before token {@code end}: the noun phrase that opens the sentence,
   * or one that follows opening phrases set off by commas ("At a rally in Portsmouth, N.H., on
   * Tuesday, Senator Bernie Sanders ..."), when a verb comes next, or a description set off by
   * commas and then a verb ("Republicans, who hold a majority in the Senate, have blocked ...").
   */
  static int[] subjectBefore(List<Token> tokens, int end) {
    // "But Clinton drew a contrast, saying ...": a connective opens the sentence.
    int start = afterConnectives(tokens, 0, end);
    while (start < end && isQuotationMark(tokens.get(start))) {
      start = afterConnectives(tokens, start + 1, end);
    }
    for (int attempt = 0; attempt < SUBJECT_COMMAS && start < end; attempt++) {
      // "In October, Mr. Paulson, who ..., told", "On Tuesday she ...": a phrase that opens with a
      // preposition sets the scene, and the subject follows its comma or its time expression.
      boolean scene = tokens.get(start).pos().equals("IN");
      int time = afterTimeExpression(tokens, start);
      if (scene && time > start && time < end && !isComma(tokens.get(time))) {
        start = time;
        scene = false;
      }
      int[] phrase = scene ? null : nounPhraseAfter(tokens, start);
      if (phrase != null && phrase[1] < end) {
        // "Sen. Bernie Sanders (I-Vt.) defended ...": a name's bracketed party and state.
        phrase = new int[] {phrase[0], afterBrackets(tokens, phrase[1])};
      }
      if (phrase != null && phrase[1] < end) {
        if (verbAt(tokens, phrase[1], end)) {
          return phrase;
        }
        if (isComma(tokens.get(phrase[1])) && anyToken(tokens, phrase[0], phrase[1], Phrases::isComma)
            && verbAt(tokens, phrase[1] + 1, end)) {
          // "Erin Brockovich, the activist and lawyer, endorsed ...": the phrase took in the
          // appositive after the name, and its closing comma belongs to the subject.
          return new int[] {phrase[0], phrase[1] + 1};
        }
        int close = phrase[1] + 1;
        while (close < end && !isComma(tokens.get(close))) {
          close++;
        }
        if (isComma(tokens.get(phrase[1])) && close < end && verbAt(tokens, close + 1, end)) {
          return new int[] {phrase[0], close + 1};
        }
      }
      while (start < end && !isComma(tokens.get(start))) {
        start++;
      }
      start++;
      while (start < end && isQuotationMark(tokens.get(start))) {
        // "In an interview with “Fox and Friends,” Donald Trump pointed ...": the mark that closes
        // a quotation in the opening phrase is no part of the subject after it.
        start++;
      }
    }
    return null;
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

  /**
   * The last token before {@code at} that is no modal, adverb or auxiliary ("have been criticized",
   * "will informally be dubbed"), or -1.
   */
  static int beforeAuxiliaries(List<Token> tokens, int at) {
    int i = at - 1;
    while (i >= 0 && (tokens.get(i).pos().equals("MD") || tokens.get(i).pos().startsWith("RB")
        || tokens.get(i).pos().startsWith("VB") && AUXILIARIES.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT)))) {
      i--;
    }
    return i;
  }

  /** Whether the token is a dash with a space before it ("Sims — a teacher —"), not a hyphen inside a word ("start-up"). */
  static boolean isSpacedDash(String text, Token token) {
    return DASHES.contains(token.text()) && token.span().start() > 0 && Character.isWhitespace(text.charAt(token.span().start() - 1));
  }

  /**
   * The subject of the finite verb that an "and" or "but" at {@code joiner} joins a second verb to,
   * when no comma comes between them but those of a series of verbs in the second verb's form:
   * "Sanders, who endorsed Canova in May and said ...", "When asked, Ms. Sherry smiled and said
   * ...", "she's tacked to the left, criticizing the pipeline and calling for ...", "the board
   * rejected both objections, ruled Cruz eligible and ordered ...": a finite verb of the series
   * right after its comma has no subject of its own, and the series goes on before it. Null when
   * the first verb has no noun phrase right before it.
   */
  static int[] firstVerbSubject(List<Token> tokens, int joiner) {
    return subjectOfVerb(tokens, firstVerb(tokens, joiner));
  }

  /**
   * "The board rejected both objections, ruled Cruz eligible and ...", "She urged the
   * administration to join the coalition, proposed that ...": a finite verb right after a comma, in
   * the form of a finite verb before it in the sentence, is the next of that verb's series and
   * shares its subject. Null when the verb the series opens with is in another form ("The judges
   * who ruled that the states could not implement their laws, for instance, said ..."), has no noun
   * phrase right before it, or belongs to a relative clause ("Exit polls, which Mr. Trump won
   * decisively, showed ...", "the Trump who questions ..., who fights ..., claims ..."): a relative
   * clause's verb is no verb of the sentence's subject, and its noun speaks in the clause around it.
   */
  static int[] seriesSubject(List<Token> tokens, int comma) {
    int verb = firstVerb(tokens, comma);
    int[] subject = verb > 0 && tokens.get(verb).pos().equals(tokens.get(comma + 1).pos()) ? subjectOfVerb(tokens, verb) : null;
    boolean relative = subject != null
        && (isRelativePronoun(tokens.get(subject[0])) || subject[0] > 0 && tokens.get(subject[0] - 1).pos().startsWith("W"));
    return relative ? null : subject;
  }

  /** The finite verb a series joined at {@code joiner} opens with, or a comma or -1 where none is found. */
  private static int firstVerb(List<Token> tokens, int joiner) {
    String form = tokens.get(joiner + 1).pos();
    int verb = joiner - 1;
    while (verb >= 0 && !isComma(tokens.get(verb)) && !isFinite(tokens.get(verb))
        || verb > 0 && isComma(tokens.get(verb)) && verb + 1 < joiner && tokens.get(verb + 1).pos().equals(form)
        || verb > 1 && isFinite(tokens.get(verb)) && tokens.get(verb).pos().equals(form) && isComma(tokens.get(verb - 1))) {
      verb--;
    }
    return verb;
  }

  private static int[] subjectOfVerb(List<Token> tokens, int verb) {
    if (verb < 1 || isComma(tokens.get(verb))) {
      return null;
    }
    int last = skippedBefore(tokens, verb - 1);
    return last < 0 ? null : nounPhraseBefore(tokens, last);
  }

  /** The first token from {@code from} on, before {@code end}, that is not an adverb. */
  static int afterAdverbs(List<Token> tokens, int from, int end) {
    int i = from;
    while (i < end && tokens.get(i).pos().startsWith("RB")) {
      i++;
    }
    return i;
  }

  /** Whether a verb, after any adverbs and modals, stands at {@code at}, before {@code end}. */
  static boolean verbAt(List<Token> tokens, int at, int end) {
    int next = at;
    while (next < end && (tokens.get(next).pos().startsWith("RB") || tokens.get(next).pos().equals("MD"))) {
      next++;
    }
    return next < end && tokens.get(next).pos().startsWith("VB");
  }

  /**
   * Whether the tokens from {@code from} on hold a clause that the cue introduces: a finite verb,
   * "that", or a quotation. A participle set off by a comma right after the cue opens a clause of
   * its own ("..., the ministry said, adding that ..."), and so it does after the words that say
   * when and where ("..., Hollande said Tuesday in Paris, noting ..."); a dash and a noun phrase
   * there are the writer's word on the whole sentence ("..., the budget office reported on
   * Tuesday -- a development that ..."), not what the source said.
   */
  static boolean clauseFrom(List<Token> tokens, int from) {
    int comma = afterScene(tokens, from);
    if (comma + 1 < tokens.size() && (isComma(tokens.get(comma)) && tokens.get(comma + 1).pos().equals("VBG")
        || comma > from && DASHES.contains(tokens.get(comma).text()) && tokens.get(comma + 1).pos().equals("DT"))) {
      return false;
    }
    for (int i = from; i < tokens.size(); i++) {
      String pos = tokens.get(i).pos();
      if (ADVERBIAL_SUBORDINATORS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) && (pos.equals("IN") || pos.equals("WRB"))
          && !hasVerb(tokens, from, i) && anyToken(tokens, i + 1, Math.min(i + 5, tokens.size()), Phrases::isFinite)) {
        // "“...!” Sessions said on Monday as he opened the roll call": a clause of time that
        // follows the cue's adjuncts says when, not what; the cue has no clause of its own.
        return false;
      }
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")
          || pos.equals("``") || tokens.get(i).text().equalsIgnoreCase("that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token after the words that say when and where the cue was said ("said Tuesday in Paris,
   * noting ...", "reported on Tuesday, adding ..."): time expressions and prepositional phrases
   * with no verb; {@code from} when none follow the cue.
   */
  private static int afterScene(List<Token> tokens, int from) {
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
    return new int[] {joinedStart(tokens, withModifiersBefore(tokens, start)), end};
  }

  /**
   * The start of the phrase that "nor" or "and even" joins to the phrase from {@code start}, when
   * it opens the sentence: "Neither Cruz nor Christie acknowledged ...", "Politicians and even some
   * technologists say ...": PolNeAR's source takes both, where the walk back stopped at the
   * joining word. {@code start} when no such phrase opens the sentence.
   */
  private static int joinedStart(List<Token> tokens, int start) {
    int joiner = start - 1;
    boolean even = joiner > 0 && tokens.get(joiner).text().equalsIgnoreCase("even");
    if (even) {
      joiner--;
    }
    String word = joiner > 0 ? tokens.get(joiner).text().toLowerCase(Locale.ROOT) : "";
    if (!word.equals("nor") && !(even && (word.equals("and") || word.equals("or")))) {
      return start;
    }
    int[] first = nounPhraseBefore(tokens, joiner - 1);
    if (first == null) {
      return start;
    }
    int from = first[0] > 0 && tokens.get(first[0] - 1).text().equalsIgnoreCase("neither") ? first[0] - 1 : first[0];
    return afterConnectives(tokens, 0, from) == from ? from : start;
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
   * supporters", "the two leading Republicans").
   */
  private static int withModifiersBefore(List<Token> tokens, int start) {
    while (true) {
      String word = start < tokens.size() ? tokens.get(start).text().toLowerCase(Locale.ROOT) : "";
      if (start > 0 && (word.equals("least") || word.equals("most")) && tokens.get(start - 1).text().equalsIgnoreCase("at")) {
        start--;
      } else if (start > 1 && tokens.get(start - 1).text().equalsIgnoreCase("than") && tokens.get(start - 2).pos().equals("JJR")) {
        start -= 2;
      } else if (start > 2 && tokens.get(start - 1).text().equalsIgnoreCase("of") && tokens.get(start - 2).text().equalsIgnoreCase("out")
          && tokens.get(start - 3).pos().equals("CD")) {
        // "two out of three Americans", "Nearly nine out of 10": the share speaks, not the whole.
        start -= 3;
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
      } else {
        return start;
      }
    }
  }

  /**
   * The source without an aside set off by a comma after it: "Trump, in Kentucky,", "Cruz, however,",
   * "Marco Rubio, speaking at a rally,". A preposition, a participle, or an adverb standing alone
   * after the comma says how or where the source spoke, not who it is, and PolNeAR's source stops
   * before it; a description before the aside stays, with its closing comma ("Sandra Inman, a
   * farmer from Jackson, Miss., attending ..."). What says who the source is stays: an origin or
   * a workplace ("of Baldwin, Miss.", "at the institute"), a description after an adverb ("now a
   * paid commentator", "often cited by ..."), a participle that names a post ("managing director"),
   * words that add members ("like", "as well as"), and anything in a relative clause.
   */
  static int[] withoutAside(List<Token> tokens, int[] source) {
    for (int comma = source[0] + 1; comma + 1 < source[1]; comma++) {
      if (tokens.get(comma).pos().startsWith("W")) {
        return source;
      }
      if (isComma(tokens.get(comma)) && opensAside(tokens, comma + 1, source[1])) {
        boolean described = anyToken(tokens, source[0], comma, Phrases::isComma);
        return new int[] {source[0], described ? comma + 1 : comma};
      }
    }
    return source;
  }

  /**
   * The source after the last dash set off by a space inside it: "WASHINGTON — Sen. Bernie
   * Sanders", "PARTY LINES - Philip Bump", "office - the State Department". What comes before
   * such a dash is a dateline, a headline or the end of another phrase, never the source; a
   * hyphen inside a word ("start-up") is no such dash.
   */
  static int[] afterDash(String text, List<Token> tokens, int[] source) {
    int from = source[1] - 2;
    String last = tokens.get(source[1] - 1).text();
    if (DASHES.contains(last)) {
      // "Jason Sims — a teacher from Mount Pleasant —": a description between a pair of dashes stays.
      while (from >= source[0] && !tokens.get(from).text().equals(last)) {
        from--;
      }
      from--;
    }
    for (int dash = from; dash >= source[0]; dash--) {
      Token token = tokens.get(dash);
      if (DASHES.contains(token.text()) && (token.span().start() > 0 && Character.isWhitespace(text.charAt(token.span().start() - 1))
          || token.span().end() < text.length() && Character.isWhitespace(text.charAt(token.span().end())))) {
        return new int[] {dash + 1, source[1]};
      }
    }
    return source;
  }

  /**
   * The source without a day or a time of saying after its noun ("The Sanders campaign on Monday",
   * "RNC spokesman Sean Spicer on Thursday evening") or the means of saying ("Paul Ryan in a
   * statement"): it says when or how, not who, and PolNeAR's source stops before it. A relative
   * clause keeps what it holds ("who was polled in a follow-up interview").
   */
  static int[] beforeWhenOrHow(List<Token> tokens, int[] source) {
    for (int on = source[0] + 1; on + 1 < source[1]; on++) {
      String word = tokens.get(on).text().toLowerCase(Locale.ROOT);
      if (tokens.get(on).pos().startsWith("W")) {
        return source;
      }
      if ((word.equals("on") || word.equals("during")) && tokens.get(on - 1).pos().startsWith("NN") && afterTimeExpression(tokens, on) > on
          || word.equals("in") && namesMedium(tokens, on + 1, source[1])) {
        return new int[] {source[0], on};
      }
    }
    return source;
  }

  /**
   * Whether the phrase from {@code from} names a means of saying with a determiner other than "the"
   * ("a statement", "his announcement speech", "a Medium post"), ending at {@code end}.
   */
  private static boolean namesMedium(List<Token> tokens, int from, int end) {
    return from + 1 < end && isDeterminer(tokens.get(from)) && !tokens.get(from).text().equalsIgnoreCase("the")
        && MEDIUM_NOUNS.contains(tokens.get(end - 1).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The source with the comma that closes its description: "said Peter Rice, chairman of Fox
   * Networks Group, noting ...". PolNeAR's source takes the comma after a description set off by
   * commas, as it does in "X, a lawyer, said"; a bare name ("said Smith, noting") stays without,
   * and so does a description that a relative clause goes on ("..., who added that ..."), which
   * most often holds an attribution of its own.
   */
  static int[] withClosingComma(List<Token> tokens, int[] source) {
    boolean described = anyToken(tokens, source[0], source[1] - 1, Phrases::isComma);
    return described && source[1] + 1 < tokens.size() && isComma(tokens.get(source[1])) && !isComma(tokens.get(source[1] - 1))
        && !tokens.get(source[1] + 1).pos().startsWith("W") ? new int[] {source[0], source[1] + 1} : source;
  }

  private static boolean opensAside(List<Token> tokens, int first, int end) {
    Token token = tokens.get(first);
    String pos = token.pos();
    if (pos.startsWith("RB")) {
      int after = afterAdverbs(tokens, first, end);
      return after == end || isComma(tokens.get(after));
    }
    if (IDENTIFYING_PREPOSITIONS.contains(token.text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (pos.equals("VBG")) {
      return first + 1 < end && !tokens.get(first + 1).pos().startsWith("NN");
    }
    return pos.equals("IN");
  }

  /**
   * The subject that a relative clause ends right before the cue: in "Democrats in Iowa who watched
   * the debate said", the noun phrase before the cue is the relative clause's object, and the
   * subject runs from the noun the clause describes. A comma before the relative pronoun sets off
   * a description of its own ("Wilson, who ..., said"), a subordinator opens another clause ("the
   * battles that preceded the vote because the court ruled"), and a pronoun before the cue is its
   * subject ("an electorate that has demanded more than she thought").
   */
  static int[] withRelativeClauseBefore(List<Token> tokens, int[] phrase) {
    if (phrase == null || tokens.get(phrase[1] - 1).pos().equals("PRP") || tokens.get(phrase[0]).pos().startsWith("W")) {
      return phrase;
    }
    int relative = phrase[0] - 1;
    boolean verb = false;
    while (relative > 0 && !isRelativePronoun(tokens.get(relative))) {
      Token token = tokens.get(relative);
      if (isComma(token) || isSentenceEnd(token) || token.text().equals(":") || isQuotationMark(token)
          || token.pos().startsWith("W") || SUBORDINATORS.contains(token.text().toLowerCase(Locale.ROOT))) {
        return phrase;
      }
      verb |= token.pos().startsWith("VB");
      relative--;
    }
    if (relative <= 0 || !verb || !tokens.get(relative - 1).pos().startsWith("NN")) {
      return phrase;
    }
    int[] head = nounPhraseBefore(tokens, relative - 1);
    return head == null ? phrase : new int[] {head[0], phrase[1]};
  }

  /**
   * The subject that a participle describing the sentence's first noun ends right before the cue:
   * in "People briefed on the talks say", "House Republicans supporting the bill have said", the
   * noun phrase before the cue is the participle's object, and the subject runs from the noun the
   * participle describes. A finite verb before that noun makes it an object ("She met people
   * briefed on the talks"), and a comma, quotation or subordinator between the participle and the
   * cue opens another clause.
   */
  static int[] withParticipleBefore(List<Token> tokens, int[] phrase) {
    if (phrase == null || tokens.get(phrase[1] - 1).pos().equals("PRP")) {
      return phrase;
    }
    int participle = phrase[0] - 1;
    while (participle > 0 && !tokens.get(participle).pos().equals("VBN") && !tokens.get(participle).pos().equals("VBG")) {
      Token token = tokens.get(participle);
      if (isComma(token) || isSentenceEnd(token) || token.text().equals(":") || isQuotationMark(token) || isFinite(token)
          || token.pos().startsWith("W") || SUBORDINATORS.contains(token.text().toLowerCase(Locale.ROOT))) {
        return phrase;
      }
      participle--;
    }
    if (participle <= 0 || !tokens.get(participle - 1).pos().startsWith("NN")) {
      return phrase;
    }
    int[] head = nounPhraseBefore(tokens, participle - 1);
    return head == null || head[0] != afterConnectives(tokens, 0, head[0]) ? phrase : new int[] {head[0], phrase[1]};
  }

  /**
   * The subject with the members listed before it when it ends a series that opens the sentence
   * ("Celebrities Julianne Moore, Kerry Washington, Amy Schumer and Elizabeth Banks went on
   * Twitter", "But labor unions, environmental groups, and many Democratic lawmakers claim"): the
   * commas of the list cut the phrase before the cue to its last member, and PolNeAR's source is
   * the whole list. A series needs three members or more and an "and" or "or" before its last;
   * two noun phrases after a comma are an opening phrase and the subject ("In Iowa, Clinton and
   * Sanders said"), and a list after a verb or a preposition is its object, not the subject. The
   * series may follow a phrase that sets the scene or a connective ("Throughout the night, his
   * family, friends and employees talked").
   */
  static int[] withSeriesBefore(List<Token> tokens, int[] phrase) {
    if (phrase == null || phrase[0] < 2) {
      return phrase;
    }
    int comma = phrase[0] - 1;
    // "Janelle Monae and Elizabeth Banks" holds the last two members, ", and many lawmakers" the last.
    boolean joinedWithin = anyToken(tokens, phrase[0], phrase[1], Phrases::joinsSeries);
    boolean joinedBefore = joinsSeries(tokens.get(comma));
    if (joinedBefore) {
      comma--;
    }
    boolean joined = joinedWithin || joinedBefore;
    int members = joinedWithin ? 2 : 1;
    int start = phrase[0];
    while (comma > 0 && isComma(tokens.get(comma))) {
      int[] member = nounPhraseBefore(tokens, comma - 1);
      if (member == null || member[1] != comma || member[0] > 0 && !isComma(tokens.get(member[0] - 1))
          && member[0] != afterConnectives(tokens, 0, member[0])) {
        // "During a town hall broadcast by CNN, Democrats A, B, and C offered", "Instead, A, B and
        // C argued": the phrase before the comma is no member, and the list opens after it when
        // that phrase opens the sentence and sets its scene.
        int opening = afterConnectives(tokens, 0, comma);
        boolean scene = opening == comma || opensScene(tokens, opening, comma);
        return joined && members >= 3 && scene ? new int[] {start, phrase[1]} : phrase;
      }
      members++;
      start = member[0];
      comma = start - 1;
    }
    boolean opens = start == afterConnectives(tokens, 0, start);
    return joined && members >= 3 && opens ? new int[] {start, phrase[1]} : phrase;
  }

  /**
   * Whether the phrase from {@code at} to the comma at {@code comma} sets a scene: a preposition
   * opens it ("Throughout the night,") and no verb of its own makes it a clause ("Although 15 of
   * the hijackers were Saudis,").
   */
  private static boolean opensScene(List<Token> tokens, int at, int comma) {
    return tokens.get(at).pos().equals("IN") && !anyToken(tokens, at, comma, Phrases::isFinite);
  }

  private static boolean joinsSeries(Token token) {
    return token.pos().equals("CC") && (token.text().equalsIgnoreCase("and") || token.text().equalsIgnoreCase("or"));
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

  static boolean isRelativePronoun(Token token) {
    return token.pos().equals("WP") && token.text().equalsIgnoreCase("who") || token.pos().equals("WDT") && token.text().equalsIgnoreCase("that");
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

  static boolean isDeterminer(Token token) {
    return token.pos().equals("DT") || token.pos().equals("PRP$");
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

  /** The noun phrase starting at token {@code first}, with an appositive after a comma. */
  static int[] nounPhraseAfter(List<Token> tokens, int first) {
    int end = first;
    while (end < tokens.size() && (isNounPhraseWord(tokens.get(end)) || modifiesModifier(tokens, first, end))
        && !(end > first && tokens.get(end - 1).pos().startsWith("NN") && isDeterminer(tokens.get(end)))) {
      // A determiner after a noun opens the next phrase: "told the newspaper a “significant” number".
      end++;
    }
    while (end > first && CONNECTING_WORDS.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))) {
      end--;
    }
    if (end == first || !isHead(tokens.get(end - 1))) {
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
   * Whether the participle that opens the sentence opens its subject ("Shifting monsoon patterns
   * could affect a billion people, Mr. Obama said"), not a phrase that sets the scene ("Speaking in
   * the East Room, ...", "Asked if they would vote, ..."): a finite verb follows before any comma,
   * subordinator or wh-word, up to token {@code end}.
   */
  static boolean participleOpensSubject(List<Token> tokens, int end) {
    for (int i = 1; i < end && !isComma(tokens.get(i)); i++) {
      Token token = tokens.get(i);
      if (token.pos().startsWith("W") || SUBORDINATORS.contains(token.text().toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (isFinite(token)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasVerb(List<Token> tokens, int from, int to) {
    return anyToken(tokens, from, to, t -> t.pos().startsWith("VB") || t.pos().equals("MD"));
  }

  static boolean anyToken(List<Token> tokens, int from, int to, Predicate<Token> test) {
    for (int i = from; i < to; i++) {
      if (test.test(tokens.get(i))) {
        return true;
      }
    }
    return false;
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

  static boolean isAppositiveEnd(List<Token> tokens, int comma) {
    return nounPhraseBefore(tokens, comma) != null;
  }

  /** Whether a finite verb, after any adverbs, starts at {@code from}: "and (once again) voted". */
  static boolean secondVerb(List<Token> tokens, int from, int end) {
    int i = afterAdverbs(tokens, from, end);
    return i < end && (tokens.get(i).pos().equals("VBD") || tokens.get(i).pos().equals("VBZ"));
  }

  /** Whether "and" at {@code and} opens a clause: a subject, then a finite verb within a few words. */
  static boolean opensClause(List<Token> tokens, int and, int end) {
    if (!tokens.get(and).text().equalsIgnoreCase("and") || and + 2 >= end) {
      return false;
    }
    String subject = tokens.get(and + 1).pos();
    if (!(subject.equals("PRP") || subject.startsWith("NNP") || subject.equals("DT"))) {
      return false;
    }
    for (int i = and + 2; i < Math.min(end, and + 5); i++) {
      if (isFinite(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isFinite(Token token) {
    String pos = token.pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /**
   * The possessor before token {@code first}: "their", or a noun phrase with its "'s" ("a fact-check on
   * Donald Trump's claim": the possessor only); or null.
   */
  static int[] possessorBefore(List<Token> tokens, int first) {
    if (first > 0 && tokens.get(first - 1).pos().equals("PRP$")) {
      return new int[] {first - 1, first};
    }
    if (first < 2 || !tokens.get(first - 1).pos().equals("POS") || !isHead(tokens.get(first - 2))) {
      return null;
    }
    int start = first - 2;
    while (start > 0 && isNounPhraseWord(tokens.get(start - 1)) && !CONNECTING_WORDS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))) {
      start--;
    }
    return new int[] {start, first};
  }

  /** The text tokens {@code first} to {@code last}, both included, cover. */
  static Span span(List<Token> tokens, int first, int last) {
    return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
  }

  /** The text a phrase of token indices [start, end) covers. */
  static Span span(List<Token> tokens, int[] phrase) {
    return span(tokens, phrase[0], phrase[1] - 1);
  }

  /** Whether the word opens a reported clause: "that", "whether", "if". */
  static boolean isComplementizer(Token token) {
    return COMPLEMENTIZERS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  static boolean isComma(Token token) {
    return token.text().equals(",");
  }

  static boolean isSentenceEnd(Token token) {
    return token.text().equals(".") || token.text().equals("?") || token.text().equals("!") || token.text().equals(";");
  }
}
