package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.beFormBefore;
import static org.triangulate.attribution.Clauses.isComplementizer;
import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.NounPhrases.isNounPhraseWord;
import static org.triangulate.attribution.NounPhrases.isObjectPronoun;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.Phrases.beforeAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isRelativePronoun;
import static org.triangulate.attribution.Scenes.isTimeWord;
import static org.triangulate.attribution.Scenes.timeExpressionEnding;
import static org.triangulate.attribution.Subjects.SKIPPED_BEFORE_CUE;
import static org.triangulate.attribution.Subjects.skippedBefore;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Token;

/**
 * The verb a participle, infinitive or gerund cue depends on, whose subject speaks: the verb of
 * issuing that a participle describes the object of ("released a statement saying"), the word that
 * takes an infinitive ("went on to say"), the verb a purpose clause serves ("went on CNN to
 * defend") and the verb that takes a gerund ("began talking about").
 */
final class GoverningVerb {

  /**
   * Words before a participle whose speaker is the clause's subject: "ended by saying", "before
   * sketching out", "incurred a wave of boos upon saying".
   */
  static final Set<String> PARTICIPLE_OPENERS = Set.of("by", "before", "after", "while", "instead", "without", "when", "upon");

  /**
   * A preposition that opens such a participle only where nothing takes the gerund through it:
   * "coined the term in describing", "In declaring ..., the pope"; but "erred in saying" is one cue
   * with its verb, and after an adjective "in" says what the adjective is about ("impassioned in
   * blasting me", "justified in questioning"), which no subject of the clause need have said.
   */
  private static final String UNTAKEN_OPENER = "in";

  /**
   * Openers of a participle only where they open the sentence: "Despite challenging the leader,
   * Cruz said ...", "Since announcing Weld as his running mate, Johnson has risen ...", "Instead of
   * calling himself conservative, Mr. Trump said ...", "In addition to stating that ..., Clinton has
   * vowed ...": the subject after the comma speaks. Inside a clause they say when or besides what
   * ("has delivered paid speeches since announcing his bid"), and no speaker need be named. Counted
   * on PolNeAR train: 7 such openings before a listed participle, all 7 gold cues that no frame had;
   * 6 frames made, all 6 with gold's cue and source, and no other frame changed.
   */
  private static final List<List<String>> SENTENCE_OPENERS = List.of(List.of("despite"), List.of("besides"), List.of("since"),
      List.of("instead", "of"), List.of("in", "addition", "to"));

  /** Verbs of issuing whose object a participle cue describes: "released a statement saying". */
  private static final Set<String> ISSUING_VERBS = Set.copyOf(WordList.load(GoverningVerb.class, "en/issuing_verbs.txt"));

  /** Nouns for what is issued, whose subject speaks whatever verb puts it out: "approved a resolution condemning". */
  private static final Set<String> ISSUED_NOUNS = Set.copyOf(WordList.load(GoverningVerb.class, "en/issued_nouns.txt"));

  /** Subordinators tagged as prepositions, which end the object of a verb of issuing rather than continue it. */
  private static final Set<String> OBJECT_ENDERS = Set.of("that", "as", "because", "if", "though", "although", "whether", "like");

  /** Tokens, at most, between a verb of issuing and the participle that describes its object. */
  private static final int PARTICIPLE_REACH = 12;

  /** Tokens, at most, between a verb and the purpose clause it takes: "went on ABC's This Week to defend". */
  private static final int PURPOSE_REACH = 8;

  /** Verbs whose infinitive after a noun describes the noun, not what the subject does it for. */
  private static final Set<String> PURPOSELESS_VERBS = Set.of("be", "have");

  private final CueWords words;

  GoverningVerb(CueWords words) {
    this.words = words;
  }

