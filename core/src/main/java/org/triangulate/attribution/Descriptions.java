package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.clauseOpensAt;
import static org.triangulate.attribution.Clauses.inverted;
import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Clauses.opensWithPreposition;
import static org.triangulate.attribution.NounPhrases.afterBrackets;
import static org.triangulate.attribution.NounPhrases.isNounPhraseWord;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.NounPhrases.pluralPossessive;
import static org.triangulate.attribution.Phrases.afterAdverbs;
import static org.triangulate.attribution.Phrases.afterConnectives;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isQuotationMark;
import static org.triangulate.attribution.Phrases.isRelativePronoun;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.isSpacedDash;
import static org.triangulate.attribution.QuotationMarks.commaInsideClose;
import static org.triangulate.attribution.QuotationMarks.inside;
import static org.triangulate.attribution.QuotationMarks.isClosingMark;
import static org.triangulate.attribution.QuotationMarks.quotationAt;
import static org.triangulate.attribution.QuotationMarks.strayMark;
import static org.triangulate.attribution.Scenes.afterTimeExpression;
import static org.triangulate.attribution.Subjects.IDENTIFYING_PREPOSITIONS;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * How far a source's description runs, before a cue ("Jane Roe, a lawyer who ..., said") and after
 * an inverted one ("said Jane Roe, a lawyer based in Tampa, Fla., and a ..."), and so how much of it
 * PolNeAR's source takes. It reads the source alone; {@link ReportingVerb} builds the frames.
 */
final class Descriptions {
  /** The most words a state or a town after a comma runs to ("New Jersey", "Fla.", "Davis"). */
  private static final int PLACE_TOKENS = 2;

  /** Words after a comma that open a description of an inverted clause's source: "said X, a lawyer ...", "said X, who ...". */
  private static final Set<String> DESCRIPTION_OPENERS = Set.of("a", "an", "the", "who", "whose", "which");

  /** Verbs of taking a side, whose relative clause stays in the source it describes ("who supports Mrs. Clinton"). */
  private static final Set<String> STANCE_VERBS = Set.copyOf(WordList.load(Descriptions.class, "en/stance_verbs.txt"));

  /** Verbs that link a source to what it is ("has been a judge", "had stayed silent"), not to an act of its own. */
  private static final Set<String> LINKING_VERBS = Set.of("be", "stay", "remain", "become");

  /** Verbs whose source may follow them: "..., said the ministry". */
  private static final Set<String> INVERTING_VERBS = Set.copyOf(WordList.load(Descriptions.class, "en/inverting_verbs.txt"));

  /** Verbs of saying, thinking and estimating that make a relative clause an attribution of its own: "who estimated that ...". */
  private static final Set<String> THINKING_VERBS = Set.copyOf(WordList.load(Descriptions.class, "en/thinking_verbs.txt"));

  private final CueWords words;

  Descriptions(CueWords words) {
    this.words = words;
  }

  /**
   * "“...,” said Ed Rendell, a former governor and two-term mayor, referring to ...": the source of
   * an inverted reporting clause whose description, set off by commas and of any length, ends at
   * the comma before the participle; PolNeAR's source takes the description and that comma, as
   * {@link #withDescription} does. Null when no such clause ends there.
   */
  int[] describedInvertedSource(String text, List<Token> tokens, int comma, List<Span> quotations) {
    for (int verb = comma - 2; verb > 0; verb--) {
      Token before = tokens.get(verb - 1);
      if (!saying(tokens.get(verb)) || !(isComma(before) || isClosingMark(text, before))) {
        continue;
      }
      int[] source = nounPhraseAfter(tokens, verb + 1);
      if (source == null || opensWithPreposition(tokens, source[0])) {
        return null;
      }
      // The noun phrase may hold a description of nouns alone ("Ed Rendell, a former governor"), up to the comma.
      int[] described = source[1] == comma && anyToken(tokens, source[0], comma, Phrases::isComma)
          ? new int[] {source[0], comma + 1} : withDescription(text, tokens, source, quotations);
      return described[1] == comma + 1 ? described : null;
    }
    return null;
  }

