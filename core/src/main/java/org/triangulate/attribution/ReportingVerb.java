package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.afterSceneComma;
import static org.triangulate.attribution.Clauses.beforeAuxiliaries;
import static org.triangulate.attribution.Clauses.clauseAfterAdjunct;
import static org.triangulate.attribution.Clauses.clauseFrom;
import static org.triangulate.attribution.Clauses.clauseOpensAt;
import static org.triangulate.attribution.Clauses.complementizerAfter;
import static org.triangulate.attribution.Clauses.hasVerb;
import static org.triangulate.attribution.Clauses.isComplementizer;
import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Clauses.isLimitingAdverb;
import static org.triangulate.attribution.Clauses.isMannerAdverb;
import static org.triangulate.attribution.Clauses.openingAfterTime;
import static org.triangulate.attribution.Clauses.opensWithPreposition;
import static org.triangulate.attribution.Clauses.predicateAfterComma;
import static org.triangulate.attribution.Clauses.subjectAndVerbAt;
import static org.triangulate.attribution.Clauses.verbAt;
import static org.triangulate.attribution.Contents.asideBefore;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Contents.contentBefore;
import static org.triangulate.attribution.Contents.endingAt;
import static org.triangulate.attribution.Contents.endingAtComma;
import static org.triangulate.attribution.Contents.endingBeforeMainVerb;
import static org.triangulate.attribution.Contents.endingWithRelativeClause;
import static org.triangulate.attribution.Contents.saysSomething;
import static org.triangulate.attribution.Contents.withInterruptedStart;
import static org.triangulate.attribution.Contents.withSplitContinuation;
import static org.triangulate.attribution.Descriptions.saying;
import static org.triangulate.attribution.Descriptions.withDashedDescription;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.Frame.unsourced;
import static org.triangulate.attribution.NounPhrases.addresseeAfter;
import static org.triangulate.attribution.NounPhrases.afterBrackets;
import static org.triangulate.attribution.NounPhrases.closingNounPhraseEnd;
import static org.triangulate.attribution.NounPhrases.givenName;
import static org.triangulate.attribution.NounPhrases.isAppositiveEnd;
import static org.triangulate.attribution.NounPhrases.isHead;
import static org.triangulate.attribution.NounPhrases.isObjectPronoun;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.NounPhrases.rankedPhraseStart;
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
import static org.triangulate.attribution.Scenes.afterScene;
import static org.triangulate.attribution.Scenes.afterTimeExpression;
import static org.triangulate.attribution.Scenes.isDay;
import static org.triangulate.attribution.Scenes.namesTimeAlone;
import static org.triangulate.attribution.Subjects.clauseSubjectBefore;
import static org.triangulate.attribution.Subjects.firstVerbSubject;
import static org.triangulate.attribution.Subjects.mainSubjectAfterOpeningClause;
import static org.triangulate.attribution.Subjects.participleOpensSubject;
import static org.triangulate.attribution.Subjects.remarkAfterPossessor;
import static org.triangulate.attribution.Subjects.seriesSubject;
import static org.triangulate.attribution.Subjects.skippedBefore;
import static org.triangulate.attribution.Subjects.relativeClauseEndingAt;
import static org.triangulate.attribution.Subjects.subjectBefore;
import static org.triangulate.attribution.Subjects.venueSpeaker;
import static org.triangulate.attribution.Subjects.withParticipleAfterOf;
import static org.triangulate.attribution.Subjects.withParticipleAfterPreposition;
import static org.triangulate.attribution.Subjects.withParticipleBefore;
import static org.triangulate.attribution.Subjects.withRelativeClauseBefore;
import static org.triangulate.attribution.Subjects.withSeriesBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * A reporting verb as cue: "X said ...", "“...,” said X", "..., X said", "X, a lawyer, said",
 * "..., saying ...", "went on to say", "went on CNN to defend ..."; the source before or after it,
 * the content on either side.
 */
final class ReportingVerb implements CueKind {
  /** Words that join a second verb to its subject's first: "... and says", "... but said". */
  static final Set<String> SECOND_VERB_JOINERS = Set.of("and", "but");

  /** Subordinators that open a clause holding a cue, which ends at its comma: "While X said ..., Y ...". */
  private static final Set<String> CLAUSE_SUBORDINATORS = Set.of("while", "though", "although", "if", "since", "whereas", "unless");

  /**
   * Pronouns that open a clause as the object of its verb: "what he calls", "which he declared",
   * "whom she described as", and "who" as news copy writes "whom" ("who he named as his running
   * mate"): right before the cue's source it can only be the object.
   */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("what", "which", "whom", "who");

  /**
   * Prepositions (and complementizers the tagger reads as such) that open what a cue says, not when
   * or why it was said: "likened to what ...", "described as ...", "accused of ...".
   */
  private static final Set<String> CONTENT_PREPOSITIONS = Set.of("that", "if", "whether", "as", "like", "of", "to");

  /** The tags a subject after a comma opens with: a determiner, pronoun, noun, number, adjective or relative "which". */
  private static final String SUBJECT_OPENERS = "DT|PDT|PRP|PRP\\$|NN.*|CD|JJ.*|WDT|WP";

  /** Particles the tagger reads as adverbs after a cue verb: "shot back", "spoke up". */
  private static final Set<String> RB_PARTICLES = Set.of("back", "up");

  /** Verbs that make their subject the ranked noun phrase after them: "was the first to", "became the only one to". */
  private static final Set<String> RANK_COPULAS = Set.of("be", "become");

  /** What one pleads, which completes the verb rather than being what it reports: "pleaded guilty to ...". */
  private static final Set<String> PLEAS = Set.of("guilty", "innocent");

  private final CueWords words;
  private final GoverningVerb governing;
  private final Descriptions descriptions;

