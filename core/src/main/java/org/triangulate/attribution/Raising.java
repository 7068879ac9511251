package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.beFormBefore;
import static org.triangulate.attribution.Clauses.beforeAuxiliaries;
import static org.triangulate.attribution.Clauses.isComplementizer;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.Frame.unsourced;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.Phrases.DASHES;
import static org.triangulate.attribution.Phrases.afterAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Phrases.tokenEndingBefore;
import static org.triangulate.attribution.Scenes.afterTimeExpression;
import static org.triangulate.attribution.Scenes.namesTimeAlone;
import static org.triangulate.attribution.Subjects.afterDash;
import static org.triangulate.attribution.Subjects.subjectBefore;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Views that name no one: verbs of seeming and "is expected to", passive cues, whose subject is
 * spoken about ("was criticized for ...") or spoken to ("was asked whether ..."), and adverbs of
 * hearsay ("is reportedly planning", {@code en/hearsay_adverbs.txt}); a passive cue whose agent
 * comes after its predicate ("is considered unsafe by engineers") names it after all.
 */
final class Raising implements CueKind {

  /** Verbs of seeming: "X seems to ..." attributes a view to no one named. */
  private static final Set<String> SEEMING = Set.of("seem", "appear");

  /** Adverbs that attribute their clause to unnamed reports: "X has reportedly ...". */
  private static final Set<String> HEARSAY_ADVERBS = Set.copyOf(WordList.load(Raising.class, "en/hearsay_adverbs.txt"));

  /** Prepositions that open what is said of the subject of a passive cue: "was criticized as", "was briefed on". */
  private static final Set<String> STATING_PREPOSITIONS = Set.of("as", "like", "over", "about", "on", "for", "of", "that", "whether", "if");
  /**
   * The pronoun that stands for the thing it names with no noun before it, as the subject of a
   * passive cue: "what is known as the Purcell doctrine", "what had been called the “Golden Week,”"
   * (PolNeAR's content: "what | the Purcell doctrine"). Counted on PolNeAR train: 11 new frames,
   * 6 with gold's cue (5 contents exact), 3 more inside a gold content whose cue is another's
   * ("are facing sharp criticism over what is seen as ..."), 2 with no gold; 1 frame whose cue a
   * new content covers gives way ("... into a liability, by highlighting ..."). Before a verb of
   * seeming ("what appeared to be a protracted fight") gold has the attribution 2 times of 7.
   */
  private static final String FREE_RELATIVE = "what";

  /** Pronouns that open a relative clause after the noun they stand for: "a role that is expected to ...". */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that");

  private final CueWords words;

  Raising(CueWords words) {
    this.words = words;
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return isRaising(tokens, i) || words.isPassiveCue(tokens, i) || isHearsay(tokens, i);
  }

