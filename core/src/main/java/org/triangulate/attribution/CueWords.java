package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.beFormBefore;
import static org.triangulate.attribution.Clauses.finiteAt;
import static org.triangulate.attribution.Clauses.isComplementizer;
import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Clauses.subjectAndVerbAt;
import static org.triangulate.attribution.NounPhrases.closingNounPhraseEnd;
import static org.triangulate.attribution.NounPhrases.isObjectPronoun;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.Phrases.afterAdverbs;
import static org.triangulate.attribution.Phrases.beforeAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isDeterminer;
import static org.triangulate.attribution.Phrases.isQuotationMark;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Scenes.afterTimeExpression;
import static org.triangulate.attribution.Scenes.opensTimeOfSaying;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Token;

/**
 * The words that make a cue: reporting verbs (the hand-written {@code en/reporting_verbs.txt} and
 * the WordNet verbs PolNeAR train confirms, {@code en/wordnet_cue_verbs.txt}), the verbs that
 * report with their particle ({@code en/phrasal_cues.txt}) or with a preposition only after an
 * adverb ({@code en/manner_phrasal_cues.txt}), the prepositions some of them take ({@code
 * en/prepositional_cues.txt}), nouns of saying or believing ({@code en/cue_nouns.txt}) and of
 * replying ({@code en/reply_nouns.txt}), the verbs whose object is the one spoken to ({@code
 * en/addressee_verbs.txt}), the nouns that name a proposition ({@code en/proposition_nouns.txt}),
 * the verbs whose object speaks ({@code en/prompting_verbs.txt}), and the adjectives that state an
 * attitude ({@code en/attitude_adjectives.txt}), the nouns for a written declaration the cue
 * takes ({@code en/statement_nouns.txt}), the social networks a verb of posting names ({@code
 * en/platform_names.txt}), the nouns for an attitude a verb of showing names
 * ({@code en/shown_attitude_nouns.txt}), the verbs that report only with a relative pronoun
 * for their object ({@code en/relative_object_verbs.txt}), and the verbs that take their object
 * right after them ({@code en/transitive_verbs.txt}).
 */
final class CueWords {

  /** Cue verbs that, before an infinitive, only carry it on: "continued to insist", "continues to grow". */
  private static final Set<String> CONTINUING = Set.of("continue");

  /** The articles that introduce a noun phrase as new: "a website called ...". */
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");

  /**
   * Prepositions whose object, right after any cue verb, is what the verb reports: "joked about",
   * "railed against", "remarked upon". Where a content opened with one of these on PolNeAR train,
   * its gold cue took the preposition 22 times to one; "of" ("“...,” Trump said of waterboarding")
   * and "on" ("said on Tuesday") open a topic or a time and stay out.
   */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("about", "against", "upon");

  /** "complaints from ...", "claims by ...": the prepositions that name who holds a cue noun's view. */
  private static final Set<String> HOLDING_PREPOSITIONS = Set.of("from", "by");

  /**
   * Prepositions that, right after the particle of a phrasal cue, open what it reports: "doubled
   * down on", "zeroing in on", "fired back at", "sounded off against", "spoke out about". On
   * PolNeAR train, where such a cue stood before "on", "at" or "against", its gold cue took the
   * preposition 16 times to one, and "about" 5 times of 5.
   */
  private static final Set<String> PARTICLE_PREPOSITIONS = Set.of("on", "at", "against", "about");

  /**
   * The noun and preposition of "in favor of" (in either spelling), "in support of" and "in
   * opposition to": a side taken, and what it is taken for or against.
   */
  private static final Set<String> SIDES = Set.of("favor of", "favour of", "support of", "opposition to");

  /**
   * Sides that any verb but "be" reports taking: "stood in opposition to", "have polarized in
   * support of" ({@link #takesSide}).
   */
  private static final Set<String> TAKEN_SIDES = Set.of("support of", "opposition to");

  /** Verbs that report a stance only with "in favor of": "voted in favor of the bill" ({@link #takesSide}). */
  private static final Set<String> VOTING = Set.of("vote");

  /** Verbs that report an attitude by naming it: "expressed concern that ...", "voiced support for ...". */
  private static final Set<String> EXPRESSING = Set.of("express", "voice");

  /**
   * Verbs of writing for readers, whose social network ({@code en/platform_names.txt}) PolNeAR's
   * cue takes ("wrote on Facebook"); after "say" gold leaves it out, 5 times to 3 on PolNeAR train.
   */
  private static final Set<String> POSTING = Set.of("write", "post");

  /** Verbs that report an attitude by showing it, which a noun of {@code en/shown_attitude_nouns.txt} names: "showed no sign of". */
  private static final Set<String> SHOWING = Set.of("show");

  /** Prepositions after a named attitude that open what it is about: "concern about", "support for", "dismay at". */
  private static final Set<String> ATTITUDE_PREPOSITIONS = Set.of("about", "for", "over", "at", "with", "of", "toward", "towards", "against");

  /** Prepositions after a passive cue that open what it reports: "was asked about", "is accused of". */
  private static final Set<String> PASSIVE_PREPOSITIONS = Set.of("about", "of", "for");