  ReportingVerb(CueWords words) {
    this.words = words;
    this.governing = new GoverningVerb(words);
    this.descriptions = new Descriptions(words);
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return (words.isCue(tokens.get(i)) || words.isPhrasalCue(tokens, i) || words.reportsInfinitive(tokens, i) || words.takesSide(tokens, i)
        || words.takesPersonObject(tokens, i))
        && !words.carriesOn(tokens, i) && !words.takesReportedClause(tokens, i)
        && !givenName(tokens, i);
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
    int sentenceOpener = tokens.get(cue).pos().equals("VBG") ? GoverningVerb.sentenceOpenerStart(tokens, cue) : -1;
    if (tokens.get(cue).pos().equals("VBG")
        && (cue == 0 || opened && GoverningVerb.leadsIn(tokens, lead) || sentenceOpener >= 0 && GoverningVerb.leadsIn(tokens, sentenceOpener))) {
      return openingParticipleFrame(text, sentence, cue, cueSpan, quotations);
    }
    if (tokens.get(cue).pos().equals("VBG") && lead > 0 && (isComma(tokens.get(lead)) || commaInsideClose(text, tokens, lead) || opened)) {
      // "Limbaugh began by crediting Trump": the verb the participle goes on from opens the cue.
      int means = opened ? governing.meansTaker(tokens, cue) : -1;
      Span participleCue = means > 0 ? new Span(tokens.get(beforeAuxiliaries(tokens, means) + 1).span().start(), adverbCue.end()) : adverbCue;
      return participleFrame(text, sentence, cue, lead, participleCue, quotations);
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
    int takerLead = taker > 0 ? beforeAdverbs(tokens, taker) : -1;
    if (takerLead > 0 && isComma(tokens.get(takerLead)) && tokens.get(taker).pos().equals("VBG") && words.takesReportedClause(tokens, taker)) {
      // "..., seeking to show that ...": the participle that takes the infinitive is set off by its
      // comma as a participle cue is, and speaks for the same subject.
      return participleFrame(text, sentence, cue, takerLead, new Span(tokens.get(taker).span().start(), cueSpan.end()), quotations);
    }
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
      Frame purpose = verb > 0 ? purposeFrame(text, sentence, cue, cueSpan, taker, verb, quotations) : null;
      // "will be bound on the first ballot to back": a purpose the verb serves comes first.
      int ranked = purpose == null ? rankedPhraseStart(tokens, taker) : -1;
      if (ranked >= 0) {
        return rankedFrame(text, sentence, cue, cueSpan, ranked, taker, quotations);
      }
      if (verb > 0) {
        return purpose;
      }
    }
    if (before < 0) {
      // "“...?” asked Obama.": the quotation closed the sentence before with its own stop; "Said
      // Comey, “The thought ...”": the quotation after the source and its comma (on PolNeAR train
      // both sentences that open so are gold attributions, and no frame had them).
      Span previous = quotationJustBefore(text, sentence, quotations);
      int[] source = nounPhraseAfter(tokens, cue + 1);
      if (source == null) {
        return null;
      }
      int[] described = descriptions.withDescription(text, tokens, source, quotations);
      List<Span> content = previous != null ? List.of(previous) : quotationAfterComma(tokens, described[1], quotations);
      return content.isEmpty() ? null : frame(text, tokens, content, cueSpan, described);
    }
    int[] described = isComma(tokens.get(before)) ? descriptions.describedSubject(text, tokens, before, cue, quotations) : null;
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
    // A verb with an auxiliary of its own never comes before its source: in "The “reform caucus”
    // has endorsed the governor" the quotation closes the subject, and the governor is endorsed
    // (on PolNeAR train, 4 such frames, none gold's).
    if (described == null && !isAppositiveEnd(tokens, before) && beforeAdverbs(tokens, cue) == before
        && (isClosingMark(text, tokens.get(before)) || isComma(tokens.get(before)) && saying(tokens.get(cue)))) {
      // "3 percent of self-identified “liberals” said they would vote for ...": a pronoun with a
      // verb of its own after the cue opens the reported clause; it is no source after the verb.
      boolean pronounClause = cue + 1 < tokens.size() && tokens.get(cue + 1).pos().equals("PRP") && subjectAndVerbAt(tokens, cue + 1);
      boolean quotationOpens = isClosingMark(text, tokens.get(before)) && !quotationWithinClause(tokens, before, quotations) && !pronounClause;
      if (quotationOpens || saying(tokens.get(cue)) && !subjectAndVerbAt(tokens, cue + 1)) {
        Frame inverted = sourceAfterFrame(text, sentence, cue, cueSpan, before, quotations);
        // "The new plans “will not solve this challenge,” Anne Richards, assistant secretary of
        // state, said on the same call.": with no source after the verb, the named and described
        // noun phrase before its comma is the source.
        int[] aside = inverted != null || quotationOpens ? null : descriptions.asideSubject(text, tokens, before, cue);
        aside = aside != null || inverted != null || quotationOpens ? aside : relativeBeforeAside(tokens, before);
        return aside == null ? inverted : subjectFrame(text, sentence, cue, cueSpan, before, aside, quotations);
      }
      described = isComma(tokens.get(before)) ? null : descriptions.describedSubject(text, tokens, before - 1, cue, quotations);
      described = described != null ? new int[] {described[0], before + 1} : subjectBefore(tokens, cue);
      if (described == null && isComma(tokens.get(before))) {
        // "Speaking later, Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said ...": an
        // opening phrase or a description the subject walk does not cross.
        described = descriptions.asideSubject(text, tokens, before, cue);
      }
      if (described == null) {
        return null;
      }
    }
    Frame frame = subjectFrame(text, sentence, cue, cueSpan, before, described, quotations);
    // "a website called Real News Right Now", "the string of contests known as Super Tuesday": the
    // noun before the participle is what is named, and no one is said to name it.
    int[] named = frame == null ? null : words.namedNounBefore(tokens, cue);
    if (named != null) {
      List<Span> content = new ArrayList<>(List.of(span(tokens, named)));
      content.addAll(frame.content());
      return unsourced(text, content, frame.cue());
    }
    // "a plan announced earlier this year": the noun before a passive participle is acted on, and
    // no one is named who acts. A cue that takes its preposition in ("called for", "charged with")
    // is read as a verb of its own, mostly a past tense ("a group of rabbis called for a boycott").
    boolean participleAlone = frame != null && frame.cue().end() == tokens.get(cue).span().end();
    return participleAlone && words.describesNounBefore(tokens, cue) ? unsourced(text, frame.content(), frame.cue()) : frame;
  }

