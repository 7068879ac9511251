package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.isComplementizer;
import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Clauses.verbAt;
import static org.triangulate.attribution.NounPhrases.afterBrackets;
import static org.triangulate.attribution.NounPhrases.isHead;
import static org.triangulate.attribution.NounPhrases.isNounPhraseWord;
import static org.triangulate.attribution.NounPhrases.isObjectPronoun;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.NounPhrases.placesNoun;
import static org.triangulate.attribution.NounPhrases.standsForPeople;
import static org.triangulate.attribution.Phrases.DASHES;
import static org.triangulate.attribution.Phrases.afterAdverbs;
import static org.triangulate.attribution.Phrases.afterConnectives;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.beforeAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isDeterminer;
import static org.triangulate.attribution.Phrases.isQuotationMark;
import static org.triangulate.attribution.Phrases.isRelativePronoun;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.isSpacedDash;
import static org.triangulate.attribution.Phrases.setsOff;
import static org.triangulate.attribution.Scenes.SCENE_PREPOSITIONS;
import static org.triangulate.attribution.Scenes.afterTimeExpression;
import static org.triangulate.attribution.Scenes.namesTimeAlone;
import static org.triangulate.attribution.Scenes.opensScene;
import static org.triangulate.attribution.Scenes.timeExpressionEnding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Token;

/**
 * The subject a cue reports, as PolNeAR marks its source: the walk back from the cue over
 * auxiliaries and adverbs, the subject of the sentence's clause, and where the source stops
 * (asides, datelines, times of saying, relative clauses, participles and series around it), and
 * the subject a series of verbs shares. Separate from {@code NounPhrases}, which reads any noun
 * phrase whether it speaks or not.
 */
final class Subjects {

  /**
   * Auxiliaries and adverbs between a subject and its cue, which the walk back to the subject
   * passes over. Every modal is one: "must" too ("European leaders must remember the lessons",
   * "Applicants must promise to ..."), which the walk stopped at, finding no subject. "long" too:
   * the tagger reads it as an adjective after an auxiliary ("who has long opposed", "Clinton's
   * advisers have long insisted"), where it says since when, and the walk stopped at it.
   */
  static final Set<String> SKIPPED_BEFORE_CUE =
      Set.of("have", "be", "do", "will", "would", "could", "can", "may", "might", "shall", "should", "must", "also", "later",
          "previously", "repeatedly", "once", "often", "then", "still", "recently", "earlier", "again", "further", "not",
          "n't", "never", "publicly", "privately", "already", "reportedly", "long");

  /**
   * Prepositions after a comma that say who a source is, or add members to it, rather than open an
   * aside: "Smith, of Baldwin,", "Pantucci, at the institute,", "Ohio, like Iowa,", "Clinton, as
   * well as her campaign,".
   */
  static final Set<String> IDENTIFYING_PREPOSITIONS = Set.of("of", "at", "like", "including", "along", "unlike", "such", "as");

  /**
   * Prepositions after which a participle cue describes their object alone: "for candidates
   * proposing", "in the group seeking" (counted on PolNeAR train, with "to" after an amount: 7
   * sources to gold's, none away from it).
   */
  private static final Set<String> RECEIVING_PREPOSITIONS = Set.of("for", "into", "in", "with");

  /** Nouns for a means of saying: "in a statement", "in a Medium post". */
  private static final Set<String> MEDIUM_NOUNS = Set.copyOf(WordList.load(Subjects.class, "en/medium_nouns.txt"));

  /** Nouns for what a speaker said of themselves: "his remarks", "the campaign's statement". */
  private static final Set<String> REMARK_NOUNS = Set.copyOf(WordList.load(Subjects.class, "en/remark_nouns.txt"));

