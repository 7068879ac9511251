package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Clauses.openingClauseEnd;
import static org.triangulate.attribution.Contents.endingAt;
import static org.triangulate.attribution.CoordinateSplits.withCoordinateSplits;
import static org.triangulate.attribution.FollowingQuotations.withFollowingQuotations;
import static org.triangulate.attribution.FollowingQuotations.withoutRepeatedContent;
import static org.triangulate.attribution.IntroducedParagraph.withIntroducedParagraphs;
import static org.triangulate.attribution.IntroducedParagraph.withoutClosingColons;
import static org.triangulate.attribution.NestedAttributions.ownClause;
import static org.triangulate.attribution.NestedAttributions.quotedVerdict;
import static org.triangulate.attribution.NestedAttributions.saidByRelativeWho;
import static org.triangulate.attribution.NestedAttributions.withoutRelativeQuotations;
import static org.triangulate.attribution.Phrases.afterAdverbs;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.beforeAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.tokenEndingBefore;
import static org.triangulate.attribution.QuotationMarks.inside;
import static org.triangulate.attribution.QuotationMarks.isMark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Finds attributions with rules over tokens, parts of speech and quotation marks, without a parse:
 * a reporting verb (from {@code en/reporting_verbs.txt} or {@code en/wordnet_cue_verbs.txt})
 * outside quotation marks, or "according to", is a cue; its source is the noun phrase before it
 * ({@code X said ...}), or after it when the content comes first ({@code "...," said X}); its
 * content is the rest of the sentence up to where another clause joins it, or the quotation next
 * to the cue, which may run over several sentences and paragraphs. Spans follow PolNeAR's
 * conventions: the cue runs from the source to the verb ("has also said"), with the colon or the
 * preposition that introduces the content ("said:", "called for"); the content keeps its "that". A
 * quotation that follows an attribution in the same paragraph, with no cue of its own, is a
 * further fragment of the same content. Speakers are then resolved across the article by {@link
 * SpeakerResolver}.
 */
public final class RuleAttributor implements Attributor {

  /** The label that puts the interviewer's question in a transcript ("Q: ..."), as "A: ..." puts the answer. */
  private static final String QUESTION_LABEL = "Q";

  private final CueWords words = CueWords.ENGLISH;
  private final ReportingVerb reportingVerb = new ReportingVerb(words);
  private final ReportingTail reportingTail = new ReportingTail(words);
  /**
   * The kinds of cue, in the order they are tried at each token: a phrase ("according to", "To
   * Ms. Reyes, ...", a headline "Carson on why ...", "in the poll", "the claim that", "her answer was that", "is a critic of",
   * "launched an attack on", "won the endorsement of"), a question put, an attitude ("are wary of",
   * "were convinced that"), a view that names no one, "as X put it", a passive cue with its agent
   * ("was criticized by X"), a reporting verb, a verb that reports only with a relative pronoun for
   * its object ("which I share"), and the marks that stand for a verb (a dash, or a colon after a
   * name or a clause).
   */
  private final List<CueKind> kinds = List.of(new AccordingTo(), new Viewpoint(), new HeadlineTopic(), new PollFinding(), new CueNoun(words),
      new PredicateNoun(words), new AdvocateNoun(), new StanceNoun(words), new WonEndorsement(),
      new PutQuestion(words), new Attitude(words), new Raising(words), new AsPutIt(), new PassiveAgent(words), reportingVerb,
      new RelativeObject(words), new SignedQuotation(), new NamedQuotation(words), new IntroducingClause(words, reportingVerb));
  private final SpeakerResolver resolver = new SpeakerResolver();
  /** Gives the listed verbs the tagger read as nouns their verb tag back, before any kind reads a sentence. */
  private final MistaggedVerbs mistagged = new MistaggedVerbs(words);