  /** Pronouns for a person, after which a contracted "'s" before a participle is "has". */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "who");

  private final Set<String> verbs;
  /** "shoot back", "come out against": a verb and the particle, or the particle and preposition, it reports with. */
  private final Set<String> phrasalCues;
  /** "speak of": a verb and the preposition it reports with only after an adverb ("spoke highly of"). */
  private final Set<String> mannerPhrasalCues;
  /** "call for", "refer to": a verb and the preposition that introduces its content, as one cue. */
  private final Set<String> prepositionalCues;
  /** "claim", "warning": nouns that attribute the clause their "that" opens. */
  private final Set<String> cueNouns;
  /** "response", "contention": nouns for what was said in reply or in argument. */
  private final Set<String> replyNouns;
  /** "ask", "assure": verbs whose object is the one spoken to. */
  private final Set<String> addresseeVerbs;
  /** "idea", "notion": nouns that name a proposition, which their "that" clause states. */
  private final Set<String> propositionNouns;
  /** "led Republicans to say", "forced Sanders to acknowledge": verbs whose object speaks. */
  private final Set<String> promptingVerbs;
  /** "which I share", "which the union released": verbs that report only with a relative pronoun for their object. */
  private final Set<String> relativeObjectVerbs;
  /** "wary", "confident": adjectives that attribute what follows them to the subject. */
  private final Set<String> attitudeAdjectives;
  /** "statement", "release": nouns for a written declaration issued, which the cue takes ("said in a statement"). */
  private final Set<String> statementNouns;
  /** "sign", "inclination": nouns for an attitude a verb of showing names ("has shown little inclination to"). */
  private final Set<String> shownAttitudes;
  /** "Twitter", "Facebook": the social networks a verb of posting names ({@link #platformEnd}). */
  private final Set<String> platforms;
  /** "use", "echo": verbs that take their object right after them, whose relative clause may end at them ({@link #lacksObject}). */
  private final Set<String> transitiveVerbs;
  /** "compared Trump to", "fighting about Obama": verbs that report only when finite with a person for their object. */
  private final Set<String> personObjectVerbs;
  /** "compared abortion to": verbs that report when finite with any object and "to" or "with" after it ({@link #likens}). */
  private final Set<String> likeningVerbs;
  /** "signed a bill", "signed an order": verbs that report when finite with a noun phrase object ({@link #signs}). */
  private final Set<String> signingVerbs;
  /** "called", "known as": participles that name the noun before them ({@link #namedNounBefore}). */
  private final Set<String> namingVerbs;

  /** The English word lists of {@code en/}, read once: every rule of the package shares them. */
  static final CueWords ENGLISH = new CueWords();

  private CueWords() {
    // The hand-written list and the WordNet verbs that PolNeAR train confirms: cues alike.
    Set<String> allVerbs = new HashSet<>(WordList.load(CueWords.class, "en/reporting_verbs.txt"));
    allVerbs.addAll(WordList.load(CueWords.class, "en/wordnet_cue_verbs.txt"));
    this.verbs = Set.copyOf(allVerbs);
    this.phrasalCues = Set.copyOf(WordList.load(CueWords.class, "en/phrasal_cues.txt"));
    this.mannerPhrasalCues = Set.copyOf(WordList.load(CueWords.class, "en/manner_phrasal_cues.txt"));
    this.prepositionalCues = Set.copyOf(WordList.load(CueWords.class, "en/prepositional_cues.txt"));
    this.cueNouns = Set.copyOf(WordList.load(CueWords.class, "en/cue_nouns.txt"));
    this.replyNouns = Set.copyOf(WordList.load(CueWords.class, "en/reply_nouns.txt"));
    this.addresseeVerbs = Set.copyOf(WordList.load(CueWords.class, "en/addressee_verbs.txt"));
    this.propositionNouns = Set.copyOf(WordList.load(CueWords.class, "en/proposition_nouns.txt"));
    this.promptingVerbs = Set.copyOf(WordList.load(CueWords.class, "en/prompting_verbs.txt"));
    this.relativeObjectVerbs = Set.copyOf(WordList.load(CueWords.class, "en/relative_object_verbs.txt"));
    this.attitudeAdjectives = Set.copyOf(WordList.load(CueWords.class, "en/attitude_adjectives.txt"));
    this.statementNouns = Set.copyOf(WordList.load(CueWords.class, "en/statement_nouns.txt"));
    this.shownAttitudes = Set.copyOf(WordList.load(CueWords.class, "en/shown_attitude_nouns.txt"));
    this.platforms = Set.copyOf(WordList.load(CueWords.class, "en/platform_names.txt"));
    this.transitiveVerbs = Set.copyOf(WordList.load(CueWords.class, "en/transitive_verbs.txt"));
    this.personObjectVerbs = Set.copyOf(WordList.load(CueWords.class, "en/person_object_verbs.txt"));
    this.likeningVerbs = Set.copyOf(WordList.load(CueWords.class, "en/likening_verbs.txt"));
    this.signingVerbs = Set.copyOf(WordList.load(CueWords.class, "en/signing_verbs.txt"));
    this.namingVerbs = Set.copyOf(WordList.load(CueWords.class, "en/naming_verbs.txt"));
  }

  /**
   * The last token of "in a statement", "in a written statement", "in a news release" at {@code at}
   * when the phrase closes the clause (a sentence end or a comma follows): the written declaration
   * a reporting clause after its content was issued in ({@code en/statement_nouns.txt}), which
   * PolNeAR's cue takes; -1 where none stands there.
   */
  int statementEnd(List<Token> tokens, int at) {
    if (at + 2 >= tokens.size() || !tokens.get(at).text().equalsIgnoreCase("in")) {
      return -1;
    }
    int last = closingNounPhraseEnd(tokens, at + 1);
    return last > 0 && statementNouns.contains(tokens.get(last).lemma().toLowerCase(Locale.ROOT)) ? last : -1;
  }

  /**
   * The last token of "in a statement", "in his formal statement" at {@code at} when the content
   * after the cue opens right behind it, at token {@code content} ("said in a statement that ...",
   * or the quotation after a sentence that ends there), or behind a colon that introduces it,
   * which the cue takes as well ("said in a statement: “...”"): the written declaration the cue
   * was issued in ({@code en/statement_nouns.txt}), which PolNeAR's cue takes on either side of
   * its content; -1 where none stands there.
   */
  int statementBeforeEnd(List<Token> tokens, int at, int content) {
    if (at + 2 >= tokens.size() || !tokens.get(at).text().equalsIgnoreCase("in")) {
      return -1;
    }
    int[] phrase = nounPhraseAfter(tokens, at + 1);
    if (phrase == null || phrase[0] != at + 1 || !statementNouns.contains(tokens.get(phrase[1] - 1).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int next = phrase[1];
    if (next == content) {
      return next - 1;
    }
    if (next + 1 != content || next >= tokens.size()) {
      return -1;
    }
    return tokens.get(next).text().equals(":") ? next : isSentenceEnd(tokens.get(next)) ? next - 1 : -1;
  }

  /**
   * The last token of "on Twitter", "on Facebook" at {@code at} after the verb of posting at
   * {@code verb} ("“...,” Vargas wrote on Facebook.", "posted on Twitter that ..."): where it was
   * written, which PolNeAR's cue takes ({@code en/platform_names.txt}); -1 where none stands there.
   */
  int platformEnd(List<Token> tokens, int verb, int at) {
    if (!POSTING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT)) || at + 1 >= tokens.size()
        || !tokens.get(at).text().equalsIgnoreCase("on")) {
      return -1;
    }
    return platforms.contains(tokens.get(at + 1).text().toLowerCase(Locale.ROOT)) ? at + 1 : -1;
  }

  /**
   * Whether the noun names a proposition its "that" clause states: "the idea that ...",
   * {@code en/proposition_nouns.txt}.
   */
  boolean namesProposition(Token token) {
    return token.pos().startsWith("NN") && !token.pos().startsWith("NNP") && propositionNouns.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the word, an adjective's lemma or a participle as written, states an attitude: "wary",
   * "confident", "concerned" ({@code en/attitude_adjectives.txt}).
   */
  boolean namesAttitude(String word) {
    return attitudeAdjectives.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the verb's object is the one spoken to: "asked", "assured" ({@code en/addressee_verbs.txt}). */
  boolean takesAddressee(Token token) {
    return addresseeVerbs.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  boolean isCue(Token token) {
    return token.pos().startsWith("VB") && listsVerb(token);
  }

  /**
   * Whether the verb at {@code i} reports with the particle right after it ("shot back", "played
   * down", {@code en/phrasal_cues.txt}), whatever the tagger made of the particle: "back" is
   * mostly read as an adverb, "on" and "in" as prepositions; or with the particle and the
   * preposition after it, where the list names one ("came out against").
   */
  boolean isPhrasalCue(List<Token> tokens, int i) {
    return phrasalCueEnd(tokens, i) > i;
  }

  /**
   * The last token of the phrase a listed verb at {@code i} reports with, its preposition aside
   * ("shot back", "came out against" ends at "out"), or -1 where none follows it. The word after
   * the verb may be an adjective that completes it ("made clear that ..."), and an "it" between
   * them stands for the clause that follows ("made it clear that ...").
   */
  int phrasalCueEnd(List<Token> tokens, int i) {
    int word = i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("it") ? i + 2 : i + 1;
    if (word >= tokens.size() || !tokens.get(i).pos().startsWith("VB") || !tokens.get(word).pos().matches("RP|RB|IN|JJ")) {
      return -1;
    }
    String pair = tokens.get(i).lemma().toLowerCase(Locale.ROOT) + " " + tokens.get(word).text().toLowerCase(Locale.ROOT);
    boolean listed = phrasalCues.contains(pair) && (word == i + 1 || tokens.get(word).pos().equals("JJ")) && !isTo(tokens.get(word))
        || word == i + 1 && i + 2 < tokens.size() && phrasalCues.contains(pair + " " + tokens.get(i + 2).text().toLowerCase(Locale.ROOT));
    return listed ? word : prepositionAfterAdverbs(tokens, i);
  }

  /**
   * Whether the verb at {@code i} reports the infinitive right after it, as {@code
   * en/phrasal_cues.txt} lists it with "to" ("look to", "aim to"): "Cruz looked to make inroads
   * with ...", "Mrs. Clinton aims to build on ...". PolNeAR's cue is mostly the verb alone and the
   * content the infinitive with its "to"; before a noun ("looked to the president", "looks to me")
   * the verb reports nothing. Before a verb that reports of its own the verb stays in that verb's cue
   * ({@link #takesInfinitive}: "voted to endorse Clinton", as PolNeAR marks it).
   */
  boolean reportsInfinitive(List<Token> tokens, int i) {
    return i + 2 < tokens.size() && tokens.get(i).pos().startsWith("VB") && isTo(tokens.get(i + 1)) && tokens.get(i + 2).pos().equals("VB")
        && !isCue(tokens.get(i + 2)) && phrasalCues.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT) + " to");
  }

  private static boolean isTo(Token token) {
    return token.text().equalsIgnoreCase("to");
  }

  /**
   * "spoke briefly about", "touched briefly on": the listed preposition of a phrasal cue after the
   * adverbs that say how the verb was done, which PolNeAR's cue takes with them, or one the verb
   * reports with only after such adverbs ("spoke highly of", {@code en/manner_phrasal_cues.txt});
   * -1 where no adverb stands between them or the word after is no listed preposition.
   */
  private int prepositionAfterAdverbs(List<Token> tokens, int i) {
    int word = afterAdverbs(tokens, i + 1, tokens.size());
    if (word == i + 1 || word >= tokens.size() || !tokens.get(word).pos().equals("IN") || isTo(tokens.get(word))) {
      return -1;
    }
    String pair = tokens.get(i).lemma().toLowerCase(Locale.ROOT) + " " + tokens.get(word).text().toLowerCase(Locale.ROOT);
    return phrasalCues.contains(pair) || mannerPhrasalCues.contains(pair) ? word : -1;
  }

  /** Whether the token's lemma is a listed reporting verb, whatever its part of speech. */
  boolean listsVerb(Token token) {
    return verbs.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the token at {@code taker} takes a reporting verb's infinitive into the cue: an
   * adjective ("likely to"), or a verb that is no cue of its own ("declined to" is one, and PolNeAR
   * splits it) and no participle without "be" ("designed to promote").
   */
  boolean takesInfinitive(List<Token> tokens, int taker) {
    Token word = tokens.get(taker);
    // "has caused many to wonder": a quantifier the tagger reads as an adjective is the object of
    // the verb of prompting before it, and takes nothing.
    boolean prompted = taker > 0 && prompts(tokens.get(taker - 1));
    return word.pos().startsWith("JJ") && !prompted || carriesOn(tokens, taker) || takesReportedClause(tokens, taker)
        || word.pos().startsWith("VB") && !isCue(word) && (!word.pos().equals("VBN") || beFormBefore(tokens, taker) >= 0);
  }

  /**
   * "refused to admit that ...", "wanted to show that ...": a verb, though a cue of its own,
   * before the infinitive of a reporting verb whose object is a "that" clause is part of that
   * verb's cue, and the clause is the content, as PolNeAR mostly marks it; before any other object
   * ("declined to comment on the data", "declined to say whether ...") PolNeAR splits the verbs.
   * Counted on PolNeAR train: of 9 such frames with a gold attribution, gold's cue runs through
   * the infinitive in 6 ("refused to say", "wanted to show"), stops at the first verb in 2
   * ("refusing" ... "to acknowledge that"), and 1 is another cue.
   */
  boolean takesReportedClause(List<Token> tokens, int i) {
    return i + 3 < tokens.size() && tokens.get(i).pos().startsWith("VB") && tokens.get(i + 1).pos().equals("TO")
        && tokens.get(i + 2).pos().equals("VB") && isCue(tokens.get(i + 2))
        && tokens.get(i + 3).text().equalsIgnoreCase("that") && tokens.get(i + 3).pos().equals("IN");
  }

  /**
   * "Clinton is continuing to insist ...": a verb that carries on an infinitive is no cue of its
   * own but part of the infinitive's, as PolNeAR marks it; before a verb that reports nothing
   * ("Clinton continues to lead in the polls") nothing is said. On PolNeAR train, 49 of 57 such
   * "continue" cues before other verbs matched no attribution.
   */
  boolean carriesOn(List<Token> tokens, int i) {
    return i + 2 < tokens.size() && CONTINUING.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))
        && tokens.get(i + 1).pos().equals("TO") && tokens.get(i + 2).pos().equals("VB");
  }

  /**
   * Whether the verb is a cue only with a relative pronoun for its object ("which I share",
   * {@code en/relative_object_verbs.txt}).
   */
  boolean takesRelativeObject(Token verb) {
    return verb.pos().startsWith("VB") && relativeObjectVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the verb at {@code i} reports because a person is its object ({@link #personObjectEnd}).
   */
  boolean takesPersonObject(List<Token> tokens, int i) {
    return personObjectEnd(tokens, i) >= 0 || (likens(tokens, i) || signs(tokens, i)) && finiteAt(tokens, i);
  }

  /**
   * Whether the verb at {@code i} signs its object ({@code en/signing_verbs.txt}): a noun phrase
   * opened by a determiner, possessive, adjective or number right after it ("signed a bill that
   * created ...", "signed sweeping gun laws"); a bare name ("signed Dodd-Frank") is left out. A
   * particle or a preposition there ("signed on to", "signed up for") makes another verb, and with
   * no object ("the deal was signed") nothing is shown. Whether the verb is finite is left to the
   * caller.
   */
  boolean signs(List<Token> tokens, int i) {
    Token verb = tokens.get(i);
    if (!verb.pos().startsWith("VB") || !signingVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT)) || i + 1 >= tokens.size()) {
      return false;
    }
    int[] object = nounPhraseAfter(tokens, i + 1);
    return object != null && object[0] == i + 1 && tokens.get(i + 1).pos().matches("DT|PRP\\$|JJ.*|CD");
  }

  /**
   * The noun phrase that the participle at {@code i} names, right before it past adverbs ({@code
   * en/naming_verbs.txt}), as token indices [start, end): "a website called Real News Right Now",
   * "the string of contests known as Super Tuesday", "a think tank once known for ...". No one is
   * said to name it: PolNeAR marks such a cue with no source and the noun as the first part of
   * the content. With its preposition ("known as") the participle names any noun; alone, "called"
   * or "named" may be the past tense the tagger read as a participle after a subject ("the FBI
   * named Cleveland"), so it names only a noun phrase that "a" or "an" introduces, and only with
   * no preposition or particle after it ("a group of rabbis called for a boycott"). Null where
   * the participle names nothing.
   */
  int[] namedNounBefore(List<Token> tokens, int i) {
    int noun = beforeAdverbs(tokens, i);
    if (!tokens.get(i).pos().equals("VBN") || noun < 0 || !tokens.get(noun).pos().startsWith("NN") || i + 1 >= tokens.size()) {
      return null;
    }
    String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    Token next = tokens.get(i + 1);
    int[] phrase = nounPhraseBefore(tokens, noun);
    if (phrase == null) {
      return null;
    }
    // "the latest win in the string of contests known as ...": the nearest determiner opens what
    // is named, not the phrase the preposition attaches it to.
    int start = noun;
    while (start > phrase[0] && !isDeterminer(tokens.get(start))) {
      start--;
    }
    start = isDeterminer(tokens.get(start)) ? start : phrase[0];
    boolean named = next.pos().equals("IN") || next.pos().equals("TO") || next.pos().equals("RP")
        ? namingVerbs.contains(lemma + " " + next.text().toLowerCase(Locale.ROOT))
        : namingVerbs.contains(lemma) && INDEFINITE_ARTICLES.contains(tokens.get(start).text().toLowerCase(Locale.ROOT));
    return named ? new int[] {start, phrase[1]} : null;
  }

  /**
   * Whether the participle at {@code i}, right after a noun past adverbs, is a passive that
   * describes the noun, which is then what is acted on and no source ("a plan announced earlier
   * this year", "The Democratic plan rejected on Monday was similar ...", "30,000 immigrants
   * expected this year"). The tagger also reads past tenses so ("one person tweeted", "Western
   * Journalism reported on Saturday that ..."), so the verb must take its object right after it
   * ({@code en/transitive_verbs.txt}) and show none: a preposition other than "by" or a time
   * follows, and the clause then ends, or goes on to the sentence's own verb, with no "that" and
   * no noun phrase opening after a noun ("reported on Wednesday the Secret Service had ...").
   * A relative word or a noun before the noun makes it the subject of a relative clause whose
   * object is gapped ("which Senator Cruz proposed under ...", "an offer the leadership rebuffed
   * at ..."). With "by" the agent is named and left to that reading.
   */
  boolean describesNounBefore(List<Token> tokens, int i) {
    int noun = beforeAdverbs(tokens, i);
    Token verb = tokens.get(i);
    if (!verb.pos().equals("VBN") || noun < 0 || !tokens.get(noun).pos().startsWith("NN") || i + 1 >= tokens.size()
        || !transitiveVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Token next = tokens.get(i + 1);
    boolean adjunct = next.pos().equals("IN") && !next.text().equalsIgnoreCase("by") && !isComplementizer(next) || opensTimeOfSaying(tokens, i + 1);
    int[] phrase = nounPhraseBefore(tokens, noun);
    if (!adjunct || phrase == null || phrase[0] > 0 && tokens.get(phrase[0] - 1).pos().matches("W.*|NN.*")) {
      return false;
    }
    for (int j = i + 1; j < tokens.size(); j++) {
      Token token = tokens.get(j);
      if (isSentenceEnd(token) || isComma(token) || isFinite(token)) {
        return true;
      }
      boolean newPhrase = isDeterminer(token) && tokens.get(j - 1).pos().startsWith("NN");
      if (isComplementizer(token) || token.text().equalsIgnoreCase("by") || newPhrase) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the verb at {@code i} likens its object to something ({@code en/likening_verbs.txt}):
   * a noun phrase of any kind right after it, then "to" or "with" before the clause goes on with a
   * comma or a verb ("She compared abortion to the Holocaust", "compared her former employees at
   * HP to ..."). Right after the verb, "to" or "with" opens a measure and no view ("compared with
   * 23 percent"). Whether the verb is finite is left to the caller.
   */
  boolean likens(List<Token> tokens, int i) {
    Token verb = tokens.get(i);
    if (!verb.pos().startsWith("VB") || !likeningVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT)) || i + 1 >= tokens.size()
        || tokens.get(i + 1).pos().matches("IN|TO")) {
      return false;
    }
    int[] object = nounPhraseAfter(tokens, i + 1);
    if (object == null || object[0] != i + 1) {
      return false;
    }
    // The noun phrase runs on over its prepositions ("the new toll to a tax"): "to" or "with" may lie within it.
    for (int j = i + 2; j < tokens.size() && !isComma(tokens.get(j)) && !isSentenceEnd(tokens.get(j)) && !tokens.get(j).pos().startsWith("VB"); j++) {
      String word = tokens.get(j).text().toLowerCase(Locale.ROOT);
      boolean infinitive = j + 1 < tokens.size() && tokens.get(j + 1).pos().equals("VB");
      if (word.equals("with") || word.equals("to") && !infinitive) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last token of a cue that reports because a person is its object: a listed verb ({@code
   * en/person_object_verbs.txt}), with the particle or preposition the list gives it, which the
   * cue takes ("have been fighting about Obama"), finite or after a modal or an auxiliary, with a
   * name or an object pronoun right after it ("She compared Trump to ...", "Cruz has cast him as
   * weak"); -1 elsewhere. A participle or an infinitive alone ("compared with 23 percent",
   * "to compare positions") is no view of anyone's.
   */
  int personObjectEnd(List<Token> tokens, int i) {
    Token verb = tokens.get(i);
    if (!verb.pos().startsWith("VB") || !finiteAt(tokens, i)) {
      return -1;
    }
    String phrase = verb.lemma().toLowerCase(Locale.ROOT);
    int last = personObjectVerbs.contains(phrase) ? i : -1;
    for (int j = i + 1; j < Math.min(tokens.size(), i + 3) && tokens.get(j).pos().matches("RP|IN|TO|RB"); j++) {
      phrase += " " + tokens.get(j).text().toLowerCase(Locale.ROOT);
      last = personObjectVerbs.contains(phrase) ? j : last;
    }
    if (last < 0 || last + 1 >= tokens.size()) {
      return -1;
    }
    Token object = tokens.get(last + 1);
    return isObjectPronoun(object) || object.pos().startsWith("NNP") ? last : -1;
  }

  /** Whether the verb makes its object say what the infinitive after it says ("led Republicans to say"). */
  boolean prompts(Token verb) {
    return promptingVerbs.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The last token of the preposition at {@code at} that introduces the content of the cue verb at
   * {@code verb}: the preposition itself ({@link #takesPreposition}), or the "of" of "in favor of"
   * ({@link #favors}); -1 where the verb takes none there.
   */
  int prepositionEnd(List<Token> tokens, int verb, int at) {
    if (favors(tokens, verb, at)) {
      return at + 2;
    }
    return takesWord(tokens, verb, at) ? at : -1;
  }

  /** Whether the cue verb at {@code verb} takes a preposition at {@code at} ({@link #prepositionEnd}). */
  boolean takesPreposition(List<Token> tokens, int verb, int at) {
    return prepositionEnd(tokens, verb, at) >= 0;
  }

  /**
   * Whether the one-word preposition at {@code at} introduces the content of the cue verb at {@code verb}:
   * a listed pair ("called for a bigger military effort"), or an object preposition right after
   * the verb ("joked about moving to New Zealand", "cautioned against drawing lessons"), or one
   * right after the particle of a phrasal cue ("doubled down on his support"), unless a number
   * follows it ("see about a third"). Adverbs may stand before the preposition ("bragged
   * prematurely about", "spoke out sharply against"): on PolNeAR train gold's cue takes them and
   * the preposition each time (4 of 4 such cues).
   */
  private boolean takesWord(List<Token> tokens, int verb, int at) {
    Token preposition = tokens.get(at);
    String word = preposition.text().toLowerCase(Locale.ROOT);
    String next = at + 1 < tokens.size() ? tokens.get(at + 1).pos() : "";
    return (preposition.pos().equals("IN") || preposition.pos().equals("TO"))
        && (prepositionalCues.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT) + " " + word)
            || (afterAdverbs(tokens, verb + 1, at) == at && OBJECT_PREPOSITIONS.contains(word)
                || at > verb + 1 && afterAdverbs(tokens, verb + 2, at) == at && PARTICLE_PREPOSITIONS.contains(word) && isPhrasalCue(tokens, verb))
                && !next.equals("CD") && !next.equals("$"));
  }

  /**
   * Whether a side taken ({@link #SIDES}), with its object after it, stands at {@code at} right
   * after the verb at {@code verb} or the particle of its phrasal cue, past adverbs: "argued in
   * favor of Britain's remaining", "spoke out in favor of gun control", "voted in favor of the
   * bill". What is favored is what the verb reports, and PolNeAR's cue takes the whole
   * preposition: counted on PolNeAR train, all 3 such cues of listed verbs and 3 of the 4 of "vote"
   * ({@link #takesSide}). Elsewhere the phrase is no cue's: "is in favor of" 0 of 5, "ruled last
   * July in favor of" 0 of 1.
   */
  private boolean favors(List<Token> tokens, int verb, int at) {
    return sideAt(tokens, isPhrasalCue(tokens, verb) ? phrasalCueEnd(tokens, verb) + 1 : verb + 1, at, SIDES);
  }

  /** Whether a side of {@code sides} opens at {@code at}, with its object after it and only adverbs from {@code first}. */
  private static boolean sideAt(List<Token> tokens, int first, int at, Set<String> sides) {
    return at + 3 < tokens.size() && afterAdverbs(tokens, first, at) == at && tokens.get(at).text().equalsIgnoreCase("in")
        && sides.contains(tokens.get(at + 1).text().toLowerCase(Locale.ROOT) + " " + tokens.get(at + 2).text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the verb at {@code i} reports a side taken only with the phrase after it ({@link
   * #favors}): a verb of voting before "in favor of" ("voted in favor of the provision"), or any
   * verb but "be" before "in support of" or "in opposition to" ("has long stood in opposition to
   * trade agreements", "donors have polarized in support of Republicans"), as PolNeAR marks it.
   * Counted on PolNeAR train, the verb "vote" is in gold's cue before "in favor of" 3 times of 4
   * (the fourth inside another's content), but before "for" 33 of 197 and before "against" 8 of
   * 27, so it is no cue before those. Before "in support of" or "in opposition to", outside
   * quotations, each of the 3 verbs right before it is in gold's cue; after a particle 1 of 2 is
   * ("has come out in support of", but not "have n't come out in support of"), so a particle
   * between them makes no cue.
   */
  boolean takesSide(List<Token> tokens, int i) {
    Token verb = tokens.get(i);
    if (!verb.pos().startsWith("VB")) {
      return false;
    }
    int at = afterAdverbs(tokens, i + 1, tokens.size());
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    return VOTING.contains(lemma) && favors(tokens, i, at) || !lemma.equals("be") && sideAt(tokens, i + 1, at, TAKEN_SIDES);
  }

  /**
   * The last token of a cue that names the attitude it reports: the noun after "expressed" or
   * "voiced" ("expressed concern that ..."), with the preposition that opens what it is about
   * ("voiced support for ..."), as PolNeAR marks these cues; or {@code verb} when none follows.
   */
  int namedAttitudeEnd(List<Token> tokens, int verb) {
    if (verb + 1 < tokens.size() && SHOWING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
      return shownAttitudeEnd(tokens, verb);
    }
    if (verb + 1 >= tokens.size() || !EXPRESSING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
      return verb;
    }
    Token noun = tokens.get(verb + 1);
    if (!noun.pos().equals("NN") && !noun.pos().equals("NNS")) {
      return verb;
    }
    Token next = verb + 2 < tokens.size() ? tokens.get(verb + 2) : null;
    boolean opensObject = next != null && next.pos().equals("IN") && ATTITUDE_PREPOSITIONS.contains(next.text().toLowerCase(Locale.ROOT));
    return opensObject ? verb + 2 : verb + 1;
  }

  /**
   * The last token of the attitude a verb of showing names ({@code en/shown_attitude_nouns.txt}),
   * past its determiner and its modifiers: the noun before "to" or "that", which open the content
   * ("has shown little inclination to play ...", "showed no sign that ..."), or the preposition after
   * it ("showed no sign of backing down", "shows little personal interest in ..."), as PolNeAR marks
   * these cues; {@code verb} where no listed noun stands there, or the noun closes its clause ("has
   * shown little interest."): what polls and records show is no attitude ("the poll showed a
   * slimmer lead").
   */
  private int shownAttitudeEnd(List<Token> tokens, int verb) {
    int noun = verb + 1 < tokens.size() && isDeterminer(tokens.get(verb + 1)) ? verb + 2 : verb + 1;
    while (noun < tokens.size() && tokens.get(noun).pos().matches("JJ.*|RB.*|CD")) {
      noun++;
    }
    if (noun + 1 >= tokens.size() || !tokens.get(noun).pos().matches("NNS?")
        || !shownAttitudes.contains(tokens.get(noun).lemma().toLowerCase(Locale.ROOT))) {
      return verb;
    }
    Token next = tokens.get(noun + 1);
    if (next.pos().equals("TO") || next.text().equalsIgnoreCase("that")) {
      return noun;
    }
    return next.pos().equals("IN") ? noun + 1 : verb;
  }

  /**
   * Whether the preposition after a passive cue introduces what it reports: "was asked about the
   * dispute", "is accused of plotting", "is known for speaking her mind"; PolNeAR's cue takes it
   * (26 times to 7 on train for "about", "of" and "for"). The last token of that preposition, or -1.
   */
  int passivePrepositionEnd(List<Token> tokens, int participle) {
    int at = participle + 1;
    if (at + 1 >= tokens.size()) {
      return -1;
    }
    int end = prepositionEnd(tokens, participle, at);
    return end < 0 && tokens.get(at).pos().equals("IN") && PASSIVE_PREPOSITIONS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT)) ? at : end;
  }

  /**
   * Whether the token is a common noun of saying, believing or replying ({@code en/cue_nouns.txt},
   * {@code en/reply_nouns.txt}), whatever follows it.
   */
  boolean namesSaying(Token token) {
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    return (token.pos().equals("NN") || token.pos().equals("NNS")) && (cueNouns.contains(lemma) || replyNouns.contains(lemma));
  }

  boolean isCueNoun(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    return token.pos().startsWith("NN") && !token.pos().startsWith("NNP") && cueNouns.contains(token.lemma().toLowerCase(Locale.ROOT))
        && cueNounComplementizer(tokens, i) > i;
  }

  /**
   * The "that" that opens what the cue noun at {@code noun} states, right after it, past the one
   * who holds it ({@link #holderAfter}) or past the time it was made ("his claim on Tuesday that
   * ...", "her assertion during the debate that ..."); -1 when none does. Only a time: "in", "on" or "at" with any noun phrase more often
   * says where or about what ("doubt in my mind that", "hopes on a field that"): counted on
   * PolNeAR train, gold has the attribution 7 times of 22.
   */
  int cueNounComplementizer(List<Token> tokens, int noun) {
    int[] holder = holderAfter(tokens, noun);
    int start = holder == null ? noun + 1 : holder[1] + (isComma(tokens.get(holder[1])) ? 1 : 0);
    int at = afterTimeOfSaying(tokens, start);
    if (at >= tokens.size() || !tokens.get(at).text().equalsIgnoreCase("that")) {
      return -1;
    }
    // The tagger often reads "that" as a relative pronoun, after a time ("his claim on Tuesday that
    // prices would fall") or right after the noun ("budget hawks' warnings that they would
    // skyrocket"); a subject and its verb after it show the clause it opens is the claim, unless
    // that verb lacks the object the "that" stands for.
    return tokens.get(at).pos().equals("IN") || subjectAndVerbAt(tokens, at + 1) && !lacksObject(tokens, at + 1) ? at : -1;
  }

  /**
   * Whether the clause whose subject opens at {@code subject} is a relative clause with its object
   * gap at its last verb: past the auxiliaries, adverbs and "likely to" of its verb chain ("are
   * likely to use"), an active verb that takes its object right after it ({@code
   * en/transitive_verbs.txt}) has no noun phrase, quotation or clause after it, past any adverbs:
   * the clause ends there or goes on with an adjunct ("attacks that Republicans are likely to use
   * in the fall", "a concern that Rubio and Cruz would echo again and again"). A verb that mostly
   * takes none keeps the clause a claim ("warnings that they would skyrocket", "remarks that her
   * husband would focus on ..."), and so does a passive ("won't be permitted to stay").
   */
  private boolean lacksObject(List<Token> tokens, int subject) {
    int verb = afterAdverbs(tokens, nounPhraseAfter(tokens, subject)[1], tokens.size());
    int last = verb;
    for (int i = verb + 1; i < tokens.size(); i++) {
      String pos = tokens.get(i).pos();
      boolean likelyTo = pos.startsWith("JJ") && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("TO");
      if (pos.startsWith("VB")) {
        last = i;
      } else if (!pos.startsWith("RB") && !pos.equals("TO") && !pos.equals("MD") && !likelyTo) {
        break;
      }
    }
    Token lastVerb = tokens.get(last);
    boolean passive = lastVerb.pos().equals("VBN") && beFormBefore(tokens, last) >= 0;
    if (passive || !transitiveVerbs.contains(lastVerb.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int next = afterAdverbs(tokens, last + 1, tokens.size());
    if (next >= tokens.size()) {
      return true;
    }
    // An object may follow an adverb ("would receive only false information"), and opens with no
    // preposition ("use in the fall" has none).
    Token after = tokens.get(next);
    boolean object = isComplementizer(after) || isQuotationMark(after) || after.pos().startsWith("W")
        || !after.pos().matches("IN|TO|CC") && nounPhraseAfter(tokens, next) != null;
    return !object;
  }

  /**
   * The token after the time a view was stated, when one starts at {@code start} ("on Tuesday",
   * "during the debate"), or {@code start} when none does.
   */
  static int afterTimeOfSaying(List<Token> tokens, int start) {
    int at = afterTimeExpression(tokens, start);
    if (at == start && at < tokens.size() && tokens.get(at).text().equalsIgnoreCase("during")) {
      // "during" makes a time of any noun phrase: "during the debate", "during an interview".
      int[] time = nounPhraseAfter(tokens, at + 1);
      at = time != null && time[0] == at + 1 ? time[1] : at;
    }
    return at;
  }

  /**
   * Who holds the view the cue noun at {@code noun} names, when "from" or "by" names them right
   * after it ("complaints from his counterpart that ...", "claims by intelligence agencies that
   * ..."); null when no such phrase follows. An appositive's closing comma is left after the
   * phrase. Counted on PolNeAR train: of 9 cue nouns with "from" or "by" and a noun phrase
   * before "that", gold has the attribution with that phrase as its source 6 times, none with
   * another source.
   */
  static int[] holderAfter(List<Token> tokens, int noun) {
    int by = noun + 1;
    if (by + 1 >= tokens.size() || !HOLDING_PREPOSITIONS.contains(tokens.get(by).text().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int[] phrase = nounPhraseAfter(tokens, by + 1);
    if (phrase == null) {
      return null;
    }
    int next = phrase[1] < tokens.size() && isComma(tokens.get(phrase[1])) ? phrase[1] + 1 : phrase[1];
    return next < tokens.size() && tokens.get(next).text().equalsIgnoreCase("that") ? phrase : null;
  }

  /**
   * "Mr. Reagan was criticized for trading ...", "Mr. Quiros was accused of ...": the subject of a
   * passive cue is who is spoken about, not who speaks; PolNeAR names no source.
   */
  boolean isPassiveCue(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (!isCue(token) || !token.pos().equals("VBN") || i + 1 >= tokens.size() || tokens.get(i + 1).text().equals("by")) {
      return false;
    }
    // "containers believed to contain ammunition": a participle after its noun, with no "be",
    // is passive too, and the noun is what is spoken about.
    int be = beFormBefore(tokens, i);
    return be >= 0 && !perfect(tokens, be, i) || i > 0 && tokens.get(i - 1).pos().startsWith("NN")
        && i + 2 < tokens.size() && tokens.get(i + 1).pos().equals("TO") && tokens.get(i + 2).pos().equals("VB");
  }

  /**
   * Whether the contracted "'s" at {@code be} stands for "has": after a pronoun for a person ("he's
   * said", "she's wanted to"), unless "as" follows the participle ("she's seen as"), the tagger's
   * "be" is the perfect, and the pronoun speaks.
   */
  private static boolean perfect(List<Token> tokens, int be, int participle) {
    String pronoun = be > 0 ? tokens.get(be - 1).text().toLowerCase(Locale.ROOT) : "";
    return (tokens.get(be).text().equals("'s") || tokens.get(be).text().equals("’s")) && PERSONAL_PRONOUNS.contains(pronoun)
        && !(participle + 1 < tokens.size() && tokens.get(participle + 1).text().equalsIgnoreCase("as"));
  }
}
