package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.beforeAuxiliaries;
import static org.triangulate.attribution.Clauses.clauseAfterAdjunct;
import static org.triangulate.attribution.Clauses.clauseFrom;
import static org.triangulate.attribution.Clauses.clauseOpensAt;
import static org.triangulate.attribution.Clauses.complementizerAfter;
import static org.triangulate.attribution.Clauses.hasVerb;
import static org.triangulate.attribution.Clauses.inverted;
import static org.triangulate.attribution.Clauses.isComplementizer;
import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Clauses.isMannerAdverb;
import static org.triangulate.attribution.Clauses.openingAfterTime;
import static org.triangulate.attribution.Clauses.opensWithPreposition;
import static org.triangulate.attribution.Clauses.predicateAfterComma;
import static org.triangulate.attribution.Clauses.subjectAndVerbAt;
import static org.triangulate.attribution.Clauses.verbAt;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Contents.contentBefore;
import static org.triangulate.attribution.Contents.endingAtComma;
import static org.triangulate.attribution.Contents.endingBeforeMainVerb;
import static org.triangulate.attribution.Contents.endingWithRelativeClause;
import static org.triangulate.attribution.Contents.saysSomething;
import static org.triangulate.attribution.Contents.withInterruptedStart;
import static org.triangulate.attribution.Contents.withSplitContinuation;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.addresseeAfter;
import static org.triangulate.attribution.NounPhrases.afterBrackets;
import static org.triangulate.attribution.NounPhrases.closingNounPhraseEnd;
import static org.triangulate.attribution.NounPhrases.givenName;
import static org.triangulate.attribution.NounPhrases.isAppositiveEnd;
import static org.triangulate.attribution.NounPhrases.isHead;
import static org.triangulate.attribution.NounPhrases.isNounPhraseWord;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.NounPhrases.pluralPossessive;
import static org.triangulate.attribution.Phrases.DASHES;
import static org.triangulate.attribution.Phrases.afterAdverbs;
import static org.triangulate.attribution.Phrases.afterConnectives;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.beforeAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isQuotationMark;
import static org.triangulate.attribution.Phrases.isRelativePronoun;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.isSpacedDash;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Phrases.tokenEndingBefore;
import static org.triangulate.attribution.QuotationMarks.commaInsideClose;
import static org.triangulate.attribution.QuotationMarks.inside;
import static org.triangulate.attribution.QuotationMarks.isClosingMark;
import static org.triangulate.attribution.QuotationMarks.isMark;
import static org.triangulate.attribution.QuotationMarks.quotationAt;
import static org.triangulate.attribution.QuotationMarks.quotationJustBefore;
import static org.triangulate.attribution.QuotationMarks.strayMark;
import static org.triangulate.attribution.Scenes.afterTimeExpression;
import static org.triangulate.attribution.Scenes.isDay;
import static org.triangulate.attribution.Subjects.firstVerbSubject;
import static org.triangulate.attribution.Subjects.participleOpensSubject;
import static org.triangulate.attribution.Subjects.seriesSubject;
import static org.triangulate.attribution.Subjects.skippedBefore;
import static org.triangulate.attribution.Subjects.subjectBefore;
import static org.triangulate.attribution.Subjects.withParticipleBefore;
import static org.triangulate.attribution.Subjects.withRelativeClauseBefore;
import static org.triangulate.attribution.Subjects.withSeriesBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * A reporting verb as cue: "X said ...", "“...,” said X", "..., X said", "X, a lawyer, said",
 * "..., saying ...", "went on to say", "went on CNN to defend ..."; the source before or after it,
 * the content on either side.
 */
final class ReportingVerb implements CueKind {
  /** The most words a state or a town after a comma runs to ("New Jersey", "Fla.", "Davis"). */
  private static final int PLACE_TOKENS = 2;

  /** Words that join a second verb to its subject's first: "... and says", "... but said". */
  static final Set<String> SECOND_VERB_JOINERS = Set.of("and", "but");

  /** Words after a comma that open a description of an inverted clause's source: "said X, a lawyer ...", "said X, who ...". */
  private static final Set<String> DESCRIPTION_OPENERS = Set.of("a", "an", "the", "who", "whose", "which");

  /** Subordinators that open a clause holding a cue, which ends at its comma: "While X said ..., Y ...". */
  private static final Set<String> CLAUSE_SUBORDINATORS = Set.of("while", "though", "although", "if", "since", "whereas", "unless");

  /** Pronouns that open a clause as the object of its verb: "what he calls", "which he declared", "whom she described as". */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("what", "which", "whom");

  /** Particles the tagger reads as adverbs after a cue verb: "shot back", "spoke up". */
  private static final Set<String> RB_PARTICLES = Set.of("back", "up");

  /** What one pleads, which completes the verb rather than being what it reports: "pleaded guilty to ...". */
  private static final Set<String> PLEAS = Set.of("guilty", "innocent");

  /** Verbs of taking a side, whose relative clause stays in the source it describes ("who supports Mrs. Clinton"). */
  private static final Set<String> STANCE_VERBS = Set.copyOf(WordList.load(ReportingVerb.class, "en/stance_verbs.txt"));

  /** Verbs whose source may follow them: "..., said the ministry". */
  private static final Set<String> INVERTING_VERBS = Set.copyOf(WordList.load(ReportingVerb.class, "en/inverting_verbs.txt"));

  /** Verbs of saying, thinking and estimating that make a relative clause an attribution of its own: "who estimated that ...". */
  private static final Set<String> THINKING_VERBS = Set.copyOf(WordList.load(ReportingVerb.class, "en/thinking_verbs.txt"));

  private final CueWords words;
  private final GoverningVerb governing;

