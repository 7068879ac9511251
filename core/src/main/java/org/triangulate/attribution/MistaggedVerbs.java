package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.subjectAndVerbAt;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.beforeAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isDeterminer;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.isSpacedDash;
import static org.triangulate.attribution.Scenes.afterTimeExpression;
import static org.triangulate.attribution.Scenes.namesTimeAlone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Sentence;
import org.triangulate.model.Token;

/**
 * Reporting verbs the tagger read as nouns, adverbs or prepositions, tagged as verbs again where
 * only a verb can stand, so that every cue kind, subject and clause reads them as verbs: after
 * "to" before an object ("went on to detail a series", detail/NN), after a modal or "do" ("did
 * n't like the phrase", like/IN), in the plain form between a plural subject and an object
 * ("Only two Democrats currently back Sen. Corker's bill", back/RB), in the "-s" form between a
 * singular subject and an object ("Sanders often questions Clinton's ties", questions/NNS), or
 * before the preposition or infinitive it takes after a name or a plural subject ("Mike Pence Calls
 * for Special Prosecutor", {@link #opensContent}). Only the words of the reporting verb lists
 * ({@link CueWords#listsVerb}) are read again: no other noun turns into a verb. A "’s" with a
 * curly apostrophe after a pronoun, read as a possessive, is read as "is" again ({@link
 * #contractedVerbAt}), a "Said" that opens the sentence before a name as the verb ({@link
 * #openingSaid}), and a listed past participle right after the dash that closes an aside as the
 * past tense ({@link #pastAfterAside}), as is a participle of likening with its object right after
 * its subject ({@link #likenedAfterSubject}: "Nieto compared anti-global ideologies with ..."),
 * and a participle before an object right after the subject of a sentence with no finite verb
 * before it ({@link #pastAfterSubject}: "The decisive victory led/VBN ... Priebus to declare").
 * The other way round, a capitalized verb inside the name of a poll is read as a name ({@link
 * #inPollName}), and a past form that ends a noun phrase after an article as its noun, and a
 * gerund there ({@link #nounAfterArticle}: "considered a run last year").
 */
final class MistaggedVerbs {

  /** Pronouns that take a verb's plain form: "they support", "we doubt". */
  private static final Set<String> PLURAL_PRONOUNS = Set.of("i", "we", "you", "they");

  /** Pronouns that take a verb's "-s" form: "she questions", "it disputes". */
  private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she", "it");