  /**
   * "Jason Sims — a teacher from Mount Pleasant — says ...": the noun phrase before a description
   * set off by a pair of spaced dashes, the closing one at {@code close}, with the description, as
   * PolNeAR's source takes it, or without it when it is an aside; or null.
   */
  static int[] withDashedDescription(String text, List<Token> tokens, int close) {
    int open = close - 1;
    // "Some economists - including a minority of the policy-making committee - warn": a hyphen
    // inside a word is no dash that opens the description.
    while (open > 0 && !(tokens.get(open).text().equals(tokens.get(close).text()) && isSpacedDash(text, tokens.get(open)))) {
      open--;
    }
    if (open < 1 || open == close - 1 || !isSpacedDash(text, tokens.get(close)) || !isSpacedDash(text, tokens.get(open))) {
      return null;
    }
    int[] head = nounPhraseBefore(tokens, open - 1);
    if (head == null) {
      return null;
    }
    // "Sanders - who discussed a path ahead ... - has vowed", "Mr. Bush - in a line ... - declared":
    // a relative clause, a participle or a preposition between the dashes says what the source
    // did or where, not who it is, and PolNeAR's source stops before it; a preposition that says
    // who it is stays ("Rep. Lois Frankel — like Reid, a supporter of ... —").
    Token opens = tokens.get(open + 1);
    boolean aside = opens.pos().startsWith("W") || opens.pos().equals("VBN")
        || opens.pos().equals("IN") && !IDENTIFYING_PREPOSITIONS.contains(opens.text().toLowerCase(Locale.ROOT));
    return aside ? head : new int[] {head[0], close + 1};
  }

  /**
   * "..., said Ron Geffner, a lawyer for hedge funds who ...": the description set off by a comma
   * after an inverted reporting clause's source runs to the sentence's end, and PolNeAR's source
   * takes all of it, as it takes a name's bracketed party and state ("Sen. Chris Murphy
   * (D-Conn.)"). A comma before a participle or a preposition ends it and stays in the source (",
   * referring to ...", ", in a statement"), as does one before a quotation, which stays out. A
   * relative clause that a comma sets off is an attribution of its own, and stays out, when its cue
   * reports something ({@link #reportsOwnContent}: "..., a Republican, who said he would not vote
   * for him", "..., who conceded that ..."); with a cue that reports nothing ("..., who has known
   * the Clintons for decades", "..., who helped found the group") it describes the source and stays
   * in, as one with no comma before it, which says which person of the kind spoke, does.
   */
  int[] withDescription(String text, List<Token> tokens, int[] source, List<Span> quotations) {
    int comma = afterBrackets(tokens, source[1]);
    int place = placeAfter(tokens, source, comma);
    if (place > comma) {
      return withDescription(text, tokens, new int[] {source[0], place}, quotations);
    }
    int restrictive = comma + 1 < tokens.size() && isRelativePronoun(tokens.get(comma))
        ? restrictiveClauseEnd(text, tokens, comma + 1, quotations) : -1;
    if (restrictive > 0 && !anyToken(tokens, comma + 1, restrictive, Descriptions::saying)) {
      return new int[] {source[0], restrictive};
    }
    if (comma + 1 >= tokens.size() || !isComma(tokens.get(comma))
        || !opensDescription(tokens, comma + 1) && !secondRole(tokens, source, comma) && !namedAfterRole(tokens, source, comma)) {
      return new int[] {source[0], comma};
    }
    int end = comma + 1;
    while (end < tokens.size()) {
      Token token = tokens.get(end);
      if (inside(token.span(), quotations)) {
        end++;
        continue;
      }
      if (isSentenceEnd(token) || isSpacedDash(text, token)) {
        // A dash set off by spaces ends the description; a hyphen joins words ("start-up").
        break;
      }
      if (words.isCue(token)) {
        int relative = end;
        while (relative > comma && !tokens.get(relative).pos().startsWith("W")) {
          relative--;
        }
        // "the only senator to endorse Sanders", "a risk and consulting company": a cue that is
        // no finite verb, with no relative pronoun before it, only describes the source; after a
        // comma, neither does a relative clause whose cue reports nothing of its own.
        if (relative > comma && (isComma(tokens.get(relative - 1)) && reportsOwnContent(tokens, end) || saying(token)) || relative == comma && isFinite(token)) {
          end = isComma(tokens.get(relative - 1)) ? relative - 1 : relative;
          break;
        }
      }
      if (isComma(token) && end + 1 < tokens.size()) {
        Token next = tokens.get(end + 1);
        if (quotationAt(next.span().start(), quotations) != null) {
          break;
        }
        if (next.pos().equals("VBG") || next.pos().equals("IN")) {
          end++;
          break;
        }
      }
      end++;
    }
    while (end > comma + 2 && strayMark(text, tokens.get(end - 1), quotations)) {
      end--;
    }
    return new int[] {source[0], end <= comma + 1 ? comma : end};
  }

