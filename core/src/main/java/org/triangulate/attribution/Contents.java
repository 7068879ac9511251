package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.clauseOpensAt;
import static org.triangulate.attribution.Clauses.complementizerAfter;
import static org.triangulate.attribution.Clauses.hasVerb;
import static org.triangulate.attribution.Clauses.isComplementizer;
import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Clauses.opensClause;
import static org.triangulate.attribution.Clauses.opensContactRelative;
import static org.triangulate.attribution.Clauses.openingClauseEnd;
import static org.triangulate.attribution.Clauses.predicateAfterInterruption;
import static org.triangulate.attribution.Clauses.secondVerb;
import static org.triangulate.attribution.Clauses.startsPredicate;
import static org.triangulate.attribution.Clauses.subjectAndVerbAt;
import static org.triangulate.attribution.NounPhrases.isObjectPronoun;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.possessorBefore;
import static org.triangulate.attribution.Phrases.DASHES;
import static org.triangulate.attribution.Phrases.afterAdverbs;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.beforeAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isSpacedDash;
import static org.triangulate.attribution.Phrases.isQuotationMark;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.setsOff;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Phrases.tokenEndingBefore;
import static org.triangulate.attribution.QuotationMarks.inside;
import static org.triangulate.attribution.QuotationMarks.isMark;
import static org.triangulate.attribution.QuotationMarks.quotationAt;
import static org.triangulate.attribution.QuotationMarks.quotationEndingAt;
import static org.triangulate.attribution.QuotationMarks.quotationFrom;
import static org.triangulate.attribution.QuotationMarks.strayMark;
import static org.triangulate.attribution.SignedQuotation.lastNonBlankBefore;
import static org.triangulate.attribution.SignedQuotation.paragraphEnd;
import static org.triangulate.attribution.Scenes.afterTimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Where the content of an attribution begins and ends, on either side of its cue, following
 * PolNeAR's conventions: the content keeps its "that", stops where another clause joins it, and
 * takes the quotation that continues it.
 */
final class Contents {
  /** Words, at most, between an "and" or a verb after a reporting clause and the quotation it carries on. */
  private static final int CONTINUATION_REACH = 4;

  /** Words, at most, between a dash and the reporting clause that interrupts the content after it. */
  private static final int ASIDE_WORDS = 5;

  /** Prepositions that open what is said when content has no verb: "talked about", "spoke of". */
  private static final Set<String> PROPOSITION_PREPOSITIONS = Set.of("about", "of", "that", "whether", "if");

  /** Determiners that open a noun phrase set after a sentence as a comment on it: ", a claim not recognized internationally". */
  private static final Set<String> COMMENT_DETERMINERS = Set.of("a", "an", "the", "another");

  /** Words that stand for a whole answer or claim: "said no", "said yes", "thinks so". */
  private static final Set<String> ANSWER_WORDS = Set.of("yes", "no", "so");

  /** Cues that report words only with a clause after them: "added that ..." but "adding to her lead". */
  private static final Set<String> CLAUSE_ONLY_CUES = Set.of("add");

  /**
   * Tokens, at most, of the words that say how, when or where after a cue that ends its sentence
   * ("said in a statement", "agreed on Monday"); more hold an object ("announced on Monday the
   * lawsuit against the state").
   */
  private static final int ADJUNCT_TOKENS = 4;

  /** "not only X, but also Y", "punished, but not women who seek ...": after "but", these carry on the content's clause. */
  private static final Set<String> CORRELATIVE_FOCUS = Set.of("not", "also", "only", "rather");

  /** "Still, ...", "In fact, ...": the writer's words that tie a sentence to the one before, as word lists. */
  private static final List<List<String>> LINKING_ADVERBIALS = WordList.load(Contents.class, "en/linking_adverbials.txt").stream()
      .map(entry -> List.of(entry.split(" "))).toList();

  /** Subordinators that open a clause of the writer's after a content that is no clause: "plans to cut it, although ...". */
  private static final Set<String> CLOSING_SUBORDINATORS = Set.copyOf(WordList.load(Contents.class, "en/closing_subordinators.txt"));

  /** Subordinators that concede a point against what comes before: "..., though ...", "... — although ...". */
  private static final Set<String> CONCESSIVES = Set.of("though", "although", "while", "whereas");

  /**
   * Words that open a sentence with a point conceded against its main clause: "Though he has no
   * shot at the nomination, Kasich polls best against Clinton, according to three recent polls".
   * "While", concessive too, more often opens a clause of time that PolNeAR keeps in the content.
   */
  private static final Set<String> OPENING_CONCESSIONS = Set.of("though", "although", "despite");

  /** Relative words that open a clause on the noun before their comma: "the bill, which ...", "Clinton, who ...", "Ohio, where ...". */
  private static final Set<String> CLOSING_RELATIVES = Set.of("which", "who", "where");

  /** "supported him.", "disagreed with him.": verbs whose lone object pronoun is the content. */
  private static final Set<String> SIDE_TAKING_VERBS = Set.copyOf(WordList.load(Contents.class, "en/side_taking_verbs.txt"));

  /** "..., including Rubio and Kasich": participles that are prepositions, which open no clause. */
  private static final Set<String> PREPOSITIONAL_PARTICIPLES = Set.copyOf(WordList.load(Contents.class, "en/prepositional_participles.txt"));

  /**
   * Single letters with dots between them, the last one's dot split off as the sentence's stop:
   * "U.S", "p.m"; not a web address ("posted on unitedgungroup.com.").
   */
  private static final Pattern ABBREVIATION = Pattern.compile("(\\p{L}\\.)+\\p{L}");

  private Contents() {}

  /**
   * "While only 7 percent said they were undecided, 27 percent ...": the cue lies in a clause that
   * a subordinator opens, and the content ends with that clause, at the first comma outside a
   * quotation; what follows is the sentence's main clause.
   */
  static List<Span> endingAtComma(List<Token> tokens, List<Span> content, List<Span> quotations) {
    int comma = firstCommaWithin(tokens, content, quotations);
    return comma < 0 ? content : endingAt(content, tokens.get(comma).span().start());
  }

  /**
   * "Podesta, who said the project was vetted, said he was unaware ...", "Sanders, who sees himself
   * as ..., doesn't appear ready ...": the cue lies in a relative clause, which ends where the
   * sentence's own verb comes after a comma; PolNeAR's content ends with the relative clause.
   */
  static List<Span> endingWithRelativeClause(List<Token> tokens, List<Span> content, List<Span> quotations) {
    int comma = firstCommaWithin(tokens, content, quotations);
    int close = firstCommaQuotationCloseWithin(tokens, content);
    if (close >= 0 && (comma < 0 || close < comma) && close + 1 < tokens.size() && startsPredicate(tokens, close + 1)) {
      // "Humphrey, who calls Trump a “sociopath,” said ...": the relative clause's comma is inside
      // the quotation that ends it, and PolNeAR's content keeps the closing mark.
      return endingAt(content, tokens.get(close).span().end());
    }
    boolean predicate = comma >= 0 && comma + 1 < tokens.size() && startsPredicate(tokens, comma + 1);
    return predicate ? endingAt(content, tokens.get(comma).span().start()) : content;
  }

  /** The index of the first closing quotation mark with a comma before it inside the content's last fragment, or -1. */
  private static int firstCommaQuotationCloseWithin(List<Token> tokens, List<Span> content) {
    Span last = content.get(content.size() - 1);
    for (int i = 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.pos().equals("''") && isComma(tokens.get(i - 1)) && token.span().start() > last.start() && token.span().end() < last.end()) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first comma inside the content's last fragment and outside quotations, or -1. */
  private static int firstCommaWithin(List<Token> tokens, List<Span> content, List<Span> quotations) {
    Span last = content.get(content.size() - 1);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (isComma(token) && token.span().start() > last.start() && token.span().end() < last.end() && !inside(token.span(), quotations)) {
        return i;
      }
    }
    return -1;
  }

  /** The content with its last fragment ending at offset {@code end}. */
  static List<Span> endingAt(List<Span> content, int end) {
    List<Span> cut = new ArrayList<>(content);
    Span last = cut.get(cut.size() - 1);
    cut.set(cut.size() - 1, new Span(last.start(), end));
    return cut;
  }

  /**
   * "The novice who wants to unseat the chairwoman is reaping rewards", "Senators who wanted to
   * attend the convention could be faced with ...": a relative clause with no comma around it,
   * whose content is an infinitive or a prepositional phrase, ends where the sentence's own verb
   * comes (a noun phrase may be the subject of a clause with no "that", whose verb is the
   * content's own); a verb after a subject of its own ("the deal he reached") still belongs to the
   * content, and so does all after a comma, coordinator, quotation or wh-word, where the relative
   * clause may go on.
   */
  static List<Span> endingBeforeMainVerb(List<Token> tokens, List<Span> content, List<Span> quotations) {
    Span last = content.get(content.size() - 1);
    int first = tokenEndingBefore(tokens, last.start()) + 1;
    if (clauseOpensAt(tokens, first) || !tokens.get(first).pos().equals("TO") && !tokens.get(first).pos().equals("IN")) {
      return content;
    }
    for (int i = first + 1; i < tokens.size() && tokens.get(i).span().end() <= last.end(); i++) {
      Token token = tokens.get(i);
      String pos = token.pos();
      if (inside(token.span(), quotations) || isComma(token) || pos.startsWith("W") || pos.equals("CC") || pos.equals(":") || pos.equals("-LRB-")) {
        return content;
      }
      if (!isFinite(token)) {
        continue;
      }
      int end = i;
      while (end > first + 1 && tokens.get(end - 1).pos().startsWith("RB")) {
        end--;
      }
      String before = tokens.get(end - 1).pos();
      if (before.equals("PRP") || before.equals("EX") || before.equals("IN")) {
        return content;
      }
      return endingAt(content, tokens.get(end - 1).span().end());
    }
    return content;
  }