  /**
   * "The FBI is reportedly making arrangements ...", "Reportedly, he made ...": an adverb of
   * hearsay before the verb it qualifies; before a reporting verb ("Trump reportedly said") it is
   * part of that verb's cue, whose subject is its source.
   */
  private boolean isHearsay(List<Token> tokens, int i) {
    int verb = afterAdverbs(tokens, i + 1, tokens.size());
    while (verb < tokens.size() && isComma(tokens.get(verb))) {
      verb++;
    }
    return tokens.get(i).pos().startsWith("RB") && HEARSAY_ADVERBS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))
        && verb < tokens.size() && !words.isCue(tokens.get(verb));
  }

  /**
   * The clause an adverb of hearsay qualifies, as PolNeAR's content takes it: its subject with the
   * auxiliaries before the adverb ("Google and Facebook have … looked at Twitter"), then what
   * follows the adverb; the clause alone when no subject stands right before it.
   */
  private static Frame hearsayFrame(String text, Sentence sentence, int adverb, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    List<Span> rest = contentAfter(text, sentence, adverb + 1, quotations);
    if (rest.isEmpty()) {
      return null;
    }
    int last = beforeAuxiliaries(tokens, adverb);
    int[] subject = last >= 0 ? nounPhraseBefore(tokens, last) : null;
    Span cue = tokens.get(adverb).span();
    return unsourced(text, subject == null ? rest : List.of(span(tokens, subject[0], adverb - 1), rest.get(0)), cue);
  }

  /**
   * "Sanders seemed to reap the benefits", "She is expected to continue": a verb of seeming, or
   * "expected" after a form of "be", with an infinitive or a predicate after it. PolNeAR takes
   * these as attributions that name no source, whose content is the subject and what follows.
   */
  private boolean isRaising(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    if (i + 2 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    boolean infinitive = next.pos().equals("TO") && tokens.get(i + 2).pos().equals("VB");
    if (SEEMING.contains(lemma) && token.pos().startsWith("VB")) {
      // "Obama seemed to recognize ...": before a reporting verb, the verb of seeming is part of
      // that verb's cue, whose subject is its source.
      int predicate = afterAdverbs(tokens, i + 1, tokens.size());
      return infinitive && !words.isCue(tokens.get(i + 2)) || predicate < tokens.size() && opensPredicate(tokens.get(predicate))
          || next.text().equalsIgnoreCase("that") && next.pos().equals("IN") || clauseAfterIt(tokens, i);
    }
    return isExpected(tokens, i) && infinitive;
  }

  /**
   * "it seems the party has too few delegates", "it appears he has little chance": after "it", a
   * verb of seeming whose clause follows with no "that", its subject and then its verb; the
   * clause alone is PolNeAR's content, as after "it seems that". Counted on PolNeAR train: 5 new
   * frames, 3 a gold attribution with no source (2 contents exact), 2 with no gold.
   */
  private static boolean clauseAfterIt(List<Token> tokens, int verb) {
    int it = beforeAuxiliaries(tokens, verb);
    if (it < 0 || !tokens.get(it).text().equalsIgnoreCase("it")) {
      return false;
    }
    int[] subject = nounPhraseAfter(tokens, afterAdverbs(tokens, verb + 1, tokens.size()));
    return subject != null && subject[1] < tokens.size() && tokens.get(subject[1]).pos().matches("VB.*|MD");
  }

  /** "expected" after a form of "be", over adverbs: "is widely expected". */
  private static boolean isExpected(List<Token> tokens, int i) {
    return tokens.get(i).lemma().equalsIgnoreCase("expect") && tokens.get(i).pos().equals("VBN") && beFormBefore(tokens, i) >= 0;
  }

  /**
   * "seemed ready", "appeared somewhat uneasy", "appeared paralyzed", "seems like a comparable
   * moment": an adjective, a participle or "like" after the verb of seeming, past its adverbs.
   */
  private static boolean opensPredicate(Token token) {
    return token.pos().startsWith("JJ") || token.pos().equals("VBN") || token.text().equalsIgnoreCase("like");
  }

  /**
   * "Trump was asked whether ...", "voters were assured that ...": the subject of a passive verb
   * whose object is the one spoken to is who was asked or told, no part of the content; before an
   * infinitive ("was asked to name ...") it is the infinitive's subject, and stays.
   */
  private boolean asked(List<Token> tokens, int verb) {
    return tokens.get(verb).pos().equals("VBN") && words.takesAddressee(tokens.get(verb))
        && !(verb + 1 < tokens.size() && tokens.get(verb + 1).pos().equals("TO"));
  }

  /**
   * "Although the senator was not charged, she has accused ...", "Once the results were announced,
   * the mayor said ...": a passive cue that a comma follows has said all it says of its subject;
   * the clause after the comma is the sentence's main clause, often another's attribution, and
   * no part of this content. Counted on PolNeAR train: 16 such contents ran on past the comma; the
   * 6 with a gold cue all have the subject alone for gold's content (4 now exact), and 6 frames
   * of the main clause come back, 5 of them gold attributions with gold's source; 6 gold
   * attributions of the main clause that we find no cue for lose the long content that overlapped
   * them with no source.
   */
  private static boolean endsAtComma(List<Token> tokens, int be, int last) {
    return be >= 0 && last + 1 < tokens.size() && isComma(tokens.get(last + 1));
  }

  /**
   * "The statement was attributed to Dr. Harold Bornstein", "no other users were mentioned in
   * them", "was announced at a news conference": after a passive cue, a phrase that opens with a
   * preposition says where, when or to whom it was said, and the subject alone is what is spoken
   * about (on PolNeAR train, 18 such contents to 5 that take the phrase); "as", "on", "over" and
   * their kin open what is said of it ("was criticized as sloppy", "was briefed on the attack").
   */
  private static boolean saysWhereOrWhen(List<Token> tokens, int be, List<Span> rest) {
    int first = tokenEndingBefore(tokens, rest.get(0).start()) + 1;
    int infinitive = afterAdverbs(tokens, first + 1, tokens.size());
    if (be < 0 || first >= tokens.size() || infinitive < tokens.size() && tokens.get(infinitive).pos().equals("VB")) {
      return false;
    }
    Token opening = tokens.get(first);
    boolean preposition = opening.pos().equals("IN") || opening.pos().equals("TO");
    // "are opposed to electing Donald Trump": a gerund after the preposition is what is said.
    boolean gerund = infinitive < tokens.size() && tokens.get(infinitive).pos().equals("VBG");
    return preposition && !gerund && !STATING_PREPOSITIONS.contains(opening.text().toLowerCase(Locale.ROOT));
  }

  /**
   * The subject that ends at token {@code last}: a noun phrase, a relative pronoun ("a role that is
   * expected to be filled by ..."), or a subject with its description set off by commas ("The
   * central bank, which has held rates near zero, is expected to act"); or null.
   */
  private static int[] subjectOf(List<Token> tokens, int last) {
    if (relativeAt(tokens, last)) {
      return new int[] {last, last + 1};
    }
    int[] phrase = nounPhraseBefore(tokens, last);
    return phrase == null && last > 0 && isComma(tokens.get(last)) ? subjectBefore(tokens, last + 1) : phrase;
  }

  /** Whether token {@code at} is a relative pronoun after the noun it stands for or its comma: "a role that", "the letter, which". */
  private static boolean relativeAt(List<Token> tokens, int at) {
    return at > 0 && RELATIVE_PRONOUNS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT))
        && (tokens.get(at - 1).pos().startsWith("NN") || isComma(tokens.get(at - 1)));
  }

  /**
   * The described subject of a verb of seeming as PolNeAR's content takes it: with a relative
   * clause ("Hizbollah, which has lost ..., seems unlikely to ..."), but without an aside that
   * says how or when ("The statistics, purported to be gathered by ..., appear to be fabricated",
   * "The American economy, until recently, seemed ..."): on PolNeAR train, 7 of these 10 subjects.
   */
  private static int[] withoutAside(List<Token> tokens, int[] described) {
    int comma = described[0];
    while (!isComma(tokens.get(comma))) {
      comma++;
    }
    return tokens.get(comma + 1).pos().startsWith("W") ? described : new int[] {described[0], comma};
  }

  /**
   * "The American economy, until recently, seemed impervious ...", "Hizbollah, which has lost ...,
   * seems unlikely to ...", "A photo of Ali, who died Friday, was shown ...", "The central bank,
   * which has held rates near zero, is expected to act": the subject before a description or an
   * aside set off by commas, which ends at the {@code comma} before the cue; or null. The one asked
   * or told is no part of the content ({@link #asked}), and is not looked for. A passive's subject
   * keeps an appositive and loses an aside of how or when, as a source does ({@link
   * Subjects#withoutAside}: "''Hawaii Five-0,'' the 1960s procedural ..., is considered", "the
   * Obama administration, under growing pressure, is expected"); a verb of seeming's keeps only a relative clause
   * ({@link #withoutAside}). A subject that runs back over a dash has taken in a dateline
   * ("PORTLAND, Ore. - Peter Santilli, a talk-show host, was named") and is no subject. Counted on
   * PolNeAR train for passives and "expected": 14 new frames, 11 with gold's cue and no source as
   * in gold, 2 more matching a gold attribution, 1 with no gold; 4 contents made exact. Where the
   * one asked is looked for too, the frame it adds names no source where gold names the one
   * persuaded ("Mr. Autor, like most economists, is still persuaded of ...").
   */
  private int[] describedSubject(String text, List<Token> tokens, int verb, int comma) {
    int[] described = subjectBefore(tokens, tokens.size());
    if (described == null || described[1] != comma + 1 || afterDash(text, tokens, described)[0] != described[0]) {
      return null;
    }
    return isRaising(tokens, verb) ? withoutAside(tokens, described) : Subjects.withoutAside(tokens, described);
  }

  @Override
  public Frame frameAt(String text, Sentence sentence, int verb, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    if (isHearsay(tokens, verb)) {
      return hearsayFrame(text, sentence, verb, quotations);
    }
    int be = tokens.get(verb).pos().equals("VBN") ? beFormBefore(tokens, verb) : -1;
    // "have been criticized", "will informally be dubbed": the auxiliaries and adverbs before the
    // verb or its "be" belong to the cue, as in PolNeAR's, and the subject ends before them; a
    // time expression stays with the subject ("Trump on Tuesday seemed to ...").
    int first = beforeAuxiliaries(tokens, be >= 0 ? be : verb);
    int taken = be >= 0 ? words.passivePrepositionEnd(tokens, verb) : -1;
    int last = taken > 0 ? taken : verb;
    Span cue = span(tokens, first + 1, last);
    List<Span> rest = contentAfter(text, sentence, last + 1, quotations);
    boolean expected = isExpected(tokens, verb);
    if (expected && !rest.isEmpty() && first >= 0 && tokens.get(first).pos().equals("CC")) {
      // "is moving to Los Angeles but is expected to continue ...": the subject stands with the
      // first verb, and the infinitive is what is expected.
      return unsourced(text, rest, cue);
    }
    // Before a verb of seeming, "that" is as often a word of degree ("just seems that wrong") as a
    // relative pronoun, and the described subject is left to nounPhraseBefore.
    int[] subject = expected ? subjectOf(tokens, first) : nounPhraseBefore(tokens, first);
    if (subject == null && !asked(tokens, verb) && first > 0 && isComma(tokens.get(first))) {
      subject = describedSubject(text, tokens, verb, first);
    } else if (subject == null && first >= 0 && !isRaising(tokens, verb) && tokens.get(first).text().equalsIgnoreCase(FREE_RELATIVE)) {
      subject = new int[] {first, first + 1};
    } else if (subject == null && be >= 0 && relativeAt(tokens, first) && agentLater(tokens, last + 1) >= 0) {
      // "the letter, which was first reported last week by The Post's Greg Sargent": the agent
      // past a time speaks, as right after the participle ("which is then denounced by Trump",
      // PassiveAgent), and the relative pronoun alone is PolNeAR's content. Counted on PolNeAR
      // train: 1 such relative, a gold attribution with this source and content.
      subject = new int[] {first, first + 1};
    }
    if (rest.isEmpty() || subject == null) {
      return null;
    }
    Span spokenAbout = span(tokens, subject);
    // After a verb of seeming or "is expected", a "by" belongs to the infinitive ("is expected to be
    // filled by ...": gold names no source for the 3 on PolNeAR train); after what the one asked
    // was asked about, to that topic ("asked about the attack by ...").
    int by = isRaising(tokens, verb) || asked(tokens, verb) ? -1 : agentLater(tokens, last + 1);
    if (by >= 0) {
      return agentFrame(text, tokens, spokenAbout, cue, last + 1, by);
    }
    List<Span> content = tokens.get(subject[0]).text().equalsIgnoreCase("it") || asked(tokens, verb)
        ? rest // "it appears that ...", "was asked whether ...": the subject is no part of what is said.
        : !isRaising(tokens, verb) && (saysWhereOrWhen(tokens, be, rest) || endsAtComma(tokens, be, last))
        ? List.of(spokenAbout) : List.of(spokenAbout, rest.get(0));
    return unsourced(text, content, cue);
  }

  /**
   * "are considered unclean by Muslims", "was supported Friday by Sen. Dianne Feinstein", "is
   * viewed somewhat more positively by Republicans": the "by" of a passive cue's agent further on
   * in its clause, from token {@code from}, past the predicate, the adverbs and the time between;
   * or -1. A verb, a relative or a comma before it opens another clause, whose agent it is ("a case
   * brought by", "an affidavit written by"), and a time after it says by when ("by 2018").
   */
  private static int agentLater(List<Token> tokens, int from) {
    for (int at = from; at + 1 < tokens.size(); at++) {
      Token token = tokens.get(at);
      if (isComma(token) || isSentenceEnd(token) || token.pos().matches("VB.*|MD|W.*") || isComplementizer(token)) {
        return -1;
      }
      if (token.text().equalsIgnoreCase("by") || holdsAmong(tokens, at)) {
        int[] agent = nounPhraseAfter(tokens, at + 1);
        return agent != null && !namesTimeAlone(tokens, agent) ? at : -1;
      }
    }
    return -1;
  }

  /**
   * Whether an "among" at {@code at} names who hold the view a passive cue states: "was not widely
   * supported among those with direct experience", "is well known among black voters". After "as"
   * it ranks the subject with others ("are widely recognized as among the largest"). Counted on
   * PolNeAR train: 3 passive cues with no "by" have such an "among", all gold attributions whose
   * source is its noun phrase (one with the "among" in it); 1 after "as" is left.
   */
  private static boolean holdsAmong(List<Token> tokens, int at) {
    return tokens.get(at).text().equalsIgnoreCase("among") && !tokens.get(at - 1).text().equalsIgnoreCase("as");
  }

  /**
   * The frame of a passive cue whose agent stands at {@code by}, after the predicate: PolNeAR's
   * source is the agent, and its content the subject with what the cue says of it up to the agent
   * ("Pigs | unclean"); with the subject alone where only adverbs, a time or a phrase of where or
   * to whom stand between ("was recommended to Trump most forcefully by").
   */
  private static Frame agentFrame(String text, List<Token> tokens, Span spokenAbout, Span cue, int predicate, int by) {
    int said = pastAside(tokens, predicate, by);
    Token opening = tokens.get(afterAdverbs(tokens, predicate, by));
    boolean where = opening.pos().matches("IN|TO") && !STATING_PREPOSITIONS.contains(opening.text().toLowerCase(Locale.ROOT));
    List<Span> content = said == by || where ? List.of(spokenAbout) : List.of(spokenAbout, span(tokens, said, by - 1));
    return frame(text, tokens, content, cue, nounPhraseAfter(tokens, by + 1));
  }

  /** The first token from {@code at}, before {@code end}, past adverbs, dashes and times ("- most famously", "on Friday"). */
  private static int pastAside(List<Token> tokens, int at, int end) {
    int past = at;
    while (past < end) {
      int next = afterTimeExpression(tokens, past);
      if (next == past && (tokens.get(past).pos().startsWith("RB") || DASHES.contains(tokens.get(past).text()))) {
        next = past + 1;
      }
      if (next == past) {
        return past;
      }
      past = next;
    }
    return past;
  }
}