  /**
   * The verb of issuing whose object ends right before the participle at {@code participle}, over
   * phrases of place and time ("released a statement Wednesday saying"), or -1: a verb of
   * issuing, or any verb that is no cue of its own ("approved a resolution condemning") when what
   * it puts out is a thing issued and not being ("was a tweet pushing"). After a comma the
   * participle is the subject's own ("signed the order, saying ...").
   */
  int issuingVerbBefore(List<Token> tokens, int participle) {
    // "has published a letter strongly disputing": the adverbs before the participle are its own,
    // and the object ends before them.
    int object = beforeAdverbs(tokens, participle);
    int i = object;
    boolean noun = false;
    // "has spent nearly all of her time responding to", "published research on behalf of the
    // institute during the convention showing": the object runs back over its adverbs and the
    // prepositions of its own phrases.
    while (i > 0 && participle - i <= PARTICIPLE_REACH && (isNounPhraseWord(tokens.get(i)) && !tokens.get(i).pos().startsWith("VB")
        || noun && (isObjectPreposition(tokens.get(i)) || tokens.get(i).pos().equals("RB")))) {
      noun |= tokens.get(i).pos().startsWith("NN");
      i--;
    }
    if (noun && i > 0 && ReportingVerb.isParticle(tokens, i)) {
      // "sent out a statement saying", "put out a release arguing": the particle is the verb's.
      i--;
    }
    if (!noun || i < 0 || !tokens.get(i).pos().startsWith("VB")) {
      return -1;
    }
    String verb = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    // "started a petition this week calling on": the time the object was put out follows its head.
    int time = timeExpressionEnding(tokens, object);
    int head = time > i + 1 ? time - 1 : object;
    // "ran a nearly 3,000-word article on him naming": the head of the object, before the phrase
    // that follows it, may be the thing issued.
    boolean issued = (isIssuedNoun(tokens.get(head)) || isIssuedNoun(tokens.get(directObjectHead(tokens, i, object))))
        && !verb.equals("be") && !words.isCue(tokens.get(i));
    return ISSUING_VERBS.contains(verb) || issued ? i : -1;
  }