  /** Words that join a clause of its own subject to the one before: "..., and Emanuel fired ...", "... when protesters interrupted ...". */
  private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "when", "where", "as", "while");

  /** Words that open an adverbial clause, which no relative clause runs across. */
  static final Set<String> SUBORDINATORS =
      Set.of("because", "although", "though", "while", "if", "since", "when", "as", "after", "before", "until", "unless", "whether", "so");

  /**
   * Nouns that count or gather the members an "of" phrase names ("30 percent of voters", "a chorus
   * of Democrats"): such a head speaks for its members, and a participle after the phrase is theirs.
   */
  private static final Set<String> GROUP_NOUNS = Set.copyOf(WordList.load(Subjects.class, "en/group_nouns.txt"));

  /**
   * Nouns for the venue at which someone speaks ("opened a rally blasting ...", "was heard on a
   * microphone telling ..."): a participle right after one is what the verb's subject said there.
   */
  private static final Set<String> VENUE_NOUNS = Set.copyOf(WordList.load(Subjects.class, "en/venue_nouns.txt"));

  /** Quantifiers that may stand after their subject, before its verb: "they all said". */
  private static final Set<String> FLOATING_QUANTIFIERS = Set.of("all", "both", "each");

  private static final Set<String> PLURAL_SUBJECT_PRONOUNS = Set.of("they", "we", "you");

  /** Opening phrases set off by commas, at most, that a subject may follow. */
  private static final int SUBJECT_COMMAS = 4;

  private Subjects() {}

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
      // "... to address the problem and on Monday announced": after a joiner the time expression
      // stands between two verbs of one subject, and the walk goes on to the joiner.
      if (time >= 1 && (endsSubject(tokens.get(time - 1)) || joinsVerbs(tokens.get(time - 1)))) {
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
   * Whether token {@code at} is "all", "both" or "each" after the noun or pronoun it quantifies
   * ("they all said", "Sanders and Cruz both campaigned"), or after an auxiliary that follows it
   * ("Trump and Sanders have both argued", "they were all told"), or after the dash that
   * closes an aside ("farm lobbyists — whose members ... — both opposed").
   */
  private static boolean isFloatingQuantifier(List<Token> tokens, int at) {
    String word = tokens.get(at).text().toLowerCase(Locale.ROOT);
    boolean afterAuxiliary = at > 1 && SKIPPED_BEFORE_CUE.contains(tokens.get(at - 1).lemma().toLowerCase(Locale.ROOT))
        && (tokens.get(at - 1).pos().startsWith("VB") || tokens.get(at - 1).pos().equals("MD"));
    Token quantified = at > 0 ? tokens.get(afterAuxiliary ? at - 2 : at - 1) : null;
    // "started it all": after an object pronoun the quantifier ends the object.
    return quantified != null && FLOATING_QUANTIFIERS.contains(word)
        && (quantified.pos().startsWith("NN") || PLURAL_SUBJECT_PRONOUNS.contains(quantified.text().toLowerCase(Locale.ROOT))
            || closesDashAside(tokens, afterAuxiliary ? at - 2 : at - 1));
  }

  /** Whether the dash at {@code at} closes an aside that an earlier dash of the sentence opened ("figures — whose party ... — both said"). */
  private static boolean closesDashAside(List<Token> tokens, int at) {
    return at > 0 && setsOff(tokens.get(at)) && anyToken(tokens, 0, at, Phrases::setsOff);
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

  /** Whether the token is the conjunction "and" or "but", which joins a second verb to the first one's subject. */
  private static boolean joinsVerbs(Token token) {
    return token.pos().equals("CC") && ReportingVerb.SECOND_VERB_JOINERS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  private static boolean endsSubject(Token token) {
    // "Sanders, who on Tuesday endorsed", "Cruz, who last year threatened": a relative pronoun is a subject too.
    return isHead(token) || isRelativePronoun(token) || token.pos().equals("WDT") || isComma(token) || token.pos().equals("-RRB-")
        || token.pos().startsWith("RB") || token.pos().equals("MD") || SKIPPED_BEFORE_CUE.contains(token.lemma().toLowerCase(Locale.ROOT));
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
        int described = relativeClauseBeforeAside(tokens, phrase[1], close, end);
        if (described > 0) {
          return new int[] {phrase[0], described};
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

  /**
   * The end of a relative clause that runs from token {@code relative}, right after the subject, to
   * the comma at {@code close}, when an aside set off by commas follows it and then the verb before
   * {@code end}, or at it when the walk ends at the cue: "The judges who ruled that ..., for
   * instance, said", "some voters who have heard him ..., on television or at rallies, said". The
   * aside opens with a preposition, an adverb or a participle and holds no verb of its own, so the
   * clause before it describes the subject, and the source takes it (the aside says where or how,
   * and stays out). -1 when the words after the subject are no such clause and aside.
   */
  private static int relativeClauseBeforeAside(List<Token> tokens, int relative, int close, int end) {
    if (!opensRelativeClause(tokens.get(relative)) || close + 1 >= end || !tokens.get(close + 1).pos().matches("IN|RB|VBG")) {
      return -1;
    }
    int last = beforeAdverbs(tokens, end);
    while (last > close && !isComma(tokens.get(last))) {
      last--;
    }
    boolean aside = last > close + 1 && (last + 1 == end || verbAt(tokens, last + 1, end)) && !anyToken(tokens, close + 1, last, Clauses::isFinite);
    return aside && anyToken(tokens, relative + 1, close, Clauses::isFinite) ? close : -1;
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
      // "Democratic leaders — and, in particular, Senate Minority Leader Harry Reid —": a comma
      // after a conjunction sets off how the next member is added, not an aside of the source.
      if (isComma(tokens.get(comma)) && !tokens.get(comma - 1).pos().equals("CC") && opensAside(tokens, comma + 1, source[1])) {
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
      // "some economists - including a minority of the policy-making committee -": a hyphen
      // inside a word opens no description.
      while (from >= source[0] && !(tokens.get(from).text().equals(last) && isSpacedDash(text, tokens.get(from)))) {
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
   * subject runs from the noun the clause describes, or from a word that stands for people ("those
   * who thought they had become citizens were unaware"). A comma before the relative pronoun sets off
   * a description of its own ("Wilson, who ..., said"), a subordinator opens another clause ("the
   * battles that preceded the vote because the court ruled"), and a pronoun before the cue is its
   * subject ("an electorate that has demanded more than she thought"), but for an object pronoun,
   * which ends the clause ("those who said their top quality was caring about people like them
   * supported Sanders").
   */
  static int[] withRelativeClauseBefore(List<Token> tokens, int[] phrase) {
    Token last = phrase == null ? null : tokens.get(phrase[1] - 1);
    if (phrase == null || last.pos().equals("PRP") && !isObjectPronoun(last) || tokens.get(phrase[0]).pos().startsWith("W")) {
      return phrase;
    }
    int relative = phrase[0] - 1;
    boolean verb = false;
    while (relative > 0 && !opensRelativeClause(tokens.get(relative))) {
      Token token = tokens.get(relative);
      if (isComma(token) || isSentenceEnd(token) || token.text().equals(":") || isQuotationMark(token)
          || token.pos().startsWith("W") || SUBORDINATORS.contains(token.text().toLowerCase(Locale.ROOT))) {
        return phrase;
      }
      verb |= token.pos().startsWith("VB");
      relative--;
    }
    if (relative <= 0 || !verb || !tokens.get(relative - 1).pos().startsWith("NN") && !standsForPeople(tokens.get(relative - 1))) {
      return phrase;
    }
    int[] head = nounPhraseBefore(tokens, relative - 1);
    if (head == null && standsForPeople(tokens.get(relative - 1))) {
      // "But those who back her opponents say": the pronoun is the whole of the noun described.
      head = new int[] {relative - 1, relative};
      int[] group = countBefore(tokens, relative - 2);
      head = group == null ? head : new int[] {group[0], relative};
    }
    return head == null ? phrase : new int[] {head[0], phrase[1]};
  }

  /**
   * "A majority of those who said ...", "27 percent of those who named a candidate": the count or
   * group ({@code GROUP_NOUNS}) whose "of", at token {@code of}, takes the pronoun speaks for its
   * members, and PolNeAR's source opens with it; null where no such phrase stands there.
   */
  private static int[] countBefore(List<Token> tokens, int of) {
    if (of < 1 || !tokens.get(of).text().equalsIgnoreCase("of")) {
      return null;
    }
    int[] count = nounPhraseBefore(tokens, of - 1);
    return count != null && GROUP_NOUNS.contains(tokens.get(of - 1).lemma().toLowerCase(Locale.ROOT)) ? count : null;
  }

  /**
   * "Republicans who agree that the prison should be closed were irritated about ...": a relative
   * clause that ends right before the cue, at token {@code last}, with a word no noun phrase ends
   * with (a participle, an adjective) is read as {@link #withRelativeClauseBefore} reads one that
   * ends with a noun; null where no relative clause ends there. The clause needs a noun or pronoun
   * of its own: in "two figures who have long imagined", "long" is an adverb the tagger misread,
   * and the relative pronoun is the subject.
   */
  static int[] relativeClauseEndingAt(List<Token> tokens, int last) {
    if (last < 1 || !tokens.get(last).pos().equals("VBN") && !tokens.get(last).pos().startsWith("JJ")) {
      return null;
    }
    int[] clause = withRelativeClauseBefore(tokens, new int[] {last, last + 1});
    int relative = last;
    while (relative > clause[0] && !opensRelativeClause(tokens.get(relative))) {
      relative--;
    }
    boolean ownNoun = anyToken(tokens, relative + 1, last, token -> token.pos().startsWith("NN") || token.pos().startsWith("PRP"));
    return clause[0] == last || !ownNoun ? null : clause;
  }

  /** "who", "that", or a possessive "whose" ("officials whose laws have been invalidated say"). */
  private static boolean opensRelativeClause(Token token) {
    return isRelativePronoun(token) || token.pos().equals("WP$");
  }

  /**
   * The subject that a participle describing the sentence's first noun ends right before the cue:
   * in "People briefed on the talks say", "House Republicans supporting the bill have said", the
   * noun phrase before the cue is the participle's object, and the subject runs from the noun the
   * participle describes. A finite verb before that noun makes it an object ("She met people
   * briefed on the talks"), and a comma, quotation or subordinator between the participle and the
   * cue opens another clause. The tagger often reads such a participle as a past tense ("People
   * briefed on the move said", "A statement posted on the website said"); a past form counts as
   * well when the noun phrase before a finite cue is the object of the preposition right after it,
   * since a verb of its own would leave the cue with no subject.
   */
  static int[] withParticipleBefore(List<Token> tokens, int[] phrase) {
    if (phrase == null || tokens.get(phrase[1] - 1).pos().equals("PRP")) {
      return phrase;
    }
    boolean finiteCue = phrase[1] < tokens.size() && isFinite(tokens.get(phrase[1]));
    int participle = phrase[0] - 1;
    while (participle > 0 && !tokens.get(participle).pos().equals("VBN") && !tokens.get(participle).pos().equals("VBG")
        && !(finiteCue && participle + 2 == phrase[0] && pastBeforePreposition(tokens, participle))) {
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

  /** Whether a past form stands before a preposition other than "that" ("briefed on", "posted on"). */
  static boolean pastBeforePreposition(List<Token> tokens, int at) {
    return tokens.get(at).pos().equals("VBD") && at + 1 < tokens.size() && tokens.get(at + 1).pos().equals("IN")
        && !tokens.get(at + 1).text().equalsIgnoreCase("that");
  }

  /**
   * The subject of a participle cue right after a noun phrase that a preposition of where or for
   * whom joins to words before it: in "a key focus for super PACs supporting ...", "Rubio in the
   * group seeking ...", "with recent polls showing ...", the participle describes the nearest noun,
   * the preposition's object, and that is the source PolNeAR marks; so does it after an amount
   * given to it ("gave $10 million to a group backing ..."), where "to" belongs to the verb. After
   * "to" a noun's ("an adviser to his campaign acknowledging"), and after "from" or "at" ("a new
   * video from the terrorist group threatening"), the whole phrase stays, as it does when a clause,
   * an aside or a dash comes before the preposition (what stands there is another frame's), or
   * another preposition ("the confidence of his campaign in his standing in the polls showing"),
   * which leaves unclear which noun the participle describes.
   */
  static int[] withParticipleAfterPreposition(List<Token> tokens, int[] phrase) {
    for (int at = phrase[1] - 2; at > phrase[0]; at--) {
      Token token = tokens.get(at);
      if (token.pos().equals("IN") || token.pos().equals("TO")) {
        String preposition = token.text().toLowerCase(Locale.ROOT);
        boolean amount = preposition.equals("to") && anyToken(tokens, phrase[0], at, word -> word.pos().equals("CD"));
        boolean plain = !anyToken(tokens, phrase[0], at, word -> !isNounPhraseWord(word) || DASHES.contains(word.text()) || word.pos().matches("IN|TO"));
        return (RECEIVING_PREPOSITIONS.contains(preposition) || amount) && plain ? new int[] {at + 1, phrase[1]} : phrase;
      }
    }
    return phrase;
  }

  /**
   * The subject of a participle cue right after a noun phrase whose head an "of" phrase follows:
   * in "the release of a new video threatening ...", "the rhetoric of Republican candidates
   * blasting ...", the participle describes the nearest noun, the object of "of", and that is the
   * source PolNeAR marks. A head that counts or gathers the members ({@code GROUP_NOUNS}: "30
   * percent of voters saying", "a chorus of Democrats urging") speaks for them and stays, and so
   * does a name ("the American Federation of Teachers calling"); any other preposition, a clause or
   * a comma before the "of" makes the phrase more than a head and its object, and it stays too.
   */
  static int[] withParticipleAfterOf(List<Token> tokens, int[] phrase) {
    for (int of = phrase[0] + 1; of + 1 < phrase[1]; of++) {
      Token token = tokens.get(of);
      if (token.text().equalsIgnoreCase("of")) {
        Token head = tokens.get(of - 1);
        boolean common = head.pos().equals("NN") || head.pos().equals("NNS");
        return common && !GROUP_NOUNS.contains(head.lemma().toLowerCase(Locale.ROOT)) ? new int[] {of + 1, phrase[1]} : phrase;
      }
      if (!isNounPhraseWord(token) || token.pos().equals("IN") || token.pos().equals("TO") || token.pos().equals("CC")) {
        return phrase;
      }
    }
    return phrase;
  }

  /**
   * The subject of the verb whose object or scene is the venue right before the participle cue
   * at {@code cue} ("the Vermont senator opened a Rochester rally blasting ...", "Bush went after
   * Trump at the debate refusing ...", "Trump was heard on a microphone telling ..."): the
   * participle says what that subject said there, and PolNeAR marks the subject as its source. Null
   * where no venue noun ends right before the cue, where a possessor owns it ("Clinton's speech
   * denouncing", left to the possessor), or where no finite verb's subject is found before it.
   */
  static int[] venueSpeaker(List<Token> tokens, int cue) {
    int head = cue - 1;
    if (head < 1 || !tokens.get(head).pos().startsWith("NN") || !VENUE_NOUNS.contains(tokens.get(head).lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int first = head;
    while (first > 0 && isNounPhraseWord(tokens.get(first - 1)) && !tokens.get(first - 1).pos().matches("IN|TO")) {
      first--;
    }
    return anyToken(tokens, first, head, token -> token.pos().equals("POS")) ? null : finiteVerbSubjectBefore(tokens, first);
  }

  /**
   * "according to an ABC News-Washington Post poll last week", "In a Des Moines Register poll last
   * month,": a time right after a common noun, with no verb that puts the noun out ("a poll
   * released Monday", "a poll out Monday", which stay), says when and is no part of the source.
   */
  static int[] withoutTimeAfterNoun(List<Token> tokens, int[] phrase) {
    int time = timeExpressionEnding(tokens, phrase[1] - 1);
    boolean afterNoun = time > phrase[0] && (tokens.get(time - 1).pos().equals("NN") || tokens.get(time - 1).pos().equals("NNS"));
    return afterNoun ? new int[] {phrase[0], time} : phrase;
  }

  /**
   * "Sanders during a Sunday thanked", "Sanders, who for weeks had highlighted": a phrase that
   * names a time alone (Scenes.namesTimeAlone) says when, and the speaker is the noun phrase
   * before it and its preposition and adverbs; with none there ("was filed in 2012 challenging",
   * "Trump, ..., last year proposed a ban, citing", "Wednesday added ..., naming") no one is named. One that opens a quotation ("“Today is a day for celebration,”
   * McAuliffe said ..., noting") is left as it is, for the frame that holds the quotation to give
   * its speaker. Any other phrase is returned as it is; null when no one is named.
   */
  static int[] speakerBeforeTime(List<Token> tokens, int[] phrase) {
    int before = phrase[0] - 1;
    if (!namesTimeAlone(tokens, phrase) || before >= 0 && isQuotationMark(tokens.get(before))) {
      return phrase;
    }
    if (before >= 0 && tokens.get(before).pos().equals("IN")) {
      before--;
    }
    before = beforeAdverbs(tokens, before + 1);
    boolean ends = before >= 0 && (isHead(tokens.get(before)) || isRelativePronoun(tokens.get(before)) || tokens.get(before).pos().equals("-RRB-"));
    return ends ? nounPhraseBefore(tokens, before) : null;
  }

  /**
   * "The campaign's statement then declares ...", "His remarks indicated ...": a remark speaks for
   * the one who made it, and PolNeAR's source is the possessor alone, with its "'s", while the cue
   * runs from the remark to the verb. The first token of the remark's words after the possessor,
   * or -1 when the phrase is no possessor's remark (en/remark_nouns.txt) with only modifiers
   * between them ("her debate performance", not "Ryan's language in the statement").
   */
  static int remarkAfterPossessor(List<Token> tokens, int[] phrase) {
    int last = phrase[1] - 1;
    if (!REMARK_NOUNS.contains(tokens.get(last).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int at = last - 1;
    while (at >= phrase[0] && tokens.get(at).pos().matches("JJ.?|NNS?|VBN|CD")) {
      at--;
    }
    boolean pronoun = at == phrase[0] && tokens.get(at).pos().equals("PRP$");
    boolean possessive = at > phrase[0] && tokens.get(at).pos().equals("POS");
    return pronoun || possessive ? at + 1 : -1;
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
    boolean joinedWithin = anyToken(tokens, phrase[0], phrase[1], Subjects::joinsSeries);
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

  private static boolean joinsSeries(Token token) {
    return token.pos().equals("CC") && (token.text().equalsIgnoreCase("and") || token.text().equalsIgnoreCase("or"));
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
   * "When Mook was asked ..., he laughed and said ...", "Last month, when I asked him ..., he
   * looked ..., furrowed his brow and said ...": where the sentence opens with an adverbial clause
   * ({@link #SUBORDINATORS}) and the verb a joined one goes on from has its subject right after a
   * comma, that subject opens the main clause and speaks, not the noun phrase that opens the
   * adverbial clause. Null where the verb's subject follows no comma or a finite verb comes before
   * the subordinator.
   */
  static int[] mainSubjectAfterOpeningClause(List<Token> tokens, int joiner) {
    int[] subject = firstVerbSubject(tokens, joiner);
    if (subject == null || subject[0] < 2 || !isComma(tokens.get(subject[0] - 1))) {
      return null;
    }
    for (int i = 0; i < subject[0] && !isFinite(tokens.get(i)); i++) {
      if (SUBORDINATORS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) && tokens.get(i).pos().matches("IN|WRB")) {
        return subject;
      }
    }
    return null;
  }

  /**
   * "The crowd cheered when Trump spotted a sign and asked ...", "Terris, who saw the incident and
   * described it in print": a finite verb that an "and" or "but" at {@code joiner} joins to the
   * nearest verb in its own form, where that verb is the one of an adverbial clause ({@link
   * #SUBORDINATORS}) or of a relative clause, shares the subject of that clause, not the
   * sentence's. Null when the verb before is no such clause's.
   */
  static int[] clauseSubjectBefore(List<Token> tokens, int joiner) {
    int finite = afterAdverbs(tokens, joiner + 1, tokens.size());
    String form = finite < tokens.size() ? joinedForm(tokens.get(finite)) : "";
    if (!form.matches("VBD|VBZ|VBP")) {
      return null;
    }
    int verb = joiner - 1;
    while (verb >= 0 && !tokens.get(verb).pos().equals(form)) {
      verb--;
    }
    if (verb >= 0 && tokens.get(finite).pos().equals("VB") && anyToken(tokens, verb, joiner, token -> token.pos().matches("MD|TO"))) {
      // "they will meet and discuss ...": a plain form after a modal or "to" shares that verb's subject, not one of a verb before.
      return null;
    }
    int last = verb > 0 ? skippedBefore(tokens, verb - 1) : -1;
    if (last < 0) {
      return null;
    }
    Token relative = tokens.get(last);
    if (isRelativePronoun(relative) || relative.pos().equals("WDT") && relative.text().equalsIgnoreCase("which")) {
      return new int[] {last, last + 1};
    }
    int[] subject = nounPhraseBefore(tokens, last);
    boolean adverbial = subject != null && subject[0] > 0
        && SUBORDINATORS.contains(tokens.get(subject[0] - 1).text().toLowerCase(Locale.ROOT))
        && tokens.get(subject[0] - 1).pos().matches("IN|WRB");
    return adverbial ? subject : null;
  }

  /**
   * The form of a verb right after "and" or "but": a past participle there, with no auxiliary of
   * its own, is the past tense the tagger misread ("as he mentioned raising the minimum wage and
   * described/VBN ...", "Weaver, who came out and endorsed/VBN Clinton"), and a plain form the
   * present ("Borders, who are drawn to his message and feel/VB that ...").
   */
  private static String joinedForm(Token verb) {
    return verb.pos().equals("VBN") ? "VBD" : verb.pos().equals("VB") ? "VBP" : verb.pos();
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

  /**
   * The subject of the nearest finite verb before token {@code end}, with no comma, quotation mark
   * or "that" between them: a relative pronoun ("who", "which") stands for itself, as PolNeAR marks
   * it. Null where none is found, or where the verb is that of a reported clause.
   */
  static int[] finiteVerbSubjectBefore(List<Token> tokens, int end) {
    int verb = end - 1;
    while (verb >= 0 && !isComma(tokens.get(verb)) && !isQuotationMark(tokens.get(verb)) && !isFinite(tokens.get(verb))
        && !isComplementizer(tokens.get(verb)) || verb > 0 && quotedWithinClause(tokens, verb)) {
      verb = tokens.get(verb).pos().equals("''") ? quotationOpening(tokens, verb) - 1 : verb - 1;
    }
    int last = verb < 1 || !isFinite(tokens.get(verb)) ? -1 : skippedBefore(tokens, verb - 1);
    if (last < 0 || isComplementizer(tokens.get(last))) {
      // "companies that ship jobs overseas while claiming ...": the restrictive "that" says which ones, and speaks for none.
      return null;
    }
    if (isRelativePronoun(tokens.get(last))) {
      return new int[] {last, last + 1};
    }
    int[] subject = subjectOfVerb(tokens, verb);
    // "by suggesting that the voters got it wrong and by dismissing ...": a reported clause's subject is not the clause's.
    return subject == null || subject[0] > 0 && isComplementizer(tokens.get(subject[0] - 1)) ? null : subject;
  }

  /**
   * "which Mr. Trump called ''a disgrace,''", "ended a debate with a reference to the blockbuster
   * "Star Wars" sequel": a quotation closed at {@code close} whose opening mark follows a word of
   * the clause, not a comma, is part of that clause, and the clause's verb lies before it.
   */
  private static boolean quotedWithinClause(List<Token> tokens, int close) {
    if (!tokens.get(close).pos().equals("''")) {
      return false;
    }
    int open = quotationOpening(tokens, close);
    return open > 0 && !isComma(tokens.get(open - 1)) && !isQuotationMark(tokens.get(open - 1));
  }

  /**
   * The opening mark of the quotation closed at {@code close}: the nearest mark before it, since the
   * tagger gives the paired ''...'' of some papers the closing tag at both ends; -1 where none is.
   */
  private static int quotationOpening(List<Token> tokens, int close) {
    int open = close - 1;
    while (open >= 0 && !isQuotationMark(tokens.get(open))) {
      open--;
    }
    return open;
  }

  /**
   * The subject of a clause joined on right before token {@code end} ("prosecutors charged the
   * officer and Emanuel fired his chief", "Clinton spoke where about 50 protesters had gathered"),
   * or null: a participle set off after it goes on from the nearest clause, so its subject speaks,
   * not the sentence's first one. A relative clause ("who", "which") describes a noun and is left
   * to the subject it describes, and a clause a preposition takes ("cagey about where she stands")
   * is what the first subject speaks of; but a relative clause with a subject of its own ("an ad
   * in which children bash a dollhouse, yelling ...", "$2.9 billion, which Mr. Trump called ''a
   * disgrace,'' blaming ...") is the scene the participle goes on from, and that subject speaks. A
   * free relative "what" ("in what he called a ''revolutionary mood,'' alluding to ...") names
   * what the first subject speaks of, as a clause a preposition takes does.
   */
  static int[] joinedClauseSubject(List<Token> tokens, int end) {
    int[] subject = finiteVerbSubjectBefore(tokens, end);
    if (subject == null || subject[0] < 1 || isRelativePronoun(tokens.get(subject[0]))) {
      return null;
    }
    Token opener = tokens.get(subject[0] - 1);
    boolean objectRelative = opener.pos().matches("WDT|WP") && !opener.text().toLowerCase(Locale.ROOT).matches("that|what")
        && subject[0] > 1;
    if (objectRelative) {
      return subject;
    }
    boolean taken = subject[0] > 1 && tokens.get(subject[0] - 2).pos().equals("IN");
    return !taken && CLAUSE_JOINERS.contains(opener.text().toLowerCase(Locale.ROOT)) ? subject : null;
  }

  private static int[] subjectOfVerb(List<Token> tokens, int verb) {
    if (verb < 1 || isComma(tokens.get(verb))) {
      return null;
    }
    int last = skippedBefore(tokens, verb - 1);
    if (closesDashAside(tokens, last)) {
      // "figures — whose party ... — both suggested ... and defended ...": the subject stands before the aside.
      last = skippedBefore(tokens, openingDash(tokens, last) - 1);
    }
    return last < 0 ? null : nounPhraseBefore(tokens, last);
  }

  /** The dash nearest before the closing dash at {@code close}. */
  private static int openingDash(List<Token> tokens, int close) {
    int open = close - 1;
    while (open >= 0 && !setsOff(tokens.get(open))) {
      open--;
    }
    return open;
  }
}