  ReportingVerb(CueWords words) {
    this.words = words;
    this.governing = new GoverningVerb(words);
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return words.isCue(tokens.get(i)) && !words.carriesOn(tokens, i) && !givenName(tokens, i);
  }

  /**
   * The attribution of a reporting verb, by where it stands: a participle after a comma or an
   * opener, a participle that opens the sentence, a verb whose source follows it, or one whose
   * source or subject comes before it.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int cue, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    Span cueSpan = cueSpanAt(tokens, cue);
    int issuing = tokens.get(cue).pos().equals("VBG") ? governing.issuingVerbBefore(tokens, cue) : -1;
    Frame issued = issuing > 0 ? issuedFrame(text, sentence, issuing, cue, quotations) : null;
    // With no subject right before the verb ("prompted the tabloid to do a cover saying"), the
    // participle is read as after any other noun.
    if (issued != null) {
      return issued;
    }
    if (governing.issuesDescribedObject(tokens, cue)) {
      // "issued a statement saying ...": the participle's frame holds this verb.
      return null;
    }
    // "..., falsely suggesting", "after repeatedly dismissing": adverbs between the comma or the
    // opener and the participle belong to its cue, as PolNeAR marks them, and change nothing else.
    int lead = beforeAdverbs(tokens, cue);
    Span adverbCue = lead + 1 < cue ? new Span(tokens.get(lead + 1).span().start(), cueSpan.end()) : cueSpan;
    boolean opened = tokens.get(cue).pos().equals("VBG") && governing.opensParticiple(tokens, cue);
    if (tokens.get(cue).pos().equals("VBG") && (cue == 0 || opened && GoverningVerb.leadsIn(tokens, lead))) {
      return openingParticipleFrame(text, sentence, cue, cueSpan, quotations);
    }
    if (tokens.get(cue).pos().equals("VBG") && lead > 0 && (isComma(tokens.get(lead)) || commaInsideClose(text, tokens, lead) || opened)) {
      return participleFrame(text, sentence, cue, lead, adverbCue, quotations);
    }
    int taking = tokens.get(cue).pos().equals("VBG") ? governing.gerundTaker(tokens, cue) : -1;
    if (taking >= 0) {
      // "has refrained from endorsing", "began talking about": the verb that takes the gerund
      // belongs to the cue, and its subject is the source.
      Frame gerund = subjectFrame(text, sentence, cue, cueSpan, skippedBefore(tokens, taking - 1), null, quotations);
      return gerund == null || gerund.contentFirst() ? null : gerund;
    }
    int before = skippedBefore(tokens, cue - 1);
    int taker = GoverningVerb.infinitiveTaker(tokens, cue, before);
    if (taker > 0 && words.takesInfinitive(tokens, taker)) {
      // "went on to say", "has tried to portray", "was more likely to support": the verb or
      // adjective that takes the infinitive belongs to the cue, and its subject is the source.
      before = skippedBefore(tokens, taker - 1);
      if (before >= 0 && tokens.get(before).text().equalsIgnoreCase("it")) {
        // "It's easy to criticize ...": no one speaks.
        return null;
      }
    } else if (taker > 0) {
      int verb = governing.purposeVerb(tokens, taker);
      if (verb > 0) {
        return purposeFrame(text, sentence, cue, cueSpan, taker, verb, quotations);
      }
    }
    if (before < 0) {
      // "“...?” asked Obama.": the quotation closed the sentence before with its own stop.
      Span previous = quotationJustBefore(text, sentence, quotations);
      int[] source = previous == null ? null : nounPhraseAfter(tokens, cue + 1);
      return source == null ? null : frame(text, tokens, List.of(previous), cueSpan, withDescription(text, tokens, source, quotations));
    }
    int[] described = isComma(tokens.get(before)) ? describedSubject(text, tokens, before, cue, quotations) : null;
    // "“...,” scoffed Gil" or "..., said the ministry": any verb may follow a quotation with its
    // source after it, but after a plain comma only a verb of saying does ("Cruz, as he has in
    // the past, opposed the measure"), and only when no clause follows it: in "Selzer is happy
    // with the poll, says she warned about surprises" or "veterans interviewed at rallies,
    // including Mr. Jebens, said they had no problem", the sentence's subject speaks. After a
    // quotation that opens the sentence the source stays after the verb, whatever the tagger
    // reads in it ("said Naoko Aoki of the Rand Corporation think tank"); one that closes within
    // the subject's clause is read as a comma is ("Selzer is happy to be Iowa's “silver
    // standard,” says she warned ...", "Mr. Manafort, citing ''the unique magic of Trump,'' said
    // the candidate could ...", "Joe Scarborough, host of MSNBC's “Morning Joe,” suggested ...").
    if (described == null && !isAppositiveEnd(tokens, before)
        && (isClosingMark(text, tokens.get(before)) || isComma(tokens.get(before)) && saying(tokens.get(cue)))) {
      boolean quotationOpens = isClosingMark(text, tokens.get(before)) && !quotationWithinClause(tokens, before, quotations);
      if (quotationOpens || saying(tokens.get(cue)) && !subjectAndVerbAt(tokens, cue + 1)) {
        return sourceAfterFrame(text, sentence, cue, cueSpan, before, quotations);
      }
      described = isComma(tokens.get(before)) ? null : describedSubject(text, tokens, before - 1, cue, quotations);
      described = described != null ? new int[] {described[0], before + 1} : subjectBefore(tokens, cue);
      if (described == null) {
        return null;
      }
    }
    return subjectFrame(text, sentence, cue, cueSpan, before, described, quotations);
  }

  /**
   * The verb with what belongs to its cue: a particle ("pointed out", "spoke up", "fired back"), an
   * adverb of how or how often it was said ("said repeatedly", 24 to 2 on train), the plea of
   * "plead" ("pleaded guilty to ...", in gold's cue 5 times of 5 on train), or the attitude it names
   * ("expressed concern").
   */
  private Span cueSpanAt(List<Token> tokens, int cue) {
    boolean plea = cue + 1 < tokens.size() && tokens.get(cue).lemma().equalsIgnoreCase("plead")
        && PLEAS.contains(tokens.get(cue + 1).text().toLowerCase(Locale.ROOT));
    boolean particle = cue + 1 < tokens.size() && (isParticle(tokens, cue + 1) || isMannerAdverb(tokens, cue + 1) || plea);
    int last = particle ? cue + 1 : words.namedAttitudeEnd(tokens, cue);
    return span(tokens, cue, last);
  }