  /** Articles and possessives that only a noun phrase follows; "her" may be an object, "each" a subject. */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "his", "its", "their", "our", "my", "your");

  /** The auxiliaries, which {@link #nounAfterArticle} leaves as tagged. */
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

  private final CueWords words;

  MistaggedVerbs(CueWords words) {
    this.words = words;
  }

  /** The sentence with each listed verb the tagger misread tagged as a verb. */
  Sentence retagged(String text, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Token> read = new ArrayList<>(tokens);
    boolean changed = false;
    if (openingSaid(tokens)) {
      read.set(0, new Token(tokens.get(0).span(), tokens.get(0).text(), "VBD", "say"));
      changed = true;
    }
    for (int i = 1; i < tokens.size(); i++) {
      if (inPollName(tokens, i)) {
        read.set(i, retagged(tokens.get(i), "NNP"));
        changed = true;
        continue;
      }
      if (nounAfterArticle(tokens, i)) {
        read.set(i, retagged(tokens.get(i), "NN"));
        changed = true;
        continue;
      }
      if (sinceAfterHave(tokens, i)) {
        read.set(i, retagged(tokens.get(i), "RB"));
        changed = true;
        continue;
      }
      if (contractedVerbAt(tokens, i)) {
        read.set(i, new Token(tokens.get(i).span(), tokens.get(i).text(), "VBZ", "be"));
        changed = true;
        continue;
      }
      if (pastAfterAside(text, tokens, i) || likenedAfterSubject(tokens, i) || pastAfterSubject(tokens, i)) {
        read.set(i, retagged(tokens.get(i), "VBD"));
        changed = true;
        continue;
      }
      String tag = verbTag(tokens, i);
      if (tag == null) {
        continue;
      }
      read.set(i, retagged(tokens.get(i), tag));
      int before = beforeAdverbs(tokens, i);
      if (tokens.get(before).text().equalsIgnoreCase("to")) {
        // "continue to rebuff any nominee": with the noun the tagger read "to" as a preposition.
        read.set(before, retagged(tokens.get(before), "TO"));
      }
      changed = true;
    }
    return changed ? new Sentence(sentence.span(), read) : sentence;
  }

  /**
   * "a Morning Consult Poll found ...", "The Huffington Post-Morning Consult poll of 2047 registered
   * voters": a capitalized verb inside the sentence, after a capitalized noun and right before a
   * poll noun ({@link PollFinding#POLLS}), is a word of the pollster's name, no cue, and the poll's
   * noun phrase runs over it. Counted on PolNeAR train: 4 such verbs, all "Consult", 3 of them
   * read as cues whose source was half the name; 2 of those polls are gold sources of "found" and
   * "showed".
   */
  private static boolean inPollName(List<Token> tokens, int i) {
    Token word = tokens.get(i);
    Token before = tokens.get(i - 1);
    return i + 1 < tokens.size() && word.pos().startsWith("VB") && Character.isUpperCase(word.text().charAt(0))
        && before.pos().startsWith("NN") && Character.isUpperCase(before.text().charAt(0))
        && PollFinding.POLLS.contains(tokens.get(i + 1).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the token at {@code i} is "since" between a form of "have" and a past participle ("city
   * officials have since balked at the proposal", "Republican leaders have since denounced ..."):
   * there it means "from then on", an adverb, and no clause follows it; the tagger reads it as an
   * adverb 8 times and as a preposition 16 times on PolNeAR train, and as a preposition it stopped
   * the walk back from the verb to its subject. PolNeAR's cue runs over it ("have since balked at").
   */
  private static boolean sinceAfterHave(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i).text().equalsIgnoreCase("since") && tokens.get(i).pos().equals("IN")
        && tokens.get(i - 1).pos().startsWith("VB") && tokens.get(i - 1).lemma().equalsIgnoreCase("have")
        && tokens.get(i + 1).pos().equals("VBN");
  }

  /**
   * Whether the token at {@code i} is a past form or a gerund right after an article or a possessive
   * and right before a preposition, the sentence's end or a time ("As he considered a run last
   * year", "the spat over access", "a redoubling of efforts ... in a statement"): no participle ends
   * a noun phrase there, so it is its noun, and Contents must not read it as a clause that runs on
   * over the time or the occasion. A form before a noun or a comma stays as tagged ("a rigged
   * system", "a canned, evasive answer"), and so do "be", "have" and "do". Counted on PolNeAR train:
   * of the past forms after these words, those before a preposition or the sentence's end are all
   * nouns ("the left", "a given", "the fallen"), and so are the 18 gerunds ("the overshadowing of",
   * "the bloodletting"); 2 contents made exact ("a run" for "a run last year", "a redoubling of
   * efforts ..." without "in a statement following the news"), none lost. The plain and "-s" forms
   * in the same place ("their say on her candidacy", 27) change no prediction, and are left as
   * tagged.
   */
  private static boolean nounAfterArticle(List<Token> tokens, int i) {
    Token word = tokens.get(i);
    boolean nounForm = word.pos().equals("VBN") || word.pos().equals("VBD") || word.pos().equals("VBG");
    return nounForm && ARTICLES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT)) && endsPhrase(tokens, i + 1)
        && !AUXILIARIES.contains(word.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the noun phrase ends before {@code at}: a preposition, the sentence's end or a time follows. */
  private static boolean endsPhrase(List<Token> tokens, int at) {
    return at >= tokens.size() || tokens.get(at).pos().equals("IN") || isSentenceEnd(tokens.get(at)) || afterTimeExpression(tokens, at) > at;
  }

  private static Token retagged(Token token, String tag) {
    return new Token(token.span(), token.text(), tag, token.lemma());
  }

  /**
   * The verb tag of the listed word at {@code i}, where it stands as only a verb can, or null.
   * A word tagged as a name is left alone ("the State Department"), and so is a preposition after
   * a plural noun ("groups like the NAACP"); after a singular noun, "that" or a clause opens a
   * relative clause on it ("the campaign pledges he has made"), and an infinitive a purpose
   * ("news reports to discredit"): on PolNeAR train such "-s" words before "to" were gold cues 3
   * times of 21.
   */
  private String verbTag(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (token.pos().startsWith("VB") || token.pos().startsWith("NNP") || !words.listsVerb(token)) {
      return null;
    }
    int before = beforeAdverbs(tokens, i);
    if (before < 0) {
      return null;
    }
    Token last = tokens.get(before);
    String previous = last.text().toLowerCase(Locale.ROOT);
    String form = token.text().toLowerCase(Locale.ROOT);
    boolean plain = form.equals(token.lemma().toLowerCase(Locale.ROOT));
    boolean third = !plain && form.endsWith("s");
    boolean preposition = token.pos().equals("IN");
    boolean object = opensObject(tokens, i + 1);
    if (plain && previous.equals("to") && object) {
      return "VB";
    }
    if (plain && afterAuxiliary(last) && !(i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("VB"))
        && (!token.pos().startsWith("RB") || object)) {
      // "will no doubt raise", "did not back down": a verb after it, or a particle, keeps the adverb.
      return "VB";
    }
    boolean content = opensContent(tokens, i);
    boolean pluralSubject = last.pos().equals("NNS") || last.pos().equals("NNPS") || PLURAL_PRONOUNS.contains(previous);
    if (plain && !preposition && pluralSubject && (object || content)) {
      return "VBP";
    }
    boolean nounSubject = last.pos().equals("NN") || last.pos().equals("NNP");
    if (third && !preposition && object && (SINGULAR_PRONOUNS.contains(previous) || nounSubject && !relativeAt(tokens, i + 1))) {
      return "VBZ";
    }
    if (third && !preposition && content && (SINGULAR_PRONOUNS.contains(previous) || last.pos().equals("NNP"))) {
      return "VBZ";
    }
    return null;
  }

  /**
   * Whether the token at {@code i} is a "’s" with a curly apostrophe after a personal pronoun or
   * "there" ("He’s comparing ... and says", "said he’s hopeful that", "there’s a simple
   * explanation"), where only "is" or "has" can stand: the tagger reads it as a possessive (411 times
   * of 411 on PolNeAR train, before no participle), so the subject walks stop at it, and the same
   * words with a straight apostrophe as a verb, VBZ with the lemma "be" (316 times of 320), as it is
   * tagged here. "It’s" stays as tagged: mostly the empty subject of a clause put after it ("It’s
   * grimly funny to watch Romney, who sought ..."), which, read as a verb, gave 3 train frames "it"
   * for a source, 2 of them right before (train source 75.41 -> 75.40, sources right 93.59% ->
   * 93.56%). So does a "’s" before a participle ("she’s expected to argue"), which as "is" reads as a
   * view of no one where PolNeAR names her (on train 2 cues made exact, 1 source lost).
   */
  private static boolean contractedVerbAt(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    Token before = tokens.get(i - 1);
    boolean subject = before.pos().equals("PRP") && !before.text().equalsIgnoreCase("it") || before.pos().equals("EX");
    boolean participle = i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("VBN");
    return token.text().equals("’s") && token.pos().equals("POS") && subject && !participle;
  }

  /**
   * Whether the sentence opens with "Said" before a name ("Said Comey, “...”"), which the tagger
   * reads as part of the name: only the verb of saying, its subject after it, stands there (on
   * PolNeAR train 2 sentences of 2, both "Said/NNP").
   */
  private static boolean openingSaid(List<Token> tokens) {
    return tokens.size() > 2 && tokens.get(0).text().equals("Said") && tokens.get(0).pos().equals("NNP") && tokens.get(1).pos().startsWith("NNP");
  }

  /**
   * Whether the listed word at {@code i} goes on as only its verb does: with the preposition it
   * takes for its content ("Mike Pence Calls for Special Prosecutor", "Johnson talks about what
   * can be done", "Republicans boast of stronger turnout") or with "to" and a verb ("Germany
   * pledges to expand its aid"). After a name in the "-s" form, or a plural subject in the plain
   * form, the word is the subject's verb: counted on PolNeAR train, 6 such words, all 6 in gold's
   * cues; after a common noun the word is mostly a noun of a compound ("debt ceiling talks of
   * 2011", "news reports to discredit": 3 gold cues of 18), and after a name in the plain form a
   * noun as often ("a Karl Rove attack to go after": 2 of 5), so those are left as tagged.
   */
  private boolean opensContent(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    boolean infinitive = i + 2 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to") && tokens.get(i + 2).pos().equals("VB");
    return infinitive || words.takesPreposition(tokens, i, i + 1);
  }

  /**
   * Whether the listed verb at {@code i}, tagged as a past participle, follows (over adverbs) a
   * spaced dash that closes a pair ("John Podesta — Bill Clinton's former chief of staff — offered
   * a slogan", "Democrats -- including Clinton -- quickly accused Trump"): the dashes set off an
   * aside, and after it the clause goes on with its verb, where the tagger reads the past tense as
   * a participle, as it rarely does after a comma. Counted on PolNeAR train: 14 listed verbs tagged
   * as participles stand there, 12 of them gold cues ("told", "declared", "insisted", "agreed",
   * "named"), and no frame had them; "reported" and "promoted" are no gold cues.
   */
  private boolean pastAfterAside(String text, List<Token> tokens, int i) {
    Token token = tokens.get(i);
    int dash = beforeAdverbs(tokens, i);
    if (!token.pos().equals("VBN") || !words.listsVerb(token) || dash < 1 || !isSpacedDash(text, tokens.get(dash))) {
      return false;
    }
    String mark = tokens.get(dash).text();
    long opening = tokens.subList(0, dash).stream().filter(t -> t.text().equals(mark) && isSpacedDash(text, t)).count();
    return opening % 2 == 1;
  }

  /**
   * Whether the verb at {@code i}, tagged as a past participle, likens its object to something
   * ({@link CueWords#likens}) right after a noun or the comma that closes a description, past
   * adverbs ("Mexican President Enrique Peña Nieto compared anti-global ideologies with ...",
   * "Betty Friedan, the feminist leader and author, compared her to a religious heretic"): a
   * participle after its noun takes no object before "to" or "with" ("a sundae compared to his
   * plans"), so the verb is the past tense of the subject before it. Counted on PolNeAR train: 2
   * such participles, both gold cues, and no frame had them.
   */
  private boolean likenedAfterSubject(List<Token> tokens, int i) {
    int before = beforeAdverbs(tokens, i);
    return tokens.get(i).pos().equals("VBN") && before >= 0 && (tokens.get(before).pos().startsWith("NN") || isComma(tokens.get(before)))
        && words.likens(tokens, i);
  }

  /**
   * Whether the verb at {@code i}, tagged as a past participle, is the past tense of the clause
   * that opens the sentence: right after its subject, past adverbs (a name, a pronoun or a noun
   * phrase that no preposition governs), before an object or "that" ({@link #opensObject}, no
   * time: "a poll released Monday" stays a participle), with no finite verb before it in the
   * sentence ("The decisive victory led/VBN Republican National Committee Chairman Reince Priebus
   * to declare him ...", "In his speech, Obama positioned/VBN Clinton as ... and said ..."). A
   * participle after its noun takes no object, and a sentence needs a finite verb, so the tagger's
   * participle there hid the subject from the verbs joined to it and from the infinitive that
   * follows its object. A noun inside a prepositional phrase keeps its participle ("a boycott call
   * from a civil rights group called/VBN Color of Change"). Counted on PolNeAR train: 4 frames
   * change, 2 new ones gold's, source and content ("to declare": Reince Priebus, "said": Obama), 1
   * new one not in gold ("October's Democratic debate" for "declining poll numbers"), and 1 not in
   * gold gives way to another not in gold ("Trump" to again respond to, for "Romney's"
   * accusations); no gold frame lost.
   */
  private static boolean pastAfterSubject(List<Token> tokens, int i) {
    int before = beforeAdverbs(tokens, i);
    if (!tokens.get(i).pos().equals("VBN") || before < 0 || !opensObject(tokens, i + 1)
        || anyToken(tokens, 0, before, Clauses::isFinite)) {
      return false;
    }
    Token last = tokens.get(before);
    String previous = last.text().toLowerCase(Locale.ROOT);
    if (PLURAL_PRONOUNS.contains(previous) || SINGULAR_PRONOUNS.contains(previous)) {
      return true;
    }
    int[] phrase = last.pos().startsWith("NN") ? nounPhraseBefore(tokens, before) : null;
    return phrase != null && (phrase[0] == 0 || !governedByPreposition(tokens.get(phrase[0] - 1)))
        && !anyToken(tokens, phrase[0], before, MistaggedVerbs::governedByPreposition);
  }

  /**
   * Whether the word before a noun phrase is a preposition that governs it, not one that opens a
   * clause whose subject the phrase is ("When scandal engulfed", "that the senator").
   */
  private static boolean governedByPreposition(Token word) {
    String text = word.text().toLowerCase(Locale.ROOT);
    boolean preposition = word.pos().equals("IN") || word.pos().equals("TO");
    return preposition && !Subjects.SUBORDINATORS.contains(text) && !text.equals("that");
  }

  /** Whether a relative clause on the noun before opens at {@code at}: "that", or a subject and its verb. */
  private static boolean relativeAt(List<Token> tokens, int at) {
    return tokens.get(at).text().equalsIgnoreCase("that") || subjectAndVerbAt(tokens, at);
  }

  /** A modal or a form of "do": "would probably back", "did n't like". */
  private static boolean afterAuxiliary(Token last) {
    return last.pos().equals("MD") || last.pos().startsWith("VB") && last.lemma().equalsIgnoreCase("do");
  }

  /**
   * Whether the token at {@code at} opens a verb's object: a determiner, a pronoun, a name, a
   * number or "that", but no time ("reports each year", "posts Sunday").
   */
  private static boolean opensObject(List<Token> tokens, int at) {
    if (at >= tokens.size() || afterTimeExpression(tokens, at) > at) {
      return false;
    }
    int[] phrase = nounPhraseAfter(tokens, at);
    if (phrase != null && phrase[0] == at && namesTimeAlone(tokens, phrase)) {
      return false;
    }
    Token next = tokens.get(at);
    return isDeterminer(next) || next.pos().equals("PRP") || next.pos().startsWith("NNP") || next.pos().equals("CD")
        || next.text().equalsIgnoreCase("that");
  }
}