  /** Whether a participle that opens a clause of its own stands here: ", leading the field", not ", including Ohio". */
  static boolean opensParticiple(Token token) {
    return token.pos().equals("VBG") && !PREPOSITIONAL_PARTICIPLES.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /**
   * "Trump's attacks on Curiel are highly unusual": a content inside the sentence's subject ends
   * before the sentence's verb, the first finite verb after it, over the nouns joined by "and"
   * ("attacks on big banks and super PACs have ..."), or before a second subject with a
   * possessor of its own ("attacks on immigrants and his promise to build a wall were ..."); a
   * pronoun that can only be an object ("attacks on him are ...") is no subject of that verb.
   * Where no such verb is found first (another pronoun before it, a comma, a relative word, a
   * bracket, a quotation), the phrase is read as no subject and the content is empty: on PolNeAR train those
   * phrases lie mostly in others' attributions.
   */
  static List<Span> endingBeforeSubjectsVerb(List<Token> tokens, List<Span> content, List<Span> quotations) {
    Span last = content.get(content.size() - 1);
    for (int i = tokenEndingBefore(tokens, last.start()) + 2; i < tokens.size() && tokens.get(i).span().end() <= last.end(); i++) {
      Token token = tokens.get(i);
      if (inside(token.span(), quotations) || isComma(token) || token.pos().startsWith("W") || token.pos().equals("-LRB-")) {
        return List.of();
      }
      if (token.pos().equals("CC") && opensPossessor(tokens, i + 1)) {
        return endingAt(content, tokens.get(i - 1).span().end());
      }
      if (isFinite(token)) {
        Token before = tokens.get(beforeAdverbs(tokens, i));
        boolean ownSubject = before.pos().equals("EX") || before.pos().equals("PRP") && !isObjectPronoun(before);
        return ownSubject ? List.of() : endingAt(content, before.span().end());
      }
    }
    return List.of();
  }

  /**
   * "Sanders's claim that he still has a way to win would depend on ...": a clause inside the
   * sentence's subject ends before the sentence's verb, the first finite verb after the clause's
   * own that no pronoun, "and", preposition or relative word comes right before ("that she is
   * playing the woman's card and would be a failed candidate if she were a man touched off ...");
   * a noun subject after a subordinator ("if taxes fall") is not told from the subject. A comma, a relative word, a bracket or a quotation before it leaves the
   * content as it is, as the clause may go on past them.
   */
  static List<Span> endingBeforeVerbAfterClause(List<Token> tokens, List<Span> content, List<Span> quotations) {
    Span last = content.get(content.size() - 1);
    boolean clauseVerb = false;
    for (int i = tokenEndingBefore(tokens, last.start()) + 2; i < tokens.size() && tokens.get(i).span().end() <= last.end(); i++) {
      Token token = tokens.get(i);
      if (inside(token.span(), quotations) || isComma(token) || token.pos().startsWith("W") || token.pos().equals("-LRB-")) {
        return content;
      }
      if (!isFinite(token)) {
        continue;
      }
      Token before = tokens.get(beforeAdverbs(tokens, i));
      if (clauseVerb && !before.pos().matches("PRP|EX|CC|IN|WDT|WP")) {
        return endingAt(content, before.span().end());
      }
      clauseVerb = true;
    }
    return content;
  }

  /** Whether a possessor opens at token {@code at}: "his", "Cruz's". */
  private static boolean opensPossessor(List<Token> tokens, int at) {
    for (int end = at + 1; end < tokens.size() && end <= at + 4; end++) {
      int[] possessor = possessorBefore(tokens, end);
      if (possessor != null) {
        return possessor[0] == at;
      }
    }
    return false;
  }

  /**
   * Whether content after a cue, outside quotation marks, reads as something said. Content with no
   * verb that opens with a preposition is often no attribution at all ("reported from Los
   * Angeles", "was first reported by Politico", "found in refrigerants"), except after "about" and
   * "of" ("talked about the economy"): on PolNeAR train such verbless contents were right 67% of
   * the time against 87% for all. And "add" reports words only when a clause follows it: "adding
   * to her lead", "would add to the troubles stoked by ..." add things.
   */
  static boolean saysSomething(List<Token> tokens, Token cue, List<Span> content) {
    int first = tokenEndingBefore(tokens, content.get(0).start()) + 1;
    int end = tokenEndingBefore(tokens, content.get(content.size() - 1).end()) + 1;
    if (end <= first || anyToken(tokens, first, end, Phrases::isQuotationMark)) {
      return true;
    }
    if (CLAUSE_ONLY_CUES.contains(cue.lemma().toLowerCase(Locale.ROOT))) {
      return clauseOpensAt(tokens, first);
    }
    if (hasVerb(tokens, first, end)) {
      return true;
    }
    Token opening = tokens.get(first);
    return !opening.pos().equals("IN") || PROPOSITION_PREPOSITIONS.contains(opening.text().toLowerCase(Locale.ROOT));
  }

  /**
   * "Hewitt writes:" and, with no quotation marks, the paragraph after it: the text the cue quotes
   * as a block, to that paragraph's end and less its closing full stop. None when the colon does
   * not close its paragraph, or quotation marks stand in the next one.
   */
  private static List<Span> blockQuotation(String text, int colonEnd) {
    Span next = nextParagraph(text, colonEnd);
    if (next == null) {
      return List.of();
    }
    int start = next.start();
    int end = next.end();
    if (text.substring(start, end).chars().anyMatch(c -> isMark((char) c))) {
      // A paragraph with quotation marks in it is no unmarked block: its quotations are read as such
      // (an embedded post's markup, "<tweet tweet-author="...">", is no prose either).
      return List.of();
    }
    return List.of(new Span(start, text.charAt(end - 1) == '.' && end > start + 1 ? end - 1 : end));
  }

  /**
   * The paragraph after a colon that closes its own, without the blanks around it; null when the
   * colon at {@code colonEnd} does not close its paragraph or nothing follows.
   */
  static Span nextParagraph(String text, int colonEnd) {
    int start = colonEnd;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start == text.length() || text.substring(colonEnd, start).indexOf('\n') < 0) {
      return null;
    }
    return new Span(start, lastNonBlankBefore(text, paragraphEnd(text, start)));
  }

  /** Whether a full stop, question or exclamation mark stands before the quotation's closing mark. */
  private static boolean endsSentence(String text, Span quotation) {
    int last = quotation.end() - 1;
    while (last > quotation.start() && isMark(text.charAt(last))) {
      last--;
    }
    return ".?!".indexOf(text.charAt(last)) >= 0;
  }

  /**
   * "said on Thursday he would ...", "noted in an op-ed Thursday, the candidate has ...": a
   * subject and its finite verb right after the place or time of the saying, with or without a
   * comma between them, open the reported clause, and PolNeAR's content opens with it. After the
   * comma, "and" joins a clause of the writer's ("what we saw on Sept. 11, and we ..."), and a
   * sentence that "when" or another wh-adverb opens ends the cue's clause there ("When the case was
   * argued in December, the justices ...").
   */
  private static boolean reportedClauseAfterScene(List<Token> tokens, int clause) {
    boolean comma = clause < tokens.size() && isComma(tokens.get(clause));
    int at = comma ? clause + 1 : clause;
    if (at >= tokens.size() || tokens.get(at).pos().equals("CC")
        || comma && tokens.get(0).pos().equals("WRB")) {
      return false;
    }
    int[] subject = nounPhraseAfter(tokens, at);
    return subject != null && subject[0] == at && subjectAndVerbAt(tokens, at);
  }

