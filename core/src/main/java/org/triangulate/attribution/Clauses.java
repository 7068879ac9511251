package org.triangulate.attribution;

import static org.triangulate.attribution.NounPhrases.DEGREE_ADVERBS;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.Phrases.DASHES;
import static org.triangulate.attribution.Phrases.afterAdverbs;
import static org.triangulate.attribution.Phrases.afterConnectives;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.beforeAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isDeterminer;
import static org.triangulate.attribution.Phrases.isQuotationMark;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.isSpacedDash;
import static org.triangulate.attribution.QuotationMarks.commaInsideClose;
import static org.triangulate.attribution.QuotationMarks.inside;
import static org.triangulate.attribution.Scenes.afterScene;
import static org.triangulate.attribution.Scenes.afterTimeExpression;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Verbs and the clauses they open: finiteness, auxiliaries, complementizers, where a reported
 * clause opens after a cue. Separate because the content of an attribution is read from where its
 * clause opens, not from its noun phrases.
 */
final class Clauses {

  /** Subordinators after a reporting clause that continue the content before it. */
  private static final Set<String> CONTINUING_SUBORDINATORS = Set.of("because", "since", "although", "though", "unless", "if");

  /** Words that open a reported clause: "said repeatedly that ...". */
  private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");

  /** Subordinators that open a clause of time or manner after a cue, never what is said: "said as he left". */
  static final Set<String> ADVERBIAL_SUBORDINATORS = Set.of("as", "when", "while", "after", "before", "until");

  /** "While ...", "Now that ...", "Despite ...": words that open a sentence with a clause before its main one, as word lists. */
  private static final List<List<String>> OPENING_SUBORDINATORS = WordList.load(Clauses.class, "en/opening_subordinators.txt").stream()
      .map(entry -> List.of(entry.split(" "))).toList();

  /** Adverbs that narrow or replace what was said: "said only that ...", "said instead that ...". */
  private static final Set<String> LIMITING_ADVERBS = Set.of("only", "instead");

  /** Verbs that carry another's tense: "has released", "is running", "did not say". */
  private static final Set<String> AUXILIARIES = Set.of("have", "be", "do");

  /** Tokens, at most, between a cue and the "that" that opens its content. */
  private static final int COMPLEMENTIZER_REACH = 10;

  /** Tokens, at most, between a cue and a "that" after a comma or a name past {@link #COMPLEMENTIZER_REACH}. */
  private static final int LONG_COMPLEMENTIZER_REACH = 24;

  private Clauses() {}

  /**
   * "Now that Trump has claimed that Obama founded the group, the nominee had some explaining to
   * do": the offset where a clause that opens the sentence with a subordinator
   * (en/opening_subordinators.txt), after any "But", "And" or adverb ("But even as ..."), ends:
   * at its first comma outside a quotation, or after the closing mark a comma stands inside
   * ("When she called the plan “a mess,” the mayor ..."); -1 when the sentence opens no such
   * clause.
   */
  static int openingClauseEnd(String text, List<Token> tokens, List<Span> quotations) {
    int from = 0;
    while (from < tokens.size() && tokens.get(from).pos().equals("CC")) {
      from++;
    }
    int subordinator = -1;
    for (int at = afterConnectives(tokens, from, tokens.size()); at >= from && subordinator < 0; at--) {
      subordinator = subordinatorEndAt(tokens, at);
    }
    for (int i = subordinator; i >= 0 && i + 1 < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (isSpacedDash(text, token) && !inside(token.span(), quotations) || token.text().equals(";")) {
        // "While some say he looks tired - an old habit - others say ...": no comma ends it.
        return -1;
      }
      if (tokens.get(i + 1).pos().equals("CC")) {
        // "Although he says he “loves China,” and “...,” he also ...": a comma before "and" or
        // "but" joins a second part to the clause, which goes on.
        continue;
      }
      if (commaInsideClose(text, tokens, i)) {
        return token.span().end();
      }
      if (isComma(token) && !inside(token.span(), quotations)) {
        return token.span().start();
      }
    }
    return -1;
  }

