package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.beforeAuxiliaries;
import static org.triangulate.attribution.Clauses.clauseOpensAt;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Contents.endingAt;
import static org.triangulate.attribution.Contents.endingAtComma;
import static org.triangulate.attribution.Contents.endingBeforeMainVerb;
import static org.triangulate.attribution.Contents.endingBeforeSubjectsVerb;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.isHead;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.NounPhrases.possessorBefore;
import static org.triangulate.attribution.Phrases.afterAdverbs;
import static org.triangulate.attribution.Phrases.afterConnectives;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isDeterminer;
import static org.triangulate.attribution.Phrases.isRelativePronoun;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.QuotationMarks.inside;
import static org.triangulate.attribution.Subjects.skippedBefore;
import static org.triangulate.attribution.Subjects.subjectBefore;
import static org.triangulate.attribution.Subjects.withRelativeClauseBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * A noun of saying or taking a side, aimed by its preposition, that a light verb takes: "Christie
 * launched an attack on Rubio", "Trump has raised questions about ..."; or whose possessor opens
 * the sentence's subject: "Clinton's attacks on Sanders have grown sharper"; or whose possessor
 * follows "in" or "with": "has been merciless in his attacks on Clinton"; or, bare and singular,
 * that opens the sentence and names no one: "Opposition to the deal has grown"; or one that the subject
 * receives from those who take the side: "The proposal drew criticism from both parties", or its
 * possessor holds "among" them: "her broad support among union members"; or bears
 * from others unnamed: "The mayor has faced criticism for the closures"; or, plural and with no
 * possessor, that many take, unnamed or named right before it: "That prompted calls for an
 * inquiry", "renewed Republican calls for a special prosecutor", or that arises in many unnamed:
 * "after questions arose about his record".
 */
final class StanceNoun implements CueKind {

  /** "attack on", "call for": the nouns and the prepositions that open their target. */
  private static final Set<String> STANCES = Set.copyOf(WordList.load(StanceNoun.class, "en/stance_nouns.txt"));

  /** "question about", "call for": pairs whose noun, plural and with no possessor, names a side that many take. */
  private static final Set<String> BARE = Set.copyOf(WordList.load(StanceNoun.class, "en/bare_stance_nouns.txt"));

  /**
   * Verbs whose subject holds the side a plural of {@link #BARE} names, as a light verb's does:
   * "Reagan had no doubts about", "readers have asked questions about".
   */
  private static final Set<String> HOLDING_VERBS = Set.of("have", "ask");

  /** "raise", "launch", "make": verbs whose subject holds the stance of the noun they take. */
  private static final Set<String> LIGHT_VERBS = Set.copyOf(WordList.load(StanceNoun.class, "en/light_verbs.txt"));

  /** "support", "criticism": nouns for a side that others take toward the subject, "from" whom it comes. */
  private static final Set<String> RECEIVED = Set.copyOf(WordList.load(StanceNoun.class, "en/received_stance_nouns.txt"));

  /** "arise": verbs whose subject, a plural of {@link #BARE}, comes up in many unnamed. */
  private static final Set<String> ARISING_VERBS = Set.copyOf(WordList.load(StanceNoun.class, "en/arising_verbs.txt"));

  /** "draw", "receive", "win": verbs whose subject receives the side the noun they take names. */
  private static final Set<String> RECEIVING_VERBS = Set.copyOf(WordList.load(StanceNoun.class, "en/receiving_verbs.txt"));

  /** "face", "endure": verbs whose subject bears a side that others, unnamed, take against it. */
  private static final Set<String> FACING_VERBS = Set.copyOf(WordList.load(StanceNoun.class, "en/facing_verbs.txt"));

  /** "governor", "voter", "committee": common nouns that name a person or a group of people, who ask questions of their own. */
  private static final Set<String> PEOPLE = Set.copyOf(WordList.load(StanceNoun.class, "en/people_nouns.txt"));

  /** Prepositions that name those who take the side the subject receives: "support from", "support among". */
  private static final Set<String> GIVERS = Set.of("from", "among");