  /** Whether the token names a thing issued ({@code en/issued_nouns.txt}). */
  private static boolean isIssuedNoun(Token token) {
    return ISSUED_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The last noun of the object after the verb at {@code verb}, up to token {@code last}, before
   * the object's first preposition ("article" in "ran a long article on him"); {@code last} when
   * no noun comes before one.
   */
  private static int directObjectHead(List<Token> tokens, int verb, int last) {
    int head = last;
    for (int k = verb + 1; k <= last && !tokens.get(k).pos().equals("IN"); k++) {
      if (tokens.get(k).pos().startsWith("NN")) {
        head = k;
      }
    }
    return head;
  }

  /** Whether a token is a preposition inside the object of a verb, not one that opens a participle or a clause. */
  private static boolean isObjectPreposition(Token token) {
    String word = token.text().toLowerCase(Locale.ROOT);
    return token.pos().equals("IN") && !PARTICIPLE_OPENERS.contains(word) && !OBJECT_ENDERS.contains(word);
  }

  /** Whether the verb at {@code verb} issues an object that a participle cue describes: "issued a statement saying". */
  boolean issuesDescribedObject(List<Token> tokens, int verb) {
    for (int i = verb + 2; i < tokens.size() && i - verb <= PARTICIPLE_REACH; i++) {
      if (tokens.get(i).pos().equals("VBG") && words.isCue(tokens.get(i)) && issuingVerbBefore(tokens, i) == verb) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word before the "to" of an infinitive cue, past a particle ("went on to say"), which may
   * take the infinitive or be the end of what a purpose clause follows; -1 when the cue is no
   * infinitive.
   */
  static int infinitiveTaker(List<Token> tokens, int cue, int before) {
    if (!tokens.get(cue).pos().equals("VB") || before <= 0 || !tokens.get(before).pos().equals("TO")) {
      return -1;
    }
    int taker = skippedBefore(tokens, before - 1);
    if (taker >= 0 && (tokens.get(taker).pos().equals("RP") || tokens.get(taker).text().equalsIgnoreCase("on"))) {
      taker--;
    }
    return taker;
  }

  /**
   * The verb that a purpose clause after token {@code last} serves, over its object or the place
   * it names ("took to Twitter", "held a conference call"), or -1: a finite verb, or a participle
   * or infinitive after its auxiliary, that is no cue of its own.
   */
  int purposeVerb(List<Token> tokens, int last) {
    // "a result that led her to declare that ...": the gap takes no pronoun, which would be a
    // subject, but an object pronoun right after a verb of prompting is that verb's whole object.
    int verb = last > 0 && isObjectPronoun(tokens.get(last)) && words.prompts(tokens.get(last - 1)) ? last - 1 : last;
    while (verb > 0 && last - verb < PURPOSE_REACH && withinPurposeGap(tokens.get(verb))) {
      verb--;
    }
    Token token = tokens.get(verb);
    boolean verbal = isFinite(token)
        || !token.pos().equals("MD") && token.pos().startsWith("VB") && skippedBefore(tokens, verb - 1) < verb - 1;
    // "is a good place to offer", "had the chance to show": being and having serve no purpose.
    boolean serving = !PURPOSELESS_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
    return (verbal && serving && speaks(tokens, verb) || promptsClause(tokens, verb, last, verbal)) && !words.isCue(token) ? verb : -1;
  }

  /**
   * Whether the verb at {@code verb} is a verb of prompting, finite, after its auxiliary ({@code
   * verbal}) or a participle that its comma sets off from the clause before, and the infinitive
   * after its object, which ends at token {@code last}, reports a clause: the object speaks,
   * whatever the verb's subject ("This leads many experts to suspect that ...", "That would
   * require Republicans to recognize that ...", "..., leaving some to question whether ..."). A
   * bare participle ("a move requiring the clerk to read") more often names a rule than someone
   * who speaks, and an infinitive with an object ("..., allowing the group to continue its
   * attacks") an act, not words.
   */
  private boolean promptsClause(List<Token> tokens, int verb, int last, boolean verbal) {
    int before = beforeAdverbs(tokens, verb);
    boolean aside = tokens.get(verb).pos().equals("VBG") && before >= 0 && isComma(tokens.get(before));
    return verb < last && (verbal || aside) && words.prompts(tokens.get(verb)) && reportsClause(tokens, last);
  }

  /** Whether the infinitive after token {@code last} opens a clause: "to question whether", "to wonder what". */
  private static boolean reportsClause(List<Token> tokens, int last) {
    int to = last + 1;
    while (to < tokens.size() && !tokens.get(to).pos().equals("TO")) {
      to++;
    }
    int opener = to + 2;
    return opener < tokens.size() && (isComplementizer(tokens.get(opener)) || tokens.get(opener).pos().startsWith("W"));
  }

  /**
   * Whether the word before the participle at {@code participle}, past its adverbs ("after
   * repeatedly dismissing"), opens it, so that its speaker is the clause's subject: one of {@link
   * #PARTICIPLE_OPENERS}, or "in" with no verb or adjective taking the gerund.
   */
  boolean opensParticiple(List<Token> tokens, int participle) {
    int opener = beforeAdverbs(tokens, participle);
    String before = opener >= 0 ? tokens.get(opener).text().toLowerCase(Locale.ROOT) : "";
    return PARTICIPLE_OPENERS.contains(before) || before.equals(UNTAKEN_OPENER) && gerundTaker(tokens, participle) < 0
        && (opener < 1 || !tokens.get(opener - 1).pos().startsWith("JJ"));
  }

  /**
   * The first word of a {@link #SENTENCE_OPENERS sentence's opener} right before the participle at
   * {@code participle}, over adverbs, or -1.
   */
  static int sentenceOpenerStart(List<Token> tokens, int participle) {
    int last = beforeAdverbs(tokens, participle);
    for (List<String> opener : SENTENCE_OPENERS) {
      int first = last - opener.size() + 1;
      if (first >= 0 && IntStream.range(0, opener.size()).allMatch(k -> tokens.get(first + k).text().equalsIgnoreCase(opener.get(k)))) {
        return first;
      }
    }
    return -1;
  }

  /**
   * Whether only a lead-in stands before the opener at {@code opener}: connectives, adverbs, commas
   * and a measure of time ("Yet by calling out Clinton ..., Axelrod occupied", "Now, after arguing
   * ..., his team", "Eight years after backing Obama, Mark Cuban is"). The participle then opens
   * the sentence, and the subject after its comma speaks.
   */
  static boolean leadsIn(List<Token> tokens, int opener) {
    for (int i = 0; i < opener; i++) {
      Token token = tokens.get(i);
      if (!(token.pos().matches("CC|RB|CD") || isComma(token) || isTimeWord(token))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The verb that takes the gerund at {@code gerund}, right before it or over a preposition and
   * the adjective or particle it follows ("began talking", "put off deciding", "has been vocal in
   * rejecting"), or -1: a finite verb or one after its auxiliary, that is no cue of its own.
   */
  int gerundTaker(List<Token> tokens, int gerund) {
    int verb = beforeAdverbs(tokens, gerund);
    if (verb > 0 && tokens.get(verb).pos().matches("IN|TO")
        && !PARTICIPLE_OPENERS.contains(tokens.get(verb).text().toLowerCase(Locale.ROOT))) {
      verb = beforeAdverbs(tokens, verb);
      while (verb > 0 && tokens.get(verb).pos().matches("JJ|RP")) {
        verb = beforeAdverbs(tokens, verb);
      }
    } else if (verb > 0 && tokens.get(verb).pos().equals("RP")) {
      verb--;
    }
    if (verb <= 0 || !tokens.get(verb).pos().startsWith("VB") || words.isCue(tokens.get(verb))) {
      return -1;
    }
    boolean verbal = isFinite(tokens.get(verb)) || skippedBefore(tokens, verb - 1) < verb - 1;
    return verbal && speaks(tokens, verb) && !SKIPPED_BEFORE_CUE.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT)) ? verb : -1;
  }

  /**
   * The verb right before the "by" that opens the participle at {@code participle}, over its
   * particle or an adverb ("began by talking about", "followed up by asking", "opened by
   * crediting"): the participle says how the verb went on, and PolNeAR's cue runs from the verb
   * through it. A finite verb, or one after its auxiliary, that is no cue of its own and whose
   * subject can speak, not a passive one ("is often justified by arguing", whose subject is what
   * is argued for); -1 where none stands there ("ended her speech by quoting": an object stands
   * between them).
   */
  int meansTaker(List<Token> tokens, int participle) {
    int by = beforeAdverbs(tokens, participle);
    if (by < 1 || !tokens.get(by).text().equalsIgnoreCase("by")) {
      return -1;
    }
    int verb = tokens.get(by - 1).pos().matches("RP|RB") ? by - 2 : by - 1;
    if (verb <= 0 || !tokens.get(verb).pos().startsWith("VB") || words.isCue(tokens.get(verb))
        || tokens.get(verb).pos().equals("VBN") && beFormBefore(tokens, verb) >= 0) {
      return -1;
    }
    boolean verbal = isFinite(tokens.get(verb)) || skippedBefore(tokens, verb - 1) < verb - 1;
    return verbal && speaks(tokens, verb) ? verb : -1;
  }

  /**
   * Whether the subject of the verb at {@code verb} can speak: a noun phrase, not "it" ("it has
   * fallen to the court to decide", "it means admitting") and not a restrictive relative clause,
   * which describes the source of another cue ("supporters who came to Philadelphia to protest ... say").
   */
  private static boolean speaks(List<Token> tokens, int verb) {
    int subject = skippedBefore(tokens, verb - 1);
    boolean restrictive = subject > 0 && isRelativePronoun(tokens.get(subject)) && !isComma(tokens.get(subject - 1));
    return subject >= 0 && nounPhraseBefore(tokens, subject) != null && !tokens.get(subject).text().equalsIgnoreCase("it") && !restrictive;
  }

  /** Whether a token may stand between a verb and its purpose clause: a word of its object or of the place it names. */
  private static boolean withinPurposeGap(Token token) {
    String pos = token.pos();
    return !pos.startsWith("VB") && !pos.matches("MD|CC|PRP") && (isNounPhraseWord(token) || pos.matches("IN|RP|RB|TO|``|''"));
  }
}