  /** The token after the opening subordinator that starts at {@code at}, or -1 when none does. */
  private static int subordinatorEndAt(List<Token> tokens, int at) {
    for (List<String> words : OPENING_SUBORDINATORS) {
      boolean opens = at + words.size() < tokens.size();
      for (int i = 0; opens && i < words.size(); i++) {
        opens = tokens.get(at + i).text().equalsIgnoreCase(words.get(i));
      }
      if (opens) {
        return at + words.size();
      }
    }
    return -1;
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

  /**
   * Whether the token at {@code at} is an adverb that narrows what the verb before it said to the
   * clause after it, or puts that clause in place of another ("said only that ...", "saying only
   * that ...", "said instead that ..."), right before the "that" that opens the clause: PolNeAR's
   * cue takes it, as it takes a manner adverb. Counted on PolNeAR train: gold's cue takes such an
   * "only" 3 times of 3 and such an "instead" once of once; before anything else "only" qualifies
   * a quantity ("said only 12 percent") or is the object's ("did only that"), and stays out.
   */
  static boolean isLimitingAdverb(List<Token> tokens, int at) {
    Token token = tokens.get(at);
    if (!token.pos().startsWith("RB") || !LIMITING_ADVERBS.contains(token.text().toLowerCase(Locale.ROOT)) || at + 2 >= tokens.size()
        || !tokens.get(at + 1).text().equalsIgnoreCase("that")) {
      return false;
    }
    // Before a quotation the tagger reads the "that" as a determiner: "saying only that “...”".
    return tokens.get(at + 1).pos().equals("IN") || isQuotationMark(tokens.get(at + 2));
  }

  /**
   * The "that" opening the reported clause after some words with no verb ("said at a news
   * conference last week that ..."), or -1. After a noun the tagger often reads "that" as a
   * relative pronoun ("predicted at the debate that Republicans will win"); when a phrase of
   * place or time comes between, it is the complementizer all the same unless a verb follows it
   * with no subject of its own ("said in an interview that aired Sunday"), so that a quotation, a
   * phrase or a comma may open the clause ("said on Saturday that “...”", "reiterated to ABC News
   * that, in retrospect, ..."); not after a determiner ("despite all that"), nor after "if" or
   * "whether", whose own clause the "that" lies in. In such a phrase a past participle describes
   * its noun and opens no clause ("said in a written statement that ...", "in an interview taped
   * before the attacks that ..."). After an object "that" may well be relative ("likened it to the
   * deals that he brokered"). Counted on PolNeAR train: 22 contents move to the "that", 14 of them
   * made exact, none lost. A quoted title in the phrase is stepped over as a name ("said on NBC's
   * “Meet the Press” on Sunday that ..."; on PolNeAR train 3 contents move to the "that", 2 made
   * exact, none lost).
   */
  static int complementizerAfter(List<Token> tokens, int from) {
    boolean adjunct = from < tokens.size() && adjunctAt(tokens, from) && !isComplementizer(tokens.get(from));
    for (int i = from; i < tokens.size() && i - from <= LONG_COMPLEMENTIZER_REACH; i++) {
      Token token = tokens.get(i);
      boolean relativeLooking = token.pos().equals("WDT") && adjunct && i + 1 < tokens.size() && !startsPredicate(tokens, i + 1)
          && !tokens.get(i - 1).pos().matches("P?DT");
      if (token.text().equalsIgnoreCase("that") && (token.pos().equals("IN") || relativeLooking)
          && (i - from <= COMPLEMENTIZER_REACH || farComplementizer(tokens, from, i))) {
        return i;
      }
      int title = adjunct ? Scenes.quotedTitleEnd(tokens, i) : -1;
      if (title > i) {
        i = title;
        continue;
      }
      boolean participle = adjunct && i > from && token.pos().equals("VBN");
      if (token.pos().startsWith("VB") && !participle || token.pos().equals("MD") || token.pos().equals("``") || isSentenceEnd(token)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a "that" at {@code that}, past {@link #COMPLEMENTIZER_REACH} from the cue, still opens
   * its clause: after a comma or a name that ends the long phrase of place, time or listener
   * ("said Thursday during taping of a town hall in Buffalo, New York, that ...", "telling Sen.
   * Chuck Grassley, chairman of the committee, that ..."); after a common noun it belongs to that
   * noun ("a district that Rubio won"), as it does after an object the cue opens with ("denounced
   * suggestions by the front-runners, Trump and Cruz, that ...") and after what "to" takes
   * ("pleaded guilty in 2010 to lobbying for a charity in Khartoum, Sudan, that ...").
   */
  private static boolean farComplementizer(List<Token> tokens, int from, int that) {
    Token before = tokens.get(that - 1);
    return (isComma(before) || before.pos().startsWith("NNP")) && !tokens.get(from).pos().matches("NNS?")
        && !anyToken(tokens, from, that, t -> t.text().equalsIgnoreCase("to"));
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
    int end = adjunctEnd(tokens, from);
    // "said Thursday's speeches had ...": a day that owns a noun is the subject's, no time of saying.
    return end > from && end < tokens.size() && !tokens.get(end).pos().startsWith("VB") && !tokens.get(end).pos().equals("POS")
        && subjectAndVerbAt(tokens, end) ? end : -1;
  }

  /**
   * "If she wins, Clinton suggested in a tweet, women will ...", "..., her aides said Friday,
   * because ...": after the verb of a reporting clause set into the middle of what it reports, a
   * phrase of place or time closed by a comma only says where or when it was said, and the content
   * goes on after the comma, with a quotation, a subject and its verb or a subordinator; "as" is
   * left out, whose phrase the verb takes ("described as anti-establishment"), and so is a
   * participle or a verb after the comma ("has bristled at his remarks, including ...", "wrote to
   * the board, telling ..."), which goes on with the reporting clause. The token after the comma,
   * or -1.
   */
  static int afterSceneComma(List<Token> tokens, int from) {
    if (from + 1 >= tokens.size() || tokens.get(from).text().equalsIgnoreCase("as")) {
      return -1;
    }
    int end = adjunctEnd(tokens, from);
    if (end <= from || end + 1 >= tokens.size() || !isComma(tokens.get(end))) {
      return -1;
    }
    Token next = tokens.get(end + 1);
    return isQuotationMark(next) || subjectAndVerbAt(tokens, end + 1)
        || CONTINUING_SUBORDINATORS.contains(next.text().toLowerCase(Locale.ROOT)) ? end + 1 : -1;
  }

  /** Where the time expression or the preposition and its object at {@code from} end, or {@code from}. */
  private static int adjunctEnd(List<Token> tokens, int from) {
    int end = afterTimeExpression(tokens, from);
    if (end == from && tokens.get(from).pos().equals("IN")) {
      int[] object = nounPhraseAfter(tokens, from + 1);
      end = object == null || object[0] != from + 1 ? from : afterTimeExpression(tokens, object[1]);
    }
    return end;
  }

  /**
   * What is said after a time or an adverb with no "that" ("vowed Tuesday to remain in the race",
   * "wouldn't say Tuesday how ...", "has said repeatedly “the next president” should ..."): an
   * infinitive, a question word or a quotation right after them opens the content; the token it
   * opens at, or -1. A quotation opens it after a phrase of place as well ("acknowledged in a
   * forum Monday night “it will be hard ...”"), whatever mark the tagger reads its opening as; an
   * infinitive there may be the noun's ("a plan to ..."). Counted on PolNeAR train: 2 contents
   * move to the quotation, 1 made exact, none lost.
   */
  static int openingAfterTime(List<Token> tokens, int from) {
    int scene = afterScene(tokens, from);
    if (scene > from && scene < tokens.size() && isQuotationMark(tokens.get(scene))) {
      return scene;
    }
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

  /**
   * Whether the verb that ends at token {@code last} closes the phrase that opens the sentence and
   * sets the scene of the main clause: "With two local TV crews filming, Perez says ...", "After
   * the hearing ended, the senator said ...", "Making the rounds on the Sunday shows, Carson said
   * ..." (where the tagger reads the noun "shows" as a verb). The phrase opens with a preposition,
   * a subordinator or a participle; the verb stands last in it, right before its comma; no
   * wh-word, complementizer or "as" opens another clause in between; and a subject and its finite
   * verb open the main clause after the comma. An opening "as" is left out: "As the paper noted,
   * ..." is the reporting clause of the main one, which PolNeAR marks as its content.
   */
  static boolean closesOpeningScene(List<Token> tokens, int last) {
    int comma = last + 1;
    int opener = afterConnectives(tokens, 0, comma);
    if (comma + 1 >= tokens.size() || !isComma(tokens.get(comma)) || opener >= last || anyToken(tokens, 0, last, Phrases::isComma)) {
      return false;
    }
    Token first = tokens.get(opener);
    boolean opens = first.pos().equals("IN") && !first.text().equalsIgnoreCase("as") || first.pos().equals("VBG") || first.pos().equals("VBN");
    return opens && !anyToken(tokens, opener + 1, last, t -> t.pos().startsWith("W") || isComplementizer(t) || t.text().equalsIgnoreCase("as"))
        && subjectAndVerbAt(tokens, comma + 1);
  }

  /** Whether a finite verb, after any adverbs, follows at {@code from}: a predicate with no subject of its own. */
  static boolean startsPredicate(List<Token> tokens, int from) {
    int i = afterAdverbs(tokens, from, tokens.size());
    return i < tokens.size() && isFinite(tokens.get(i));
  }

  /** Whether a noun phrase and then a finite verb, after any adverbs, stand at {@code at}. */
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

  /**
   * "that Walker, who charges ... for speaking fees, has lost close to $100,000", "Millennials,
   * numbering 75.3 million, surpassed Baby Boomers": a reported clause whose subject
   * alone comes before the comma at {@code comma}, and whose verb follows the comma that closes the
   * relative clause, participle or appositive set in after it. The closing comma, or -1.
   */
  static int predicateAfterInterruption(List<Token> tokens, int start, int comma, int end) {
    int subject = isComplementizer(tokens.get(start)) ? start + 1 : start;
    int[] phrase = nounPhraseAfter(tokens, subject);
    if (phrase == null || phrase[1] != comma) {
      return -1;
    }
    for (int i = comma + 2; i + 1 < end; i++) {
      if (isComma(tokens.get(i))) {
        return predicateAfterComma(tokens, i) && isFinite(tokens.get(afterAdverbs(tokens, i + 1, end))) ? i : -1;
      }
    }
    return -1;
  }

  /** The form of "be" before a participle, over adverbs ("is widely expected"), or -1. */
  static int beFormBefore(List<Token> tokens, int participle) {
    int i = beforeAdverbs(tokens, participle);
    return i >= 0 && tokens.get(i).lemma().equalsIgnoreCase("be") ? i : -1;
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
    return subjectAndVerbAt(tokens, at);
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
          && !hasVerb(tokens, from, i) && anyToken(tokens, i + 1, Math.min(i + 5, tokens.size()), Clauses::isFinite)) {
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

  static boolean hasVerb(List<Token> tokens, int from, int to) {
    return anyToken(tokens, from, to, t -> t.pos().startsWith("VB") || t.pos().equals("MD"));
  }

  /** Whether a finite verb, after any adverbs, starts at {@code from}: "and (once again) voted". */
  static boolean secondVerb(List<Token> tokens, int from, int end) {
    int i = afterAdverbs(tokens, from, end);
    return i < end && (tokens.get(i).pos().equals("VBD") || tokens.get(i).pos().equals("VBZ"));
  }

  /**
   * Whether "and" at {@code and} opens a clause: a subject, then a finite verb within a few words
   * or straight after the subject's whole noun phrase ("..., and the flood of money helped pay for
   * ...": on PolNeAR train 10 contents change, 6 made exact, none lost); "and that" goes on with
   * a second reported clause. A subject opens with a pronoun, name or determiner, or with a
   * possessive or number ("..., and his own brain trust has ...", "..., and three of the four
   * supporters hold ...": on PolNeAR train 2 contents made exact, 1 lost, and a frame the clause
   * left behind dropped).
   */
  static boolean opensClause(List<Token> tokens, int and, int end) {
    if (!tokens.get(and).text().equalsIgnoreCase("and") || and + 2 >= end) {
      return false;
    }
    String subject = tokens.get(and + 1).pos();
    if (!(subject.equals("PRP") || subject.startsWith("NNP") || subject.equals("DT") || subject.equals("PRP$") || subject.equals("CD"))) {
      return false;
    }
    for (int i = and + 2; i < Math.min(end, and + 5); i++) {
      if (isFinite(tokens.get(i))) {
        return true;
      }
    }
    int[] phrase = nounPhraseAfter(tokens, and + 1);
    int verb = phrase == null ? end : afterAdverbs(tokens, phrase[1], end);
    return verb < end && isFinite(tokens.get(verb)) && !tokens.get(and + 1).text().equalsIgnoreCase("that");
  }

  /**
   * Whether a relative clause with no relative word opens at {@code at}: a subject straight after a
   * common noun, and its finite verb ("a plan the senator has since modified", "a point she
   * conceded", "the trade deal the administration finished").
   */
  static boolean opensContactRelative(List<Token> tokens, int at) {
    String noun = tokens.get(at - 1).pos();
    Token opening = tokens.get(at);
    return (noun.equals("NN") || noun.equals("NNS")) && (isDeterminer(opening) || opening.pos().equals("PRP") || opening.pos().startsWith("NNP"))
        && subjectAndVerbAt(tokens, at);
  }

  /**
   * Whether the verb at {@code verb} is finite, or made finite by a modal or an auxiliary before it
   * past its adverbs ("had endorsed", "would strongly resist"): a participle or an infinitive alone
   * describes a noun or a goal.
   */
  static boolean finiteAt(List<Token> tokens, int verb) {
    return isFinite(tokens.get(verb)) || beforeAuxiliaries(tokens, verb) < beforeAdverbs(tokens, verb);
  }

  static boolean isFinite(Token token) {
    String pos = token.pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /** Whether the word opens a reported clause: "that", "whether", "if". */
  static boolean isComplementizer(Token token) {
    return COMPLEMENTIZERS.contains(token.text().toLowerCase(Locale.ROOT));
  }
}