  /** Prepositions before a possessor whose stance says how its holder acts: "in his attacks on", "with her calls for". */
  private static final Set<String> MANNER_PREPOSITIONS = Set.of("in", "with");

  private final CueWords words;

  StanceNoun(CueWords words) {
    this.words = words;
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    if (arisen(tokens, i)) {
      return true;
    }
    Token noun = tokens.get(i);
    if (!(noun.pos().equals("NN") || noun.pos().equals("NNS")) || i + 2 >= tokens.size() || !tokens.get(i + 1).pos().matches("IN|TO")) {
      return false;
    }
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    String preposition = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
    int first = modifiersBefore(tokens, i);
    return STANCES.contains(lemma + " " + preposition)
        && (verbBefore(tokens, first, LIGHT_VERBS) >= 0 || opensSubject(tokens, first) || inManner(tokens, first) || opensBare(tokens, first, i) || faced(tokens, i))
        || received(tokens, i) || heldAmong(tokens, i) || unclaimed(tokens, first, i) || plainPlural(tokens, first, i) && verbBefore(tokens, first, HOLDING_VERBS) >= 0;
  }

  /**
   * Whether the noun's phrase, from {@code first}, has a possessor after "in" or "with", which
   * says how someone acts or speaks: "has been merciless in his attacks on Clinton", "angered
   * Jewish leaders with his comments on Muslims". The possessor takes the stance, and PolNeAR marks
   * it the source. Counted on PolNeAR train, outside quotations and other attributions' contents:
   * 11 of 14 such nouns lie in a gold cue, and gold's source is the possessor in 8 of the 10 that
   * no frame found.
   */
  private static boolean inManner(List<Token> tokens, int first) {
    int[] possessor = possessorBefore(tokens, first);
    return possessor != null && possessor[0] > 0 && MANNER_PREPOSITIONS.contains(tokens.get(possessor[0] - 1).text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the noun's phrase, from {@code first}, has a possessor that opens the sentence, past
   * its connectives: "Clinton's attacks on Sanders have grown sharper" is the subject of the
   * sentence, which the possessor's stance is. Elsewhere the phrase lies mostly in another's
   * content, whose source PolNeAR does not give it. A participle that opens the sentence ("Given
   * Trump's positions on ...") makes the phrase its object, no subject.
   */
  private static boolean opensSubject(List<Token> tokens, int first) {
    int[] possessor = possessorBefore(tokens, first);
    return possessor != null && possessor[0] == afterConnectives(tokens, 0, possessor[0]) && !tokens.get(possessor[0]).pos().startsWith("VB");
  }

  /**
   * Whether the noun, singular and with no determiner or possessor, opens the sentence past its
   * connectives and adjectives: "Opposition to the trade deal has united both parties". A bare
   * singular noun there is a mass noun for a side that many take, whom PolNeAR leaves unnamed;
   * plurals ("Attacks on judge by ...") and imperatives ("Vote for me.", with no verb after) stay
   * out. Counted on PolNeAR train: 4 such nouns, all "opposition to", all 4 gold cues with no
   * source; plurals opening a sentence, 2, and imperatives, 4, none.
   */
  private static boolean opensBare(List<Token> tokens, int first, int noun) {
    return tokens.get(noun).pos().equals("NN") && first == afterConnectives(tokens, 0, first);
  }

  /**
   * Whether the noun, plural and of a pair of {@link #BARE}, has no possessor and follows no light
   * verb, no verb of holding and no verb in its base form: "amid fresh questions about her health",
   * "That prompted calls for an inquiry". Many hold the side, whom PolNeAR leaves unnamed; of a
   * singular ("the question about") the side is seldom anyone's.
   */
  private static boolean unclaimed(List<Token> tokens, int first, int noun) {
    return plainPlural(tokens, first, noun) && verbBefore(tokens, first, LIGHT_VERBS) < 0 && verbBefore(tokens, first, HOLDING_VERBS) < 0 && !afterBaseVerb(tokens, first);
  }

  /**
   * Whether a plural of {@link #BARE} with no possessor is the object of a light verb whose
   * subject, {@code source}, ends in a common noun that names no person or group of people: "The
   * documents raised new questions about whether ...", "The clash raised serious doubts about". A
   * thing, an event or a remark prompts the questions in many, whom PolNeAR leaves unnamed; a
   * name, a pronoun or a noun of people ("the news organization raised questions about") asks
   * them. Counted on PolNeAR train, frames of such plurals after a light verb: with a subject of
   * things gold names no source 4 times of 4 with a gold frame (2 more have none); with a name, a
   * pronoun or a noun of people gold names the subject 5 times and no source once ("Hundreds of
   * demonstrators ..., raising fresh questions about").
   */
  private static boolean raisedByThing(List<Token> tokens, int first, int noun, int verb, int[] source) {
    Token head = tokens.get(source[1] - 1);
    return verb == verbBefore(tokens, first, LIGHT_VERBS) && plainPlural(tokens, first, noun)
        && head.pos().matches("NNS?") && !PEOPLE.contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the noun, a plural of a pair of {@link #BARE} with no possessor, is the subject of an
   * arising verb right after it, which the pair's preposition follows: "after questions arose about
   * his grasp of foreign policy". The side comes up in many, whom PolNeAR leaves unnamed.
   */
  private static boolean arisen(List<Token> tokens, int noun) {
    if (noun + 3 >= tokens.size() || !tokens.get(noun).pos().equals("NNS") || !tokens.get(noun + 1).pos().startsWith("VB")
        || !ARISING_VERBS.contains(tokens.get(noun + 1).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String pair = tokens.get(noun).lemma().toLowerCase(Locale.ROOT) + " " + tokens.get(noun + 2).text().toLowerCase(Locale.ROOT);
    return BARE.contains(pair) && possessorBefore(tokens, modifiersBefore(tokens, noun)) == null;
  }

  /** Whether the noun is a plural of a pair of {@link #BARE} with no possessor, and no part of a compound ("robo-calls for"). */
  private static boolean plainPlural(List<Token> tokens, int first, int noun) {
    Token token = tokens.get(noun);
    return token.pos().equals("NNS") && (first == 0 || !tokens.get(first - 1).pos().equals("HYPH"))
        && BARE.contains(token.lemma().toLowerCase(Locale.ROOT) + " " + tokens.get(noun + 1).text().toLowerCase(Locale.ROOT))
        && possessorBefore(tokens, first) == null;
  }

  /**
   * Whether a verb in its base form takes the noun's phrase: "will face more questions about",
   * "to sow doubts about". Its subject, an infinitive's or a modal's, is one who bears or spreads
   * the side, and PolNeAR marks these seldom and then with that subject.
   */
  private static boolean afterBaseVerb(List<Token> tokens, int first) {
    int at = first > 0 && isDeterminer(tokens.get(first - 1)) ? first - 2 : first - 1;
    return at >= 0 && tokens.get(at).pos().equals("VB");
  }

  /**
   * The content, from token {@code from} on, ending before a coordinator and a verb in its base
   * form: "to raise concerns about police brutality and speak out about ..." joins a second
   * infinitive to the first, which is an attribution of its own.
   */
  private static List<Span> endingBeforeSecondVerb(List<Token> tokens, int from, List<Span> content, List<Span> quotations) {
    int end = content.get(content.size() - 1).end();
    for (int i = from + 1; i + 1 < tokens.size() && tokens.get(i + 1).span().end() <= end; i++) {
      if (tokens.get(i).pos().equals("CC") && tokens.get(i + 1).pos().equals("VB") && !inside(tokens.get(i).span(), quotations)) {
        return endingAt(content, tokens.get(i - 1).span().end());
      }
    }
    return content;
  }

  /**
   * Whether a name or a capitalized adjective of a party or a people stands right before the noun,
   * inside the sentence: "renewed Republican calls for", "Alongside BLM calls for". They take the
   * side, and PolNeAR marks them the source, the noun alone the cue.
   */
  private static boolean namedBefore(List<Token> tokens, int noun) {
    return noun > 1 && Character.isUpperCase(tokens.get(noun - 1).text().charAt(0)) && tokens.get(noun - 1).pos().matches("NNP|NN|JJ");
  }

  /** Whether a reporting verb or an adjective of attitude ("is eager to") lies in the content, from token {@code from} on. */
  private boolean holdsCue(List<Token> tokens, int from, List<Span> content) {
    int end = content.get(content.size() - 1).end();
    for (int i = from; i < tokens.size() && tokens.get(i).span().end() <= end; i++) {
      if (words.isCue(tokens.get(i)) || tokens.get(i).pos().equals("JJ") && words.namesAttitude(tokens.get(i).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun's phrase, from {@code first} with its determiner, opens the sentence past its connectives: "These calls for ... have grown". */
  private static boolean opensSentence(List<Token> tokens, int first) {
    int phrase = first > 0 && isDeterminer(tokens.get(first - 1)) ? first - 1 : first;
    return phrase == afterConnectives(tokens, 0, phrase);
  }

  /** Whether the noun names a side the subject receives: "drew sharp criticism from", "has strong support among". */
  private static boolean received(List<Token> tokens, int noun) {
    return RECEIVED.contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT))
        && GIVERS.contains(tokens.get(noun + 1).text().toLowerCase(Locale.ROOT))
        && verbBefore(tokens, modifiersBefore(tokens, noun), RECEIVING_VERBS) >= 0;
  }

  /**
   * Whether the noun names a side that its possessor holds among those named after "among":
   * "her broad support among union members", "the mayor's deep support among teachers". Counted on
   * PolNeAR train: 5 such nouns, all "support", 4 in a gold cue with those after "among" the source
   * and the possessor the content (the fifth a poll's figure, "put his overall support among likely
   * voters at 5 percent"); after "from" ("her support from lobbyists") 0 of 7, which stay out.
   * Two of the four lie in another attribution's content, where only the outermost frame counts.
   */
  private static boolean heldAmong(List<Token> tokens, int noun) {
    return RECEIVED.contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT))
        && tokens.get(noun + 1).text().equalsIgnoreCase("among")
        && possessorBefore(tokens, modifiersBefore(tokens, noun)) != null;
  }

  /**
   * Whether the noun names a side that the subject of a facing verb bears: "has faced criticism for
   * his remarks". "Of" after it names those who take the side ("faced the criticism of her rival")
   * and stays out.
   */
  private static boolean faced(List<Token> tokens, int noun) {
    return RECEIVED.contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT))
        && !tokens.get(noun + 1).text().equalsIgnoreCase("of")
        && verbBefore(tokens, modifiersBefore(tokens, noun), FACING_VERBS) > 0;
  }

  /**
   * "Christie has launched withering attacks against Rubio": the light verb's subject is the
   * source and the cue runs from the verb, with its auxiliaries, to the preposition. What the
   * preposition takes is the content; before an infinitive ("made a promise to build a wall") the
   * content keeps its "to" and the cue stops at the noun, as PolNeAR marks both. An infinitive
   * light verb speaks for the subject of the verb or adjective that takes it, whose cue it joins
   * ({@link #infinitiveTaker}), or for the object of a verb of prompting right before its "to"
   * ({@link #promptedBefore}), whose cue opens at the "to"; with neither, a plural of {@link #BARE}
   * with no possessor ("to raise concerns about") is a cue of its own with no source, and otherwise
   * ("at liberty to make his case for") the possessor, if any, is the source, of the noun and its
   * preposition.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int noun, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    if (arisen(tokens, noun)) {
      // "questions arose about his record": the cue runs over the verb to the preposition, as PolNeAR marks it.
      List<Span> content = targetAfter(text, sentence, noun + 2, noun + 3, false, quotations);
      return content.isEmpty() ? null : Frame.unsourced(text, content, span(tokens, modifiersBefore(tokens, noun), noun + 2));
    }
    if (received(tokens, noun)) {
      return receivedFrame(text, tokens, noun);
    }
    if (faced(tokens, noun)) {
      return facedFrame(text, sentence, noun, quotations);
    }
    if (heldAmong(tokens, noun)) {
      return heldFrame(text, tokens, noun);
    }
    int first = modifiersBefore(tokens, noun);
    int verb = verbBefore(tokens, first, LIGHT_VERBS);
    if (verb < 0 && plainPlural(tokens, first, noun)) {
      verb = verbBefore(tokens, first, HOLDING_VERBS);
    }
    boolean unclaimed = verb < 0 && unclaimed(tokens, first, noun);
    // "calls to boycott the films": with no one to make it, the noun's "to" opens its target like a preposition.
    boolean infinitive = !unclaimed && tokens.get(noun + 1).pos().equals("TO") && tokens.get(noun + 2).pos().equals("VB");
    int last = infinitive ? noun : noun + 1;
    boolean bare = verb < 0 && opensBare(tokens, first, noun) || unclaimed;
    List<Span> content = targetAfter(text, sentence, noun + 1, last + 1, verb < 0 && opensSubject(tokens, first) || bare && opensSentence(tokens, first), quotations);
    if (unclaimed && !content.isEmpty()) {
      // "amid questions about how he ran the firm, as the paper reported": a noun's side runs no
      // further than its phrase, and a cue past the comma is an attribution of its own.
      content = endingAtComma(tokens, content, quotations);
      if (holdsCue(tokens, noun + 2, content)) {
        // "questions about the deal before saying ...": the verb's is the attribution that counts.
        return null;
      }
    }
    if (content.isEmpty()) {
      return null;
    }
    boolean infinitiveVerb = verb > 0 && tokens.get(verb - 1).pos().equals("TO");
    int speaking = infinitiveVerb ? infinitiveTaker(tokens, verb) : verb;
    int[] source = speaking >= 0 ? subjectOf(tokens, speaking) : null;
    if (source != null && raisedByThing(tokens, first, noun, verb, source)) {
      return Frame.unsourced(text, content, span(tokens, beforeAuxiliaries(tokens, speaking) + 1, last));
    }
    if (source != null) {
      return frame(text, tokens, content, span(tokens, beforeAuxiliaries(tokens, speaking) + 1, last), source);
    }
    int[] prompted = infinitiveVerb ? promptedBefore(tokens, verb - 1) : null;
    if (prompted != null) {
      return frame(text, tokens, content, span(tokens, verb - 1, last), prompted);
    }
    if (infinitiveVerb && plainPlural(tokens, first, noun)) {
      // "marched downtown to raise concerns about", "nothing to raise doubts about": a purpose with
      // no one to hold it leaves the side, as an unclaimed plural does, to many unnamed.
      return Frame.unsourced(text, endingBeforeSecondVerb(tokens, noun + 2, content, quotations), span(tokens, first, last));
    }
    if (unclaimed && namedBefore(tokens, noun)) {
      return frame(text, tokens, content, span(tokens, noun, last), new int[] {noun - 1, noun});
    }
    if (bare) {
      return Frame.unsourced(text, content, span(tokens, first, last));
    }
    source = possessorBefore(tokens, first);
    return source == null ? null : frame(text, tokens, content, span(tokens, first, last), source);
  }

  /**
   * "The proposal has drawn harsh criticism from fellow Republicans", "Clinton has strong support
   * among black voters": those after the preposition are the source, the subject that receives
   * the side is the content, and the cue runs from the verb, with its auxiliaries, to the noun,
   * as PolNeAR marks most of these. An infinitive's subject is not read ("to draw support from").
   */
  private static Frame receivedFrame(String text, List<Token> tokens, int noun) {
    int verb = verbBefore(tokens, modifiersBefore(tokens, noun), RECEIVING_VERBS);
    // "support from roughly six in 10 Democrats": the adverb grades the givers' number and is theirs.
    int first = afterAdverbs(tokens, noun + 2, tokens.size());
    int[] givers = nounPhraseAfter(tokens, first);
    int[] subject = verb > 0 && tokens.get(verb - 1).pos().equals("TO") ? null : subjectOf(tokens, verb);
    if (givers == null || givers[0] != first || subject == null) {
      return null;
    }
    return frame(text, tokens, List.of(span(tokens, subject)), span(tokens, beforeAuxiliaries(tokens, verb) + 1, noun), new int[] {noun + 2, givers[1]});
  }

  /**
   * "Clinton's deep support among black voters": those after "among" are the source, the possessor
   * that holds the side is the content, and the cue is the noun with its modifiers, as PolNeAR
   * marks these.
   */
  private static Frame heldFrame(String text, List<Token> tokens, int noun) {
    int first = modifiersBefore(tokens, noun);
    int[] holders = nounPhraseAfter(tokens, noun + 2);
    if (holders == null || holders[0] != noun + 2) {
      return null;
    }
    return frame(text, tokens, List.of(span(tokens, possessorBefore(tokens, first))), span(tokens, first, noun), holders);
  }

  /**
   * "Cruz has faced criticism for unreported loans": no one is named, and the content is the
   * subject that bears the side with what it is blamed for, from the preposition on; the cue runs
   * from the verb, with its auxiliaries, to the noun, as PolNeAR marks most of these. An
   * infinitive's subject is not read ("to face criticism for").
   */
  private static Frame facedFrame(String text, Sentence sentence, int noun, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int verb = verbBefore(tokens, modifiersBefore(tokens, noun), FACING_VERBS);
    int[] subject = tokens.get(verb - 1).pos().equals("TO") ? null : subjectOf(tokens, verb);
    List<Span> target = targetAfter(text, sentence, noun + 1, noun + 1, false, quotations);
    if (subject == null || subject[1] > verb || target.isEmpty()) {
      return null;
    }
    List<Span> content = new ArrayList<>();
    content.add(span(tokens, subject));
    content.addAll(target);
    return Frame.unsourced(text, content, span(tokens, beforeAuxiliaries(tokens, verb) + 1, noun));
  }

  /**
   * What the noun is aimed at, from token {@code from} on: a clause ("questions about whether he
   * ..."), or a noun phrase with all that describes it, which ends before the verb the noun's own
   * phrase is the subject of ("His attacks on big banks have elevated ..."). In the sentence's
   * subject ({@code inSubject}) what follows the preposition is no clause even where it reads as
   * one: "Trump's attacks on Curiel are unusual" ends before "are".
   */
  private static List<Span> targetAfter(String text, Sentence sentence, int preposition, int from, boolean inSubject, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    List<Span> content = contentAfter(text, sentence, preposition, quotations);
    if (content.isEmpty()) {
      return content;
    }
    // "questions about whether he ...": "whether" and "if" open a clause, as a wh-word does.
    String opener = tokens.get(from).text().toLowerCase(Locale.ROOT);
    boolean question = tokens.get(from).pos().startsWith("W") || opener.equals("whether") || opener.equals("if");
    if (inSubject && !question) {
      content = endingBeforeSubjectsVerb(tokens, content, quotations);
    } else if (!clauseOpensAt(tokens, from) && !question) {
      content = endingBeforeMainVerb(tokens, content, quotations);
      if (from > preposition) {
        content = endingBeforeBound(tokens, from, content, quotations);
      }
    }
    if (from == preposition || content.isEmpty() || content.get(0).start() != tokens.get(preposition).span().start()) {
      return content;
    }
    List<Span> target = new ArrayList<>(content);
    target.set(0, new Span(tokens.get(from).span().start(), content.get(0).end()));
    return target;
  }

  /**
   * The content, a noun phrase from token {@code from} on, ending before "until" or "even as" and
   * a comma before them: "avoided direct criticism of Trump until recent days", "turned her
   * attention to Trump even as she ...". They bound in time the stance taken, which is the
   * writer's word, not part of its target. Counted on PolNeAR train, on the noun-phrase targets
   * of these nouns: gold ends there all 4 times; on other cues' contents, where a clause is said,
   * gold more often runs on ("even as": 4 of 16 end there).
   */
  private static List<Span> endingBeforeBound(List<Token> tokens, int from, List<Span> content, List<Span> quotations) {
    int end = content.get(content.size() - 1).end();
    for (int i = from + 1; i + 1 < tokens.size() && tokens.get(i).span().end() <= end; i++) {
      String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
      boolean bound = word.equals("until") || word.equals("even") && tokens.get(i + 1).text().equalsIgnoreCase("as");
      if (bound && !inside(tokens.get(i).span(), quotations)) {
        int last = isComma(tokens.get(i - 1)) ? i - 2 : i - 1;
        return endingAt(content, tokens.get(last).span().end());
      }
    }
    return content;
  }

  /**
   * The verb or adjective that takes the infinitive light verb at {@code verb}, whose subject holds
   * the stance and which opens the cue ("is attempting to turn her attention to", "will be able to
   * make the case for"), or -1. A noun before the "to" ("luminaries not to make an endorsement
   * of", "a chance to raise questions about") takes no subject's stance, nor does "it" ("it is
   * easy to launch attacks on"), and the sentence's subject is seldom the infinitive's: on
   * PolNeAR train it lowered the sources right.
   */
  private int infinitiveTaker(List<Token> tokens, int verb) {
    int taker = GoverningVerb.infinitiveTaker(tokens, verb, verb - 1);
    int before = taker > 0 ? skippedBefore(tokens, taker - 1) : -1;
    boolean it = before >= 0 && tokens.get(before).text().equalsIgnoreCase("it");
    return taker > 0 && words.takesInfinitive(tokens, taker) && !it ? taker : -1;
  }

  /**
   * The object of a verb of prompting that ends right before the "to" at {@code to} of an
   * infinitive light verb, as token indices [start, end), or null: "That prompted Rubio to make a
   * joke about yoga" is Rubio's joke, not the subject's, as {@link CueWords#prompts} reads a
   * reporting verb's ("led Republicans to say").
   */
  private int[] promptedBefore(List<Token> tokens, int to) {
    int[] object = to > 1 && isHead(tokens.get(to - 1)) ? nounPhraseBefore(tokens, to - 1) : null;
    return object != null && object[1] == to && object[0] > 0 && tokens.get(object[0] - 1).pos().startsWith("VB")
        && words.prompts(tokens.get(object[0] - 1)) ? object : null;
  }

  /**
   * The subject of the verb at {@code verb}: the noun phrase or relative pronoun right before it,
   * over auxiliaries and adverbs, or the subject of the sentence when none stands there ("and
   * raised questions").
   */
  private static int[] subjectOf(List<Token> tokens, int verb) {
    int last = skippedBefore(tokens, verb - 1);
    if (last >= 0 && (isRelativePronoun(tokens.get(last)) || tokens.get(last).pos().equals("WDT"))) {
      // "Sanders, who raised concerns about ...", "visits, which have drawn criticism from ...":
      // PolNeAR's source or content is the relative pronoun.
      return new int[] {last, last + 1};
    }
    int[] phrase = last >= 0 && isHead(tokens.get(last)) ? withRelativeClauseBefore(tokens, nounPhraseBefore(tokens, last)) : null;
    return phrase != null ? phrase : subjectBefore(tokens, verb + 1);
  }

  /**
   * The first of the adjectives, adverbs and numbers before the noun: "withering", "two sharp". A
   * participle stays out: "has faced criticism" is an auxiliary and its verb, not a light verb.
   */
  private static int modifiersBefore(List<Token> tokens, int noun) {
    int first = noun;
    while (first > 0 && tokens.get(first - 1).pos().matches("JJ.*|RB.*|CD")) {
      first--;
    }
    return first;
  }

  /**
   * The verb of {@code verbs} before the noun's phrase starting at {@code first}, over its
   * determiner or possessive and a particle ("stepped up his attacks"), or -1.
   */
  private static int verbBefore(List<Token> tokens, int first, Set<String> verbs) {
    int at = first > 0 && isDeterminer(tokens.get(first - 1)) ? first - 2 : first - 1;
    if (at > 0 && tokens.get(at).pos().equals("RP")) {
      at--;
    }
    return at >= 0 && tokens.get(at).pos().startsWith("VB") && verbs.contains(tokens.get(at).lemma().toLowerCase(Locale.ROOT)) ? at : -1;
  }
}