  /** The content after the cue: a quotation there, or the rest of the sentence without its stop. */
  static List<Span> contentAfter(String text, Sentence sentence, int from, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int start = from;
    while (start < tokens.size() && (isComma(tokens.get(start)) || tokens.get(start).text().equals(":"))) {
      start++;
    }
    int clause = start < tokens.size() && tokens.get(start).pos().equals("IN") ? Scenes.afterScene(tokens, start) : start;
    if (clause > start && clause < tokens.size() && isComplementizer(tokens.get(clause))
        && clause + 1 < tokens.size() && !tokens.get(clause + 1).pos().matches("VB.*|MD")) {
      // "was revealed in March that ...", "wrote in the auction description ... that ...": the
      // place or time before the clause says where or when it was said, and PolNeAR's content
      // opens at the clause; a verb right after "that" makes it a relative pronoun ("takes aim at
      // a provision that allows ..."), whose noun is the content.
      start = clause;
    } else if (clause > start && !isComplementizer(tokens.get(start)) && reportedClauseAfterScene(tokens, clause)) {
      start = isComma(tokens.get(clause)) ? clause + 1 : clause;
    }
    int end = tokens.size();
    while (end > start && (isSentenceEnd(tokens.get(end - 1)) && !inside(tokens.get(end - 1).span(), quotations)
        || strayMark(text, tokens.get(end - 1), quotations) || unopenedBracket(tokens, start, end - 1))) {
      end--;
    }
    if (start == tokens.size() && tokens.get(start - 1).text().equals(":")) {
      // "Cruz continued:" and the quotation in the next paragraph.
      Span quotation = quotationFrom(text, sentence.span().end(), quotations);
      return quotation != null ? List.of(quotation) : blockQuotation(text, sentence.span().end());
    }
    if (start < tokens.size() && tokens.get(tokens.size() - 1).text().equals(":") && !hasVerb(tokens, start, tokens.size())) {
      // "He told his audience, to rowdy applause:" and the quotation in the next paragraph: the
      // words before the colon only say how or where.
      Span quotation = quotationFrom(text, sentence.span().end(), quotations);
      if (quotation != null) {
        return List.of(quotation);
      }
    }
    if (end < tokens.size() && end - start <= ADJUNCT_TOKENS && !hasVerb(tokens, start, end)
        && (end == start || tokens.get(start).pos().matches("IN|RB"))
        && !anyToken(tokens, 0, from, Phrases::isQuotationMark)) {
      // "Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”", "Sam Lau said
      // in a statement. “There are no paper ballots.”": a cue whose sentence ends on a few words
      // that only say how, when or where introduces the quotation that follows in its paragraph,
      // when the quotation ends its own sentence; one that closes on a comma has its own reporting
      // clause ("Obama seems to agree. “We don't yet know ...,” he said"). A quotation before the
      // cue is its content ("“...,” Kellyanne Conway said. “...”").
      Span quotation = quotationFrom(text, sentence.span().end(), quotations);
      if (quotation != null && text.substring(sentence.span().end(), quotation.start()).indexOf('\n') < 0
          && endsSentence(text, quotation)) {
        return List.of(quotation);
      }
    }
    if (answerWord(tokens, start, end)) {
      // "Asked if he was ever bullied, the candidate said no.", "after 55 percent said so in
      // December", "Cruz apparently thinks so, too": the word is the whole answer; what follows
      // says when or how, and the clause before is the question, not what was said.
      return List.of(tokens.get(start).span());
    }
    if (end - start < 2 && !(end > start && (isMark(text.charAt(tokens.get(start).span().start())) || namesOneAlone(tokens.get(start)) || sideTakenAlone(tokens, start)))) {
      return List.of();
    }
    int sentenceEnd = end;
    end = clauseEnd(text, tokens, start, end, quotations);
    start = quotationAfterAdjunct(text, tokens, start, end, quotations);
    int startOffset = tokens.get(start).span().start();
    int endOffset = tokens.get(end - 1).span().end();
    if (end == sentenceEnd && endsOnAbbreviation(text, tokens, end)) {
      endOffset++;
    }
    // "Trump said that “ethanol people” “do a fantastic job. And it's so important. ...”": a
    // quotation that opens in the content goes on to its closing mark, past the sentence's end.
    for (Span quotation : quotations) {
      if (quotation.start() >= startOffset && quotation.start() < endOffset && quotation.end() > endOffset) {
        endOffset = quotation.end();
      }
    }
    return List.of(new Span(startOffset, endOffset));
  }

  /**
   * "those who said income inequality tended to support Sanders.", "suburbanites mostly backed
   * Clinton.": a name alone after its cue, before the sentence's stop, is what the subject
   * supports or opposes; a day is when the cue happened ("concluded Monday").
   */
  private static boolean namesOneAlone(Token token) {
    return token.pos().startsWith("NNP") && !Scenes.isDay(token);
  }

