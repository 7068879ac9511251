package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.clauseOpensAt;
import static org.triangulate.attribution.Clauses.predicateAfterComma;
import static org.triangulate.attribution.Clauses.subjectAndVerbAt;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Contents.contentBefore;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.isHead;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.possessorBefore;
import static org.triangulate.attribution.Phrases.afterConnectives;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isDeterminer;
import static org.triangulate.attribution.Phrases.isQuotationMark;
import static org.triangulate.attribution.Phrases.isSpacedDash;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Phrases.tokenEndingBefore;
import static org.triangulate.attribution.QuotationMarks.quotationAt;
import static org.triangulate.attribution.Scenes.afterTimeExpression;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * "According to X, ...", "..., according to X": the source after the cue, the content around it;
 * and "In X's view, ...", "The cheapest option, in my opinion, is ...", which vouch for the clause
 * around them as "according to" does, with the possessor for the source.
 */
final class AccordingTo implements CueKind {

  /**
   * Nouns for what one holds true that, after "in" and a possessor and set off by commas, say
   * whose the clause around them is: "In their view, Democrats could ...". Counted on PolNeAR
   * train, outside quotations and other attributions' contents: 5 of 5 such phrases before a comma
   * are gold cues ("view" 4, "opinion" 1), the possessor gold's source; "mind" is 1 of 1 ("In
   * Trump's mind, his willingness to be politically incorrect ...", where PolNeAR marks "In" the
   * cue and "Trump's mind" the source, the clause after the comma the content: no rule found it
   * before); "judgment" (0 of 1: "in our judgment, ...") stays out.
   */
  private static final Set<String> VIEWS = Set.of("view", "opinion", "mind");

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return accordingToAt(tokens, i) || viewHolder(tokens, i) != null;
  }

  /** Whether "according to" stands at token {@code i}. */
  static boolean accordingToAt(List<Token> tokens, int i) {
    return tokens.get(i).text().equalsIgnoreCase("according") && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("to");
  }

  @Override
  public Frame frameAt(String text, Sentence sentence, int i, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int[] holder = viewHolder(tokens, i);
    if (holder != null) {
      // "He says the scandal was handled well in his view": a view that closes its clause lies
      // mostly in another's content, which as a content-first frame it would take over.
      List<Span> content = contentAround(text, sentence, holder[0] - 1, i + 1, quotations);
      boolean closing = !content.isEmpty() && content.get(content.size() - 1).end() <= tokens.get(i).span().start();
      return content.isEmpty() || closing ? null : frame(text, tokens, content, span(tokens, holder[1], i), holder);
    }
    return accordingFrame(text, sentence, i, quotations);
  }

  /**
   * The possessor of the view noun at {@code noun} in "in X's view" set off by commas, or opening
   * the sentence ("In Ash's view, the change ...", "..., in my personal opinion, ..."), or null.
   */
  private static int[] viewHolder(List<Token> tokens, int noun) {
    Token token = tokens.get(noun);
    if (!token.pos().equals("NN") || !VIEWS.contains(token.lemma().toLowerCase(Locale.ROOT))
        || noun + 1 >= tokens.size() || !isComma(tokens.get(noun + 1))) {
      return null;
    }
    int first = noun;
    while (first > 0 && tokens.get(first - 1).pos().startsWith("JJ")) {
      first--;
    }
    int[] possessor = possessorBefore(tokens, first);
    int in = possessor == null ? -1 : possessor[0] - 1;
    // Set off as the sentence's own adverbial, not said inside a clause: "asked who leads the party in his view, he said".
    boolean setOff = in >= 0 && (in == afterConnectives(tokens, 0, in) || in > 0 && isComma(tokens.get(in - 1)));
    return setOff && tokens.get(in).text().equalsIgnoreCase("in") ? possessor : null;
  }

  private static Frame accordingFrame(String text, Sentence sentence, int according, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    // "That's according to fundraising reports ...": the copula that links what was said to its
    // source is part of PolNeAR's cue (4 times of 4 on train), and no part of the content; a "’s"
    // there, which the tagger may read as a possessive, can only be "is".
    String previous = according > 1 ? tokens.get(according - 1).text() : "";
    boolean copula = according > 1 && (tokens.get(according - 1).lemma().equalsIgnoreCase("be") || previous.equals("’s") || previous.equals("'s"));
    int first = copula ? according - 1 : according;
    Span cue = span(tokens, first, according + 1);
    int[] source = sourceAfter(text, tokens, according + 2, quotations);
    if (source == null) {
      return null;
    }
    if (source[1] + 1 < tokens.size() && tokens.get(source[1]).text().equals("by")) {
      // "according to exit polls conducted by Edison Research": who made the poll is part of it.
      int[] maker = nounPhraseAfter(tokens, source[1] + 1);
      source = maker == null ? source : new int[] {source[0], maker[1]};
    }
    List<Span> content = contentAround(text, sentence, first, source[1], quotations);
    return content.isEmpty() ? null : frame(text, tokens, content, cue, source);
  }

  /**
   * What the phrase of attribution from token {@code first} to {@code end} vouches for: the clause
   * after it where it opens the sentence or a clause follows it, the clause around it where the
   * predicate follows it, or else the clause it closes.
   */
  private static List<Span> contentAround(String text, Sentence sentence, int first, int end, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int start = end;
    while (start < tokens.size() && isComma(tokens.get(start))) {
      start++;
    }
    boolean opening = true;
    for (int i = 0; i < first; i++) {
      opening &= tokens.get(i).pos().equals("CC") || tokens.get(i).pos().startsWith("RB") || isComma(tokens.get(i));
    }
    List<Span> content;
    if (opening || clauseOpensAt(tokens, start)) {
      // "But, according to the poll, 46 percent remain undecided": the clause after it.
      content = contentAfter(text, sentence, start, quotations);
    } else if (predicateAfterComma(tokens, end)) {
      // "The implication, according to the Sanders aide, is that ...": the clause around it.
      List<Span> before = contentBefore(text, sentence, first - 1, quotations);
      List<Span> rest = contentAfter(text, sentence, start, quotations);
      content = before.isEmpty() || rest.isEmpty() ? List.of() : List.of(before.get(0), rest.get(0));
    } else {
      content = fromClauseOpening(tokens, contentBefore(text, sentence, first - 1, quotations), first);
    }
    return content;
  }

  /**
   * "Overwhelmingly white states like Iowa (93 percent of voters there were white, according to exit
   * polls)", "The tax has not hurt the city: London was the financial capital, according to one
   * index": "according to" vouches for the clause it closes, which opens after a bracket still open
   * at the cue or after a colon between two clauses, past the conjunction that joins it to the
   * sentence before ({@link #afterJoiningConjunction}); the words before are the writer's (counted on
   * PolNeAR train, contents before "according to": PolNeAR starts right after such a bracket 3
   * times, further on once, before it never; after such a colon twice, before it never).
   */
  private static List<Span> fromClauseOpening(List<Token> tokens, List<Span> content, int cue) {
    int opening = -1;
    int depth = 0;
    for (int i = cue - 1; i >= 0 && opening < 0; i--) {
      String word = tokens.get(i).text();
      depth += word.equals(")") ? 1 : word.equals("(") ? -1 : 0;
      boolean colon = word.equals(":") && i > 0 && !tokens.get(i - 1).pos().startsWith("VB") && anyToken(tokens, 0, i, Clauses::isFinite)
          && subjectAndVerbAt(tokens, i + 1);
      opening = depth < 0 || colon ? i + 1 : -1;
    }
    int clauseOpening = afterJoiningConjunction(tokens, Math.max(opening, 0), cue);
    if (clauseOpening == 0 || content.isEmpty()) {
      return content;
    }
    Span clause = content.get(0);
    int start = tokens.get(clauseOpening).span().start();
    return start <= clause.start() || start >= clause.end() ? content : List.of(new Span(start, clause.end()));
  }

  /**
   * "But the publisher declined to renew the offer, according to ...": the "And" or "But" that joins
   * the clause to the sentence before is the writer's, no part of what the source vouches for
   * (counted on PolNeAR train, contents before "according to": left out 4 times, kept never). Before
   * a subordinate clause, a preposition or an adverb ("But even if ...", "But after ...") it stays,
   * as PolNeAR keeps it there (twice of 3). The token the clause opens at.
   */
  private static int afterJoiningConjunction(List<Token> tokens, int at, int cue) {
    Token token = tokens.get(at);
    boolean joining = token.pos().equals("CC") && (token.text().equalsIgnoreCase("and") || token.text().equalsIgnoreCase("but"));
    if (!joining || at + 1 >= cue) {
      return at;
    }
    Token next = tokens.get(at + 1);
    boolean keeps = next.pos().equals("IN") || next.pos().startsWith("RB") || next.pos().startsWith("W") || isComma(next) || isQuotationMark(next);
    return keeps ? at : at + 1;
  }

  /**
   * The source after "according to": a noun phrase, or one that a participle carries on ("exit polls
   * reported by CNN", "a report released Tuesday by the governor's office"), which names what was
   * said and who made it, so the participle and what follows it belong to the source.
   */
  private static int[] sourceAfter(String text, List<Token> sentence, int first, List<Span> quotations) {
    // "according to the Tax Policy Center - half a percentage point ...": a dash set off by spaces,
    // which the tagger reads as a hyphen, ends the source.
    int dash = first + 1;
    while (dash < sentence.size() && !isSpacedDash(text, sentence.get(dash))) {
      dash++;
    }
    List<Token> tokens = sentence.subList(0, dash);
    int[] quoted = quotedSource(tokens, first, quotations);
    if (quoted != null) {
      return quoted;
    }
    int[] phrase = nounPhraseAfter(tokens, first);
    if (phrase != null) {
      return phrase;
    }
    int participle = first + 1;
    while (participle < tokens.size() && !(tokens.get(participle).pos().equals("VBN") && isHead(tokens.get(participle - 1)))) {
      participle++;
    }
    phrase = participle < tokens.size() ? nounPhraseAfter(tokens.subList(0, participle), first) : null;
    return phrase == null || phrase[1] != participle ? null : new int[] {first, afterModifiers(tokens, participle + 1)};
  }

  /**
   * A source that opens with a quotation, after a determiner or not: a title ("according to ''The
   * Trumps: Three Generations That Built an Empire,'' by Gwenda Blair") or a word the writer quotes
   * ("according to her "clawback" plan"), where the noun phrase walk stops at the mark. The source
   * runs over the quotation and the noun phrase that carries on after it ("plan"). Counted on
   * PolNeAR train: 4 sources after "according to" open so, all gold's, and no frame had them; now
   * all 4 are found, 2 exact ("the "Medicare for all" document he" stops short of "released").
   */
  private static int[] quotedSource(List<Token> tokens, int first, List<Span> quotations) {
    int opening = first < tokens.size() && isDeterminer(tokens.get(first)) ? first + 1 : first;
    Span quotation = opening < tokens.size() ? quotationAt(tokens.get(opening).span().start(), quotations) : null;
    if (quotation == null) {
      return null;
    }
    int after = tokenEndingBefore(tokens, quotation.end()) + 1;
    int[] rest = nounPhraseAfter(tokens, after);
    return new int[] {first, rest != null && rest[0] == after ? rest[1] : after};
  }

  /** The token after the adverbs, times and prepositional phrases that follow a participle. */
  private static int afterModifiers(List<Token> tokens, int from) {
    int at = from;
    for (int next = afterModifier(tokens, at); next > at; next = afterModifier(tokens, at)) {
      at = next;
    }
    return at;
  }

  private static int afterModifier(List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return at;
    }
    if (tokens.get(at).pos().equals("RB")) {
      return at + 1;
    }
    int[] object = tokens.get(at).pos().equals("IN") ? nounPhraseAfter(tokens, at + 1) : null;
    return object != null && object[0] == at + 1 ? object[1] : afterTimeExpression(tokens, at);
  }
}