  /**
   * The verb with what belongs to its cue: a particle ("pointed out", "spoke up", "fired back"),
   * whatever its tag after a verb that reports with it ("weighed in", {@code en/phrasal_cues.txt}), an
   * adverb of how or how often it was said ("said repeatedly", 24 to 2 on train), the plea of
   * "plead" ("pleaded guilty to ...", in gold's cue 5 times of 5 on train), or the attitude it names
   * ("expressed concern", "showed no sign of").
   */
  private Span cueSpanAt(List<Token> tokens, int cue) {
    boolean plea = cue + 1 < tokens.size() && tokens.get(cue).lemma().equalsIgnoreCase("plead")
        && PLEAS.contains(tokens.get(cue + 1).text().toLowerCase(Locale.ROOT));
    boolean particle = cue + 1 < tokens.size()
        && (isParticle(tokens, cue + 1) || isMannerAdverb(tokens, cue + 1) || isLimitingAdverb(tokens, cue + 1) || plea);
    int phrasal = Math.max(words.phrasalCueEnd(tokens, cue), words.personObjectEnd(tokens, cue));
    int last = phrasal > cue ? phrasal : particle ? cue + 1 : words.namedAttitudeEnd(tokens, cue);
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
   * participle takes, and the content follows it. The subject may be described ("Mr. Trump, who
   * ..., issued a statement Tuesday saying") or a relative "which" after a comma ("the ACLU, which
   * released a statement questioning ..."), as for any verb; with no subject at all the participle
   * is read as after any other noun.
   */
  private Frame issuedFrame(String text, Sentence sentence, int verb, int participle, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int last = skippedBefore(tokens, verb - 1);
    int[] source = last < 0 ? null : withRelativeClauseBefore(tokens, nounPhraseBefore(tokens, last));
    boolean found = source != null && source[1] == last + 1;
    if (!found && last > 0 && isComma(tokens.get(last))) {
      // "Mr. Trump, who ..., issued a statement Tuesday saying": the described subject.
      source = descriptions.describedSubject(text, tokens, last, verb, quotations);
      found = source != null;
    } else if (!found && last > 0 && tokens.get(last).pos().equals("WDT") && isComma(tokens.get(last - 1))) {
      // "the ACLU, which released a statement questioning": the relative pronoun speaks for its noun.
      source = new int[] {last, last + 1};
      found = true;
    }
    if (!found) {
      return null;
    }
    int after = participle + 1;
    int taken = after + 1 < tokens.size() ? words.prepositionEnd(tokens, participle, after) : -1;
    after = Math.max(after, taken + 1);
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
    // "led her to declare that ...": the object pronoun is the whole source, which the walk back
    // for a subject never takes, and PolNeAR's source is the bare pronoun.
    int[] pronoun = speaker == taker && isObjectPronoun(tokens.get(taker)) ? new int[] {taker, taker + 1} : null;
    Frame purpose = subjectFrame(text, sentence, cue, cueSpan, speaker, pronoun, quotations);
    return purpose == null || purpose.contentFirst() ? null : purpose;
  }

  /**
   * "the first member of Congress to endorse him", "one of the earliest House members to endorse":
   * the infinitive after a noun phrase that a rank singles out ({@link
   * NounPhrases#rankedPhraseStart}) says what that phrase did, and after a copula ("Grijalva was
   * the first Democrat to endorse") the copula's subject did it; PolNeAR's cue is the infinitive
   * with its "to". The phrase runs from token {@code ranked} to {@code taker}.
   */
  private Frame rankedFrame(String text, Sentence sentence, int cue, Span cueSpan, int ranked, int taker, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int copula = beforeAdverbs(tokens, ranked);
    boolean predicate = copula > 0 && tokens.get(copula).pos().startsWith("VB") && RANK_COPULAS.contains(tokens.get(copula).lemma().toLowerCase(Locale.ROOT));
    // "a congressman who was one of the earliest House members to endorse": PolNeAR's source is
    // the ranked phrase, not the relative pronoun.
    boolean relative = predicate && isRelativePronoun(tokens.get(beforeAuxiliaries(tokens, copula)));
    int[] subject = predicate && !relative ? subjectBefore(tokens, copula + 1) : null;
    if (predicate && !relative && subject == null) {
      // "Braynard boasted that he was the only pollster to predict ...": ranked in a clause the
      // sentence reports, the phrase is part of what is reported.
      return null;
    }
    int[] source = subject != null ? subject : new int[] {ranked, taker + 1};
    Frame frame = subjectFrame(text, sentence, cue, cueSpan, taker, source, quotations);
    if (frame == null || frame.contentFirst()) {
      return null;
    }
    return ranked == afterConnectives(tokens, 0, ranked) ? namedAfterCopula(text, tokens, frame, quotations) : frame;
  }

  /**
   * "The first member of Congress to endorse him was Rep. Chris Collins": the ranked phrase that
   * opens the sentence is the subject of a copula after its infinitive, and the name the copula
   * gives is the source; the content ends before the copula. The frame stays as it is where no
   * copula with a noun phrase after it ends the content's first clause.
   */
  private Frame namedAfterCopula(String text, List<Token> tokens, Frame frame, List<Span> quotations) {
    int start = tokenEndingBefore(tokens, frame.content().get(0).start()) + 1;
    int verb = start;
    while (verb < tokens.size() && !isFinite(tokens.get(verb)) && !isComma(tokens.get(verb))) {
      verb++;
    }
    if (verb == start || verb + 1 >= tokens.size() || !tokens.get(verb).lemma().equalsIgnoreCase("be")) {
      return frame;
    }
    int[] named = nounPhraseAfter(tokens, verb + 1);
    if (named == null || named[0] != verb + 1) {
      return frame;
    }
    List<Span> content = endingAt(frame.content(), tokens.get(verb - 1).span().end());
    return frame(text, tokens, content, frame.cue(), descriptions.withDescription(text, tokens, named, quotations));
  }

  /**
   * The subject a second verb after "and" or "but" at {@code joiner} shares: that of the adverbial
   * or relative clause whose verb it follows ({@link Subjects#clauseSubjectBefore}), or else the
   * sentence's.
   */
  private static int[] clauseOrSentenceSubject(List<Token> tokens, int joiner) {
    int[] absolute = absoluteSubjectBefore(tokens, joiner);
    if (absolute != null) {
      return absolute;
    }
    int[] clause = clauseSubjectBefore(tokens, joiner);
    if (clause == null) {
      clause = participleClauseSubject(tokens, joiner);
    }
    if (clause == null) {
      clause = mainSubjectAfterOpeningClause(tokens, joiner);
    }
    return clause != null ? clause : subjectBefore(tokens, joiner);
  }

  /**
   * "... in which he continued his assault on Mr. Bush, mocking ... and pointedly saying ...": a
   * participle joined to one set off by a comma after a joined or relative clause speaks for that
   * clause's subject, as the first one does ({@link Subjects#joinedClauseSubject}). Null where no
   * such participle stands before the joiner.
   */
  private static int[] participleClauseSubject(List<Token> tokens, int joiner) {
    int participle = joinedParticiple(tokens, joiner);
    int lead = participle > 0 ? beforeAdverbs(tokens, participle) : -1;
    return lead > 0 && isComma(tokens.get(lead)) ? Subjects.joinedClauseSubject(tokens, lead) : null;
  }

  /**
   * "..., with top officials underlining its strength and vowing to ...": a participle joined to
   * one whose subject follows "with" speaks for that subject too, not for the sentence's. Null
   * where the participle nearest before the joiner, with no comma between, has no such subject.
   */
  private static int[] absoluteSubjectBefore(List<Token> tokens, int joiner) {
    int participle = joinedParticiple(tokens, joiner);
    int[] subject = participle > 1 ? nounPhraseBefore(tokens, participle - 1) : null;
    return subject != null && subject[1] == participle && subject[0] > 0 && tokens.get(subject[0] - 1).text().equalsIgnoreCase("with") ? subject : null;
  }

  /**
   * The participle that the one after a joiner ("and vowing") is joined to: the nearest before the
   * joiner with no comma between. -1 where no participle follows the joiner or none stands so.
   */
  private static int joinedParticiple(List<Token> tokens, int joiner) {
    if (!tokens.get(afterAdverbs(tokens, joiner + 1, tokens.size())).pos().equals("VBG")) {
      return -1;
    }
    int participle = joiner - 1;
    while (participle > 0 && !isComma(tokens.get(participle)) && !tokens.get(participle).pos().equals("VBG")) {
      participle--;
    }
    return participle > 0 && tokens.get(participle).pos().equals("VBG") ? participle : -1;
  }

  /**
   * "The changes, which officials said will take effect in May, will not apply ...", "the group,
   * whose members met to discuss ..., raised ...": a relative word after a comma, right before the
   * source, opens the relative clause the cue lies in, and the clause ends where the sentence's own
   * verb comes after a comma ({@link Contents#endingWithRelativeClause}), as it does when the
   * relative word is the source. Counted on PolNeAR train: 4 contents made exact, none lost; 2
   * frames the content had hidden or had run into a quotation come back, 1 of them gold's
   * ("all Central Americans seeking entry"), 1 with no gold ("which some have argued was intended
   * to ..."). After a preposition ("a ruling, in which the judge cited ..., was issued") 3 more
   * contents would be exact, but the freed main verb makes a wrong frame, and it is left out.
   */
  private static boolean setOffRelativeBefore(List<Token> tokens, int source) {
    if (source < 2 || !isComma(tokens.get(source - 2))) {
      return false;
    }
    Token word = tokens.get(source - 1);
    return word.pos().startsWith("W") || isRelativePronoun(word);
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
    int[] subject = descriptions.reportingSourceBefore(tokens, lead);
    if (subject == null) {
      subject = descriptions.describedInvertedSource(text, tokens, lead, quotations);
    }
    boolean opener = GoverningVerb.PARTICIPLE_OPENERS.contains(tokens.get(lead).text().toLowerCase(Locale.ROOT));
    if (subject == null && (isComma(tokens.get(lead)) || opener)) {
      // "..., and the New Jersey governor tripped up Rubio by calling him out": an opener ties the
      // participle to the joined clause's verb as a comma does.
      subject = Subjects.joinedClauseSubject(tokens, lead);
    } else if (subject == null && commaInsideClose(text, tokens, lead)) {
      // "..., which Mr. Trump called ''a disgrace,'' blaming ...": the comma inside the closing
      // mark sets the participle off as a comma does, and the quotation it closes is the clause's.
      subject = Subjects.joinedClauseSubject(tokens, lead + 1);
    }
    if (subject == null) {
      subject = subjectBefore(tokens, lead);
    }
    int[] aside = subject == null ? subjectBeforeAside(tokens, lead) : null;
    if (subject == null && aside == null && opener) {
      // "When Trump launched his campaign by talking about ...", "Trump, who has often struggled
      // while talking about the issue": the opener ties the participle to the verb before it,
      // whose subject speaks, the clause's where no subject opens the sentence.
      subject = Subjects.finiteVerbSubjectBefore(tokens, lead);
    }
    if (aside != null) {
      return asideFrame(text, sentence, cue, cueSpan, aside, quotations);
    }
    // "..., still calling out the Republicans": the content opens after the particle the cue took.
    int after = Math.max(words.namedAttitudeEnd(tokens, cue), tokenEndingBefore(tokens, cueSpan.end())) + 1;
    int last = takenPrepositionEnd(tokens, cue, after);
    if (after + 1 < tokens.size() && tokens.get(after).text().equals(":")) {
      // "..., adding: “...”": the colon that introduces the content is the cue's, as after a finite verb.
      cueSpan = new Span(cueSpan.start(), tokens.get(after).span().end());
      after++;
    } else if (last >= 0) {
      // "..., referring to the council's ballot", "..., talking proudly of his daughters": the
      // preposition is the cue's, with the adverbs before it, as after a finite verb.
      cueSpan = new Span(cueSpan.start(), tokens.get(last).span().end());
      after = last + 1;
    } else {
      // "..., telling CNN on Sunday that Trump is a “faker”": as after a finite verb, the
      // content opens at "that"; "..., writing on Twitter that ...": the network is the cue's.
      int platform = words.platformEnd(tokens, cue, after);
      if (platform > 0) {
        cueSpan = new Span(cueSpan.start(), tokens.get(platform).span().end());
        after = platform + 1;
      }
      after = Math.max(after, complementizerAfter(tokens, after));
    }
    List<Span> content = subject == null ? List.of() : contentAfter(text, sentence, after, quotations);
    return content.isEmpty() ? null : frame(text, tokens, content, cueSpan, subject);
  }

  /**
   * The frame of a participle that is an aside of the subject before it: the content ends with the
   * aside, where the sentence's own verb follows a comma. A preposition the participle does not
   * take says where or for whom, not what ("Ms. Ortiz, writing for the paper, argued ..."), and the
   * aside holds no content; a "that" is no such preposition but opens the content, after the whole
   * cue ("Obama, making it clear that ...", "The notice, announcing that ...").
   */
  private Frame asideFrame(String text, Sentence sentence, int cue, Span cueSpan, int[] subject, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int after = Math.max(words.namedAttitudeEnd(tokens, cue), tokenEndingBefore(tokens, cueSpan.end())) + 1;
    int last = takenPrepositionEnd(tokens, cue, after);
    if (last >= 0) {
      cueSpan = new Span(cueSpan.start(), tokens.get(last).span().end());
      after = last + 1;
    } else if (after < tokens.size() && opensWithPreposition(tokens, after) && !isComplementizer(tokens.get(after))) {
      return null;
    }
    List<Span> content = contentAfter(text, sentence, after, quotations);
    return content.isEmpty() ? null : frame(text, tokens, endingWithRelativeClause(tokens, content, quotations), cueSpan, subject);
  }

  /**
   * The last word of the preposition the cue at {@code cue} takes after {@code after}, past any
   * adverbs ("spoke briefly about", "argued in favor of"), or -1 when it takes none there.
   */
  private int takenPrepositionEnd(List<Token> tokens, int cue, int after) {
    int preposition = afterAdverbs(tokens, after, tokens.size());
    return preposition + 1 < tokens.size() ? words.prepositionEnd(tokens, cue, preposition) : -1;
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
   * "After thanking the crowd, he touted ...", "Noting that ..., Tester added": the phrase the
   * participle opens, up to its comma, is the content, and the subject of the clause after it
   * speaks, with its description ("Recalling that moment, David Axelrod, who was ..., said"). As
   * with an aside, a preposition the participle does not take says where or how, not what
   * ("Reading from a prepared text, ..."); a time does not ("After suggesting on Wednesday that").
   * A time or place between the participle and its "that" clause says when or where it was said,
   * as after a finite verb, and the content starts at the clause ("Since announcing in October
   * that ...", "After suggesting on Wednesday that ..."); a time alone up to the comma is no
   * content ("In responding Friday, the campaign ...").
   */
  private Frame openingParticipleFrame(String text, Sentence sentence, int cue, Span cueSpan, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int after = tokenEndingBefore(tokens, cueSpan.end()) + 1;
    int opening = afterTimeExpression(tokens, after);
    int clause = afterScene(tokens, after);
    int last = takenPrepositionEnd(tokens, cue, after);
    if (last >= 0) {
      cueSpan = new Span(cueSpan.start(), tokens.get(last).span().end());
      after = last + 1;
    } else if (clause > after && clause < tokens.size() && isComplementizer(tokens.get(clause))) {
      after = clause;
    } else if (opening < tokens.size() && opensWithPreposition(tokens, opening) && !isComplementizer(tokens.get(opening))
        || opening > after && opening < tokens.size() && isComma(tokens.get(opening))) {
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

  /**
   * The subject before an aside that ends at the comma {@code comma} right before its verb: "When
   * Ms. Ortiz, during a debate in 1980, recommended", "(Mayor Ann Lee, who is running again, also
   * supported", "why Mr. Reed, almost alone, decided". The aside opens after the comma before it
   * with a relative pronoun, a preposition, a participle or an adverb, and holds no verb of its own
   * but a relative clause's; the subject ends at that comma and opens the sentence or follows a
   * subordinator, a colon or a bracket, so it is no object of a verb before it. After "and" or
   * "but" the subject is left out: the coordinated frame then takes the first clause's source
   * ({@link RuleAttributor}), gold's the later pronoun. PolNeAR's source takes a relative clause
   * or an "including" with the name, not a scene.
   */
  private static int[] subjectAcrossAside(List<Token> tokens, int comma) {
    int open = comma - 1;
    while (open > 0 && !isComma(tokens.get(open))) {
      open--;
    }
    if (open <= 0 || open + 1 >= comma) {
      return null;
    }
    int[] pronoun = relativeBeforeAside(tokens, comma);
    if (pronoun != null) {
      return pronoun;
    }
    int[] auxiliary = subjectBeforeSplitAuxiliary(tokens, open, comma);
    if (auxiliary != null) {
      return auxiliary;
    }
    Token first = tokens.get(open + 1);
    boolean relative = first.pos().startsWith("W");
    if (!relative && !first.pos().matches("IN|VBN|VBG|RB") || !relative && anyToken(tokens, open + 1, comma, Clauses::isFinite)) {
      return null;
    }
    if (first.pos().equals("IN") && !anyToken(tokens, open + 2, comma, t -> t.pos().matches("NN.*|PRP|CD"))) {
      // "the sentence, albeit severe, had confirmed ...": a preposition with no noun after it opens
      // no aside but a clause cut short, and what follows is no verb of the phrase before it.
      return null;
    }
    int[] name = nounPhraseBefore(tokens, open - 1);
    if (name == null || name[1] != open || name[0] > 0 && !opensSubject(tokens.get(name[0] - 1))) {
      return null;
    }
    boolean described = relative || first.text().equalsIgnoreCase("including");
    return described ? new int[] {name[0], comma + 1} : name;
  }

  /**
   * The relative pronoun that an aside set off by commas parts from its verb, whose comma is
   * {@code comma}: "Bret Stephens, who, after trading insults with the host, said", "the campaign's
   * leadership, who, on a press call Friday, criticized". The pronoun follows a comma of its own, and
   * the aside holds no finite verb; PolNeAR's source is the pronoun, as it is with no aside
   * ("Podesta, who said ..."). Counted on PolNeAR train: 5 listed verbs stand so, 3 of them gold
   * cues: 2 frames added and 1 set right, all gold's, none lost.
   */
  private static int[] relativeBeforeAside(List<Token> tokens, int comma) {
    int open = comma - 1;
    while (open > 0 && !isComma(tokens.get(open))) {
      open--;
    }
    int pronoun = open - 1;
    boolean relative = pronoun > 0 && isComma(tokens.get(pronoun - 1)) && tokens.get(pronoun).pos().matches("WP|WDT");
    return relative && open + 1 < comma && !anyToken(tokens, open + 1, comma, Clauses::isFinite) ? new int[] {pronoun, pronoun + 1} : null;
  }

  /**
   * The subject before an auxiliary that an aside set off by commas parts from its participle, the
   * aside running from the comma {@code open} to the comma {@code comma}: "A poll of voters has,
   * however, revealed", "U.S. officials have, in fact, praised". The subject opens the sentence or
   * follows a subordinator; the aside holds no finite verb. PolNeAR's cue runs from the auxiliary
   * over the aside to the verb ({@link #subjectFrame}). Counted on PolNeAR train: 3 such listed
   * verbs, all gold cues, none with a frame; 2 frames added, both gold's and exact (the third, "a
   * decision which he has, so far, refused to consider", has a relative object before it).
   */
  private static int[] subjectBeforeSplitAuxiliary(List<Token> tokens, int open, int comma) {
    Token auxiliary = tokens.get(open - 1);
    if (open < 2 || !auxiliary.pos().matches("VBZ|VBP|VBD") || !auxiliary.lemma().matches("(?i)have|be")
        || anyToken(tokens, open + 1, comma, Clauses::isFinite)) {
      return null;
    }
    int[] name = nounPhraseBefore(tokens, open - 2);
    return name == null || name[1] != open - 1 || name[0] > 0 && !opensSubject(tokens.get(name[0] - 1)) ? null : name;
  }

  /** Whether a subject may follow the word: a subordinator, a colon or an opening bracket. */
  private static boolean opensSubject(Token token) {
    String word = token.text().toLowerCase(Locale.ROOT);
    return token.pos().matches("WRB|:|-LRB-")
        || token.pos().equals("IN") && (CLAUSE_SUBORDINATORS.contains(word) || Clauses.ADVERBIAL_SUBORDINATORS.contains(word));
  }

  /**
   * The "to" at {@code to} when only a name opens the sentence before it, as a headline announces
   * what someone will do ("Rep. Welch to back Sanders", "AFL-CIO to endorse Clinton"); -1 otherwise.
   * Not a capitalized "To" of a headline in title case ("St. Paul Votes To Condemn ..."), where the
   * tags read any word as a name.
   */
  private static int headlineNameBefore(List<Token> tokens, int to) {
    boolean named = to > 0 && tokens.get(to).text().equals("to") && !anyToken(tokens, 0, to, t -> !t.pos().matches("NNPS?|HYPH"));
    return named ? to : -1;
  }

  /** Whether an auxiliary stands between token {@code from} and the verb at {@code cue}: "have long supported". */
  private static boolean auxiliaryBetween(List<Token> tokens, int from, int cue) {
    return anyToken(tokens, from + 1, cue, t -> t.pos().startsWith("VB") || t.pos().equals("MD"));
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
    source = descriptions.withDescription(text, tokens, source, quotations);
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
        : joined ? clauseOrSentenceSubject(tokens, before)
        : withSeriesBefore(tokens, withParticipleBefore(tokens, withRelativeClauseBefore(tokens, nounPhraseBefore(tokens, before))));
    if (source != null && described == null && source[1] == cue && tokens.get(cue).pos().equals("VBG")) {
      // "the release of a new video threatening ...": the participle describes the nearest noun.
      source = withParticipleAfterOf(tokens, withParticipleAfterPreposition(tokens, source));
      // "the senator opened a rally blasting ...": a venue says nothing; the verb's subject does.
      int[] speaker = venueSpeaker(tokens, cue);
      source = speaker == null ? source : speaker;
    }
    if (source == null && !joined && described == null && isFinite(tokens.get(cue))) {
      // "Republicans who agree that the camp should be closed have urged ...": a relative clause
      // that ends with a participle or an adjective.
      source = relativeClauseEndingAt(tokens, before);
    }
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
    int remark = source != null && described == null && source[1] == cueFrom ? remarkAfterPossessor(tokens, source) : -1;
    if (remark > 0) {
      // "His remarks indicated ...": the possessor speaks, and the remark opens the cue.
      source = new int[] {source[0], remark};
      cueFrom = remark;
    }
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
    if (source == null && isComma(tokens.get(before)) && (isFinite(tokens.get(cue)) || auxiliaryBetween(tokens, before, cue))) {
      // "When Ms. Ortiz, during a debate in 1980, recommended ...", "most senators, including
      // Mr. Reed, have supported ...": a subject set off from its verb by a description or an aside
      // inside the sentence, which no walk back from the comma crosses.
      source = subjectAcrossAside(tokens, before);
      // "U.S. officials have, in fact, praised": the cue runs from the auxiliary before the aside.
      boolean splitAuxiliary = source != null && source[1] + 1 < before && isComma(tokens.get(source[1] + 1))
          && tokens.get(source[1]).lemma().matches("(?i)have|be");
      cueFrom = splitAuxiliary ? source[1] : cueFrom;
    }
    int headline = source == null && described == null ? headlineNameBefore(tokens, before) : -1;
    if (headline > 0) {
      // "Welch to back Sanders for president.": a headline's name and infinitive tell what the
      // named will do; PolNeAR's cue takes the "to".
      source = new int[] {0, headline};
      cueFrom = headline;
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
    } else if (words.takesAddressee(tokens.get(cue))) {
      int[] told = addresseeAfter(tokens, after);
      if (told != null && (tokens.get(cue).lemma().equalsIgnoreCase("tell") || addressesClause(tokens, told))) {
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
    int last = takenPrepositionEnd(tokens, cue, after);
    boolean taken = last >= 0;
    if (taken) {
      // "called for a bigger military effort", "referring to reports that ...": the preposition
      // the verb takes is part of the cue, its object the content.
      cueSpan = new Span(cueSpan.start(), tokens.get(last).span().end());
      after = last + 1;
    } else if (!words.signs(tokens, cue)) {
      // "said at a news conference last week that ...": the content opens at "that". After a
      // signing verb the object is the content, and a "that" after it is relative ("signed a
      // letter of apology that he said was drafted by the firm").
      int complementizer = complementizerAfter(tokens, after);
      if (complementizer > after && (words.namesProposition(tokens.get(complementizer - 1)) || words.isCueNoun(tokens, complementizer - 1))
          && !anyToken(tokens, after, complementizer, t -> t.pos().equals("IN") || t.pos().equals("TO") || isComma(t))) {
        // "rejected the notion that ...", "dismissed concerns that ...": the noun phrase the "that"
        // clause states is the content, a cue noun's as well (on PolNeAR train 7 contents made
        // exact, 2 lost: "reiterated his claim that", "pressing his attack that").
        complementizer = after;
      }
      int opening = complementizer >= 0 ? complementizer : openingAfterTime(tokens, after);
      after = opening >= 0 ? opening : Math.max(after, clauseAfterAdjunct(tokens, after));
      // "If she wins, Clinton suggested in a tweet, women will ...": a clause set off by commas
      // inside its content says where it was said before the comma (on PolNeAR train 6 contents
      // change, 3 made exact, none lost); after a colon the phrase is the content's own.
      boolean interrupting = source[0] > 0 && isComma(tokens.get(source[0] - 1)) && !tokens.get(after - 1).text().equals(":");
      int scene = opening < 0 && interrupting ? afterSceneComma(tokens, after) : -1;
      after = scene >= 0 ? scene : after;
    }
    if (objectAlone(text, tokens, source, after)) {
      return frame(text, tokens, List.of(tokens.get(source[0] - 1).span()), cueSpan, source).withRecipient(recipient);
    }
    // "She also argued in favor of Britain's remaining in the EU": after any verb but one of saying,
    // the object of the preposition it took is the content, never a quotation before the sentence;
    // a verb of saying still reports that quotation ("“Why ...?” | Lichtman said about McCain's effort").
    Frame found = contentFor(text, sentence, cueSpan, source, after, taken && !saying(tokens.get(cue)), quotations);
    if (carrier && (found == null || found.contentFirst() || !isMark(text.charAt(found.content().get(0).start())))) {
      return null;
    }
    if (found == null || !found.direct() && !found.contentFirst() && !saysSomething(tokens, tokens.get(cue), found.content())
        && !namesObject(tokens, source, after)) {
      return objectBefore(text, tokens, cueSpan, source, after);
    }
    Frame gapped = found.direct() || found.contentFirst() ? null : gappedObject(text, tokens, cueSpan, cue, source, after);
    if (gapped != null) {
      return gapped;
    }
    if (!found.direct() && !found.contentFirst()) {
      found = withGappedSubject(text, tokens, cueSpan, source, found);
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
    } else if (!found.contentFirst() && setOffRelativeBefore(tokens, source[0])) {
      found = found.withContentAfterCue(endingWithRelativeClause(tokens, found.content(), quotations));
    }
    if (!found.contentFirst() && !anyToken(tokens, asideBefore(text, tokens, source[0]) + 1, source[0], words::isCue)) {
      // A cue before the source ("He believes, he said, that ...") opens a content of its own;
      // one before a dash is the writer's sentence's, not the aside's.
      found = found.withContentAfterCue(withInterruptedStart(text, tokens, source[0], found.content()));
    }
    if (!found.contentFirst() && source[0] > 0 && OBJECT_PRONOUNS.contains(tokens.get(source[0] - 1).text().toLowerCase(Locale.ROOT))
        && !occasionOfSaying(tokens, cue, source[0] - 1)) {
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
    int phrase = tokenEndingBefore(tokens, found.cue().end()) + 1;
    int statement = found.contentFirst() ? words.statementEnd(tokens, phrase)
        : words.statementBeforeEnd(tokens, phrase, tokenEndingBefore(tokens, found.content().get(0).start()) + 1);
    if (statement > 0) {
      // "“...,” the campaign said in a statement.", "the campaign said in a statement that ...": the
      // declaration it was issued in is part of the cue.
      found = found.withCue(new Span(cueSpan.start(), tokens.get(statement).span().end()));
    }
    int platform = words.platformEnd(tokens, cue, tokenEndingBefore(tokens, found.cue().end()) + 1);
    if (platform > 0 && (found.contentFirst() || found.content().get(0).start() > tokens.get(platform).span().start())) {
      // "“...,” Vargas wrote on Facebook.", "posted on Twitter that ...": where it was posted is
      // part of the cue.
      found = found.withCue(new Span(cueSpan.start(), tokens.get(platform).span().end()));
    }
    int manner = found.contentFirst() ? mannerEnd(tokens, tokenEndingBefore(tokens, found.cue().end()) + 1) : -1;
    if (manner > 0) {
      // "“...,” she said with a grin.": how it was said is part of the cue.
      found = found.withCue(new Span(cueSpan.start(), tokens.get(manner).span().end()));
    }
    return found.withRecipient(recipient);
  }

  /**
   * "a tax on investment income (which Clinton also supports)", "the trade agreement, which Mr.
   * Putin vehemently opposed.", "the trade bill - which he once supported - and ...": a cue whose
   * clause ends with it, its object the relative pronoun that opens the clause, says only that
   * pronoun, and PolNeAR's content is the pronoun alone, where no frame was made or the content ran
   * on past the clause's end. The clause ends at the sentence's end, a closing bracket, a dash, a
   * semicolon or a comma with no quotation after it; after a preposition the pronoun is the
   * preposition's ("with whom Christie was contending"), and "that" is left out, which gold marks
   * in 2 such clauses of 8. Counted on PolNeAR train: 7 frames made or cut, 5 of them now with
   * gold's exact content, 1 with no gold ("and which Trump has criticized"), 1 where gold's content
   * is the antecedent; and a content that ran on no longer hides the next cue ("When asked whom she
   * supported, Ms. Sherry smiled and said ...").
   * <p>
   * The pronoun is the whole content as well when only an adjunct of the cue follows it before the
   * clause ends: a time ("which Ms. Kemp denounced Thursday —"), a prepositional phrase with no
   * finite verb ("who many in the party had backed in the hope of derailing ...", "which Senator
   * Cruz proposed under a flat rate"), a "when" clause ("which Clinton conceded when polls closed"),
   * or a second relative clause ("which he has denied and which ..."). Counted on PolNeAR train: 8
   * predictions change, 5 contents made gold's exact pronoun, 1 new frame with gold's exact
   * content, 1 new frame and 1 content change where gold has none; none lost, once a preposition
   * the content opens with ("likened to what one might find ...") and a phrase before a clause
   * ("has made clear in interviews he is uncertain about ...") are left to the content.
   */
  static boolean objectAlone(String text, List<Token> tokens, int[] source, int after) {
    int pronoun = source[0] - 1;
    if (pronoun < 0 || !isRelativeObject(tokens.get(pronoun)) || pronoun > 0 && tokens.get(pronoun - 1).pos().matches("IN|TO")) {
      return false;
    }
    // Adverbs after the cue are its own ("whom she mentioned later in the speech"); counted on
    // PolNeAR train with the "as" clause below: 3 contents cut to the pronoun, 2 of them gold's
    // exact content, 1 with no gold ("which she recently backed away from"), none lost.
    int adjunct = afterAdverbs(tokens, afterTimeExpression(tokens, after), tokens.size());
    if (clauseEnds(text, tokens, adjunct)) {
      return true;
    }
    Token next = tokens.get(adjunct);
    boolean anotherObject = next.pos().equals("CC") && adjunct + 1 < tokens.size() && isRelativeObject(tokens.get(adjunct + 1));
    boolean phrase = next.pos().equals("IN") && !CONTENT_PREPOSITIONS.contains(next.text().toLowerCase(Locale.ROOT));
    return anotherObject || next.pos().equals("WRB") || phrase && !finiteBeforeEnd(text, tokens, adjunct) || asClause(tokens, adjunct);
  }

  /**
   * Whether an "as" with a subject and its finite verb after it opens a clause of its own, when the
   * cue was said ("which the chair read out as the mayor frowned"), not what the cue calls its
   * object ("which he describes as his second home", {@link #namesObject}).
   */
  private static boolean asClause(List<Token> tokens, int at) {
    return tokens.get(at).text().equalsIgnoreCase("as") && at + 1 < tokens.size() && subjectAndVerbAt(tokens, at + 1);
  }

  /** Whether a finite verb stands between token {@code from} and the end of its clause ({@link #clauseEnds}). */
  private static boolean finiteBeforeEnd(String text, List<Token> tokens, int from) {
    for (int i = from; !clauseEnds(text, tokens, i); i++) {
      if (isFinite(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a relative clause ends before token {@code at}: at the sentence's end, a closing
   * bracket, a dash, a semicolon or a comma with no quotation after it.
   */
  private static boolean clauseEnds(String text, List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(at);
    boolean quotationAfter = at + 1 < tokens.size() && isQuotationMark(tokens.get(at + 1));
    return isSentenceEnd(next) || next.text().equals(")") || isSpacedDash(text, next)
        || isComma(next) && !quotationAfter;
  }

  /**
   * "Florida, which he describes as his second home", "someone whom Mr. Trump views as something
   * of a peer": after a cue whose object is the relative pronoun that opens its clause, "as" says
   * what the cue calls that object, and the phrase it opens is what is said, though it has no
   * verb; the pronoun joins the content as the cue's object. Counted on PolNeAR train: 3 such
   * frames no rule made, all gold attributions with "which … as ..." or "whom … as ..." for
   * content, and no other such relative clause outside quotation marks; after "what", whose clause
   * is another verb's object ("to showcase what his aides describe as ..."), gold gives the
   * content to that verb's source as often, and it is left out.
   */
  private static boolean namesObject(List<Token> tokens, int[] source, int after) {
    return after < tokens.size() && tokens.get(after).text().equalsIgnoreCase("as") && source[0] > 0
        && isRelativeObject(tokens.get(source[0] - 1));
  }

  /** Whether a word of {@link #OBJECT_PRONOUNS} other than "what" stands here: the object of a relative clause. */
  private static boolean isRelativeObject(Token pronoun) {
    return OBJECT_PRONOUNS.contains(pronoun.text().toLowerCase(Locale.ROOT)) && !pronoun.text().equalsIgnoreCase("what");
  }

  /**
   * "a speech in which he said he would ...", "a call during which she underscored the urgency":
   * a relative pronoun after a preposition is that preposition's object, the occasion of the
   * saying, not what the cue says, and PolNeAR's content leaves it out; "what" stays, since its
   * clause is the preposition's object ("to what he called ..."), and so does a pronoun after a
   * preposition the cue verb takes ("for which he apologized"), where it is what is said. Counted
   * on PolNeAR train: 25 such contents, none with the pronoun alone; 18 made gold's exact.
   */
  private boolean occasionOfSaying(List<Token> tokens, int cue, int pronoun) {
    int preposition = pronoun - 1;
    return preposition >= 0 && isRelativeObject(tokens.get(pronoun))
        && (tokens.get(preposition).pos().equals("IN") || tokens.get(preposition).pos().equals("TO"))
        && !words.takesPreposition(tokens, cue, preposition);
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
   * "the off-the-cuff style he prefers", "that's what they expected": a cue with no content after
   * it, whose subject follows the noun phrase or the "what" it has as object; that object is the
   * content (in practice after a pronoun subject: a noun subject's phrase takes in the object before
   * it). Null when none stands right before the subject, or a clause follows the cue. After a
   * relative pronoun ("a bill that critics called anti-gay") PolNeAR's content is most often the
   * noun and what follows the cue, and the pronoun alone matched it in 3 of 11 on train.
   */
  private static Frame objectBefore(String text, List<Token> tokens, Span cueSpan, int[] source, int after) {
    if (clauseFrom(tokens, after)) {
      return null;
    }
    int[] object = objectOf(tokens, source);
    return object == null ? null : frame(text, tokens, List.of(span(tokens, object)), cueSpan, source);
  }

  /** The noun phrase or the "what" right before the subject {@code source} that its verb has as object, or null. */
  private static int[] objectOf(List<Token> tokens, int[] source) {
    if (source[0] < 1 || isRelativePronoun(tokens.get(source[0]))) {
      return null;
    }
    Token last = tokens.get(source[0] - 1);
    return last.text().equalsIgnoreCase("what") ? new int[] {source[0] - 1, source[0]}
        : last.pos().equals("NN") || last.pos().equals("NNS") ? nounPhraseBefore(tokens, source[0] - 1) : null;
  }

  /**
   * The noun phrase before the subject {@code source} that fills the gap of its clause (objectOf),
   * from a dash, comma or verb inside it on: "the Trans-Pacific Partnership trade pact with Asian
   * countries - a deal she once supported", "The ministry released new figures it said showed"
   * (the noun phrase walk reads "released" as a modifier). Null when none stands there.
   */
  private static int[] gapFiller(String text, List<Token> tokens, int[] source) {
    int[] object = objectOf(tokens, source);
    if (object == null) {
      return null;
    }
    int dash = object[1] - 1;
    while (dash > object[0] && !isSpacedDash(text, tokens.get(dash)) && !isComma(tokens.get(dash)) && !tokens.get(dash).pos().startsWith("VB")) {
      dash--;
    }
    return dash > object[0] || tokens.get(dash).pos().startsWith("VB") ? new int[] {dash + 1, object[1]} : object;
  }

  /**
   * "words he has been repeating for decades, not so much because ...", "a deal she once supported -
   * makes sense", "something the party seemed to acknowledge by tacking on ...": a cue whose
   * object is the noun phrase before its subject, when a phrase of how, where or when, or a dash,
   * follows it; its content is that noun phrase, from a dash or comma in it on, whatever clause
   * comes further on. None when the preposition is stranded ("the editor I was talking to,") or
   * ends the cue ("the videos she was talking about -"), or is "as" or "like", which say what the
   * object is called ("a way Comey slammed as careless"); nor a time before the subject ("On Sunday
   * morning Mr. Trump said in ..."), the noun of a phrase that opens the sentence ("In another study
   * they wrote with ..."), or "what", which the cue's content after it takes as a fragment.
   */
  private Frame gappedObject(String text, List<Token> tokens, Span cueSpan, int cue, int[] source, int after) {
    if (after >= tokens.size()) {
      return null;
    }
    Token next = tokens.get(after);
    String word = next.text().toLowerCase(Locale.ROOT);
    boolean stranded = after + 1 == tokens.size() || !tokens.get(after + 1).pos().matches("[A-Z$].*");
    boolean phrase = next.pos().equals("IN") && !stranded && !isComplementizer(next) && !word.equals("as") && !word.equals("like")
        && !words.takesPreposition(tokens, cue, after) || next.pos().startsWith("RB") || isSpacedDash(text, next);
    int last = tokenEndingBefore(tokens, cueSpan.end());
    int[] object = phrase && !tokens.get(last).pos().matches("IN|TO|RP") ? gapFiller(text, tokens, source) : null;
    if (object == null || tokens.get(object[0]).text().equalsIgnoreCase("what") || namesTimeAlone(tokens, object)
        || object[0] > 0 && tokens.get(object[0] - 1).pos().equals("IN") && afterConnectives(tokens, 0, object[0]) == object[0] - 1) {
      return null;
    }
    return frame(text, tokens, List.of(span(tokens, object)), cueSpan, source);
  }

  /**
   * "a tactic Democrats hope will dampen Latino support", "The only regret he acknowledged was a
   * failed promise": a finite verb right after the cue, with no "that" before it, has lost its
   * subject to the noun phrase before the cue's own subject, which the cue reports as well;
   * PolNeAR's content takes that noun phrase as a fragment before the clause.
   */
  private static Frame withGappedSubject(String text, List<Token> tokens, Span cueSpan, int[] source, Frame found) {
    int verb = afterAdverbs(tokens, tokenEndingBefore(tokens, cueSpan.end()) + 1, tokens.size());
    if (verb >= tokens.size() || !isFinite(tokens.get(verb)) || found.content().get(0).start() != tokens.get(verb).span().start()) {
      return found;
    }
    int pronoun = source[0] - 1;
    if (pronoun > 0 && tokens.get(pronoun).text().equalsIgnoreCase("that") && tokens.get(pronoun - 1).pos().startsWith("NN")) {
      // "a strike that executives said could hurt earnings": the relative "that" is the subject
      // the clause lost, and PolNeAR's content takes it as a fragment, not the noun before it.
      List<Span> content = new ArrayList<>(found.content());
      content.add(0, tokens.get(pronoun).span());
      return found.withContentAfterCue(content);
    }
    int[] subject = nameAfterGap(tokens, source);
    int[] object = gapFiller(text, tokens, subject == null ? source : subject);
    if (object == null || tokens.get(object[0]).text().equalsIgnoreCase("what")) {
      return found;
    }
    List<Span> content = new ArrayList<>(found.content());
    content.add(0, span(tokens, object));
    // The content still counts as after the cue, so that a cue in the clause after it splits it as before.
    Frame gapped = (subject == null ? found : frame(text, tokens, content, found.cue(), subject)).withContentAfterCue(content);
    // The noun phrase stands right before the source as the frame reads it, not before a time or
    // dash the frame has cut from it ("a new phase Wednesday - a delicate minuet that Clinton hopes").
    boolean adjacent = gapped.source() != null && tokens.get(object[1]).span().start() == gapped.source().start();
    return adjacent ? gapped : found;
  }

  /**
   * "a tactic Democrats hope will ...", "the photo Trump posted didn't show ...": the noun phrase
   * read as the subject runs over the common noun that fills the gap into the name after it; the
   * name alone is the subject. Null when no common noun stands right before a name in it.
   */
  private static int[] nameAfterGap(List<Token> tokens, int[] source) {
    for (int i = source[1] - 1; i > source[0]; i--) {
      if (tokens.get(i).pos().startsWith("NNP") && tokens.get(i - 1).pos().matches("NNS?")) {
        return new int[] {i, source[1]};
      }
    }
    return null;
  }

  /**
   * The frame of a cue whose source comes before it, with the content on either side; {@code
   * objectTaken} when the content can only be the object the cue's preposition takes.
   */
  private Frame contentFor(String text, Sentence sentence, Span cueSpan, int[] source, int after, boolean objectTaken, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    // "“...?” Obama asked Republican politicians.": the quotation closed the sentence before, and
    // nothing after the cue reads as a clause of its own.
    if (source[0] == 0 && !objectTaken && !clauseFrom(tokens, after)) {
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
      // "Outright victory is vital, he said after meeting with aides, because ...", "Such a move could
      // alienate his backers, Clinton allies believe — backers she will need": a clause further on
      // is no content when the reporting clause closes before it and a plain clause of its own opens
      // the sentence: none after a scene ("Soon after ..., Canova wrote to ...", "Friday morning,
      // as ..., CNN reported"), a cue of its own, a comma or a relative clause ("An
      // ultraconservative who ..., Black marveled at ...").
      int opener = afterConnectives(tokens, 0, source[0]);
      boolean closed = !quoted && !first.isEmpty() && closesReport(text, tokens, tokenEndingBefore(tokens, cueSpan.end()), after)
          && hasVerb(tokens, 0, source[0] - 1) && !tokens.get(opener).pos().matches("WRB|IN")
          && !openingParticiple(tokens, source[0] - 1) && afterTimeExpression(tokens, opener) == opener
          && !anyToken(tokens, opener, source[0] - 1, t -> isComma(t) || t.pos().startsWith("W") || words.isCue(t));
      if (closed && clauseFrom(tokens, after)) {
        return frame(text, tokens, first, cueSpan, source);
      }
      if (quoted || !first.isEmpty() && !scene && hasVerb(tokens, 0, source[0] - 1) && !clauseFrom(tokens, after)) {
        List<Span> rest = !quoted && continuesAfterComma(tokens, after) ? contentAfter(text, sentence, after, quotations) : List.of();
        if (!quoted && rest.isEmpty() && !reportsClause && opensWithOpenedParticiple(tokens)) {
          // "After suggesting that ..., Mr. Rubio disagreed with him.", "When reached by the AP,
          // Lewandowski had little to say.": a participle that an opener leads sets the scene even
          // where the cue has no content after it that a frame could take; it is not what the cue
          // reports.
          return null;
        }
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
          Span subject = predicateAfterComma(tokens, after) ? subjectAfterLastBreak(text, tokens, first.get(0), source[0] - 1) : first.get(0);
          return frame(text, tokens, List.of(subject, rest.get(0)), cueSpan, source);
        }
      }
    }
    List<Span> content = contentAfter(text, sentence, after, quotations);
    return content.isEmpty() ? null : frame(text, tokens, content, cueSpan, source);
  }

  /**
   * "After that fiasco, the 1920 election, we might recall, was a rout", "... in Iowa, which, his
   * advisers believe, would lead to ...", "... - and the permit, his campaign said, had been hard to
   * get": when the content goes on after the reporting clause with the verb of a subject before it,
   * that subject runs back only to the last comma or lone dash, past a connective; the words
   * before it are the writer's. Not past a dash that closes an aside ("— an impartial umpire
   * calling balls and strikes — and the best way to do that, they think, is ..."), whose own cue
   * would then take what follows; nor where the words after the comma hold a clause of their own
   * ("While ..., that is cause for celebration, he said, because ...") or open with no noun
   * ("Proposals from Clinton, to raise taxes on gains, he added, amount to ...": the tail of a
   * longer subject). Counted on PolNeAR train: 5 contents made exact, none lost.
   */
  private static Span subjectAfterLastBreak(String text, List<Token> tokens, Span before, int comma) {
    for (int i = comma - 1; i >= 0 && tokens.get(i).span().start() > before.start(); i--) {
      if (isSpacedDash(text, tokens.get(i)) && anyToken(tokens, 0, i, t -> isSpacedDash(text, t))) {
        return before;
      }
      if (isComma(tokens.get(i)) || isSpacedDash(text, tokens.get(i))) {
        int start = afterConnectives(tokens, i + 1, comma);
        return start < comma && tokens.get(start).pos().matches(SUBJECT_OPENERS) && !anyToken(tokens, start, comma, Clauses::isFinite)
            ? new Span(tokens.get(start).span().start(), before.end()) : before;
      }
    }
    return before;
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

  /**
   * Whether the reporting clause after a content ends at token {@code at}, after any time and
   * adverbs: a spaced dash closes it ("..., they believe — but how he ..."), and a preposition
   * opens a phrase of where, when or why it was said ("..., he said after meeting Thursday with
   * aides", "..., he said Wednesday morning on MSNBC's “Morning Joe.”"), whatever clause follows
   * further on. A semicolon is left out: PolNeAR's content runs on over it (2 to 1 on train).
   */
  private boolean closesReport(String text, List<Token> tokens, int cue, int at) {
    int next = afterAdverbs(tokens, afterTimeExpression(tokens, at), tokens.size());
    if (next >= tokens.size()) {
      return false;
    }
    Token token = tokens.get(next);
    // Not the preposition of what is spoken of ("stated of politicians, “...”") or one the verb
    // takes ("marveled at the level of enthusiasm").
    return isSpacedDash(text, token) || token.pos().equals("IN") && !isComplementizer(token) && !token.text().equalsIgnoreCase("of")
        && !words.takesPreposition(tokens, cue, next);
  }

  /** Whether the quotation that closes at token {@code close} opens after words of the sentence: "Humphrey, who calls Trump a “sociopath,”". */
  private static boolean quotationWithinClause(List<Token> tokens, int close, List<Span> quotations) {
    Span quotation = quotations.stream().filter(q -> q.end() >= tokens.get(close).span().end() && q.start() < tokens.get(close).span().start())
        .findFirst().orElse(null);
    return quotation != null && quotation.start() > tokens.get(0).span().end() && isComma(tokens.get(close - 1));
  }

  /** Whether the sentence opens with a preposition or "when" and a participle: "After suggesting ...", "When reached by ...". */
  private static boolean opensWithOpenedParticiple(List<Token> tokens) {
    int participle = afterAdverbs(tokens, 1, tokens.size());
    return participle < tokens.size() && tokens.get(0).pos().matches("WRB|IN") && tokens.get(participle).pos().matches("VBG|VBN");
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
   * The quotation that opens after the comma at or before {@code at} ("Said Dorothy Poynter, who
   * grew up with Ali, “We were all so proud of him.”"), as a content, or none.
   */
  private static List<Span> quotationAfterComma(List<Token> tokens, int at, List<Span> quotations) {
    boolean comma = at > 0 && isComma(tokens.get(at - 1));
    int next = at;
    while (next < tokens.size() && isComma(tokens.get(next))) {
      comma = true;
      next++;
    }
    Span quotation = comma && next < tokens.size() ? quotationAt(tokens.get(next).span().start(), quotations) : null;
    return quotation == null ? List.of() : List.of(quotation);
  }

  /**
   * Whether the phrase after a cue that takes an addressee ("assured voters he ...", "reminding
   * Republicans that ...") is the one spoken to, with the content after it: a clause must follow,
   * and a phrase that opens with a preposition ("press for nominees who ...") or names a
   * proposition or a saying ("questioned the idea that ...", "ask a question he ...") is what the
   * cue is about, not who it addresses.
   */
  private boolean addressesClause(List<Token> tokens, int[] told) {
    int head = told[1] - 1;
    return !tokens.get(told[0]).pos().equals("IN") && !words.namesProposition(tokens.get(head))
        && !words.isCueNoun(tokens, head) && clauseOpensAt(tokens, told[1]) && !relativeThatAt(tokens, told[1]);
  }

  /**
   * Whether the "that" at token {@code at}, right before a verb, opens a relative clause that still
   * describes who is addressed ("asked agencies that dealt with ..."), no clause said to them.
   */
  private static boolean relativeThatAt(List<Token> tokens, int at) {
    return tokens.get(at).text().equalsIgnoreCase("that") && at + 1 < tokens.size()
        && (tokens.get(at + 1).pos().startsWith("VB") || tokens.get(at + 1).pos().equals("MD"));
  }
}