  /**
   * "Both senators strongly supported him.", "Mr. Rubio only occasionally disagreed with him.": an
   * object pronoun alone after a finite verb of taking a side (or one after its auxiliary, "had
   * endorsed him", "don't like me") is who the subject backs or opposes. A participle or an
   * infinitive ("groups supporting her", "needs superdelegates to support him") describes a noun
   * or a goal, whose pronoun PolNeAR leaves alone.
   */
  private static boolean sideTakenAlone(List<Token> tokens, int pronoun) {
    if (!isObjectPronoun(tokens.get(pronoun))) {
      return false;
    }
    int verb = pronoun - 1;
    while (verb >= 0 && tokens.get(verb).pos().matches("IN|RP")) {
      verb--;
    }
    if (verb < 0 || !tokens.get(verb).pos().startsWith("VB")
        || !SIDE_TAKING_VERBS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return Clauses.finiteAt(tokens, verb);
  }

  /**
   * "a ban on Muslims entering the U.S.": the stop that ends the sentence straight after an
   * abbreviation with dots inside ("U.S", "p.m", "D.C") is also the abbreviation's own last dot,
   * which PolNeAR's content keeps: on train, gold's contents that end on such an abbreviation,
   * before a stop or a comma, keep its dot 29 times and leave it out 5; keeping it at the
   * sentence's end makes 6 contents exact and loses 1.
   */
  private static boolean endsOnAbbreviation(String text, List<Token> tokens, int stop) {
    if (stop >= tokens.size() || !tokens.get(stop).text().equals(".")) {
      return false;
    }
    Span last = tokens.get(stop - 1).span();
    return last.end() == tokens.get(stop).span().start() && text.charAt(last.end()) == '.'
        && ABBREVIATION.matcher(text.substring(last.start(), last.end())).matches();
  }

  /**
   * Whether the content opens on a word that is a whole answer: "yes" or "no" that ends its
   * clause ("said no.", "said yes, but ..."; not "said no to the war"), or "so" followed only by a
   * preposition that says when or where ("said so in December"); before an adverb or adjective
   * "so" is a degree ("feel so strongly about", "concluded so eloquently"), before "that" a purpose.
   */
  private static boolean answerWord(List<Token> tokens, int start, int end) {
    if (start >= end || !ANSWER_WORDS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (start + 1 == end || isComma(tokens.get(start + 1)) || isSentenceEnd(tokens.get(start + 1))) {
      return true;
    }
    Token next = tokens.get(start + 1);
    return tokens.get(start).text().equalsIgnoreCase("so") && next.pos().equals("IN") && !isComplementizer(next);
  }

  /**
   * "(The senator declined to comment.)": a sentence in brackets ends with the closing one, which
   * belongs to no content that does not hold the opening one.
   */
  private static boolean unopenedBracket(List<Token> tokens, int start, int at) {
    if (!tokens.get(at).text().equals(")")) {
      return false;
    }
    int depth = 0;
    for (int i = start; i < at; i++) {
      String word = tokens.get(i).text();
      depth += word.equals("(") ? 1 : word.equals(")") ? -1 : 0;
    }
    return depth <= 0;
  }

  /**
   * "said in the debate spin room, “I'm sending the signal ...”", "offered a caveat: “...”": words
   * without a verb, then a comma or colon and a quotation that runs to the content's end; the
   * quotation alone is the content. Returns the token the content starts at.
   */
  private static int quotationAfterAdjunct(String text, List<Token> tokens, int start, int end, List<Span> quotations) {
    for (int i = start + 1; i + 1 < end; i++) {
      Token token = tokens.get(i);
      if (token.pos().startsWith("VB") || token.pos().equals("MD") || inside(token.span(), quotations)) {
        return start;
      }
      if (isComma(token) || token.text().equals(":")) {
        Span quotation = quotationAt(tokens.get(i + 1).span().start(), quotations);
        return quotation != null && quotation.end() >= tokens.get(end - 1).span().end() ? i + 1 : start;
      }
    }
    return start;
  }

  /**
   * Where the content after a cue ends: at the sentence's end, or before what joins another clause
   * to it, which PolNeAR leaves out: ", but ..." with a finite verb after it and, after a reported
   * clause, a subject of its own ({@link #sharedSubject}; with none, "not just a
   * failure, but a catastrophe" goes on with the content's own clause, as do "but not", "but
   * also" and "but that"), a participle set off by a comma (", linking to a story ...", ", compared
   * with 23 percent ..."; after a reported clause only where {@link #goesOnWithParticiple} does not hold), ", and" with a new
   * subject and verb, "and" or "but" with a second verb of the source's own, or "and" with a pronoun and its
   * verb ({@link #pronounClause}), when the content is no clause ("had opposed a similar effort
   * and once again did not like ..."), the time of saying
   * after an object ("endorsed Clinton on Thursday"), a relative clause after the content's one comma ("the bill, which ..."), a
   * subordinate clause after a content with no clause, at a comma ({@link #writersClause}) or
   * without one ({@link #datingClause}), "as" and an
   * auxiliary that say who else said so ({@link #othersDidToo}), a dash before a concessive
   * subordinator ({@link #concessionAfterDash}), "but" and a clause after a lone dash that follows a
   * content with no clause, the dash that closes an aside the content opens in
   * ({@link #opensInsideAside}), the content's one semicolon before the writer's next sentence
   * ({@link #writersSemicolon}), the content's one dash before the writer's comment on it ({@link
   * #commentAfterDash}), and a colon before a quotation with its own reporting clause. Marks inside a quotation do not count.
   */
  private static int clauseEnd(String text, List<Token> tokens, int start, int end, List<Span> quotations) {
    boolean finite = false;
    for (int i = start + 1; i + 1 < end; i++) {
      Token token = tokens.get(i);
      if (inside(token.span(), quotations) || isComma(token) && opensAside(tokens.get(i - 1))) {
        continue;
      }
      // A comma after the reported clause's subject alone sets in a phrase the clause goes on after.
      int resumed = isComma(token) && !finite ? predicateAfterInterruption(tokens, start, i, end) : -1;
      if (resumed > 0) {
        i = resumed;
        continue;
      }
      Token next = tokens.get(i + 1);
      boolean participle = opensParticiple(next) && !(finite && goesOnWithParticiple(tokens, start, i + 1, end));
      boolean butClause = next.text().equalsIgnoreCase("but") && anyToken(tokens, i + 2, end, Clauses::isFinite)
          && !(i + 2 < end && (CORRELATIVE_FOCUS.contains(tokens.get(i + 2).text().toLowerCase(Locale.ROOT))
              || secondComplement(tokens.get(i + 2))))
          && !(finite && sharedSubject(tokens, i + 2, end));
      boolean comment = isComma(token) && closingComment(tokens, start, i, end) && !(finite && continuesContent(tokens, start, i + 2, end));
      // "46 percent said yes, compared with 23 percent who ...": the comparison is the writer's
      // (on PolNeAR train 15 contents made exact, 3 lost; other participles with a preposition,
      // "coupled with", "based in", as often belong to what was said).
      boolean comparison = next.text().equalsIgnoreCase("compared") && i + 2 < end
          && (tokens.get(i + 2).pos().equals("IN") || tokens.get(i + 2).pos().equals("TO"));
      if (isComma(token) && (butClause || participle || comparison || opensClause(tokens, i + 1, end) || comment || closingRelative(tokens, start, i, end)
          || writersClause(tokens, start, i, end) || othersDidToo(tokens, i, end))) {
        return i;
      }
      // "endorsed Clinton on Thursday night": after an object with no verb the time of saying that
      // ends the sentence is the cue's, not what was said (on PolNeAR train 7 contents made exact,
      // none lost); a reported clause keeps it, as gold does, and so does an object a clause with
      // "that" follows; a time alone ("promised Sunday to end ...") is no object.
      if (!clauseOpensAt(tokens, start) && !hasVerb(tokens, start, i) && !isComma(tokens.get(i - 1)) && !tokens.get(i - 1).pos().equals("CC")
          && endsOnTime(tokens, i, end) && afterTimeExpression(tokens, start) < i && complementizerAfter(tokens, i) < 0) {
        return i;
      }
      if (datingClause(tokens, start, i, end)) {
        return i;
      }
      // "called the actions lawful, and said ...": a comma before the "and" goes with it (on PolNeAR
      // train 26 contents change, 11 made exact, none lost); a dash stays with the content, as gold
      // keeps it there (2 lost).
      if (!finite && token.text().equalsIgnoreCase("and") && (secondVerb(tokens, i + 1, end) || pronounClause(tokens, i, end))) {
        return i - 1 > start && isComma(tokens.get(i - 1)) ? i - 1 : i;
      }
      // "praised the inquiry but stopped short of ...", "backs the bill but is undecided": after a
      // content with no clause of its own, "but" and a finite verb join the source's next verb, as
      // "and" does; a comma or dash before the "but" goes with it (on PolNeAR train 9 contents made
      // exact, 1 lost).
      if (!finite && token.text().equalsIgnoreCase("but") && secondVerb(tokens, i + 1, end)) {
        Token before = tokens.get(i - 1);
        return isComma(before) || DASHES.contains(before.text()) ? i - 1 : i;
      }
      // "said none of this - but it hasn't tamped it down": after a content with no clause of its
      // own, "but" with a clause of its own after a lone dash is the writer's answer to what was
      // said, as after a comma (on PolNeAR train 3 contents made exact, 1 lost; after a reported
      // clause 2 made exact and 2 lost, so there the content runs on).
      if (!finite && butClause && isSpacedDash(text, token) && !anyToken(tokens, i + 1, end, t -> isSpacedDash(text, t))) {
        return i;
      }
      if (concessionAfterDash(text, tokens, i, end)) {
        return i;
      }
      if (writersSemicolon(tokens, start, i, end)) {
        return i;
      }
      if (commentAfterDash(text, tokens, start, i, end)) {
        return i;
      }
      if (isComma(token) && existentialAfter(tokens, start, i, end)) {
        return i;
      }
      if (isSpacedDash(text, token) && opensInsideAside(text, tokens, start, quotations)) {
        return i;
      }
      if (token.text().equals(":") && isQuotationMark(next) && reportedAfter(tokens, i + 1, end, quotations)) {
        return i;
      }
      finite |= isFinite(token);
    }
    return end;
  }

  /**
   * "it is only fitting that, having overcome so many obstacles, she ...", "found that, according
   * to an analysis, 85 of the meetings ...": a comma right after "that", "whether" or "if" opens an
   * aside inside the clause the word has yet to introduce, so the content cannot end there.
   * Counted on PolNeAR train: 2 contents that ended on the word made exact, none lost; a "that"
   * tagged as a pronoun ("can do that,") and a preposition ("vote for,") end a clause, and stay.
   */
  private static boolean opensAside(Token word) {
    return isComplementizer(word) && word.pos().equals("IN");
  }

  /**
   * "claimed victory in a tweet", "criticized Bill Clinton during a debate", "defended Cruz in a
   * recent interview with The Post, saying ...": after an object with no verb or comma before it,
   * a phrase that names the medium or occasion of the saying ({@link Scenes#mediumEnd}) tells how
   * the cue was said, and PolNeAR's content ends before it, with all that follows it. Not where
   * what follows the phrase is still what was said: a finite verb, whose subject the phrase is part
   * of ("her anger in the last debate was over the top"), a proposition ("told her in a debate
   * that ...", "posted comments on Facebook about ...") or the manner of saying it ("at a rally by
   * joking that ..."), nor where a clause comes later ("in statements because ... are eligible",
   * where gold's content may lie after the phrase). So, too, a phrase that names the time of the
   * saying ({@link Scenes#timeEnd}: "endorsed Mr. Sanders in December", "echoed that promise on
   * Monday") where only more such phrases follow it ("on Sunday at a university forum in
   * Beijing"), and a time with no preposition ({@link Scenes#opensTimeOfSaying}: "endorsed Trump
   * last week", "reported no arrests late Monday", "talked politics Monday on Fox and Friends"),
   * unless a place named after it says where the object happened ({@link #placeNamedAfter}). A
   * reported clause keeps such a phrase, which may belong to it ("is expected to deliver an
   * indictment of Trump in a speech"; on PolNeAR train gold's content ends before 5 such phrases
   * of medium and keeps 5), and so does a content with a quotation mark in or after the phrase; a
   * quotation closed before it is part of the object ("called the governor “reckless” in a
   * tweet": on train 3 contents made exact, 1 lost, "Trump's call for a "deportation force" on
   * Wednesday"). Returns the new end, or {@code end}. Counted on PolNeAR train, for the phrases
   * of medium: 29 contents made exact, 4 lost where gold keeps the phrase ("his opposition in a
   * separate CNN interview", "in political speech"); for those of time: 14 made exact, 2 lost
   * ("the idea of such a database on Thursday"); for a time with no preposition: 8 made exact, 1
   * lost ("announced his candidacy last year"). A verb that completes a common noun after "to"
   * ({@link #complementsNoun}) leaves the object a noun phrase: 3 contents made exact, none lost;
   * so does a verb inside a quotation closed before the phrase ({@link #quotationClosing}: "called
   * the system “rigged” in a tweet Tuesday"; 1 content made exact, none lost, 2 others end earlier).
   * A time of the saying may also end at a comma before a phrase with no clause ({@link
   * #commaWithoutClause}): 2 contents made exact, none lost.
   */
  private static int beforeScene(String text, List<Token> tokens, int start, int end) {
    for (int i = start + 1; i + 1 < end && !(hasVerb(tokens, i - 1, i) && !complementsNoun(tokens, start, i - 1)) && !isComma(tokens.get(i - 1)); i++) {
      // A quotation may close before the phrase ("called Palin a “clown” on his radio show"), and
      // none may be open or open again after it ("during a Tuesday interview as “a remnant ...”").
      // A quotation's own verbs ("“rigged”", "“... I’ve ever met ...”") leave the object no clause.
      int closing = quotationClosing(tokens, i - 1, end);
      if (closing > 0) {
        i = closing;
        continue;
      }
      Token before = tokens.get(i - 1);
      if (!(before.pos().matches("NN.*|PRP|CD") || isQuotationMark(before)) || anyToken(tokens, i, end, Phrases::isQuotationMark)) {
        continue;
      }
      int medium = Scenes.mediumEnd(text, tokens, i, end);
      int time = Scenes.timeEnd(text, tokens, i, end);
      boolean timeOfSaying = Scenes.opensTimeOfSaying(tokens, i) && Scenes.afterScene(tokens, i) >= end
          && !placeNamedAfter(text, tokens, Scenes.afterTimeExpression(tokens, i), end);
      if (medium == end || medium > 0 && !goesOnWithContent(tokens, medium) && !anyToken(tokens, medium, end, Clauses::isFinite)
          || time > 0 && (Scenes.afterScene(tokens, time) >= end || commaWithoutClause(tokens, Scenes.afterScene(tokens, time), end)) || timeOfSaying) {
        return i;
      }
    }
    return end;
  }

  /**
   * The closing mark of a quotation that opens at token {@code open} and closes before {@code
   * end}, or -1: the quoted words are part of the object ("called the system “rigged”", "referred
   * to him as “the most beautiful soul I’ve ever met”"), and their verbs, which tell what the
   * source's words were, do not make the content a clause.
   */
  private static int quotationClosing(List<Token> tokens, int open, int end) {
    if (!tokens.get(open).pos().equals("``")) {
      return -1;
    }
    for (int i = open + 1; i < end; i++) {
      if (isQuotationMark(tokens.get(i))) {
        return tokens.get(i).pos().equals("''") ? i : -1;
      }
    }
    return -1;
  }

  /**
   * Whether the verb at {@code verb} completes a common noun through "to" ("his intention to vote
   * for Clinton on Wednesday", "a commitment to making peace ... in an interview"): the object is
   * still a noun phrase, no clause of its own, and the time or medium after it is the saying's.
   * After a name the infinitive is a clause on the object ("asked Clinton to debate him in Brooklyn
   * on April 14"), and after "of" the gerund's own phrases run on ("accused her of misrepresenting
   * herself in interviews"): on PolNeAR train "of" lost 1 content and made none exact.
   */
  private static boolean complementsNoun(List<Token> tokens, int start, int verb) {
    return verb - 2 >= start && tokens.get(verb).pos().matches("VBG|VB") && tokens.get(verb - 1).text().equalsIgnoreCase("to")
        && tokens.get(verb - 2).pos().matches("NNS?");
  }

  /**
   * "said the plant would close next year, leaving 300 workers without jobs", "insisted it was a
   * temporary dip, reflecting restlessness within an electorate ...": after a reported clause that
   * opens the content, a participle set off by the content's last comma goes on with what was
   * said, the clause's own consequence or manner, and PolNeAR's content runs on past it. Not where
   * the participle phrase holds a cue verb or "according to" (a saying of its own, whose frame a
   * longer content would swallow: ", adding ...", ", asking ...", ", according to ..."), has a
   * comma of its own, or the content a quotation mark (on train, with either, gold ran on and stopped
   * alike). Counted on PolNeAR train: the rule changes 31 contents, 18 made exact and 6 lost where
   * gold stops at the comma (", drawing boos from the crowd", ", surpassing President Obama's
   * previous record"). A content with no clause of its own ("praised the plan, ...") still ends at
   * the comma: there the participle is most often the source's next act (50 stops to 10 on train).
   */
  private static boolean goesOnWithParticiple(List<Token> tokens, int start, int participle, int end) {
    return clauseOpensAt(tokens, start) && !anyToken(tokens, participle, end, t -> isComma(t) || CueWords.ENGLISH.isCue(t))
        && !anyToken(tokens, start, end, Phrases::isQuotationMark) && !AccordingTo.accordingToAt(tokens, participle);
  }

  /**
   * Whether the content goes on at {@code at} after a time of the saying with a comma and a phrase
   * that has no finite verb, opened by a conjunction, preposition, adverb or gerund ("endorsed
   * Trump in early June, but only after publicly deliberating over ...", "won support on Thursday,
   * including the Netherlands and Pakistan"): it adds to the saying, as the time does, and is no
   * part of what was said. A word of a date or noun phrase after the comma is still the object's
   * ("any role in the Sept. 11, 2001, attacks").
   */
  private static boolean commaWithoutClause(List<Token> tokens, int at, int end) {
    return isComma(tokens.get(at)) && at + 1 < end && tokens.get(at + 1).pos().matches("CC|IN|RB|VBG")
        && !anyToken(tokens, at, end, Clauses::isFinite);
  }

  /**
   * Whether a place named by a proper noun follows the time at {@code at} ("Cruz's victories
   * Tuesday in Texas, Oklahoma and Alaska"): a day and a place after an object say when and where
   * the object happened, and gold keeps both with it; a broadcaster's name is no place ("talked
   * politics Monday on Fox and Friends").
   */
  private static boolean placeNamedAfter(String text, List<Token> tokens, int at, int end) {
    return at + 1 < end && tokens.get(at).pos().equals("IN") && tokens.get(at + 1).pos().startsWith("NNP")
        && Scenes.mediumEnd(text, tokens, at, end) < 0;
  }

  /**
   * The content with its last fragment ending before a phrase that says how or when it was said
   * ({@link #beforeScene}); {@code RuleAttributor} applies it once a content is cut to its clause,
   * which may leave that phrase at its end ("When he first described the wall in December, he
   * said ...", "which endorsed Mr. Sanders in December, said ...").
   */
  static List<Span> withoutScene(String text, List<Token> tokens, List<Span> content) {
    Span last = content.get(content.size() - 1);
    int first = tokenEndingBefore(tokens, last.start()) + 1;
    int end = tokenEndingBefore(tokens, last.end()) + 1;
    int cut = first < end ? beforeScene(text, tokens, first, end) : end;
    return cut < end ? endingAt(content, tokens.get(cut - 1).span().end()) : content;
  }

  /**
   * Whether the token at {@code next}, after a phrase of medium, opens more of what was said: a
   * finite verb, a proposition, "by" and the manner, or "as" and what the object is taken for
   * ("referenced his antics on Twitter as a clear sign ...").
   */
  private static boolean goesOnWithContent(List<Token> tokens, int next) {
    String word = tokens.get(next).text().toLowerCase(Locale.ROOT);
    boolean takenFor = word.equals("as") && next + 1 < tokens.size() && Phrases.isDeterminer(tokens.get(next + 1));
    return isFinite(tokens.get(next)) || PROPOSITION_PREPOSITIONS.contains(word) || word.equals("by") || takenFor;
  }

  /**
   * "vowed to cut the budget, although the session ends in a week", "welcomed the contract, even
   * though the raise was small": a subordinator (en/closing_subordinators.txt) with a subject and
   * finite verb after it, at the last comma of a content with no finite verb before it and no
   * quotation mark, opens a clause on the reporting one, since a noun phrase or infinitive has no
   * tense for it to qualify; PolNeAR's content ends before it (on train 16 contents made exact, 1
   * lost). After a reported clause gold most often keeps such a clause (on train it runs on past 46
   * such commas and stops at 20), and with another comma after it the clause may close before the
   * content goes on ("Trump, despite his wealth, is ...").
   */
  private static boolean writersClause(List<Token> tokens, int start, int comma, int end) {
    int clause = comma + 1;
    if (clause + 1 < end && tokens.get(clause).text().equalsIgnoreCase("even")) {
      clause++;
    }
    return clause + 1 < end && CLOSING_SUBORDINATORS.contains(tokens.get(clause).text().toLowerCase(Locale.ROOT))
        && subjectAndVerbAt(tokens, clause + 1)
        && !anyToken(tokens, comma + 1, end, t -> isComma(t) || t.text().equals(";") || DASHES.contains(t.text()))
        && !anyToken(tokens, start, comma, Clauses::isFinite) && !anyToken(tokens, start, end, Phrases::isQuotationMark);
  }

  /**
   * "attacked his rival's record after the senator criticized him", "opposed the bill as he
   * prepared his run", "defended the remarks when they came under attack", "considers himself a
   * local even though he moved here": with no comma before it, a subordinator of
   * en/closing_subordinators.txt and a clause of its own after a content that is a noun phrase or
   * an infinitive open a clause that dates or qualifies the saying, not what was said, for such a
   * content has no tense for it to qualify ({@link #writersClause} is the same shape with a comma);
   * PolNeAR's content ends before it. Not after a word of time ("a day after", "in December when",
   * "at a time when"), whose phrase the clause dates, nor after a word other than a noun, pronoun
   * or adjective ("and as a result ...", "only one amendment - after ..."); an adjective ends a
   * small clause ("may find Sanders compelling as he would be ...": on train 1 content made exact,
   * none lost). Not in a content with a wh-word, whose
   * clause may still come ("the extent to which Clinton as secretary of state continued ..."), an
   * "as" or "such" before ("as much ... as many had hoped"), or a quotation mark; "as" takes a
   * subject that is a pronoun, a name or a determiner other than "a": "as a major reason ..." names
   * a role. "while" contrasts more often than it dates (1 content made exact, 2 lost).
   * Counted on PolNeAR train: 22 contents made exact ("after" 7, "as" 8, "when" 5, "even" 2), 4
   * lost where gold keeps the clause ("called for an Apple boycott after ...", "sought to temper
   * his tone as ..."); 3 cues in the clause now outside the content make attributions of their
   * own that gold has ("as she praises his economic record"). "after" also dates the saying with a
   * gerund in place of the clause ("announced the partnership after cutting ties with ...",
   * "declared their allegiance after arriving ..."): on train 4 contents made exact, none lost; the cues in
   * the gerund's "that" clause, now outside the content, are the gerund's finding, not sayings of
   * their own ({@link RuleAttributor}).
   */
  private static boolean datingClause(List<Token> tokens, int start, int at, int end) {
    String word = tokens.get(at).text().toLowerCase(Locale.ROOT);
    int clause = word.equals("even") ? at + 2 : at + 1;
    if (clause >= end || !CLOSING_SUBORDINATORS.contains(word) || word.equals("while") || !tokens.get(at - 1).pos().matches("NNS?|NNPS?|PRP|CD|JJ")
        || Scenes.marksTime(tokens.get(at - 1)) || clauseOpensAt(tokens, start) || hasVerb(tokens, start, at)
        || anyToken(tokens, start, at, t -> t.pos().startsWith("W") || t.text().equalsIgnoreCase("as") || t.text().equalsIgnoreCase("such"))
        || anyToken(tokens, start, end, Phrases::isQuotationMark)) {
      return false;
    }
    Token subject = tokens.get(clause);
    boolean named = subject.pos().matches("PRP|NNPS?") || subject.pos().equals("DT") && !subject.text().matches("(?i)an?");
    return subjectAndVerbAt(tokens, clause) && (named || !word.equals("as")) || word.equals("after") && subject.pos().equals("VBG");
  }

  /**
   * "have said they will not back the nominee, as has the mayor of the county", "wants an inquiry,
   * as have other Democrats": "as" with an auxiliary "have" or "do" before its subject stands for
   * the reporting verb's own phrase, done again by another; the clause is the writer's word on who
   * else said so, and PolNeAR's content ends before it (on train 3 such commas, where gold stops
   * each time; with "be", "as was the case ...", "as are attitudes ...", gold runs on 2 times of 3).
   */
  private static boolean othersDidToo(List<Token> tokens, int comma, int end) {
    if (comma + 3 >= end || !tokens.get(comma + 1).text().equalsIgnoreCase("as")) {
      return false;
    }
    Token auxiliary = tokens.get(comma + 2);
    String lemma = auxiliary.lemma().toLowerCase(Locale.ROOT);
    return (lemma.equals("have") || lemma.equals("do")) && isFinite(auxiliary) && nounPhraseAfter(tokens, comma + 3) != null;
  }

  /**
   * "decided not to enter the race and she performed well": after a content with no clause of its
   * own, "and" with a pronoun and its finite verb opens a clause of the writer's; pronouns joined
   * by the "and" ("think she and they can ...") are one subject. Counted on PolNeAR train: 5
   * contents made exact, none lost; other subjects (names, "the ...") more often open a reported
   * clause whose verb comes later ("asked if deployments in Iraq and Syria meant ...").
   */
  private static boolean pronounClause(List<Token> tokens, int and, int end) {
    return tokens.get(and + 1).pos().equals("PRP") && !tokens.get(and - 1).pos().equals("PRP") && opensClause(tokens, and, end);
  }

  /**
   * "were charged with receiving bribes, and there were numerous complaints that ...": after a
   * content that opens no clause of its own, ", and" with an existential "there" and a form of
   * "be" opens a clause of the writer's; a reported clause runs on through it. Counted on PolNeAR
   * train: of 21 ", and there" with "be", 3 end a gold content before them, all three contents
   * that open no clause, and 12 lie inside a gold content (9 in quotation marks); of our 15
   * contents that ran on through one, the 3 that open no clause are those 3.
   */
  private static boolean existentialAfter(List<Token> tokens, int start, int comma, int end) {
    return comma + 3 < end && tokens.get(comma + 1).text().equalsIgnoreCase("and") && tokens.get(comma + 2).text().equalsIgnoreCase("there")
        && tokens.get(comma + 3).lemma().equalsIgnoreCase("be") && !clauseOpensAt(tokens, start);
  }

  /**
   * Whether a time expression runs from token {@code at} to the content's end ("endorsed Clinton on
   * Thursday", "claimed the nomination late last week"), one that no preposition or determiner
   * before it owns ("said about Latinos in the last year").
   */
  private static boolean endsOnTime(List<Token> tokens, int at, int end) {
    String before = tokens.get(at - 1).pos();
    return afterTimeExpression(tokens, at) == end && !before.equals("IN") && !before.equals("DT");
  }

  /**
   * "said the plant would reopen in March — though no date has been set", "the poll shows her ahead
   * in Ohio - although the race is close": a dash set off by spaces before a concessive subordinator
   * ({@link #CONCESSIVES}) opens the writer's qualification of what was said, and PolNeAR's content
   * ends before the dash, after a reported clause as after a noun phrase; a second dash after it
   * closes an aside inside the content ("— though not by much —"). Counted on PolNeAR train: at
   * such a dash outside quotations gold's content stops 9 times and never runs on past it (it ends
   * earlier once); 8 contents made exact, none lost. "even though", "as", "if" and "because" after
   * a dash more often belong to what was said.
   */
  private static boolean concessionAfterDash(String text, List<Token> tokens, int at, int end) {
    return isSpacedDash(text, tokens.get(at)) && CONCESSIVES.contains(tokens.get(at + 1).text().toLowerCase(Locale.ROOT))
        && !anyToken(tokens, at + 1, end, t -> isSpacedDash(text, t));
  }

  /**
   * "backs a review of the tax code; the last one came in 1986", "thinks the river is cleaner than it
   * was; the harbor remains closed": a content's one semicolon, with no quotation mark in the content
   * and no coordinator after it, closes what was said, and the clause or phrase after it is the
   * writer's next sentence; PolNeAR's content ends before it. Two or more semicolons list what was
   * said ("Rubio; Cruz; and Kasich"), "; and" adds to it, and a figure after it ("42 percent agree;
   * 29 percent ...") goes on with a poll's list, as often in gold as not, where the next share's
   * own reporting verb would make a frame of its own. Counted on PolNeAR train, outside quotations
   * and before no coordinator or figure: gold's content stops at such a semicolon 15 times, ends
   * earlier 3 and runs on 12; the rule changes 23 contents, 11 made exact and 4 lost, 2 that matched
   * gold by overlap no longer do, and 2 cues after the semicolon make frames of their own.
   */
  private static boolean writersSemicolon(List<Token> tokens, int start, int at, int end) {
    String after = tokens.get(at + 1).pos();
    return tokens.get(at).text().equals(";") && !after.equals("CC") && !after.equals("CD")
        && !anyToken(tokens, start, end, t -> t.text().equals(";") && t != tokens.get(at) || isQuotationMark(t));
  }

  /**
   * "backed reforming the party's superdelegate system — a move that would dilute their power",
   * "said he would cut the rate to 6 percent — a milepost that Obama hit in 2014", "opposed the
   * label — a decision they say let terrorism spread": after the content's one spaced dash, with no
   * quotation mark in the content, a noun phrase with a determiner and a relative clause after its
   * noun (a relative pronoun, or a pronoun and its verb) is the writer's comment on what was said,
   * and PolNeAR's content ends before the dash. Not after a content with neither noun nor verb
   * before the dash ("5/12 — The website that ..." opens the writer's sentence). Counted on PolNeAR
   * train: the rule changes 9 contents, 6 made exact and 2 lost where gold keeps the phrase ("in
   * decline — a decline that took hold ...", "his signature proposals — the wall that would run
   * ..."), and 2 cues inside the comment make frames of their own.
   */
  private static boolean commentAfterDash(String text, List<Token> tokens, int start, int at, int end) {
    if (!isSpacedDash(text, tokens.get(at)) || !tokens.get(at + 1).pos().matches("DT|PDT")
        || anyToken(tokens, start, end, t -> isSpacedDash(text, t) && t != tokens.get(at) || isQuotationMark(t))) {
      return false;
    }
    int[] phrase = NounPhrases.nounPhraseAfter(tokens, at + 1);
    if (phrase == null || phrase[1] + 1 >= end || !anyToken(tokens, start, at, t -> t.pos().matches("NN.*|VB.*"))) {
      return false;
    }
    // "a decision they say ...": the phrase takes in the subject of a relative clause with no relative pronoun.
    int next = phrase[1];
    if (tokens.get(next - 1).pos().equals("PRP") && next - 2 > at && tokens.get(next - 2).pos().startsWith("NN")) {
      return tokens.get(next).pos().matches("VB.*|MD");
    }
    return tokens.get(next).pos().equals("WDT") || tokens.get(next).pos().equals("WP");
  }

  /**
   * "The judge — an umpire calling balls and strikes — ruled", "broke — new filings show it has
   * little cash — outside allies ...": a content that opens after a spaced dash left open before it
   * (not the dateline's, {@link #afterWritersOpening}) lies inside the aside, and the dash that
   * closes the aside ends it; what follows is the sentence the aside interrupts. Counted on
   * PolNeAR train: 40 contents change, 9 made exact, none lost; some that ran on past the dash
   * matched another cue's gold content by overlap alone and lose that match, and 4 cut to a few
   * words of time or place ("in public", "at the outset") are dropped.
   */
  private static boolean opensInsideAside(String text, List<Token> tokens, int start, List<Span> quotations) {
    int dashes = 0;
    for (int i = afterWritersOpening(tokens, start); i < start; i++) {
      if (isSpacedDash(text, tokens.get(i)) && !inside(tokens.get(i).span(), quotations)) {
        dashes++;
      }
    }
    return dashes % 2 == 1;
  }

  /**
   * "Trump asserted that France had lost its identity: “France is no longer France,” he claimed": a
   * quotation after a colon that closes on a comma, with words after it, has its own reporting
   * clause, and the content before the colon ends there.
   */
  private static boolean reportedAfter(List<Token> tokens, int open, int end, List<Span> quotations) {
    int close = open + 1;
    while (close < end && inside(tokens.get(close).span(), quotations)) {
      close++;
    }
    return close + 1 < end && isQuotationMark(tokens.get(close)) && isComma(tokens.get(close - 1));
  }

  /**
   * "said the contract is not good for the town, but will make the builder rich": after a reported
   * clause, a finite verb straight after "but" has no subject of its own and shares the reported
   * clause's, so it goes on with what was said (on PolNeAR train 5 contents made exact, none lost;
   * one content of a noun, "noted her comment that ..., but did not buy it", now runs on past
   * gold's end). An auxiliary with a pronoun after it puts a question or a condition ("but could
   * it be misleading", "but should he win"), and without a reported clause before the comma
   * ("praised the plan, but had doubts", "urged him to back the nominee, but sounded equivocal")
   * the verb is the source's own: with neither test the two ways were even on train, 5 to 5.
   */
  private static boolean sharedSubject(List<Token> tokens, int from, int end) {
    int verb = afterAdverbs(tokens, from, end);
    return verb + 1 < end && isFinite(tokens.get(verb)) && !tokens.get(verb + 1).pos().startsWith("PRP")
        && !tokens.get(verb + 1).pos().equals("EX");
  }

  /**
   * "said he backed the plan, but that it needed work": a complementizer "that" after "but" opens a
   * second clause of what was said (on PolNeAR train, gold's content runs on past 8 such commas of
   * 8; after a "that" the tagger reads as a determiner, "but that report concerned ...", it ends 3
   * times of 4).
   */
  private static boolean secondComplement(Token token) {
    return token.text().equalsIgnoreCase("that") && token.pos().equals("IN");
  }

  /**
   * "The streets were deserted, he added, “but people need to connect somehow.”", "No name change,
   * he said, “hides what it really is.”": a reporting clause set off by commas breaks into the
   * sentence it reports when the content after it goes on in lower case; the words before it are
   * the content's first fragment when they are a clause of their own with no comma, or the subject
   * of the verb the content goes on with (on PolNeAR train, 18 such contents to none). Other
   * openings ("Asked if ..., Trump said, ...", "In a statement, she said, ...") say when or how,
   * and a colon or a dash inside a word before the source leaves where the content starts in
   * doubt; after a spaced dash or a semicolon the content starts with the aside ({@link #withAsideStart}).
   */
  static List<Span> withInterruptedStart(String text, List<Token> tokens, int sourceStart, List<Span> content) {
    int opening = tokenEndingBefore(tokens, content.get(0).start()) + 1;
    if (sourceStart < 2 || !isComma(tokens.get(sourceStart - 1)) || opening < 1 || !isComma(tokens.get(opening - 1))
        || !goesOnInLowerCase(text, content.get(0).start())) {
      return content;
    }
    int comma = sourceStart - 1;
    int aside = asideBefore(text, tokens, comma);
    if (aside >= 0) {
      return withAsideStart(tokens, aside, comma, content);
    }
    if (anyToken(tokens, 0, comma, t -> DASHES.contains(t.text()) || t.text().equals(":"))) {
      return content;
    }
    int coordinator = beforeAdverbs(tokens, comma);
    if (coordinator >= 0 && coordinator < comma - 1 && tokens.get(coordinator).pos().equals("CC")
        && anyToken(tokens, 0, coordinator, Clauses::isFinite)) {
      // "..., and coincidentally, he said, “all of these ...”", "... and also, Sanders said, “to make
      // clear ...”": the adverbs after a coordinator set off by the reporting clause are the
      // content's own, the clause before the coordinator the writer's (on PolNeAR train 2 contents
      // of 2). With no clause before it ("Sooner or later, the governor said, ...") the coordinator
      // joins the adverbs themselves.
      List<Span> fragments = new ArrayList<>(content);
      fragments.add(0, span(tokens, coordinator + 1, comma - 1));
      return fragments;
    }
    int verb = opening;
    while (verb < tokens.size() && (isQuotationMark(tokens.get(verb)) || tokens.get(verb).pos().startsWith("RB"))) {
      verb++;
    }
    boolean subject = verb < tokens.size() && isFinite(tokens.get(verb));
    boolean clause = anyToken(tokens, 0, comma, Clauses::isFinite) && !anyToken(tokens, 0, comma, Phrases::isComma);
    if (!subject && !clause) {
      return content;
    }
    List<Span> fragments = new ArrayList<>(content);
    fragments.add(0, span(tokens, 0, comma - 1));
    return fragments;
  }

  /**
   * "... — a provision, Corker said, that is meant to ...", "... - proof, the government argued, of
   * his part in it": after a dash or a semicolon the few words before the interrupting clause are
   * the content's first fragment, the sentence before the dash the writer's own (on PolNeAR train
   * gold keeps such words in 6 contents of 6 with a comma after the clause). With more words, or a
   * comma among them, where the content starts is left in doubt.
   */
  private static List<Span> withAsideStart(List<Token> tokens, int aside, int comma, List<Span> content) {
    int words = comma - aside - 1;
    if (words < 1 || words > ASIDE_WORDS || anyToken(tokens, aside + 1, comma, t -> isComma(t) || t.text().equals(":"))) {
      return content;
    }
    List<Span> fragments = new ArrayList<>(content);
    fragments.add(0, span(tokens, aside + 1, comma - 1));
    return fragments;
  }

  /** The last spaced dash or semicolon before token {@code before}, where an aside breaks off the sentence, or -1. */
  static int asideBefore(String text, List<Token> tokens, int before) {
    for (int i = before - 1; i >= 0; i--) {
      if (isSpacedDash(text, tokens.get(i)) || tokens.get(i).text().equals(";")) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the first letter from {@code offset} on, past quotation marks, is in lower case. */
  private static boolean goesOnInLowerCase(String text, int offset) {
    int i = offset;
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  /**
   * "regards all of Jerusalem as its indivisible capital, a claim not recognized internationally",
   * "called for a ban on fracking, a method ...": a noun phrase after a comma that ends the sentence,
   * after a content with no verb of its own, is the writer's word on what was said, and PolNeAR's
   * content ends before it (on train, 18 such contents to 4); so it is after a reported clause
   * ("said the city would close three libraries, a move that angered parents"; 14 train contents
   * made exact, 4 lost) unless {@link #continuesContent} holds; a relative clause may follow it ("a
   * result which drew murmurs"), also one with no relative word ("a plan the senator has since
   * modified", "a point she conceded"; on train 7 contents made exact, 1 lost), but a verb of its own
   * may not, nor may "the" with a comparative, which answers the clause before ("the more votes he
   * wins, the more leverage he has"). After a name it may be the name's own
   * description ("Sanders, a self-described socialist"), on which gold splits, except where the
   * name ends the content at its lone comma, with no dash that sets a phrase off and no quotation
   * in it: after a reported clause ("said he is as much a citizen as Sen. John McCain, a former
   * nominee who ..."; on train 4 contents made exact, none lost, and 2 more once a hyphen inside a
   * word no longer counts as a dash) and after an object with no verb ("reiterated his support for
   * Mr. Trump, the presumptive nominee"; on train 6 contents made exact, 2 lost). A name alone as
   * the content ("extols Nidal Hasan, the former ...") keeps its description: cut, it would be
   * too short to match a gold content that keeps it (1 attribution lost on train), where keeping
   * it costs at most an exact end (2 on train); in a list ("support for third parties, the role of
   * Obama's popularity and ...", or after a colon or semicolon) it is one more item.
   */
  private static boolean closingComment(List<Token> tokens, int start, int comma, int end) {
    boolean namesLast = loneComma(tokens, start, comma, end) && !anyToken(tokens, start, end, Phrases::setsOff)
        && anyToken(tokens, start, comma, t -> !t.pos().startsWith("NNP"));
    if (comma + 2 >= end || tokens.get(comma - 1).pos().startsWith("NNP") && !namesLast
        || !COMMENT_DETERMINERS.contains(tokens.get(comma + 1).text().toLowerCase(Locale.ROOT)) || comparativeCorrelative(tokens, comma)) {
      return false;
    }
    for (int i = comma + 2; i < end; i++) {
      Token token = tokens.get(i);
      if (token.pos().startsWith("W") || token.text().equalsIgnoreCase("that") || opensContactRelative(tokens, i)) {
        break;
      }
      if (isFinite(token)) {
        return false;
      }
    }
    Predicate<Token> separator = t -> isComma(t) || setsOff(t) || t.text().equals(";") || t.text().equals(":");
    return !anyToken(tokens, start, comma, t -> t.text().equals(";") || t.text().equals(":"))
        && !anyToken(tokens, comma + 2, end, separator.or(t -> t.pos().equals("CC")));
  }

  /**
   * "the more delegates he takes into the convention, the more leverage he has": "the" and a
   * comparative after the comma answer the clause before it, and describe no noun of it.
   */
  private static boolean comparativeCorrelative(List<Token> tokens, int comma) {
    String degree = tokens.get(comma + 2).pos();
    return tokens.get(comma + 1).text().equalsIgnoreCase("the") && (degree.equals("JJR") || degree.equals("RBR"));
  }

  /**
   * "said he supports the final bill, which includes ...", "to create a bind for Clinton, who may
   * have to decide ...", "heading into New Hampshire, where voters go to the polls": a relative
   * clause set off by the content's one comma, which runs to the sentence's end, is the writer's
   * word on a noun of what was said, and PolNeAR's content ends before it (on train, 66 contents
   * made exact, 21 lost, and 8 to 3 with "where"). With more commas the clause may close
   * before the content goes on ("the criticism, which is outlined in a report, is fair game"), and
   * with a quotation gold's content most often runs to the end.
   */
  private static boolean closingRelative(List<Token> tokens, int start, int comma, int end) {
    String next = tokens.get(comma + 1).text().toLowerCase(Locale.ROOT);
    return CLOSING_RELATIVES.contains(next) && tokens.get(comma + 1).pos().startsWith("W") && loneComma(tokens, start, comma, end);
  }

  /** Whether the comma at {@code comma} is the content's only one, in a content with no quotation mark. */
  private static boolean loneComma(List<Token> tokens, int start, int comma, int end) {
    return !anyToken(tokens, start, comma, Phrases::isComma) && !anyToken(tokens, comma + 1, end, Phrases::isComma)
        && !anyToken(tokens, start, end, Phrases::isQuotationMark);
  }

  /**
   * After a reported clause, whether the noun phrase after the comma still belongs to it: a name
   * before any preposition, participle or relative word renames the noun before the comma ("he
   * supports Obama's signature achievement, the Affordable Care Act"), a quotation in it is more of
   * what was said ("a tribute to “the consummate political skills ...”"), and after an earlier
   * phrase of the kind ("Mr. Yanukovych, a former coal trucking director ..., an outstanding
   * leader") it is one more description; in each case gold's content runs on.
   */
  private static boolean continuesContent(List<Token> tokens, int start, int from, int end) {
    if (anyToken(tokens, from, end, Phrases::isQuotationMark)) {
      return true;
    }
    for (int i = start; i + 1 < from - 2; i++) {
      if (isComma(tokens.get(i)) && COMMENT_DETERMINERS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return namesTheNoun(tokens, from, end);
  }

  /**
   * Whether a name comes before any preposition, participle or relative word from {@code from} on,
   * and is not the subject of a relative clause with no relative word ("a point Feinstein conceded").
   */
  private static boolean namesTheNoun(List<Token> tokens, int from, int end) {
    for (int i = from; i < end; i++) {
      String pos = tokens.get(i).pos();
      if (pos.equals("IN") || pos.equals("VBN") || pos.equals("VBG") || pos.startsWith("W") || opensContactRelative(tokens, i)) {
        return false;
      }
      if (pos.startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** The content before token {@code last} (a comma or closing mark): the sentence up to there, or the quotation that ends there. */
  static List<Span> contentBefore(String text, Sentence sentence, int last, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    if (last < 0) {
      return List.of();
    }
    Token mark = tokens.get(last);
    int end = isComma(mark) ? mark.span().start() : mark.span().end();
    Span quotation = quotationEndingAt(mark.span().end(), quotations);
    if (quotation == null && end > 0) {
      quotation = quotationEndingAt(end, quotations);
    }
    int start = Math.max(tokens.get(afterWritersOpening(tokens, last)).span().start(), afterOpeningConcession(text, tokens, last, quotations));
    if (quotation != null) {
      end = quotation.end();
      start = introducedByColon(tokens, quotation) ? quotation.start() : Math.min(start, quotation.start());
    } else if (tokens.size() > 1 && quotationEndingAt(tokens.get(0).span().end(), quotations) != null) {
      // The sentence splitter may leave the closing mark of the quotation before at the head of
      // this sentence ("... in a political campaign. | " Ohio Gov. John Kasich said ..."): a clause
      // that took it would overlap that quotation and keep it from its own speaker.
      start = tokens.get(1).span().start();
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return end - start < 3 ? List.of() : List.of(new Span(start, end));
  }

  /**
   * "Despite a month of attacks, Sanders has failed to dent her lead, according to the survey":
   * a clause or phrase that opens the sentence, after any "But" or adverb, with a concession
   * ({@link #OPENING_CONCESSIONS}) is the writer's setting against what the source vouches for,
   * and PolNeAR's content before the cue opens after its comma. The offset after that comma, or 0.
   * Counted on PolNeAR train, contents before their cue that open so: gold leaves the concession
   * out 5 times (3 before "according to" a poll, 2 before "said" or "say") and keeps it once (a
   * quotation after it); the concession's own cue is then free ("Though Republicans boast of ...").
   */
  private static int afterOpeningConcession(String text, List<Token> tokens, int last, List<Span> quotations) {
    int at = 0;
    while (at < last && (tokens.get(at).pos().equals("CC") || tokens.get(at).pos().startsWith("RB"))) {
      at++;
    }
    if (at >= last || !OPENING_CONCESSIONS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT))) {
      return 0;
    }
    int end = openingClauseEnd(text, tokens, quotations);
    for (int i = at + 1; end >= 0 && i < last; i++) {
      if (tokens.get(i).span().start() >= end && !isComma(tokens.get(i))) {
        return tokens.get(i).span().start();
      }
    }
    return 0;
  }

  /**
   * The token after the words that open the sentence before token {@code last} and are the
   * writer's, no part of a content that runs up to there: a dateline ({@link #afterDateline}) or
   * else a linking adverbial and its comma ({@link #afterLinkingAdverbial}); 0 when neither does.
   */
  static int afterWritersOpening(List<Token> tokens, int last) {
    int dateline = afterDateline(tokens, last);
    return dateline > 0 ? dateline : afterLinkingAdverbial(tokens, last);
  }

  /**
   * "... did so, but with a caveat: “The person in question is one of the instigators,” the source
   * said", "Trump asserted that France had lost its identity: “France is no longer France,” he
   * claimed": a colon after a word that is no verb introduces the quotation, and the words before
   * it are the writer's, no part of what the reporting clause after the quotation attributes. After
   * a verb ("Trump said: “...,” the Times reported") the whole sentence is reported.
   */
  private static boolean introducedByColon(List<Token> tokens, Span quotation) {
    int colon = tokenEndingBefore(tokens, quotation.start());
    return colon > 0 && tokens.get(colon).text().equals(":") && !tokens.get(colon - 1).pos().startsWith("VB");
  }

  /**
   * "Still, almost two in three voters view him favorably, the poll found": the token after a
   * linking adverbial and its comma that open the sentence (en/linking_adverbials.txt), which are
   * the writer's and no part of the content; 0 when none does.
   */
  private static int afterLinkingAdverbial(List<Token> tokens, int last) {
    for (List<String> words : LINKING_ADVERBIALS) {
      int comma = words.size();
      boolean opens = comma + 1 < last && isComma(tokens.get(comma));
      for (int i = 0; opens && i < comma; i++) {
        opens = tokens.get(i).text().equalsIgnoreCase(words.get(i));
      }
      if (opens) {
        return comma + 1;
      }
    }
    return 0;
  }

  /**
   * "WASHINGTON (Reuters) - The Chinese government likely hacked ...", "LOS ANGELES, Feb. 2 (UPI)
   * — ...": the token after the dateline that opens a wire story, a place in capitals or an agency
   * in brackets, a date, and a dash, which is no part of the content; 0 when none does.
   */
  private static int afterDateline(List<Token> tokens, int last) {
    boolean agency = false;
    boolean bracketed = false;
    for (int i = 0; i < Math.min(last, 12); i++) {
      Token token = tokens.get(i);
      // "Rep. Mia Love (R-Utah), for instance, explained": a hyphen inside brackets ends no dateline.
      if (i > 0 && !bracketed && DASHES.contains(token.text())) {
        String place = tokens.get(0).text();
        return agency || place.length() > 1 && place.equals(place.toUpperCase(Locale.ROOT)) ? i + 1 : 0;
      }
      bracketed = token.pos().equals("-LRB-") || bracketed && !token.pos().equals("-RRB-");
      agency |= token.pos().equals("-RRB-");
      if (!(token.pos().startsWith("NNP") || token.pos().equals("CD") || isComma(token) || token.text().equals(".")
          || token.pos().equals("-LRB-") || token.pos().equals("-RRB-"))) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * {@code "...," she said, "..."}: the quotation after the source belongs to the same content. An
   * "and" or a finite verb before it goes on with the words before the reporting clause ("“The deal
   * needs enforcement,” she said, and “clear penalties.”", "“Paid leave,” the memo states, becomes
   * available “after a year.”") and opens the fragment (on PolNeAR train 5 such contents of 5).
   */
  static List<Span> withSplitContinuation(
      String text, Sentence sentence, int afterSource, List<Span> content, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int next = afterSource;
    while (next < tokens.size() && (isComma(tokens.get(next)) || tokens.get(next).text().equals(":"))) {
      next++;
    }
    boolean setOff = next > afterSource || afterSource > 0 && isComma(tokens.get(afterSource - 1));
    if (setOff && next < tokens.size() && goesOnWithPredicate(tokens, next) && closesWithComma(tokens, content)) {
      List<Span> fragments = new ArrayList<>(content);
      fragments.addAll(contentAfter(text, sentence, next, quotations));
      return fragments;
    }
    if (next == afterSource || next >= tokens.size()) {
      return content;
    }
    int opening = next;
    if (tokens.get(next).text().equalsIgnoreCase("and") || isFinite(tokens.get(next))) {
      next = quotationWithin(tokens, next + 1);
    }
    Span quotation = next < 0 ? null : quotationAt(tokens.get(next).span().start(), quotations);
    if (quotation == null) {
      return content;
    }
    List<Span> fragments = new ArrayList<>(content);
    fragments.add(opening == next ? quotation : new Span(tokens.get(opening).span().start(), quotation.end()));
    return fragments;
  }

  /**
   * "“It's a pity,” he said, that the talks failed", "“Only the mayor,” she said, would try it",
   * "“It is wiser,” he added, to wait": after the comma that closes a reporting clause set into
   * the sentence it reports, a "that" clause, a modal or an infinitive goes on with the words
   * before it, which end with a comma of their own (on PolNeAR train gold takes the rest of the
   * sentence in 4 such contents of 4); the prepositions, participles and relative clauses that
   * follow a reporting clause say when or how it was said ("he said, before leaving").
   */
  private static boolean goesOnWithPredicate(List<Token> tokens, int at) {
    Token token = tokens.get(at);
    boolean that = token.text().equalsIgnoreCase("that") && token.pos().equals("IN");
    boolean infinitive = token.pos().equals("TO") && at + 1 < tokens.size() && tokens.get(at + 1).pos().equals("VB");
    return that || token.pos().equals("MD") || infinitive;
  }

  /** Whether the content's last words, before any closing mark, end with a comma: "“We will win,”". */
  private static boolean closesWithComma(List<Token> tokens, List<Span> content) {
    int last = tokenEndingBefore(tokens, content.get(content.size() - 1).end());
    while (last > 0 && isQuotationMark(tokens.get(last))) {
      last--;
    }
    return last >= 0 && isComma(tokens.get(last));
  }

  /** The quotation mark among the few words from {@code from} on, before any comma or sentence end, or -1. */
  private static int quotationWithin(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i - from < CONTINUATION_REACH; i++) {
      if (isQuotationMark(tokens.get(i))) {
        return i;
      }
      if (isComma(tokens.get(i)) || isSentenceEnd(tokens.get(i))) {
        return -1;
      }
    }
    return -1;
  }
}