  @Override
  public List<Quote> attribute(AnalyzedArticle article) {
    String text = article.article().text();
    List<Span> quotations = withForgottenCloses(text, article.sentences(), QuotationMarks.find(text));
    List<Frame> frames = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      frames.addAll(frames(text, mistagged.retagged(text, sentence), quotations));
    }
    frames = withFollowingQuotations(text, article.sentences(), withoutRepeatedContent(withIntroducedParagraphs(text, frames)), quotations);
    frames = withoutClosingColons(text, frames);
    return resolver.resolve(article, frames);
  }

  /**
   * A quotation taken to run over paragraphs may instead be one whose writer forgot the closing
   * mark: a paragraph that holds its own reporting clause ("..., said Edward Howell, ...") ends
   * the quotation there, at the comma, and the next paragraph opens a new one.
   */
  private List<Span> withForgottenCloses(String text, List<Sentence> sentences, List<Span> quotations) {
    List<Span> repaired = new ArrayList<>();
    for (Span quotation : quotations) {
      Span rest = quotation;
      for (Sentence sentence : sentences) {
        if (sentence.span().start() < rest.start() || sentence.span().end() > rest.end()
            || text.indexOf('\n', sentence.span().end()) >= rest.end() || text.indexOf('\n', sentence.span().end()) < 0) {
          continue;
        }
        int comma = reportingClauseComma(sentence.tokens());
        int paragraph = text.indexOf('\n', sentence.span().end());
        if (comma < 0 || text.substring(sentence.span().end(), paragraph).strip().length() > 0) {
          continue;
        }
        repaired.add(new Span(rest.start(), comma));
        int next = paragraph;
        while (next < rest.end() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        rest = new Span(next, rest.end());
      }
      if (rest.length() > 1) {
        repaired.add(rest);
      }
    }
    return repaired;
  }

  /** The offset of the comma that starts ", said Name" or ", Name said" in these tokens, or -1. */
  private int reportingClauseComma(List<Token> tokens) {
    for (int i = 1; i + 2 < tokens.size(); i++) {
      if (!isComma(tokens.get(i))) {
        continue;
      }
      Token next = tokens.get(i + 1);
      Token after = tokens.get(i + 2);
      boolean cueFirst = words.isCue(next) && after.pos().startsWith("NNP");
      boolean nameFirst = (next.pos().startsWith("NNP") || next.pos().equals("PRP")) && words.isCue(after);
      if (cueFirst || nameFirst) {
        return tokens.get(i).span().start();
      }
    }
    return -1;
  }

  /**
   * The attributions of one sentence: those in a clause of their own inside another's content
   * ({@link NestedAttributions}) first, then the rest left to right. Of the rest only the
   * outermost count: a candidate whose cue lies in another's content is dropped, except that a
   * content-first frame ("..., X said") outranks the frame inside its content that reaches over
   * it, since that order marks the reporting clause in news prose.
   */
  private List<Frame> frames(String text, Sentence sentence, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    List<Frame> candidates = new ArrayList<>();
    int openingEnd = openingClauseEnd(text, tokens, quotations);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (inside(token.span(), quotations)) {
        continue;
      }
      for (CueKind kind : kinds) {
        if (kind.standsAt(tokens, i)) {
          Frame frame = kind.frameAt(text, sentence, i, quotations);
          if (frame != null && !setsTheScene(text, tokens, frame)) {
            candidates.add(withoutScene(text, tokens, withinOpeningClause(frame, openingEnd)));
          }
          break;
        }
      }
    }
    candidates = withoutEmbeddedSignings(tokens, candidates, quotations);
    candidates = withDescribedSources(tokens, withCoordinateSplits(text, tokens, withoutQuestionLabels(withoutDescriptionsOverSpeakers(candidates))), quotations);
    candidates = withComparedFigures(text, sentence, candidates, quotations);
    candidates = withoutGerundsFindings(tokens, candidates);
    candidates = withGerundSayings(tokens, candidates, quotations);
    candidates = withColonClauses(tokens, candidates, quotations);
    List<Frame> frames = new ArrayList<>();
    List<Frame> inner = new ArrayList<>();
    for (Frame candidate : candidates) {
      List<Frame> holders = new ArrayList<>();
      for (Frame other : candidates) {
        if (other != candidate && other.contentOverlaps(candidate.cue())
            && !(candidate.contentFirst() && !other.contentFirst() && candidate.contentOverlaps(other.cue()))) {
          holders.add(other);
        }
      }
      boolean nested = !holders.isEmpty();
      if (nested && (ownClause(tokens, candidate, quotations) || quotedVerdict(tokens, candidate, holders, quotations))) {
        inner.add(candidate);
        continue;
      }
      if (nested || covered(candidate.cue(), frames)) {
        continue;
      }
      if (!sourceTaken(candidate.source(), frames)) {
        frames.add(candidate);
        continue;
      }
      Frame holder = participleSourceHolder(tokens, candidate, frames);
      if (holder == null) {
        holder = fullerSourceHolder(candidate, frames);
      }
      if (holder != null) {
        frames.add(holder.source() == null ? candidate : candidate.withSourceOf(holder));
      }
    }
    // The inner frames go first, so that a quotation after the sentence carries on the outer one.
    inner.addAll(withReportingTail(withoutRelativeQuotations(tokens, frames, inner, quotations), reportingTail.find(text, sentence, quotations)));
    return inner;
  }

  /**
   * "charged him after determining that a video showed him grabbing her", "is betting that voters
   * feel ...": a clause that a gerund's "that" opens is what the gerund's subject found or holds,
   * not its own subject's saying; PolNeAR marks the gerund as the cue, with the outer subject as
   * source, and the clause's verb attributes nothing of its own. Counted on PolNeAR train: 6 such
   * candidates (once Contents.datingClause frees "after" and a gerund), 1 a gold cue ("ensuring
   * that the chorus of detractors calling for ..."), 5 none.
   */
  private static List<Frame> withoutGerundsFindings(List<Token> tokens, List<Frame> candidates) {
    return candidates.stream().filter(candidate -> {
      int before = candidate.source() == null ? -1 : tokenEndingBefore(tokens, candidate.source().start());
      return before < 1 || !tokens.get(before).text().equalsIgnoreCase("that") || !tokens.get(before - 1).pos().equals("VBG");
    }).toList();
  }

  /**
   * "called her son her hero before explaining why she forgave him", "answered a question by
   * asserting that ...": a cue gerund after an opener ({@link GoverningVerb#PARTICIPLE_OPENERS})
   * that takes a clause or a quotation, inside the verbless content of a cue with the same source,
   * is what that source says; PolNeAR keeps it out of the earlier content. After "by" it is the
   * means of the earlier verb, and the two make one cue over the object between them ("explained
   * the headline by saying:"), as they do where nothing stands between ("concluded by implying that
   * ..."); after the other openers ("before", "after", "while") it is a saying of its own, and the
   * earlier content ends before the opener. A content that opens a clause ("said that by refusing
   * to ...") keeps the gerund, whose subject is the clause's. Counted on PolNeAR train: 13 frames change; 2
   * split, as gold splits them ("called"/"explaining", and "telling" after a passive whose own
   * frame was wrong already); 11 made one cue, 5 of them gold's cue exactly, 3 where gold splits
   * ("attacked Fiorina by reminding"), 1 where gold keeps the gerund in the content ("responded by
   * saying that ..."). Exact contents 1 -> 11, exact cues 5 -> 8.
   */
  private static List<Frame> withGerundSayings(List<Token> tokens, List<Frame> candidates, List<Span> quotations) {
    List<Frame> frames = new ArrayList<>(candidates);
    for (Frame gerund : candidates) {
      // "before optimistically predicting that ...": the cue opens on the adverbs before the gerund.
      int cue = afterAdverbs(tokens, tokenEndingBefore(tokens, gerund.cue().start()) + 1, tokens.size());
      int opener = beforeAdverbs(tokens, cue);
      if (gerund.source() == null || !tokens.get(cue).pos().equals("VBG") || opener < 1 || !takesClause(tokens, gerund, quotations)
          || !GoverningVerb.PARTICIPLE_OPENERS.contains(tokens.get(opener).text().toLowerCase(Locale.ROOT)) || !frames.contains(gerund)) {
        continue;
      }
      Frame outer = frames.stream().filter(f -> holdsGerund(tokens, f, gerund, opener, quotations)).findFirst().orElse(null);
      if (outer == null) {
        continue;
      }
      Span last = outer.content().get(outer.content().size() - 1);
      boolean adjoining = last.start() == tokens.get(opener).span().start();
      if (adjoining || tokens.get(opener).text().equalsIgnoreCase("by")) {
        if (outer.content().size() == 1 && !isComma(tokens.get(opener - 1))) {
          frames.set(frames.indexOf(gerund), gerund.withCue(new Span(outer.cue().start(), gerund.cue().end())));
          frames.remove(outer);
        }
      } else {
        int end = isComma(tokens.get(opener - 1)) ? tokens.get(opener - 1).span().start() : tokens.get(opener - 1).span().end();
        frames.set(frames.indexOf(outer), outer.withContentAfterCue(endingAt(outer.content(), end)));
      }
    }
    return frames;
  }

  /**
   * Whether a frame's verbless content, not one that opens a clause, holds a gerund's frame with the
   * same source. A quotation's own verbs leave it verbless: "cautioned “let's not get ahead of
   * ourselves,” before optimistically predicting that ...".
   */
  private static boolean holdsGerund(List<Token> tokens, Frame outer, Frame gerund, int opener, List<Span> quotations) {
    Span last = outer.content().get(outer.content().size() - 1);
    int first = tokenEndingBefore(tokens, last.start()) + 1;
    boolean verb = anyToken(tokens, first, opener, t -> (t.pos().startsWith("VB") || t.pos().equals("MD")) && !inside(t.span(), quotations));
    return outer != gerund && !outer.contentFirst() && gerund.source().equals(outer.source()) && last.contains(gerund.cue())
        && last.start() <= tokens.get(opener).span().start() && !verb && !opensClause(tokens, outer);
  }

  /** Whether a frame's content opens with "that", "whether", "if", a wh-word or a quotation. */
  private static boolean takesClause(List<Token> tokens, Frame frame, List<Span> quotations) {
    return opensClause(tokens, frame) || quotations.stream().anyMatch(q -> q.start() == frame.content().get(0).start());
  }

  /** Whether a frame's content opens with "that", "whether", "if" or a wh-word. */
  private static boolean opensClause(List<Token> tokens, Frame frame) {
    int first = tokenEndingBefore(tokens, frame.content().get(0).start()) + 1;
    return first < tokens.size() && (Clauses.isComplementizer(tokens.get(first)) || tokens.get(first).pos().startsWith("W"));
  }

  /**
   * "Now that Trump has claimed that Obama founded the group, the nominee had some explaining to
   * do", "Despite complaints that they distort the vote, superdelegates have ...": a cue in the
   * clause that opens the sentence ({@link Clauses#openingClauseEnd}) says no more than that
   * clause, and its content ends where the clause does; what follows is the main clause, the
   * writer's, whose own cues the long content hid. Counted on PolNeAR train: 54 contents made
   * exact and 1 lost, where gold runs on into the main clause; 14 cues of the main clause come
   * back, 9 of them gold's; the 31 attributions lost are gold's main clauses that only the long
   * content overlapped (their cues are none of ours).
   */
  private static Frame withinOpeningClause(Frame frame, int openingEnd) {
    if (openingEnd < 0 || frame.contentFirst() || frame.cue().end() > openingEnd) {
      return frame;
    }
    Span last = frame.content().get(frame.content().size() - 1);
    return last.start() < openingEnd && last.end() > openingEnd ? frame.withContentAfterCue(endingAt(frame.content(), openingEnd)) : frame;
  }

  /**
   * "endorsed Clinton in a tweet", "When he first described the wall in December, he said ...": a
   * content after its cue, once cut to its clause (here, by the kinds, or at the opening clause's
   * end), leaves out the time or medium of the saying at its end ({@link Contents#withoutScene}).
   */
  private static Frame withoutScene(String text, List<Token> tokens, Frame frame) {
    Span last = frame.content().get(frame.content().size() - 1);
    return frame.contentFirst() || last.start() < frame.cue().end() ? frame : frame.withContentAfterCue(Contents.withoutScene(text, tokens, frame.content()));
  }

  /**
   * "“...,” said Tim Selaty, organizer of a group called Citizens for Trump": a cue in the
   * description of an inverted source took the quotation before it, and with it the verb that
   * reports the quotation, for its own content, and the outermost-only rule dropped that verb's
   * frame. What a description's cue says is never the quotation its own source is said to have
   * said: the description's frame goes, and the verb keeps its attribution. Counted on PolNeAR
   * train: 7 such frames, 6 no gold cue ("called", "reporting", "challenging", "think" in "think
   * tank"), 1 a gold cue with another content ("a California Democrat supporting ...").
   */
  private static List<Frame> withoutDescriptionsOverSpeakers(List<Frame> candidates) {
    return candidates.stream()
        .filter(description -> candidates.stream().noneMatch(speaker -> speaker != description && speaker.contentFirst()
            && speaker.source() != null && speaker.cue().end() <= speaker.source().start()
            && speaker.source().contains(description.cue()) && description.contentOverlaps(speaker.cue())))
        .toList();
  }

  /**
   * "Q: You said yesterday that the middle class is still getting hammered. Why?": in an
   * interview's transcript the label {@link #QUESTION_LABEL} puts the interviewer's question, which
   * reads as a headline's "Name: claim"; where the question holds a cue of its own, PolNeAR marks
   * that cue ("You said") and not the label. Counted on PolNeAR train: of 27 such label frames, 7
   * hold another candidate's cue, and those 7 cues are gold while none of their labels is; of the
   * 20 others 8 are gold, and they stay.
   */
  private static List<Frame> withoutQuestionLabels(List<Frame> candidates) {
    return candidates.stream()
        .filter(label -> !(label.sourceTokens().size() == 1 && label.sourceTokens().get(0).text().equals(QUESTION_LABEL)
            && candidates.stream().anyMatch(other -> other != label && label.contentOverlaps(other.cue()))))
        .toList();
  }

  /**
   * "With two local TV crews filming, Perez says ...": a verb that closes the phrase opening the
   * sentence ({@link Clauses#closesOpeningScene}), with no object before the comma and its content
   * after it, took the main clause for what it said; that clause has a subject and cue of its
   * own, which the outermost-only rule dropped as nested. Such a verb attributes nothing. A
   * content that opens with a quotation mark is said ("When a voter shouted, “...”"), and a noun
   * that closes the phrase vouches for the main clause ("In their view, Democrats could ...").
   */
  private static boolean setsTheScene(String text, List<Token> tokens, Frame frame) {
    Span first = frame.content().get(0);
    int last = tokenEndingBefore(tokens, frame.cue().end());
    return !frame.contentFirst() && !isMark(text.charAt(first.start())) && first.start() > frame.cue().end()
        && !tokens.get(last).pos().startsWith("NN") && Clauses.closesOpeningScene(tokens, last);
  }

  /**
   * "He signed the bill into law": a signing verb ({@link CueWords#signs}) reports the document it
   * signs, but not in a clause of time inside another's content ("She says he was not swayed when
   * he signed the reforms into law"), which dates what is said and would split that content, nor
   * when its object runs on over another's saying ("who signed the letter, which was first
   * reported by The Post"), which the outermost-only rule would drop for it. Another's saying there
   * has its source and a finite cue within the object; a participle that describes the document
   * ("signed an order trying to block ...") and a relative clause of its own ("a letter of apology
   * that he said was drafted by the firm", {@link NestedAttributions#ownClause}) leave the
   * signing be. Counted on PolNeAR train: of 14 signing frames, these drop 2 (1 that cut a gold
   * content short, 1 that took a gold attribution's place).
   */
  private List<Frame> withoutEmbeddedSignings(List<Token> tokens, List<Frame> candidates, List<Span> quotations) {
    return candidates.stream().filter(signing -> !signs(tokens, signing) || candidates.stream().noneMatch(other -> other != signing
        && (other.contentOverlaps(signing.cue()) && datesSaying(tokens, signing) || swallows(tokens, signing, other, quotations)))).toList();
  }

  /** Whether the verb that ends the frame's cue signs its object ({@link CueWords#signs}). */
  private boolean signs(List<Token> tokens, Frame frame) {
    return words.signs(tokens, tokenEndingBefore(tokens, frame.cue().end()));
  }

  /** Whether a subordinator of time or manner opens the frame's clause right before its source ("when he signed ..."). */
  private static boolean datesSaying(List<Token> tokens, Frame frame) {
    int opener = tokenEndingBefore(tokens, frame.anchor().start());
    return opener >= 0 && Clauses.ADVERBIAL_SUBORDINATORS.contains(tokens.get(opener).text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the content of {@code frame} holds the source and the cue of {@code other}, a finite
   * saying of another's that stands in no clause of its own.
   */
  private static boolean swallows(List<Token> tokens, Frame frame, Frame other, List<Span> quotations) {
    int first = tokenEndingBefore(tokens, other.cue().start()) + 1;
    int last = tokenEndingBefore(tokens, other.cue().end());
    return frame.contentOverlaps(other.anchor()) && frame.contentOverlaps(other.cue()) && !ownClause(tokens, other, quotations)
        && anyToken(tokens, first, last + 1, Clauses::isFinite);
  }

  /**
   * "House Republicans supporting the bill have said they ...", "the groups who wrote to her on
   * Thursday say ...": a cue in the description of another frame's source, with no comma to close
   * the description, runs its content on over the verb whose subject it describes, and the
   * outermost-only rule would drop that verb's frame. The description's content ends with the
   * source instead, and the verb keeps its attribution; a description whose cue is a bare past
   * participle ("a report issued earlier this year showed", "a firm called Gavekal argues") is no
   * attribution in PolNeAR and gives way whole. Only a finite verb with no modal counts ("investors
   * expecting a deal may want to think twice" says what they ought to do), with its content
   * outside quotation marks (with quoted ones too, quoted attributions fall 94.71 -> 94.70 on
   * PolNeAR train). Counted on PolNeAR train: 27 verbs' frames kept, 20 with gold's cue, 19 with
   * gold's content, 13 with gold's source; 25 descriptions cut, 11 of them gold cues, 4 contents
   * made exact; 2 bare participles dropped, neither a gold cue.
   */
  private static List<Frame> withDescribedSources(List<Token> tokens, List<Frame> candidates, List<Span> quotations) {
    List<Frame> described = new ArrayList<>(candidates);
    for (Frame speaker : candidates) {
      Span source = speaker.source();
      if (source == null || !finiteWithoutModal(tokens, speaker.cue())
          || speaker.content().stream().anyMatch(c -> quotations.stream().anyMatch(c::overlaps))) {
        continue;
      }
      for (int i = 0; i < described.size(); i++) {
        Frame description = described.get(i);
        Span last = description.content().get(description.content().size() - 1);
        if (description == speaker || description.contentFirst() || !source.contains(description.cue())
            || !description.contentOverlaps(speaker.cue()) || last.start() >= source.end() || last.end() <= source.end()) {
          continue;
        }
        int verb = tokenEndingBefore(tokens, description.cue().start()) + 1;
        // "People briefed on the move said": a past form right after its noun, before a
        // preposition, inside the subject of a finite verb is a participle the tagger misread.
        boolean misreadParticiple = description.source() != null && tokenEndingBefore(tokens, description.source().end()) + 1 == verb
            && Subjects.pastBeforePreposition(tokens, verb);
        if (tokens.get(verb).pos().equals("VBN") || misreadParticiple || picksOutGroup(tokens, description, quotations)) {
          described.remove(i--);
        } else {
          described.set(i, description.withContentAfterCue(endingAt(description.content(), source.end())));
        }
      }
    }
    return described;
  }

  /**
   * "In a CNN/ORC poll, 38 percent said ..., while 60 percent said ...": a poll's finding, in no
   * other frame's content, runs on over the figures set against it ({@link
   * PollFinding#withComparedFigures}), once the coordinate split has cut it.
   */
  private static List<Frame> withComparedFigures(String text, Sentence sentence, List<Frame> candidates, List<Span> quotations) {
    return candidates.stream()
        .map(frame -> candidates.stream().anyMatch(other -> other != frame && other.contentOverlaps(frame.cue())) ? frame
            : PollFinding.withComparedFigures(text, sentence, frame, candidates.stream().map(Frame::cue).toList(), quotations))
        .toList();
  }

  /**
   * "Early polls show voters rejecting him: A state poll this month found him even statewide": a
   * colon in a content after its cue, followed at once by the source of a frame of its own, closes
   * what the first source says; the clause after it is the second source's, which the
   * outermost-only rule would drop as nested. The first content ends at the colon. A figure after
   * the colon ("The poll showed a majority want action: 56% of voters want it ...") is the evidence
   * for the first finding, and PolNeAR keeps it in that content. Counted on PolNeAR train: 7
   * contents cut, 3 made exact and 1 lost ("have said it falls flat for one reason: The pride ...",
   * where gold runs on); 7 frames after the colon kept, 6 with gold's cue, 3 with gold's content;
   * with a figure after the colon 4 contents, all of them running on in gold, are left whole.
   */
  private static List<Frame> withColonClauses(List<Token> tokens, List<Frame> candidates, List<Span> quotations) {
    return candidates.stream().map(outer -> {
      Span last = outer.content().get(outer.content().size() - 1);
      for (Frame inner : candidates) {
        if (outer.contentFirst() || inner == outer || inner.contentFirst() || inner.source() == null || !last.contains(inner.source())) {
          continue;
        }
        int colon = tokenEndingBefore(tokens, inner.source().start());
        Span mark = colon < 0 ? null : tokens.get(colon).span();
        if (mark != null && tokens.get(colon).text().equals(":") && !tokens.get(colon + 1).pos().equals("CD")
            && mark.start() > last.start() && mark.start() >= outer.cue().end() && !inside(mark, quotations)) {
          return outer.withContentAfterCue(endingAt(outer.content(), mark.start()));
        }
      }
      return outer;
    }).toList();
  }

  /**
   * "But those who back her opponents say ...", "some who advocate free speech argue ...": a
   * relative "who" after a word that stands alone for people ({@link NounPhrases#standsForPeople})
   * only says which people speak, and PolNeAR marks the verb they are the subject of, not the
   * relative clause; a relative verb of saying is an attribution of its own ({@link
   * NestedAttributions#saidByRelativeWho}), as is one whose content is quoted. Counted on PolNeAR
   * train: 5 such clauses in a source, none a gold cue; after a noun ("Republicans who have
   * praised his candidacy") 3 of 10 are gold cues, and they stay.
   */
  private static boolean picksOutGroup(List<Token> tokens, Frame description, List<Span> quotations) {
    int who = tokenEndingBefore(tokens, description.anchor().end());
    return description.sourceTokens().size() == 1 && description.sourceTokens().get(0).text().equalsIgnoreCase("who")
        && who > 0 && NounPhrases.standsForPeople(tokens.get(who - 1)) && !saidByRelativeWho(tokens, description)
        && description.content().stream().noneMatch(c -> quotations.stream().anyMatch(c::overlaps));
  }

  /** Whether a cue holds a finite verb ("said", "have said", "now wants") and no modal ("may want"). */
  private static boolean finiteWithoutModal(List<Token> tokens, Span cue) {
    int first = tokenEndingBefore(tokens, cue.start()) + 1;
    int end = tokenEndingBefore(tokens, cue.end()) + 1;
    return anyToken(tokens, first, end, Clauses::isFinite) && !anyToken(tokens, first, end, t -> t.pos().equals("MD"));
  }

  /** The frames with the reporting clause after a quotation, in cue order, unless a frame holds its words already. */
  private static List<Frame> withReportingTail(List<Frame> frames, Frame tail) {
    if (tail == null || frames.stream().anyMatch(f -> f.contentOverlaps(tail.content().get(0)) || f.cue().overlaps(tail.cue())
        || f.sourceOverlaps(tail.source()) || f.contentOverlaps(tail.source()))) {
      return frames;
    }
    List<Frame> with = new ArrayList<>(frames);
    int at = 0;
    while (at < with.size() && with.get(at).cue().start() < tail.cue().start()) {
      at++;
    }
    with.add(at, tail);
    return with;
  }

  /** Whether a span lies in a kept frame's source or content. */
  private static boolean covered(Span span, List<Frame> frames) {
    return frames.stream().anyMatch(frame -> frame.sourceOverlaps(span) || frame.contentOverlaps(span));
  }

  /**
   * "“...,” Cruz said on Thursday, hinting at his plans": a participle after a content is said by
   * that content's speaker, though the noun before it lies in the content; the kept frame whose
   * content holds that noun, or null where the candidate is no such participle.
   */
  private static Frame participleSourceHolder(List<Token> tokens, Frame candidate, List<Frame> frames) {
    Span source = candidate.source();
    boolean participle = tokens.stream().anyMatch(t -> t.span().start() == candidate.cue().start() && t.pos().equals("VBG"));
    if (!participle || frames.stream().anyMatch(f -> f.sourceOverlaps(source) && !source.contains(f.source()))) {
      return null;
    }
    return frames.stream().filter(f -> f.contentOverlaps(source) && !f.sourceOverlaps(source)).findFirst().orElse(null);
  }

  /**
   * "Lazar, in a green jail jumpsuit, said little, offering only ...", "Nevada's governor, Brian
   * Sandoval, a Republican, said ..., but cautioned against ...": a later cue of the same subject
   * reads its source short, back to the last name or noun before an aside, inside the longer
   * source a kept frame has taken already; it is the same speaker. The kept frame whose source
   * holds the candidate's, or null. Counted on PolNeAR train: 9 frames kept, 6 of them with gold's
   * cue and 1 more matching a gold attribution, 2 with no gold.
   */
  private static Frame fullerSourceHolder(Frame candidate, List<Frame> frames) {
    Span source = candidate.source();
    return frames.stream().filter(f -> f.source() != null && f.source().contains(source) && !f.source().equals(source))
        .findFirst().orElse(null);
  }

  /**
   * As {@link #covered}, except that two cues may share one source ("X said, adding ..."): the same
   * span, or a longer one that holds it, since the source of a later cue runs over what stands
   * between the subject and the verb ("X on Monday rejected ..., ordered ..."). A frame whose cue
   * lies in the source is a description of the source ("Podesta, who said ..., said ..."), which
   * takes nothing from it.
   */
  private static boolean sourceTaken(Span source, List<Frame> frames) {
    return source != null
        && frames.stream().filter(frame -> !source.overlaps(frame.cue()))
            .anyMatch(frame -> frame.sourceOverlaps(source) && !source.contains(frame.source()) || frame.contentOverlaps(source));
  }
}