  /**
   * A particle after a verb, whether tagged so or, as "back" and "up" often are, as an adverb;
   * not "back in" a time ("said back in 2015").
   */
  static boolean isParticle(List<Token> tokens, int at) {
    Token token = tokens.get(at);
    boolean time = at + 1 < tokens.size() && tokens.get(at + 1).text().equalsIgnoreCase("in");
    // "talked up his plans": "up" tagged as a preposition before the verb's object is its particle.
    boolean object = token.pos().equals("IN") && at + 1 < tokens.size() && nounPhraseAfter(tokens, at + 1) != null;
    return token.pos().equals("RP") || (token.pos().startsWith("RB") && !time || object) && RB_PARTICLES.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /**
   * "The town released a statement Wednesday saying ...", "Clinton spent much of the run-up to the
   * caucuses portraying Sanders as ...": the participle describes what the subject issued, and the
   * subject speaks; PolNeAR's cue runs from the verb to the participle, with a preposition the
   * participle takes, and the content follows it.
   */
  private Frame issuedFrame(String text, Sentence sentence, int verb, int participle, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int last = skippedBefore(tokens, verb - 1);
    int[] source = last < 0 ? null : withRelativeClauseBefore(tokens, nounPhraseBefore(tokens, last));
    if (source == null || source[1] != last + 1) {
      return null;
    }
    int after = participle + 1;
    if (after + 1 < tokens.size() && words.takesPreposition(tokens, participle, after)) {
      after++;
    }
    int first = Math.min(afterTimeExpression(tokens, last + 1), verb);
    Span cue = span(tokens, first, after - 1);
    int complementizer = complementizerAfter(tokens, after);
    List<Span> content = contentAfter(text, sentence, complementizer >= 0 ? complementizer : after, quotations);
    return content.isEmpty() ? null : frame(text, tokens, content, cue, source);
  }

  /**
   * "went on CNN to defend her", "used his speech to call for ...": a purpose clause; the subject
   * of the verb at {@code verb} that it serves speaks, and PolNeAR's cue runs from that verb to the
   * infinitive. After a verb of prompting ("led Republicans to say") its object, ending at
   * {@code taker}, speaks instead.
   */
  private Frame purposeFrame(String text, Sentence sentence, int cue, Span cueSpan, int taker, int verb, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int speaker = words.prompts(tokens.get(verb)) ? taker : skippedBefore(tokens, verb - 1);
    Frame purpose = subjectFrame(text, sentence, cue, cueSpan, speaker, null, quotations);
    return purpose == null || purpose.contentFirst() ? null : purpose;
  }

  /**
   * "The union, which endorsed Clinton in November, is widely regarded as ...": a "which" set off
   * by a comma opens a description of its own, and the sentence's verb after the description's
   * closing comma is no part of what the description says, as with "who".
   */
  private static boolean describingWhich(List<Token> tokens, int at) {
    return at > 0 && isComma(tokens.get(at - 1)) && tokens.get(at).pos().equals("WDT") && tokens.get(at).text().equalsIgnoreCase("which");
  }

  /**
   * "Trump blasted Clinton, saying she was weak" or "Obama ended by saying ...": the participle's
   * speaker is the subject; "..., the ministry said, adding that ...": the reporting clause's source.
   * {@code lead} is the comma or opener before the participle and its adverbs.
   */
  private Frame participleFrame(String text, Sentence sentence, int cue, int lead, Span cueSpan, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int[] subject = reportingSourceBefore(tokens, lead);
    if (subject == null) {
      subject = describedInvertedSource(text, tokens, lead, quotations);
    }
    if (subject == null) {
      subject = subjectBefore(tokens, lead);
    }
    int[] aside = subject == null ? subjectBeforeAside(tokens, lead) : null;
    if (aside != null) {
      return asideFrame(text, sentence, cue, cueSpan, aside, quotations);
    }
    // "..., still calling out the Republicans": the content opens after the particle the cue took.
    int after = Math.max(words.namedAttitudeEnd(tokens, cue), tokenEndingBefore(tokens, cueSpan.end())) + 1;
    if (after + 1 < tokens.size() && tokens.get(after).text().equals(":")) {
      // "..., adding: “...”": the colon that introduces the content is the cue's, as after a finite verb.
      cueSpan = new Span(cueSpan.start(), tokens.get(after).span().end());
      after++;
    } else if (after + 1 < tokens.size() && words.takesPreposition(tokens, cue, after)) {
      // "..., referring to the council's ballot": the preposition is the cue's, as after a finite verb.
      cueSpan = new Span(cueSpan.start(), tokens.get(after).span().end());
      after++;
    } else {
      // "..., telling CNN on Sunday that Trump is a “faker”": as after a finite verb, the
      // content opens at "that".
      after = Math.max(after, complementizerAfter(tokens, after));
    }
    List<Span> content = subject == null ? List.of() : contentAfter(text, sentence, after, quotations);
    return content.isEmpty() ? null : frame(text, tokens, content, cueSpan, subject);
  }

  /**
   * The frame of a participle that is an aside of the subject before it: the content ends with the
   * aside, where the sentence's own verb follows a comma. A preposition the participle does not
   * take says where or for whom, not what ("Ms. Ortiz, writing for the paper, argued ..."), and the
   * aside holds no content.
   */
  private Frame asideFrame(String text, Sentence sentence, int cue, Span cueSpan, int[] subject, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int after = words.namedAttitudeEnd(tokens, cue) + 1;
    if (after + 1 < tokens.size() && words.takesPreposition(tokens, cue, after)) {
      cueSpan = new Span(cueSpan.start(), tokens.get(after).span().end());
      after++;
    } else if (after < tokens.size() && opensWithPreposition(tokens, after)) {
      return null;
    }
    List<Span> content = contentAfter(text, sentence, after, quotations);
    return content.isEmpty() ? null : frame(text, tokens, endingWithRelativeClause(tokens, content, quotations), cueSpan, subject);
  }

  /**
   * "Salceda, citing data from the State Department, said ...", "Mr. Biden, recalling their weekly
   * breakfasts, described ...": a participle set off by a comma right after the noun phrase that
   * opens the sentence is an aside of that phrase, which speaks. Null when no such phrase ends at
   * the comma.
   */
  private static int[] subjectBeforeAside(List<Token> tokens, int comma) {
    if (!isComma(tokens.get(comma))) {
      return null;
    }
    int[] phrase = nounPhraseAfter(tokens, afterConnectives(tokens, 0, comma));
    return phrase != null && afterBrackets(tokens, phrase[1]) == comma ? new int[] {phrase[0], comma} : null;
  }

  /**
   * "“...,” said Ed Rendell, a former governor and two-term mayor, referring to ...": the source of
   * an inverted reporting clause whose description, set off by commas and of any length, ends at
   * the comma before the participle; PolNeAR's source takes the description and that comma, as
   * {@link #withDescription} does. Null when no such clause ends there.
   */
  private int[] describedInvertedSource(String text, List<Token> tokens, int comma, List<Span> quotations) {
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
   * "After thanking the crowd, he touted ...", "Noting that ..., Tester added": the phrase the
   * participle opens, up to its comma, is the content, and the subject of the clause after it
   * speaks, with its description ("Recalling that moment, David Axelrod, who was ..., said"). As
   * with an aside, a preposition the participle does not take says where or how, not what
   * ("Reading from a prepared text, ..."); a time does not ("After suggesting on Wednesday that").
   */
  private Frame openingParticipleFrame(String text, Sentence sentence, int cue, Span cueSpan, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int after = tokenEndingBefore(tokens, cueSpan.end()) + 1;
    int opening = afterTimeExpression(tokens, after);
    if (after + 1 < tokens.size() && words.takesPreposition(tokens, cue, after)) {
      cueSpan = new Span(cueSpan.start(), tokens.get(after).span().end());
      after++;
    } else if (opening < tokens.size() && opensWithPreposition(tokens, opening) && !isComplementizer(tokens.get(opening))) {
      return null;
    }
    // The phrase ends at its comma, or at a quotation's closing mark with the comma inside
    // ("Citing “obligations in Tennessee,” the spokeswoman told ...").
    int end = after;
    while (end < tokens.size() && !(isComma(tokens.get(end)) && !inside(tokens.get(end).span(), quotations))
        && !commaInsideClose(text, tokens, end)) {
      end++;
    }
    if (end + 1 >= tokens.size() || end == after) {
      return null;
    }
    int[] subject = nounPhraseAfter(tokens, end + 1);
    if (subject == null || !verbAt(tokens, subject[1], tokens.size())) {
      subject = subjectBefore(tokens, tokens.size());
    }
    if (subject == null || subject[0] <= end) {
      return null;
    }
    Span content = span(tokens, after, isComma(tokens.get(end)) ? end - 1 : end);
    return frame(text, tokens, List.of(content), cueSpan, subject);
  }

  /**
   * "Trump released a video that said ...", "Sen. Rand Paul has posted an ad that accuses ...": a
   * restrictive "that" after the object of a verb stands for a thing the verb's subject made, and
   * PolNeAR's source is that subject; elsewhere its source is as often the pronoun as the noun, and
   * none is given unless a quotation follows (then the pronoun, in subjectFrame). The subject
   * before the verb and its auxiliaries, or null.
   */
  private static int[] makerBefore(List<Token> tokens, int that) {
    int[] object = that > 0 ? nounPhraseBefore(tokens, that - 1) : null;
    int verb = object == null ? -1 : object[0] - 1;
    if (verb < 1 || !tokens.get(verb).pos().startsWith("VB") || tokens.get(verb).lemma().equalsIgnoreCase("be")) {
      return null;
    }
    int group = beforeAuxiliaries(tokens, verb) + 1;
    int first = group;
    while (tokens.get(first).pos().startsWith("RB")) {
      first++;
    }
    return group > 0 && isFinite(tokens.get(first)) ? nounPhraseBefore(tokens, group - 1) : null;
  }

  /** "...," said X: the content comes first, the source after the cue. */
  private Frame sourceAfterFrame(String text, Sentence sentence, int cue, Span cueSpan, int before, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int[] source = nounPhraseAfter(tokens, cue + 1);
    if (source == null || opensWithPreposition(tokens, source[0])) {
      return null;
    }
    List<Span> content = contentBefore(text, sentence, before, quotations);
    if (content.isEmpty()) {
      return null;
    }
    source = withDescription(text, tokens, source, quotations);
    content = withSplitContinuation(text, sentence, source[1], content, quotations);
    return frame(text, tokens, content, cueSpan, source);
  }

  /**
   * "X said ...", "X, a lawyer, said ...", "... and says ...": the source before the cue, ending at
   * token {@code before}, or the sentence's subject when {@code described} gives it.
   */
  private Frame subjectFrame(String text, Sentence sentence, int cue, Span cueSpan, int before, int[] described, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    // "McCain survived a Vietnamese prison and says such techniques are inhumane", "praised the
    // police but said ...": a second verb of the sentence's subject.
    boolean joined = SECOND_VERB_JOINERS.contains(tokens.get(before).text().toLowerCase(Locale.ROOT));
    int[] source = described != null ? described
        : joined ? subjectBefore(tokens, before)
        : withSeriesBefore(tokens, withParticipleBefore(tokens, withRelativeClauseBefore(tokens, nounPhraseBefore(tokens, before))));
    if (source == null && joined) {
      source = firstVerbSubject(tokens, before);
    }
    if (source == null && isComma(tokens.get(before)) && isFinite(tokens.get(cue))) {
      // "rejected both objections, ruled Cruz eligible": a verb of a series after its comma.
      source = seriesSubject(tokens, before);
    }
    if (source == null && tokens.get(before).pos().equals("WDT") && before > 0 && isComma(tokens.get(before - 1))) {
      // "a report, which concluded that ...": the relative pronoun after a comma speaks for its
      // noun. A restrictive one ("a video that said ...") is left to makerBefore.
      source = new int[] {before, before + 1};
    }
    int cueFrom = before + 1;
    boolean carrier = false;
    if (source == null && tokens.get(before).pos().equals("WDT") && tokens.get(before).text().equalsIgnoreCase("that")) {
      // PolNeAR's cue then runs from the subject: "released a marketing video that said".
      source = makerBefore(tokens, before);
      cueFrom = source == null ? cueFrom : source[1];
      // "water bottles that said, “...”", "a message that said, “...”": a thing no one is named
      // to have made carries words of its own, and PolNeAR's source is the pronoun, when a
      // quotation follows.
      carrier = source == null;
      source = carrier ? new int[] {before, before + 1} : source;
    }
    if (source == null && isFinite(tokens.get(cue)) && tokens.get(before).pos().equals("VBN") && before > 0) {
      // "those surveyed say", "Cuban-Americans polled said": a participle after its noun, or after
      // the pronoun "those", ends the subject.
      boolean those = tokens.get(before - 1).text().equalsIgnoreCase("those");
      int[] head = those ? new int[] {before - 1, before} : isHead(tokens.get(before - 1)) ? nounPhraseBefore(tokens, before - 1) : null;
      source = head == null ? null : new int[] {head[0], before + 1};
    }
    if (source == null && isFinite(tokens.get(cue)) && DASHES.contains(tokens.get(before).text())) {
      source = withDashedDescription(text, tokens, before);
    }
    if (source == null) {
      return null;
    }
    int after = tokenEndingBefore(tokens, cueSpan.end()) + 1;
    // "has also said", "did not say": PolNeAR's cue runs from the source to the verb, auxiliaries
    // and adverbs included, but not a time expression right after the source ("Trump on Tuesday said").
    cueSpan = new Span(tokens.get(Math.min(afterTimeExpression(tokens, cueFrom), cue)).span().start(), cueSpan.end());
    Span recipient = null;
    int[] asked = questionedAfter(tokens, cue, after);
    if (asked != null) {
      recipient = span(tokens, asked);
      after = asked[1];
    } else if (tokens.get(cue).lemma().equalsIgnoreCase("tell")) {
      int[] told = addresseeAfter(tokens, after);
      if (told != null) {
        recipient = span(tokens, told);
        after = told[1];
      }
    }
    if (after < tokens.size() && tokens.get(after).text().equals(":")) {
      // "Cruz said: “...”": PolNeAR's cue takes the colon that introduces the content.
      cueSpan = new Span(cueSpan.start(), tokens.get(after).span().end());
      after++;
    }
    // "complained bitterly about the backing ...", "has talked openly about": adverbs between
    // the verb and the preposition it takes join the cue as well (on PolNeAR train 13 to 3).
    int preposition = afterAdverbs(tokens, after, tokens.size());
    if (preposition + 1 < tokens.size() && words.takesPreposition(tokens, cue, preposition)) {
      // "called for a bigger military effort", "referring to reports that ...": the preposition
      // the verb takes is part of the cue, its object the content.
      cueSpan = new Span(cueSpan.start(), tokens.get(preposition).span().end());
      after = preposition + 1;
    } else {
      // "said at a news conference last week that ...": the content opens at "that".
      int complementizer = complementizerAfter(tokens, after);
      if (complementizer > after && words.namesProposition(tokens.get(complementizer - 1))
          && !anyToken(tokens, after, complementizer, t -> t.pos().equals("IN") || t.pos().equals("TO") || isComma(t))) {
        // "rejected the notion that ...": the noun phrase the "that" clause states is the content.
        complementizer = after;
      }
      int opening = complementizer >= 0 ? complementizer : openingAfterTime(tokens, after);
      after = opening >= 0 ? opening : Math.max(after, clauseAfterAdjunct(tokens, after));
    }
    Frame found = contentFor(text, sentence, cueSpan, source, after, quotations);
    if (carrier && (found == null || found.contentFirst() || !isMark(text.charAt(found.content().get(0).start())))) {
      return null;
    }
    if (found == null || !found.direct() && !found.contentFirst() && !saysSomething(tokens, tokens.get(cue), found.content())) {
      return objectBefore(text, tokens, cueSpan, source, after);
    }
    if (!found.contentFirst() && source[0] > 0
        && CLAUSE_SUBORDINATORS.contains(tokens.get(source[0] - 1).text().toLowerCase(Locale.ROOT))) {
      found = found.withContentAfterCue(endingAtComma(tokens, found.content(), quotations));
    }
    if (!found.contentFirst() && source[1] - source[0] == 1 && (isRelativePronoun(tokens.get(source[0])) || describingWhich(tokens, source[0]))) {
      found = found.withContentAfterCue(endingWithRelativeClause(tokens, found.content(), quotations));
      if (source[0] > 0 && !isComma(tokens.get(source[0] - 1))) {
        found = found.withContentAfterCue(endingBeforeMainVerb(tokens, found.content(), quotations));
      }
    }
    if (!found.contentFirst() && !anyToken(tokens, 0, source[0], words::isCue)) {
      // A cue before the source ("He believes, he said, that ...") opens a content of its own.
      found = found.withContentAfterCue(withInterruptedStart(text, tokens, source[0], found.content()));
    }
    if (!found.contentFirst() && source[0] > 0 && OBJECT_PRONOUNS.contains(tokens.get(source[0] - 1).text().toLowerCase(Locale.ROOT))) {
      // "ending what he calls corruption": the "what" the cue's clause opens with is what is said,
      // and PolNeAR's content takes it as a fragment of its own.
      List<Span> content = new ArrayList<>(found.content());
      content.add(0, tokens.get(source[0] - 1).span());
      found = found.withContentAfterCue(content);
    }
    if (found.contentFirst() && after + 1 < tokens.size() && isDay(tokens.get(after))
        && (isSentenceEnd(tokens.get(after + 1)) || isComma(tokens.get(after + 1)))) {
      // "“...,” Trump said Tuesday.": the bare day that closes a reporting clause after its
      // content is part of PolNeAR's cue (23 to 11 on train), though not "on Tuesday" (0 to 11).
      found = found.withCue(new Span(cueSpan.start(), tokens.get(after).span().end()));
    }
    int statement = found.contentFirst() ? words.statementEnd(tokens, tokenEndingBefore(tokens, found.cue().end()) + 1) : -1;
    if (statement > 0) {
      // "“...,” the campaign said in a statement.": the declaration it was issued in is part of the cue.
      found = found.withCue(new Span(cueSpan.start(), tokens.get(statement).span().end()));
    }
    int manner = found.contentFirst() ? mannerEnd(tokens, tokenEndingBefore(tokens, found.cue().end()) + 1) : -1;
    if (manner > 0) {
      // "“...,” she said with a grin.": how it was said is part of the cue.
      found = found.withCue(new Span(cueSpan.start(), tokens.get(manner).span().end()));
    }
    return found.withRecipient(recipient);
  }

  /**
   * The last token of "with a grin", "with an eye roll", "without further comment" at {@code at},
   * when the phrase closes the reporting clause after its content (a sentence end or a comma
   * follows): how it was said, which PolNeAR's cue takes (on train 7 times, and never left out);
   * -1 where no such phrase stands there.
   */
  private static int mannerEnd(List<Token> tokens, int at) {
    if (at + 2 >= tokens.size() || !tokens.get(at).text().equalsIgnoreCase("with") && !tokens.get(at).text().equalsIgnoreCase("without")) {
      return -1;
    }
    return closingNounPhraseEnd(tokens, at + 1);
  }

  /**
   * "asked Sanders how he was feeling", "asked workers if they would caucus": the noun phrase
   * between the cue and the question it puts is the one asked, and PolNeAR's content opens with
   * the question (on PolNeAR train, 25 times out of 25). Any cue puts a question with "if" or
   * "whether"; "ask" with a wh-word as well. The noun phrase, or null.
   */
  private static int[] questionedAfter(List<Token> tokens, int cue, int after) {
    int[] asked = nounPhraseAfter(tokens, after);
    if (asked == null || asked[1] + 1 >= tokens.size()) {
      return null;
    }
    Token next = tokens.get(asked[1]);
    boolean yesNo = next.text().equalsIgnoreCase("if") || next.text().equalsIgnoreCase("whether");
    boolean wh = next.pos().equals("WRB") || next.pos().equals("WP");
    return yesNo || wh && tokens.get(cue).lemma().equalsIgnoreCase("ask") ? asked : null;
  }

  /**
   * "Jason Sims — a teacher from Mount Pleasant — says ...": the noun phrase before a description
   * set off by a pair of spaced dashes, the closing one at {@code close}, with the description, as
   * PolNeAR's source takes it; or null.
   */
  private static int[] withDashedDescription(String text, List<Token> tokens, int close) {
    int open = close - 1;
    while (open > 0 && !tokens.get(open).text().equals(tokens.get(close).text())) {
      open--;
    }
    if (open < 1 || open == close - 1 || !isSpacedDash(text, tokens.get(close)) || !isSpacedDash(text, tokens.get(open))) {
      return null;
    }
    int[] head = nounPhraseBefore(tokens, open - 1);
    return head == null ? null : new int[] {head[0], close + 1};
  }

  /**
   * "the off-the-cuff style he prefers", "that's what they expected": a cue with no content after
   * it, whose subject follows the noun phrase or the "what" it has as object; that object is the
   * content (in practice after a pronoun subject: a noun subject's phrase takes in the object before
   * it). Null when none stands right before the subject, or a clause follows the cue. After a
   * relative pronoun ("a bill that critics called anti-gay") PolNeAR's content is most often the
   * noun and what follows the cue, and the pronoun alone matched it in 3 of 11 on train.
   */
  private static Frame objectBefore(String text, List<Token> tokens, Span cueSpan, int[] source, int after) {
    if (source[0] < 1 || clauseFrom(tokens, after) || isRelativePronoun(tokens.get(source[0]))) {
      return null;
    }
    Token last = tokens.get(source[0] - 1);
    int[] object = last.text().equalsIgnoreCase("what") ? new int[] {source[0] - 1, source[0]}
        : last.pos().equals("NN") || last.pos().equals("NNS") ? nounPhraseBefore(tokens, source[0] - 1) : null;
    if (object == null) {
      return null;
    }
    Span content = span(tokens, object);
    return frame(text, tokens, List.of(content), cueSpan, source);
  }

  /**
   * "..., said Ron Geffner, a lawyer for hedge funds who ...": the description set off by a comma
   * after an inverted reporting clause's source runs to the sentence's end, and PolNeAR's source
   * takes all of it, as it takes a name's bracketed party and state ("Sen. Chris Murphy
   * (D-Conn.)"). A comma before a participle or a preposition ends it and stays in the source (",
   * referring to ...", ", in a statement"), as does one before a quotation, which stays out. A
   * relative clause that a comma sets off with a cue of its own is an attribution of its own
   * ("..., a Republican, who said he would not vote for him") and stays out; one with no comma
   * before it says which person of the kind spoke, and stays in.
   */
  private int[] withDescription(String text, List<Token> tokens, int[] source, List<Span> quotations) {
    int comma = afterBrackets(tokens, source[1]);
    int place = placeAfter(tokens, source, comma);
    if (place > comma) {
      return withDescription(text, tokens, new int[] {source[0], place}, quotations);
    }
    int restrictive = comma + 1 < tokens.size() && isRelativePronoun(tokens.get(comma))
        ? restrictiveClauseEnd(text, tokens, comma + 1, quotations) : -1;
    if (restrictive > 0 && !anyToken(tokens, comma + 1, restrictive, ReportingVerb::saying)) {
      return new int[] {source[0], restrictive};
    }
    if (comma + 1 >= tokens.size() || !isComma(tokens.get(comma))
        || !opensDescription(tokens, comma + 1) && !secondRole(tokens, source, comma)) {
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
        // no finite verb, with no relative pronoun before it, only describes the source.
        if (relative > comma && (isComma(tokens.get(relative - 1)) && !takesSide(token) || saying(token)) || relative == comma && isFinite(token)) {
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
   * Whether the verb takes a side ("supports", "endorsed"): in a relative clause after the
   * description of an inverted source, PolNeAR keeps such a clause in the source, where a verb of
   * saying or thinking there ("who predicted ...") makes an attribution of its own.
   */
  private static boolean takesSide(Token token) {
    return STANCE_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** A verb of saying that may invert ("said", "wrote"): a clause it heads says something of its own. */
  private static boolean saying(Token token) {
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
   * Whether a description of the source opens at {@code at}: a determiner or relative pronoun ("a
   * lawyer", "another veteran", "who ..."), a common noun ("editor of ...", "author of ..."), or
   * an adverb before one of those ("now a partner at ...", "then ambassador").
   */
  private static boolean opensDescription(List<Token> tokens, int at) {
    Token token = tokens.get(at);
    if (token.pos().startsWith("RB") && at + 1 < tokens.size() && !isComma(tokens.get(at + 1))) {
      return opensDescription(tokens, at + 1);
    }
    return DESCRIPTION_OPENERS.contains(token.text().toLowerCase(Locale.ROOT)) || token.pos().equals("DT") || token.pos().equals("PRP$")
        || (token.pos().equals("NN") || token.pos().equals("NNS")) && Character.isLowerCase(token.text().charAt(0));
  }

  /** The frame of a cue whose source comes before it, with the content on either side. */
  private Frame contentFor(String text, Sentence sentence, Span cueSpan, int[] source, int after, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    // "“...?” Obama asked Republican politicians.": the quotation closed the sentence before, and
    // nothing after the cue reads as a clause of its own.
    if (source[0] == 0 && !clauseFrom(tokens, after)) {
      Span previous = quotationJustBefore(text, sentence, quotations);
      if (previous != null) {
        return frame(text, tokens, List.of(previous), cueSpan, source);
      }
    }
    // A closing mark that opens the sentence is one the sentence splitter left behind: as with a
    // quotation that closed the sentence before, a clause after the cue is the content instead
    // ("“... every child.” | ” Officials said the school would close").
    boolean leftBehind = source[0] == 1 && isClosingMark(text, tokens.get(0)) && clauseFrom(tokens, after);
    // "“...,” Kim said." or "Troops were sent, the ministry said": the content comes first when a
    // clause or a quotation ends right before the source. A relative "who" or "which" never has its content
    // before it: in "“...,” said Harvey, who acknowledged ...", that quotation is Harvey's "said".
    if (source[0] > 0 && (isComma(tokens.get(source[0] - 1)) || isClosingMark(text, tokens.get(source[0] - 1)))
        && !tokens.get(source[0]).pos().startsWith("W") && !leftBehind) {
      List<Span> first = contentBefore(text, sentence, source[0] - 1, quotations);
      boolean quoted = !first.isEmpty() && isMark(text.charAt(first.get(0).start()));
      // "Asked if ..., Clinton said she would not": a clause after the cue is the content, and the
      // one before the source only sets the scene; so do a clause that a subordinator opens ("As
      // voters went to the polls, Trump accused ...") and a participle's phrase ("Speaking in the
      // East Room, Obama defended his actions"), when the cue has words after it. Only a verb of
      // saying reports the clause before its subject ("Troops were sent, the ministry said"):
      // after any other the words before only set the scene ("A week after Trump spoke ..., Trump
      // proposed barring ...", "Most of the time, when ..., we think about the big number").
      // A verb of saying reports a clause that follows the opening phrase ("In Louisville on March
      // 1, Ms. Nwanguma was shocked by the reaction, she said in an interview").
      boolean saying = saying(tokens.get(tokenEndingBefore(tokens, cueSpan.end())));
      boolean reportsClause = saying && clauseAfterScene(tokens, source[0] - 1, quotations);
      // "The union will sit out the election, Phil Smith told POLITICO earlier this week.": a time
      // alone after the cue says when, and the cue has nothing after it to report.
      int time = afterTimeExpression(tokens, after);
      boolean timeAlone = time > after && (time == tokens.size() || isSentenceEnd(tokens.get(time)));
      boolean scene = (tokens.get(0).pos().matches("WRB|IN") || openingParticiple(tokens, source[0] - 1) || !saying) && !reportsClause
          && !timeAlone && !contentAfter(text, sentence, after, quotations).isEmpty();
      if (quoted || !first.isEmpty() && !scene && hasVerb(tokens, 0, source[0] - 1) && !clauseFrom(tokens, after)) {
        List<Span> rest = !quoted && continuesAfterComma(tokens, after) ? contentAfter(text, sentence, after, quotations) : List.of();
        if (!rest.isEmpty() && isComma(tokens.get(source[0] - 1))) {
          return frame(text, tokens, List.of(first.get(0), rest.get(0)), cueSpan, source);
        }
        return frame(text, tokens, withSplitContinuation(text, sentence, after, first, quotations), cueSpan, source);
      }
      // "Any attempt to debunk a falsehood, he said, becomes hopeless.": the reporting clause
      // splits the content between its subject and its verb. "In his state, he said, offenders
      // are sent to treatment", "Unless countries act, they say, the world will suffer": or
      // between a phrase or clause that opens the sentence and the clause, connectives too
      // ("Still, they say, ..."), unless the opening holds a cue of its own ("Asked about ...,");
      // a quotation after the reporting clause is the content alone.
      boolean opening = after < tokens.size() && isComma(tokens.get(after)) && !anyToken(tokens, 0, source[0] - 1, words::isCue);
      if (!first.isEmpty() && isComma(tokens.get(source[0] - 1)) && (predicateAfterComma(tokens, after) || opening)) {
        List<Span> rest = contentAfter(text, sentence, after, quotations);
        if (!rest.isEmpty() && (!opening || predicateAfterComma(tokens, after) || !isMark(text.charAt(rest.get(0).start())))) {
          return frame(text, tokens, List.of(first.get(0), rest.get(0)), cueSpan, source);
        }
      }
    }
    List<Span> content = contentAfter(text, sentence, after, quotations);
    return content.isEmpty() ? null : frame(text, tokens, content, cueSpan, source);
  }

  /**
   * Whether the clause before a reporting clause goes on after it, past a comma, with no verb of its
   * own: "It was, he said, one of the bitterest failures", "So it makes sense, strategists said,
   * for Democrats to ...", "He's leaning toward Kasich, he said, because ...". PolNeAR's content
   * takes both parts.
   */
  private static boolean continuesAfterComma(List<Token> tokens, int at) {
    return at + 1 < tokens.size() && isComma(tokens.get(at)) && tokens.get(at + 1).pos().matches("TO|DT|CD|JJ|IN");
  }

  /** Whether the quotation that closes at token {@code close} opens after words of the sentence: "Humphrey, who calls Trump a “sociopath,”". */
  private static boolean quotationWithinClause(List<Token> tokens, int close, List<Span> quotations) {
    Span quotation = quotations.stream().filter(q -> q.end() >= tokens.get(close).span().end() && q.start() < tokens.get(close).span().start())
        .findFirst().orElse(null);
    return quotation != null && quotation.start() > tokens.get(0).span().end() && isComma(tokens.get(close - 1));
  }

  /** A participle's phrase that opens the sentence and ends before token {@code end}, not a subject it opens. */
  private static boolean openingParticiple(List<Token> tokens, int end) {
    return tokens.get(0).pos().matches("VBG|VBN") && !participleOpensSubject(tokens, end);
  }

  /**
   * Whether a finite verb follows the opening phrase, after its comma and before the comma at
   * {@code comma}: a clause the phrase sets the scene for.
   */
  private static boolean clauseAfterScene(List<Token> tokens, int comma, List<Span> quotations) {
    int end = 1;
    while (end < comma && !(isComma(tokens.get(end)) && !inside(tokens.get(end).span(), quotations))) {
      end++;
    }
    return anyToken(tokens, end + 1, comma, Clauses::isFinite);
  }

  /**
   * The source of a reporting clause that ends at token {@code end}: "the ministry said" or "said
   * the ministry", or null.
   */
  private int[] reportingSourceBefore(List<Token> tokens, int end) {
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
  private int[] describedSubject(String text, List<Token> tokens, int comma, int cue, List<Span> quotations) {
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
   * Whether the description between the commas at {@code open} and {@code close} is a relative
   * clause with a cue of its own ("Barkley, who said he typically votes Democratic, said ..."): that
   * clause is an attribution of its own, and PolNeAR's source is the name alone; so is one whose
   * verb thinks, estimates or speaks ("who thinks ...", "who spoke on condition of anonymity").
   */
  private boolean ownCueInRelativeClause(List<Token> tokens, int open, int close) {
    return open + 1 < close && tokens.get(open + 1).pos().startsWith("W")
        && anyToken(tokens, open + 2, close, token -> saying(token) || thinking(token) || tookSide(token));
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