  /**
   * Whether the verb takes a side ("supports", "endorsed"): in a relative clause set off by commas
   * before the cue, the simple past of such a verb is a dated act of the source's own ({@link
   * #tookSide}), where the perfect says what it stands for ({@link #inPerfect}); set off by a comma
   * after a noun, its participle names who took the side ({@link PassiveAgent}).
   */
  static boolean takesSide(Token token) {
    return STANCE_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the cue at {@code cue} in a relative clause reports something of its own: a verb of
   * saying, or of thinking or saying in other words ("who noted ...", "who predicted a close
   * vote"), or any cue a clause follows ("who acknowledged Trump was his fourth choice", "who
   * conceded that ..."). Counted on PolNeAR train after an inverted source: a relative clause set
   * off by a comma with a cue that reports nothing ("who has known Trump since the 1970s", "who
   * caucused for Sanders but showed up ...", "who observed voting in ...") is in gold's source 9
   * times where this changes the source, out of it 5 times ("who was named last week as ...", "who
   * has since called on Republicans to back ..."), with 3 of the clauses' own frames gold's.
   */
  private static boolean reportsOwnContent(List<Token> tokens, int cue) {
    return saying(tokens.get(cue)) || thinking(tokens.get(cue)) || clauseOpensAt(tokens, afterAdverbs(tokens, cue + 1, tokens.size()));
  }

  /** A verb of saying that may invert ("said", "wrote"): a clause it heads says something of its own. */
  static boolean saying(Token token) {
    return token.pos().startsWith("VB") && INVERTING_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The end of a relative clause with no comma before it, which says which one of its kind the
   * source is ("said a senior official who spoke on condition of anonymity", "said Robert Reich, a
   * labor secretary under Clinton who has endorsed Sanders"): PolNeAR's source takes it whole, cue
   * and all, up to a comma, a dash set off by spaces, a quotation or the sentence's end.
   */
  private static int restrictiveClauseEnd(String text, List<Token> tokens, int from, List<Span> quotations) {
    int end = from;
    while (end < tokens.size() && !isComma(tokens.get(end)) && !isSentenceEnd(tokens.get(end))
        && quotationAt(tokens.get(end).span().start(), quotations) == null
        && !isSpacedDash(text, tokens.get(end))) {
      end++;
    }
    return end;
  }

  /**
   * The end of the rest of a place that the source's description names after its comma, or -1:
   * the state after a town ("a broker based in Tampa, Fla.", "a gynecologist from Englewood, New
   * Jersey") and the home town after an age ("Rachel Woolard, 20, of Jacksonville"). The comma
   * there belongs to the place, not to the end of the description, and PolNeAR's source runs on.
   */
  private static int placeAfter(List<Token> tokens, int[] source, int comma) {
    if (comma + 1 >= tokens.size() || !isComma(tokens.get(comma))) {
      return -1;
    }
    int last = source[1] - 1;
    String next = tokens.get(comma + 1).text().toLowerCase(Locale.ROOT);
    boolean age = last > source[0] && tokens.get(last).pos().equals("CD") && isComma(tokens.get(last - 1));
    int from = age && (next.equals("of") || next.equals("from")) ? comma + 2 : town(tokens, source) ? comma + 1 : -1;
    int end = from;
    while (end >= 0 && end < tokens.size() && end - from < PLACE_TOKENS && tokens.get(end).pos().equals("NNP")) {
      end++;
    }
    boolean closes = end >= 0 && (end == tokens.size() || isComma(tokens.get(end)) || isSentenceEnd(tokens.get(end))
        || isQuotationMark(tokens.get(end)));
    return end > from && closes ? end : -1;
  }

  /** Whether the source ends with a name after a preposition ("based in Tampa", "from Englewood"): a town. */
  private static boolean town(List<Token> tokens, int[] source) {
    int at = source[1] - 1;
    while (at > source[0] && tokens.get(at).pos().equals("NNP")) {
      at--;
    }
    return at < source[1] - 1 && tokens.get(at).pos().equals("IN");
  }

  /**
   * Whether "and" after the comma that closes the source's description joins a second role to it
   * ("said Steve Bell, senior director of economic policy at the Bipartisan Policy Center, and a
   * Republican who headed ...", "an English professor at ..., and a co-editor of ..."): the
   * description goes on after the comma. A source without a description of its own before the
   * comma is left as it is ("said Smith, and the crowd cheered").
   */
  private static boolean secondRole(List<Token> tokens, int[] source, int comma) {
    return comma + 2 < tokens.size() && tokens.get(comma + 1).text().equalsIgnoreCase("and")
        && anyToken(tokens, source[0], source[1], Phrases::isComma) && opensDescription(tokens, comma + 2);
  }

  /**
   * Whether the name of the one a role describes follows it after its comma ("said the company's
   * chief executive, John Ferriola.", "wrote the ambassador at the time, John Herbst."): the source
   * ends with a common noun, a name follows, and no verb after it makes a clause of its own
   * ("according to an FBI summary, Cheryl Mills, a top aide, sent ..."). PolNeAR's source takes the name.
   */
  private static boolean namedAfterRole(List<Token> tokens, int[] source, int comma) {
    String last = tokens.get(source[1] - 1).pos();
    int name = comma + 1;
    while (name < tokens.size() && tokens.get(name).pos().startsWith("NNP")) {
      name++;
    }
    return (last.equals("NN") || last.equals("NNS")) && name > comma + 1
        && (name == tokens.size() || isComma(tokens.get(name)) || isSentenceEnd(tokens.get(name)))
        && !clauseInDescription(tokens, name, tokens.size());
  }

  /**
   * Whether a description of the source opens at {@code at}: a determiner or relative pronoun ("a
   * lawyer", "another veteran", "who ..."), a common noun ("editor of ...", "author of ..."), or
   * an adverb or a lower-case adjective before one of those ("now a partner at ...", "then
   * ambassador", "national press secretary for ...", "chief strategist for ..."); a participle
   * that names a post with its noun ("managing director and ... analyst at Evercore"), where one
   * before a plural or a determiner takes an object ("echoing comments", "citing the polls") and
   * says what the source did; or a name that owns the post ("Obama’s ... budget director
   * during ...", "then Maples's literary agent"), but for one that opens a clause ("Murphy's
   * campaign could not ..."). Counted on PolNeAR train after an inverted source: these two
   * openers change 4 sources, all 4 to gold's.
   */
  private static boolean opensDescription(List<Token> tokens, int at) {
    Token token = tokens.get(at);
    if (token.pos().startsWith("RB") && at + 1 < tokens.size() && !isComma(tokens.get(at + 1))) {
      return opensDescription(tokens, at + 1);
    }
    return DESCRIPTION_OPENERS.contains(token.text().toLowerCase(Locale.ROOT)) || token.pos().equals("DT") || token.pos().equals("PRP$")
        || (token.pos().equals("NN") || token.pos().equals("NNS")) && Character.isLowerCase(token.text().charAt(0))
        || token.pos().equals("JJ") && Character.isLowerCase(token.text().charAt(0)) && at + 1 < tokens.size()
        && opensDescription(tokens, at + 1)
        || token.pos().equals("VBG") && at + 1 < tokens.size() && tokens.get(at + 1).pos().equals("NN")
        && Character.isLowerCase(tokens.get(at + 1).text().charAt(0))
        || token.pos().startsWith("NNP") && at + 1 < tokens.size() && tokens.get(at + 1).pos().equals("POS")
        && !clauseInDescription(tokens, at, tokens.size());
  }

  /**
   * The source of a reporting clause that ends at token {@code end}: "the ministry said" or "said
   * the ministry", or null.
   */
  int[] reportingSourceBefore(List<Token> tokens, int end) {
    int last = end - 1;
    // "Trump said in August, referring to ...": words without a verb may follow the cue.
    int verb = last;
    while (verb > 0 && !tokens.get(verb).pos().startsWith("VB") && !tokens.get(verb).pos().equals("MD")
        && !isComma(tokens.get(verb)) && isNounPhraseWord(tokens.get(verb))) {
      verb--;
    }
    int cue = verb < last && words.isCue(tokens.get(verb)) ? verb : last;
    if (cue > 0 && words.isCue(tokens.get(cue)) && !tokens.get(cue).pos().equals("VBG")) {
      int[] source = nounPhraseBefore(tokens, cue - 1);
      if (source != null && source[1] == cue) {
        return source;
      }
      Token before = tokens.get(cue - 1);
      if (cue == last || !before.pos().equals("''") || before.text().equals("’") || before.text().equals("'")) {
        return null;
      }
      // "“...,” said Vice President Joe Biden, urging ...": after a closing quotation mark, not an
      // apostrophe ("Sanders’ comments"), the words after the cue are its source.
    }
    int[] source = nounPhraseBefore(tokens, last);
    // "..., said the ministry, adding": the inverted clause follows the content; after "endorsed
    // Mrs. Clinton, saying", the noun is an object, not a source.
    return source != null && source[0] > 1 && source[1] == end && words.isCue(tokens.get(source[0] - 1))
        && (isComma(tokens.get(source[0] - 2)) || tokens.get(source[0] - 2).pos().equals("''")) ? source : null;
  }

  /**
   * "Lopez-Cantera, a Republican and former state legislator who became lieutenant governor in
   * 2014, said the block grants ...": the sentence opens with a name and a description of any
   * length set off by commas, and a clause follows the cue; the source is all of it, closing
   * comma included. Without the clause after the cue, the words before it are the content
   * ("Troops were sent, said the ministry"). The name may open after the quotation the cue reports
   * ("“...,” Jeff Weaver, her campaign manager, said in a statement"), and the clause may follow the
   * one the cue tells ("told POLITICO, “...”").
   */
  int[] describedSubject(String text, List<Token> tokens, int comma, int cue, List<Span> quotations) {
    int opened = afterOpeningQuotation(text, tokens, comma, quotations);
    // "And aides to Gov. Chris Christie, ..., said": a connective opens the sentence.
    int first = afterConnectives(tokens, opened, comma);
    if (first > opened && first < comma && isComma(tokens.get(first))) {
      // "Still, Tad Devine, a senior adviser, said": the connective's comma is no description's.
      first++;
    }
    int time = afterTimeExpression(tokens, first);
    if (first < comma && (tokens.get(first).pos().equals("IN") || tokens.get(first).pos().equals("WRB") || time > first && isComma(tokens.get(time)))) {
      // "On Tuesday, Tom Hale, a farmer, said ...", "Last week, the F.B.I. director, James B. Comey,
      // recommended ...": an opening phrase sets the scene before the name.
      int opening = first;
      while (opening < comma && !isComma(tokens.get(opening))) {
        opening++;
      }
      // "On June 4, 2008, Sanders, who ..., decided": the year closes the date with a comma of its own.
      boolean year = opening + 2 < comma && tokens.get(opening + 1).pos().equals("CD") && isComma(tokens.get(opening + 2));
      first = opening < comma ? opening + (year ? 3 : 1) : first;
    }
    int[] name = nounPhraseAfter(tokens, first);
    int end = name == null ? -1 : afterBrackets(tokens, name[1]);
    if (opened > 0 && cue + 1 < tokens.size() && words.takesPreposition(tokens, cue, cue + 1)) {
      // "“...,” Rosa Diaz, who drove in, said about the crowd": the quotation is the content, which
      // the reporting clause after it gives.
      return null;
    }
    int[] told = tokens.get(cue).lemma().equalsIgnoreCase("tell") ? nounPhraseAfter(tokens, cue + 1) : null;
    int clause = told == null ? cue + 1 : told[1];
    // Only a reporting verb right after the comma inverts ("Voters, in the end, said the pollster"),
    // never "has defended the company" or "criticized the plan".
    boolean invertible = cue == comma + 1 && INVERTING_VERBS.contains(tokens.get(cue).lemma().toLowerCase(Locale.ROOT))
        && !clauseOpensAt(tokens, clause) && inverted(tokens, cue);
    if (name == null || end >= comma || !isComma(tokens.get(end)) || invertible) {
      return null;
    }
    for (int i = first; i < end; i++) {
      // A quotation in the name is the cue's content ("“...,” said X, ..."); one in the description
      // is the description's ("Ortiz, who called the plan “reckless” in May, said"), and an apostrophe is none.
      if (isQuotationMark(tokens.get(i)) && !pluralPossessive(tokens, i)) {
        return null;
      }
    }
    return new int[] {first, ownCueInRelativeClause(tokens, end, comma) ? end : comma + 1};
  }

  /**
   * "“...,” Anne Richards, assistant secretary of state, said on the same call", "Speaking later, Sen. Claire
   * McCaskill (D-Mo.), who has endorsed Clinton, said ...", "Sen. Jack Reed (D-R.I.), said ...": the
   * source of a cue after {@code comma} when the sentence's subject is not it ({@link
   * #describedSubject}): the first noun phrase that opens the sentence or follows a comma or a
   * closing quotation mark and ends at a comma, with the description after it up to the cue's
   * comma. A finite verb in that description outside a relative clause makes the stretch a clause
   * of its own ("Trump, the nominee, won Ohio, and ..."). Null when none.
   */
  int[] asideSubject(String text, List<Token> tokens, int comma, int cue) {
    for (int first = 0; first < comma; first++) {
      boolean quoted = first > 0 && isClosingMark(text, tokens.get(first - 1));
      if (first > 0 && !isComma(tokens.get(first - 1)) && !quoted) {
        continue;
      }
      if (quoted && cue + 1 < tokens.size() && words.takesPreposition(tokens, cue, cue + 1)) {
        // "“...,” Rosa Diaz, who drove in, said about the crowd": the reporting clause after the
        // quotation gives it ({@link #describedSubject}).
        return null;
      }
      int[] name = nounPhraseAfter(tokens, first);
      int end = name == null ? -1 : afterBrackets(tokens, name[1]);
      if (end < 0 || end > comma || !isComma(tokens.get(end)) || anyToken(tokens, first, end, Phrases::isQuotationMark)
          || clauseInDescription(tokens, end, comma)) {
        continue;
      }
      return new int[] {first, end < comma && ownCueInRelativeClause(tokens, end, comma) ? end : comma + 1};
    }
    return null;
  }

  /** Whether a finite verb stands between {@code from} and {@code to} before any wh-word that opens a relative clause. */
  private static boolean clauseInDescription(List<Token> tokens, int from, int to) {
    for (int i = from; i < to && !tokens.get(i).pos().startsWith("W"); i++) {
      if (isFinite(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the description between the commas at {@code open} and {@code close} is a relative
   * clause with a cue of its own ("Barkley, who said he typically votes Democratic, said ..."): that
   * clause is an attribution of its own, and PolNeAR's source is the name alone; so is one whose
   * verb thinks, estimates or speaks ("who thinks ...", "who spoke on condition of anonymity"), and
   * one that tells what the source has done ("who has visited several states").
   */
  private boolean ownCueInRelativeClause(List<Token> tokens, int open, int close) {
    return open + 1 < close && tokens.get(open + 1).pos().startsWith("W")
        && (anyToken(tokens, open + 2, close, token -> saying(token) || thinking(token) || tookSide(token))
            || inPerfect(tokens, open + 2, close));
  }

  /**
   * Whether the relative clause from {@code from} to the comma at {@code close} opens with a verb in
   * the perfect ("who has relied on ...", "who had addressed the convention", "who has not visited
   * the state"): an act of the source's own past, which PolNeAR leaves out of the source before the
   * cue. "Who has been in politics since ...", "who had stayed silent" say what the source is, and
   * "who has endorsed Cruz" what it stands for ({@link #takesSide}); those stay.
   */
  private static boolean inPerfect(List<Token> tokens, int from, int close) {
    int auxiliary = afterAdverbs(tokens, from, close);
    if (auxiliary + 1 >= close || !tokens.get(auxiliary).pos().startsWith("VB") || !tokens.get(auxiliary).lemma().equalsIgnoreCase("have")) {
      return false;
    }
    int verb = afterAdverbs(tokens, auxiliary + 1, close);
    return verb < close && tokens.get(verb).pos().equals("VBN") && !LINKING_VERBS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
        && !takesSide(tokens.get(verb));
  }

  /**
   * A verb of taking a side in the simple past ("who endorsed Mr. Rubio in May", "who once praised
   * the deal"): a dated act of its own, where the present ("who backs Mr. Rubio") or the perfect
   * ("who has endorsed him") says what the source stands for.
   */
  private static boolean tookSide(Token token) {
    return token.pos().equals("VBD") && takesSide(token);
  }

  /**
   * A verb of saying in other words, thinking or estimating that the clause's subject did ("thinks",
   * "estimated", "spoke on condition of anonymity"); an infinitive only says what one may do ("who
   * was not authorized to speak").
   */
  private static boolean thinking(Token token) {
    return token.pos().startsWith("VB") && !token.pos().equals("VB") && THINKING_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** The token after a quotation that opens the sentence and closes with a comma ("“...,” Jeff Weaver"), or 0. */
  private static int afterOpeningQuotation(String text, List<Token> tokens, int comma, List<Span> quotations) {
    if (!inside(tokens.get(0).span(), quotations) && quotationAt(tokens.get(0).span().start(), quotations) == null) {
      return 0;
    }
    for (int i = 1; i < comma; i++) {
      if (!inside(tokens.get(i).span(), quotations) && commaInsideClose(text, tokens, i)) {
        return i + 1;
      }
    }
    return 0;
  }
}
