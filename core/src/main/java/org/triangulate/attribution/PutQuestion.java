package org.triangulate.attribution;

import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.Frame.unsourced;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.Phrases.beforeAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.QuotationMarks.inside;
import static org.triangulate.attribution.Scenes.afterTimeExpression;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** A question put to a speaker: "Asked whether ..., she said". */
final class PutQuestion implements CueKind {

  /** Words before "asked" that open the clause of a question put to the speaker: "when asked ...". */
  private static final Set<String> QUESTION_OPENERS = Set.of("when", "whenever", "if", "after", "once", "while", "before", "\"", "“", "``");

  /** Words that open the question after "asked": "asked whether ...", "asked to leave", "asked by X about ...". */
  private static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "to", "about");

  /** Words that open the question after the scene of "asked" ("asked on Monday whether ..."); "to" there is a preposition. */
  private static final Set<String> SCENE_QUESTION_WORDS = Set.of("if", "whether", "about");

  /** Tags of the noun phrase a preposition of the scene takes ("at a briefing Monday", "during Clinton's visit"). */
  private static final List<String> SCENE_NOUN_PHRASE_TAGS = List.of("DT", "JJ", "NN", "CD", "POS", "PRP$");

  private final CueWords words;

  PutQuestion(CueWords words) {
    this.words = words;
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return isQuestioned(tokens, i);
  }

  /**
   * "Asked whether she had practised the speech, she said ...", "when asked about the budget": the
   * question put to a speaker is an attribution of its own, which names no source, or the one who
   * asked after "by".
   */
  private static boolean isQuestioned(List<Token> tokens, int i) {
    if (!tokens.get(i).lemma().equalsIgnoreCase("ask") || !(tokens.get(i).pos().equals("VBN") || pastBeforeQuestion(tokens, i))) {
      return false;
    }
    int previous = beforeAdverbs(tokens, i);
    return previous < 0 || isComma(tokens.get(previous)) || QUESTION_OPENERS.contains(tokens.get(previous).text().toLowerCase(Locale.ROOT));
  }

  /**
   * "Whenever asked about her weaknesses, ...", "when asked what he would do": the tagger reads
   * "asked" with no subject as a past form; after a word that opens the question's clause and
   * before the question (a question word, "about", "whether", "if") it is the participle. Counted
   * on PolNeAR train: 2 such past forms, both gold questions with no source, neither found before.
   * After a comma the same past form is as often the participle of an aside inside the subject
   * ("Mr. Trump, asked about ..., had said"), whose question then takes the quotation said.
   */
  private static boolean pastBeforeQuestion(List<Token> tokens, int i) {
    int previous = beforeAdverbs(tokens, i);
    if (!tokens.get(i).pos().equals("VBD") || i + 1 >= tokens.size() || previous < 0
        || !QUESTION_OPENERS.contains(tokens.get(previous).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return next.pos().startsWith("W") || SCENE_QUESTION_WORDS.contains(next.text().toLowerCase(Locale.ROOT));
  }

  @Override
  public Frame frameAt(String text, Sentence sentence, int asked, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    Span cue = tokens.get(asked).span();
    int next = asked + 1;
    int[] asker = null;
    if (next + 1 < tokens.size() && tokens.get(next).text().equals("by")) {
      asker = nounPhraseAfter(tokens, next + 1);
      if (asker == null) {
        return null;
      }
      next = asker[1];
    }
    int taken = asker == null && next + 1 < tokens.size() ? words.prepositionEnd(tokens, asked, next) : -1;
    if (taken >= 0) {
      cue = new Span(cue.start(), tokens.get(taken).span().end());
      next = taken + 1;
    }
    if (asker == null && cue.end() == tokens.get(asked).span().end() && next < tokens.size() && !opensQuestion(tokens.get(next))
        && !QUESTION_WORDS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))) {
      next = questionAfterScene(tokens, next);
    }
    if (next < 0 || next >= tokens.size() || !(tokens.get(next).pos().startsWith("W") || QUESTION_WORDS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))
        || cue.end() > tokens.get(asked).span().end())) {
      return null;
    }
    int end = next + 1;
    // The question runs to a comma or the sentence's end, over those inside a quotation.
    while (end < tokens.size() && (inside(tokens.get(end).span(), quotations) || !isComma(tokens.get(end)) && !isSentenceEnd(tokens.get(end)))) {
      end++;
    }
    List<Span> content = List.of(span(tokens, next, end - 1));
    return asker == null ? unsourced(text, content, cue) : frame(text, tokens, content, cue, asker);
  }

  /** Whether a question opens at this token; "that" after a scene noun opens a relative clause ("on the day that ..."). */
  private static boolean opensQuestion(Token token) {
    return token.pos().startsWith("W") && !token.text().equalsIgnoreCase("that") || SCENE_QUESTION_WORDS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /**
   * "Asked on Monday whether ...", "Asked at a briefing in Washington about ...", "Asked in Iowa
   * recently whether ...": where and when the question was put, prepositional phrases, times and
   * adverbs, stand between "asked" and the question, which PolNeAR's content leaves out; the token
   * the question opens at, or -1 when something else follows the scene.
   */
  private static int questionAfterScene(List<Token> tokens, int from) {
    int at = from;
    while (at < tokens.size() && !opensQuestion(tokens.get(at))) {
      Token token = tokens.get(at);
      int afterTime = afterTimeExpression(tokens, at);
      if (token.pos().equals("IN")) {
        at++;
        while (at < tokens.size() && SCENE_NOUN_PHRASE_TAGS.stream().anyMatch(tokens.get(at).pos()::startsWith)) {
          at++;
        }
      } else if (afterTime > at) {
        at = afterTime;
      } else if (token.pos().equals("RB") && !token.lemma().equalsIgnoreCase("not")) {
        at++;
      } else {
        return -1;
      }
    }
    return at > from && at < tokens.size() ? at : -1;
  }
}
