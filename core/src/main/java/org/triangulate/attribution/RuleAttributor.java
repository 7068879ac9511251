package org.triangulate.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.triangulate.lexicon.WordList;
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

  private static final Set<String> SKIPPED_BEFORE_CUE =
      Set.of("have", "be", "do", "will", "would", "could", "can", "may", "might", "shall", "should", "also", "later",
          "previously", "repeatedly", "once", "often", "then", "still", "recently", "earlier", "again", "further", "not",
          "n't", "never", "publicly", "privately", "already", "reportedly");
  private static final Set<String> NOUN_PHRASE_TAGS =
      Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "JJR", "JJS", "POS", "CD", "PRP$", "HYPH", "VBN");
  private static final Set<String> CONNECTING_WORDS = Set.of("of", "at", "for", "with", "and", "in", "from", "on", "to", "'s", "’s");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you", "who");

  /** Subordinators after a reporting clause that continue the content before it. */
  private static final Set<String> CONTINUING_SUBORDINATORS = Set.of("because", "since", "although", "though", "unless", "if");
  /** Verbs of seeming: "X seems to ..." attributes a view to no one named. */
  private static final Set<String> SEEMING = Set.of("seem", "appear");
  /** Words that join a clause with its own attribution to the content before it. */
  private static final Set<String> COORDINATORS = Set.of(",", ";", "and", "but", "while", "though", "although", "whereas");
  /** Words before "asked" that open the clause of a question put to the speaker: "when asked ...". */
  private static final Set<String> QUESTION_OPENERS = Set.of("when", "if", "after", "once", "while", "before", "\"", "“", "``");
  /** Words that open the question after "asked": "asked whether ...", "asked to leave", "asked by X about ...". */
  private static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "to", "about");
  /** Words that join a second verb to its subject's first: "... and says", "... but said". */
  private static final Set<String> SECOND_VERB_JOINERS = Set.of("and", "but");
  /** Words before a participle whose speaker is the clause's subject: "ended by saying", "before sketching out". */
  private static final Set<String> PARTICIPLE_OPENERS = Set.of("by", "before", "after", "while", "instead", "without", "when");
  /** What a figure is read "in" and attributed to: "in the latest poll". */
  private static final Set<String> POLLS = Set.of("poll", "survey");
  /** Prepositions that open what is said when content has no verb: "talked about", "spoke of". */
  private static final Set<String> PROPOSITION_PREPOSITIONS = Set.of("about", "of", "that", "whether", "if");
  /** Cues that report words only with a clause after them: "added that ..." but "adding to her lead". */
  private static final Set<String> CLAUSE_ONLY_CUES = Set.of("add");
  /** Words after a comma that open a description of an inverted clause's source: "said X, a lawyer ...", "said X, who ...". */
  private static final Set<String> DESCRIPTION_OPENERS = Set.of("a", "an", "the", "who", "whose", "which");
  /** Subordinators that open a clause holding a cue, which ends at its comma: "While X said ..., Y ...". */
  private static final Set<String> CLAUSE_SUBORDINATORS = Set.of("while", "though", "although", "if", "since", "whereas", "unless");
  private static final Set<String> DASHES = Set.of("—", "–", "--", "-");
  /** Tokens, at most, of the name that opens a headline's "Name: claim". */
  private static final int HEADLINE_NAME_TOKENS = 5;
  /** Tokens, at most, inside the brackets after a name: "(D-N.Y.)", "(R-WI)". */
  private static final int BRACKETED_TOKENS = 6;
  /** Opening phrases set off by commas, at most, that a subject may follow. */
  private static final int SUBJECT_COMMAS = 4;
  /** Tokens, at most, between a cue and the "that" that opens its content. */
  private static final int COMPLEMENTIZER_REACH = 10;

  private final Set<String> verbs;
  /** "call for", "refer to": a verb and the preposition that introduces its content, as one cue. */
  private final Set<String> prepositionalCues;
  /** "claim", "warning": nouns that attribute the clause their "that" opens. */
  private final Set<String> cueNouns;
  private final SpeakerResolver resolver = new SpeakerResolver();

  public RuleAttributor() {
    this.cueNouns = Set.copyOf(WordList.load(RuleAttributor.class, "en/cue_nouns.txt"));
    // The hand-written list and the WordNet verbs that PolNeAR train confirms: cues alike.
    Set<String> allVerbs = new HashSet<>(WordList.load(RuleAttributor.class, "en/reporting_verbs.txt"));
    allVerbs.addAll(WordList.load(RuleAttributor.class, "en/wordnet_cue_verbs.txt"));
    this.verbs = Set.copyOf(allVerbs);
    this.prepositionalCues = Set.copyOf(WordList.load(RuleAttributor.class, "en/prepositional_cues.txt"));
  }

  @Override
  public List<Quote> attribute(AnalyzedArticle article) {
    String text = article.article().text();
    List<Span> quotations = withForgottenCloses(text, article.sentences(), QuotationMarks.find(text));
    List<Frame> frames = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      frames.addAll(frames(text, sentence, quotations));
    }
    frames = withFollowingQuotations(text, article.sentences(), withoutRepeatedContent(frames), quotations);
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
      boolean cueFirst = isCue(next) && after.pos().startsWith("NNP");
      boolean nameFirst = (next.pos().startsWith("NNP") || next.pos().equals("PRP")) && isCue(after);
      if (cueFirst || nameFirst) {
        return tokens.get(i).span().start();
      }
    }
    return -1;
  }

  private boolean isCue(Token token) {
    return token.pos().startsWith("VB") && verbs.contains(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** A found attribution before its speaker is resolved; {@code source} is null where none is named. */
  record Frame(
      List<Span> content, Span cue, Span source, List<Token> sourceTokens, boolean direct, boolean contentFirst, Span recipient) {

    /** The content with a quotation that continues it: the attribution is now direct. */
    Frame withQuotation(List<Span> newContent) {
      return new Frame(newContent, cue, source, sourceTokens, true, contentFirst, recipient);
    }

    /** The content after the cue, cut short or with a fragment added. */
    Frame withContentAfterCue(List<Span> newContent) {
      return new Frame(newContent, cue, source, sourceTokens, direct, false, recipient);
    }

    Frame withRecipient(Span newRecipient) {
      return new Frame(content, cue, source, sourceTokens, direct, contentFirst, newRecipient);
    }

    boolean sourceOverlaps(Span span) {
      return source != null && source.overlaps(span);
    }

    /** Where the frame is said: its source, or its cue when it names none. */
    Span anchor() {
      return source != null ? source : cue;
    }
  }

  /**
   * The attributions of one sentence, left to right. Only the outermost attribution counts: a
   * candidate whose cue lies in another's content is dropped, except that a content-first frame
   * ("..., X said") outranks the frame inside its content that reaches over it, since that order
   * marks the reporting clause in news prose.
   */
  private List<Frame> frames(String text, Sentence sentence, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    List<Frame> candidates = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (inside(token.span(), quotations)) {
        continue;
      }
      Frame frame = null;
      if (token.text().equalsIgnoreCase("according") && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("to")) {
        frame = accordingTo(text, sentence, i, quotations);
      } else if (token.text().equalsIgnoreCase("in") && token.pos().equals("IN")) {
        frame = pollFrame(text, sentence, i, quotations);
      } else if (isCueNoun(tokens, i)) {
        frame = nounFrame(text, sentence, i, quotations);
      } else if (isQuestioned(tokens, i)) {
        frame = questionFrame(text, sentence, i, quotations);
      } else if (isRaising(tokens, i) || isPassiveCue(tokens, i)) {
        frame = raisingFrame(text, sentence, i, quotations);
      } else if (isCue(token)) {
        frame = verbFrame(text, sentence, i, quotations);
      } else if (DASHES.contains(token.text())) {
        frame = dashFrame(text, sentence, i, quotations);
      } else if (token.text().equals(":") && i > 0 && tokens.get(i - 1).pos().startsWith("NN")
          && Character.isUpperCase(tokens.get(i - 1).text().charAt(0))) {
        frame = colonFrame(text, sentence, i, quotations);
      }
      if (frame != null) {
        candidates.add(frame);
      }
    }
    candidates = withCoordinateSplits(tokens, candidates);
    List<Frame> frames = new ArrayList<>();
    for (Frame candidate : candidates) {
      boolean nested = false;
      for (Frame other : candidates) {
        if (other != candidate && covers(other, candidate.cue())
            && !(candidate.contentFirst() && !other.contentFirst() && covers(candidate, other.cue()))) {
          nested = true;
        }
      }
      if (!nested && !sourceTaken(candidate.source(), frames) && !covered(candidate.cue(), frames)) {
        frames.add(candidate);
      }
    }
    return frames;
  }

  /**
   * "He says the response was to break up the operators and says he introduced a bill", "Ryan said
   * he was not ready, but suggested that ...": a frame that a coordinator joins to the clause
   * after an earlier cue is an attribution of its own, not part of the earlier content, which
   * ends before the coordinator.
   */
  private static List<Frame> withCoordinateSplits(List<Token> tokens, List<Frame> candidates) {
    List<Frame> split = new ArrayList<>(candidates);
    for (int i = 0; i < split.size(); i++) {
      Frame outer = split.get(i);
      if (outer.contentFirst()) {
        continue;
      }
      Span last = outer.content().get(outer.content().size() - 1);
      for (Frame inner : split) {
        if (inner == outer || inner.contentFirst() || !last.overlaps(inner.cue()) || inner.cue().start() <= last.start()) {
          continue;
        }
        // "and says ...": the second cue's source is the first's, before the content.
        int opening = inner.sourceOverlaps(last) ? inner.source().start() : inner.cue().start();
        int coordinator = tokenEndingBefore(tokens, opening);
        while (coordinator > 0 && COORDINATORS.contains(tokens.get(coordinator - 1).text().toLowerCase(Locale.ROOT))
            && COORDINATORS.contains(tokens.get(coordinator).text().toLowerCase(Locale.ROOT))) {
          coordinator--;
        }
        if (coordinator <= 0 || !COORDINATORS.contains(tokens.get(coordinator).text().toLowerCase(Locale.ROOT))
            || tokens.get(coordinator - 1).span().end() <= last.start()) {
          continue;
        }
        List<Span> content = new ArrayList<>(outer.content());
        content.set(content.size() - 1, new Span(last.start(), tokens.get(coordinator - 1).span().end()));
        outer = outer.withContentAfterCue(content);
        split.set(i, outer);
        last = content.get(content.size() - 1);
      }
    }
    return split;
  }

  /** The index of the last token that ends at or before {@code offset}, or -1. */
  private static int tokenEndingBefore(List<Token> tokens, int offset) {
    int index = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).span().end() <= offset; i++) {
      index = i;
    }
    return index;
  }

  private static boolean covers(Frame frame, Span span) {
    return frame.content().stream().anyMatch(c -> c.overlaps(span));
  }

  /** Whether a span lies in a kept frame's source or content. */
  private static boolean covered(Span span, List<Frame> frames) {
    return frames.stream().anyMatch(frame -> frame.sourceOverlaps(span) || covers(frame, span));
  }

  /** As {@link #covered}, except that two cues may share one source exactly ("X said, adding ..."). */
  private static boolean sourceTaken(Span source, List<Frame> frames) {
    return source != null
        && frames.stream().anyMatch(frame -> frame.sourceOverlaps(source) && !source.equals(frame.source()) || covers(frame, source));
  }

  private Frame verbFrame(String text, Sentence sentence, int cue, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    Span cueSpan = tokens.get(cue).span();
    if (cue + 1 < tokens.size() && tokens.get(cue + 1).pos().equals("RP")) {
      // "pointed out", "spoke up": the particle belongs to the cue.
      cueSpan = new Span(cueSpan.start(), tokens.get(cue + 1).span().end());
    }
    if (tokens.get(cue).pos().equals("VBG") && cue > 1 && (isComma(tokens.get(cue - 1)) || PARTICIPLE_OPENERS.contains(tokens.get(cue - 1).text().toLowerCase(Locale.ROOT)))) {
      // "Trump blasted Clinton, saying she was weak" or "Obama ended by saying ...": the
      // participle's speaker is the subject; "..., the ministry said, adding that ...": the
      // reporting clause's source.
      int[] subject = reportingSourceBefore(tokens, cue - 1);
      if (subject == null) {
        subject = subjectBefore(tokens, cue - 1);
      }
      int after = cue + 1;
      if (after + 1 < tokens.size() && takesPreposition(tokens.get(cue), tokens.get(after))) {
        // "..., referring to the council's ballot": the preposition is the cue's, as after a finite verb.
        cueSpan = new Span(cueSpan.start(), tokens.get(after).span().end());
        after++;
      }
      List<Span> content = subject == null ? List.of() : contentAfter(text, sentence, after, quotations);
      return content.isEmpty() ? null : frame(text, tokens, content, cueSpan, subject);
    }
    if (tokens.get(cue).pos().equals("VBG") && cue == 1 && PARTICIPLE_OPENERS.contains(tokens.get(0).text().toLowerCase(Locale.ROOT))) {
      // "After thanking the crowd, he touted ...": the phrase the participle opens, up to its comma,
      // is the content, and the subject of the clause after it speaks.
      int comma = cue + 1;
      while (comma < tokens.size() && !isComma(tokens.get(comma)) && !inside(tokens.get(comma).span(), quotations)) {
        comma++;
      }
      int[] subject = comma + 1 < tokens.size() && comma > cue + 1 && isComma(tokens.get(comma))
          ? nounPhraseAfter(tokens, comma + 1) : null;
      if (subject == null || !verbAt(tokens, subject[1], tokens.size())) {
        return null;
      }
      Span content = new Span(tokens.get(cue + 1).span().start(), tokens.get(comma - 1).span().end());
      return frame(text, tokens, List.of(content), cueSpan, subject);
    }
    int before = skippedBefore(tokens, cue - 1);
    if (tokens.get(cue).pos().equals("VB") && before > 0 && tokens.get(before).pos().equals("TO")) {
      // "went on to say", "has tried to portray", "was more likely to support": the verb or
      // adjective that takes the infinitive belongs to the cue, and its subject is the source.
      int taker = skippedBefore(tokens, before - 1);
      if (taker >= 0 && (tokens.get(taker).pos().equals("RP") || tokens.get(taker).text().equalsIgnoreCase("on"))) {
        taker--;
      }
      if (taker > 0 && takesInfinitive(tokens, taker)) {
        before = skippedBefore(tokens, taker - 1);
        if (before >= 0 && tokens.get(before).text().equalsIgnoreCase("it")) {
          // "It's easy to criticize ...": no one speaks.
          return null;
        }
      }
    }
    if (before < 0) {
      // "“...?” asked Obama.": the quotation closed the sentence before with its own stop.
      Span previous = quotationJustBefore(text, sentence, quotations);
      int[] source = previous == null ? null : nounPhraseAfter(tokens, cue + 1);
      return source == null ? null : frame(text, tokens, List.of(previous), cueSpan, withDescription(text, tokens, source, quotations));
    }
    int[] described = isComma(tokens.get(before)) ? describedSubject(tokens, before, cue) : null;
    if (described == null && (isComma(tokens.get(before)) || isClosingMark(text, tokens.get(before))) && !isAppositiveEnd(tokens, before)) {
      // "...," said X: the content comes first, the source after the cue.
      int[] source = nounPhraseAfter(tokens, cue + 1);
      if (source == null) {
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
    // "McCain survived a Vietnamese prison and says such techniques are inhumane", "praised the
    // police but said ...": a second verb of the sentence's subject.
    boolean joined = SECOND_VERB_JOINERS.contains(tokens.get(before).text().toLowerCase(Locale.ROOT));
    int[] source = described != null ? described : joined ? subjectBefore(tokens, before) : nounPhraseBefore(tokens, before);
    if (source == null && joined) {
      source = firstVerbSubject(tokens, before);
    }
    if (source == null) {
      return null;
    }
    int after = cueSpan.end() > tokens.get(cue).span().end() ? cue + 2 : cue + 1;
    // "has also said", "did not say": PolNeAR's cue runs from the source to the verb, auxiliaries
    // and adverbs included.
    cueSpan = new Span(tokens.get(before + 1).span().start(), cueSpan.end());
    Span recipient = null;
    if (tokens.get(cue).lemma().equalsIgnoreCase("tell")) {
      int[] told = nounPhraseAfter(tokens, after);
      if (told != null) {
        recipient = new Span(tokens.get(told[0]).span().start(), tokens.get(told[1] - 1).span().end());
        after = told[1];
      }
    }
    if (after < tokens.size() && tokens.get(after).text().equals(":")) {
      // "Cruz said: “...”": PolNeAR's cue takes the colon that introduces the content.
      cueSpan = new Span(cueSpan.start(), tokens.get(after).span().end());
      after++;
    }
    if (after + 1 < tokens.size() && takesPreposition(tokens.get(cue), tokens.get(after))) {
      // "called for a bigger military effort", "referring to reports that ...": the preposition
      // the verb takes is part of the cue, its object the content.
      cueSpan = new Span(cueSpan.start(), tokens.get(after).span().end());
      after++;
    } else {
      // "said at a news conference last week that ...": the content opens at "that".
      after = Math.max(after, complementizerAfter(tokens, after));
    }
    Frame found = contentFor(text, sentence, cueSpan, source, after, quotations);
    if (found == null || !found.direct() && !found.contentFirst() && !saysSomething(tokens, tokens.get(cue), found.content())) {
      return null;
    }
    if (!found.contentFirst() && source[0] > 0
        && CLAUSE_SUBORDINATORS.contains(tokens.get(source[0] - 1).text().toLowerCase(Locale.ROOT))) {
      found = found.withContentAfterCue(endingAtComma(tokens, found.content(), quotations));
    }
    if (!found.contentFirst() && source[0] > 0 && tokens.get(source[0] - 1).text().equalsIgnoreCase("what")) {
      // "ending what he calls corruption": the "what" the cue's clause opens with is what is said,
      // and PolNeAR's content takes it as a fragment of its own.
      List<Span> content = new ArrayList<>(found.content());
      content.add(0, tokens.get(source[0] - 1).span());
      found = found.withContentAfterCue(content);
    }
    return found.withRecipient(recipient);
  }

  /**
   * "While only 7 percent said they were undecided, 27 percent ...": the cue lies in a clause that
   * a subordinator opens, and the content ends with that clause, at the first comma outside a
   * quotation; what follows is the sentence's main clause.
   */
  private static List<Span> endingAtComma(List<Token> tokens, List<Span> content, List<Span> quotations) {
    Span last = content.get(content.size() - 1);
    for (Token token : tokens) {
      if (isComma(token) && token.span().start() > last.start() && token.span().end() < last.end() && !inside(token.span(), quotations)) {
        List<Span> cut = new ArrayList<>(content);
        cut.set(cut.size() - 1, new Span(last.start(), token.span().start()));
        return cut;
      }
    }
    return content;
  }

  /**
   * "..., said Ron Geffner, a lawyer for hedge funds who ...": the description set off by a comma
   * after an inverted reporting clause's source runs to the sentence's end, and PolNeAR's source
   * takes all of it, as it takes a name's bracketed party and state ("Sen. Chris Murphy
   * (D-Conn.)"). A comma before a participle or a preposition ends it and stays in the source (",
   * referring to ...", ", in a statement"), as does one before a quotation, which stays out. A
   * relative clause with a cue of its own is an attribution of its own ("..., a Republican who
   * said he would not vote for him") and stays out.
   */
  private int[] withDescription(String text, List<Token> tokens, int[] source, List<Span> quotations) {
    int comma = afterBrackets(tokens, source[1]);
    if (comma + 1 >= tokens.size() || !isComma(tokens.get(comma))
        || !DESCRIPTION_OPENERS.contains(tokens.get(comma + 1).text().toLowerCase(Locale.ROOT))) {
      return new int[] {source[0], comma};
    }
    int end = comma + 1;
    while (end < tokens.size()) {
      Token token = tokens.get(end);
      if (inside(token.span(), quotations)) {
        end++;
        continue;
      }
      if (isSentenceEnd(token) || DASHES.contains(token.text()) && Character.isWhitespace(text.charAt(token.span().start() - 1))) {
        // A dash set off by spaces ends the description; a hyphen joins words ("start-up").
        break;
      }
      if (isCue(token)) {
        int relative = end;
        while (relative > comma && !tokens.get(relative).pos().startsWith("W")) {
          relative--;
        }
        end = isComma(tokens.get(relative - 1)) ? relative - 1 : relative;
        break;
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
   * Whether the token at {@code taker} takes a reporting verb's infinitive into the cue: an
   * adjective ("likely to"), or a verb that is no cue of its own ("declined to" is one, and PolNeAR
   * splits it) and no participle without "be" ("designed to promote").
   */
  private boolean takesInfinitive(List<Token> tokens, int taker) {
    Token word = tokens.get(taker);
    return word.pos().startsWith("JJ")
        || word.pos().startsWith("VB") && !isCue(word) && (!word.pos().equals("VBN") || beFormBefore(tokens, taker) >= 0);
  }

  /** The last token from {@code from} back that is no auxiliary or adverb before a cue, or -1. */
  private static int skippedBefore(List<Token> tokens, int from) {
    int before = from;
    while (before >= 0 && (SKIPPED_BEFORE_CUE.contains(tokens.get(before).lemma().toLowerCase(Locale.ROOT))
        || tokens.get(before).pos().startsWith("RB")) && !tokens.get(before).pos().startsWith("NN")) {
      before--;
    }
    return before;
  }

  /**
   * The "that" opening the reported clause after some words with no verb ("said at a news
   * conference last week that ..."), or -1.
   */
  private static int complementizerAfter(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i - from <= COMPLEMENTIZER_REACH; i++) {
      Token token = tokens.get(i);
      if (token.text().equalsIgnoreCase("that") && token.pos().equals("IN")) {
        return i;
      }
      if (token.pos().startsWith("VB") || token.pos().equals("MD") || token.pos().equals("``") || isSentenceEnd(token)) {
        return -1;
      }
    }
    return -1;
  }

  private boolean takesPreposition(Token verb, Token preposition) {
    return (preposition.pos().equals("IN") || preposition.pos().equals("TO"))
        && prepositionalCues.contains(verb.lemma().toLowerCase(Locale.ROOT) + " " + preposition.text().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a comma and then a verb, after any adverbs, or a subordinator that carries the clause
   * on ("..., economists say, because ..."), follow at {@code at}.
   */
  private static boolean predicateAfterComma(List<Token> tokens, int at) {
    if (at + 1 >= tokens.size() || !isComma(tokens.get(at))) {
      return false;
    }
    int verb = afterAdverbs(tokens, at + 1, tokens.size());
    return verb < tokens.size() && (isFinite(tokens.get(verb))
        || verb == at + 1 && CONTINUING_SUBORDINATORS.contains(tokens.get(verb).text().toLowerCase(Locale.ROOT)));
  }

  /** The frame of a cue whose source comes before it, with the content on either side. */
  private static Frame contentFor(String text, Sentence sentence, Span cueSpan, int[] source, int after, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    // "“...?” Obama asked Republican politicians.": the quotation closed the sentence before, and
    // nothing after the cue reads as a clause of its own.
    if (source[0] == 0 && !clauseFrom(tokens, after)) {
      Span previous = quotationJustBefore(text, sentence, quotations);
      if (previous != null) {
        return frame(text, tokens, List.of(previous), cueSpan, source);
      }
    }
    // "“...,” Kim said." or "Troops were sent, the ministry said": the content comes first when a
    // clause or a quotation ends right before the source. A relative "who" never has its content
    // before it: in "“...,” said Harvey, who acknowledged ...", that quotation is Harvey's "said".
    if (source[0] > 0 && (isComma(tokens.get(source[0] - 1)) || isClosingMark(text, tokens.get(source[0] - 1)))
        && !tokens.get(source[0]).pos().equals("WP")) {
      List<Span> first = contentBefore(text, sentence, source[0] - 1, quotations);
      boolean quoted = !first.isEmpty() && isMark(text.charAt(first.get(0).start()));
      // "Asked if ..., Clinton said she would not": a clause after the cue is the content, and the
      // one before the source only sets the scene; so does a clause that a subordinator opens ("As
      // voters went to the polls, Trump accused ..."), when the cue has words after it.
      boolean scene = (tokens.get(0).pos().equals("WRB") || tokens.get(0).pos().equals("IN"))
          && !contentAfter(text, sentence, after, quotations).isEmpty();
      if (quoted || !first.isEmpty() && !scene && hasVerb(tokens, 0, source[0] - 1) && !clauseFrom(tokens, after)) {
        return frame(text, tokens, withSplitContinuation(text, sentence, after, first, quotations), cueSpan, source);
      }
      // "Any attempt to debunk a falsehood, he said, becomes hopeless.": the reporting clause
      // splits the content between its subject and its verb.
      if (!first.isEmpty() && isComma(tokens.get(source[0] - 1)) && predicateAfterComma(tokens, after)) {
        List<Span> rest = contentAfter(text, sentence, after, quotations);
        if (!rest.isEmpty()) {
          return frame(text, tokens, List.of(first.get(0), rest.get(0)), cueSpan, source);
        }
      }
    }
    List<Span> content = contentAfter(text, sentence, after, quotations);
    return content.isEmpty() ? null : frame(text, tokens, content, cueSpan, source);
  }

  /**
   * "In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to
   * 39 percent" or "Trump leads by 24 points in the 50-state poll.": "in" is the cue, the poll the
   * source, and the clause it opens or closes the content.
   */
  private static Frame pollFrame(String text, Sentence sentence, int in, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int[] poll = nounPhraseAfter(tokens, in + 1);
    if (poll == null || !POLLS.contains(tokens.get(poll[1] - 1).lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int end = poll[1];
    if (in == 0 && end + 1 < tokens.size() && isComma(tokens.get(end)) && tokens.get(end + 1).pos().equals("VBN")) {
      // "In the new poll, conducted March 11-13, ...": the participle describes the poll.
      int close = end + 1;
      while (close < tokens.size() && !isComma(tokens.get(close)) && !isFinite(tokens.get(close))) {
        close++;
      }
      if (close < tokens.size() && isComma(tokens.get(close))) {
        poll = new int[] {poll[0], close + 1};
        end = close;
      }
    }
    Span cue = tokens.get(in).span();
    if (in == 0 && end < tokens.size() && isComma(tokens.get(end))) {
      List<Span> content = contentAfter(text, sentence, end + 1, quotations);
      return content.isEmpty() || !hasVerb(tokens, end + 1, tokens.size()) ? null : frame(text, tokens, content, cue, poll);
    }
    boolean last = end == tokens.size() || end + 1 == tokens.size() && isSentenceEnd(tokens.get(end));
    // "Sanders has sagged in the polls" speaks of standing, not of a poll's finding: a named or
    // single poll only.
    boolean named = tokens.get(end - 1).pos().equals("NN") || anyToken(tokens, poll[0], end, t -> t.pos().startsWith("NNP"));
    if (in > 1 && last && named && anyToken(tokens, 0, in, RuleAttributor::isFinite)) {
      Span content = new Span(tokens.get(0).span().start(), tokens.get(in - 1).span().end());
      return frame(text, tokens, List.of(content), cue, poll);
    }
    return null;
  }

  private boolean isCueNoun(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    return token.pos().startsWith("NN") && !token.pos().startsWith("NNP") && cueNouns.contains(token.lemma().toLowerCase(Locale.ROOT))
        && next != null && next.text().equalsIgnoreCase("that") && next.pos().equals("IN");
  }

  /**
   * "Clinton's claim that ...", "his stern warning that ...", "concerns that ...": the noun is the
   * cue, with the adjectives and the possessive before it, and the possessor, if any, the source.
   */
  private static Frame nounFrame(String text, Sentence sentence, int noun, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    List<Span> content = contentAfter(text, sentence, noun + 1, quotations);
    if (content.isEmpty()) {
      return null;
    }
    int first = noun;
    while (first > 0 && (tokens.get(first - 1).pos().startsWith("JJ") || tokens.get(first - 1).pos().equals("VBN"))) {
      first--;
    }
    int[] source = null;
    int phrase = first > 0 && isDeterminer(tokens.get(first - 1)) ? first - 1 : first;
    int verb = phrase > 0 && tokens.get(phrase - 1).pos().matches("RP|IN|TO") ? phrase - 2 : phrase - 1;
    if (verb >= 0 && tokens.get(verb).pos().startsWith("VB")) {
      // "Woods shared her belief that ...", "Trump laid out his concerns that ...": the one who
      // holds the noun's view is the subject of the verb it follows.
      source = subjectBefore(tokens, verb + 1);
    }
    if (source != null) {
      first = phrase;
    } else if (first > 0 && tokens.get(first - 1).pos().equals("PRP$")) {
      source = new int[] {first - 1, first};
    } else if (first > 1 && tokens.get(first - 1).pos().equals("POS") && isHead(tokens.get(first - 2))) {
      // "a fact-check on Donald Trump's claim": the possessor only, with its "'s".
      int start = first - 2;
      while (start > 0 && isNounPhraseWord(tokens.get(start - 1)) && !CONNECTING_WORDS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))) {
        start--;
      }
      source = new int[] {start, first};
    }
    if (source == null) {
      return unsourced(text, content, tokens.get(noun).span());
    }
    return frame(text, tokens, content, new Span(tokens.get(first).span().start(), tokens.get(noun).span().end()), source);
  }

  /**
   * "Asked whether she had practised the speech, she said ...", "when asked about the budget": the
   * question put to a speaker is an attribution of its own, which names no source, or the one who
   * asked after "by".
   */
  private static boolean isQuestioned(List<Token> tokens, int i) {
    if (!tokens.get(i).lemma().equalsIgnoreCase("ask") || !tokens.get(i).pos().equals("VBN")) {
      return false;
    }
    int previous = beforeAdverbs(tokens, i);
    return previous < 0 || isComma(tokens.get(previous)) || QUESTION_OPENERS.contains(tokens.get(previous).text().toLowerCase(Locale.ROOT));
  }

  private Frame questionFrame(String text, Sentence sentence, int asked, List<Span> quotations) {
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
    if (asker == null && next + 1 < tokens.size() && takesPreposition(tokens.get(asked), tokens.get(next))) {
      cue = new Span(cue.start(), tokens.get(next).span().end());
      next++;
    }
    if (next >= tokens.size() || !(tokens.get(next).pos().startsWith("W") || QUESTION_WORDS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))
        || cue.end() > tokens.get(asked).span().end())) {
      return null;
    }
    int end = next + 1;
    // The question runs to a comma or the sentence's end, over those inside a quotation.
    while (end < tokens.size() && (inside(tokens.get(end).span(), quotations) || !isComma(tokens.get(end)) && !isSentenceEnd(tokens.get(end)))) {
      end++;
    }
    List<Span> content = List.of(new Span(tokens.get(next).span().start(), tokens.get(end - 1).span().end()));
    return asker == null ? unsourced(text, content, cue) : frame(text, tokens, content, cue, asker);
  }

  /**
   * "Sanders seemed to reap the benefits", "She is expected to continue": a verb of seeming, or
   * "expected" after a form of "be", with an infinitive or a predicate after it. PolNeAR takes
   * these as attributions that name no source, whose content is the subject and what follows.
   */
  private static boolean isRaising(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    if (i + 2 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    boolean infinitive = next.pos().equals("TO") && tokens.get(i + 2).pos().equals("VB");
    if (SEEMING.contains(lemma) && token.pos().startsWith("VB")) {
      return infinitive || next.pos().startsWith("JJ") || next.text().equalsIgnoreCase("that") && next.pos().equals("IN");
    }
    return lemma.equals("expect") && token.pos().equals("VBN") && infinitive && beFormBefore(tokens, i) >= 0;
  }

  /**
   * "Mr. Reagan was criticized for trading ...", "Mr. Quiros was accused of ...": the subject of a
   * passive cue is who is spoken about, not who speaks; PolNeAR names no source.
   */
  private boolean isPassiveCue(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (!isCue(token) || !token.pos().equals("VBN") || i + 1 >= tokens.size() || tokens.get(i + 1).text().equals("by")) {
      return false;
    }
    // "containers believed to contain ammunition": a participle after its noun, with no "be",
    // is passive too, and the noun is what is spoken about.
    return beFormBefore(tokens, i) >= 0 || i > 0 && tokens.get(i - 1).pos().startsWith("NN")
        && i + 2 < tokens.size() && tokens.get(i + 1).pos().equals("TO") && tokens.get(i + 2).pos().equals("VB");
  }

  /** The form of "be" before a participle, over adverbs ("is widely expected"), or -1. */
  private static int beFormBefore(List<Token> tokens, int participle) {
    int i = beforeAdverbs(tokens, participle);
    return i >= 0 && tokens.get(i).lemma().equalsIgnoreCase("be") ? i : -1;
  }

  /** The last token before {@code at} that is no adverb, or -1. */
  private static int beforeAdverbs(List<Token> tokens, int at) {
    int i = at - 1;
    while (i >= 0 && tokens.get(i).pos().startsWith("RB")) {
      i--;
    }
    return i;
  }

  private static Frame raisingFrame(String text, Sentence sentence, int verb, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int be = tokens.get(verb).pos().equals("VBN") ? beFormBefore(tokens, verb) : -1;
    int cueStart = be >= 0 ? be : verb;
    Span cue = new Span(tokens.get(cueStart).span().start(), tokens.get(verb).span().end());
    List<Span> rest = contentAfter(text, sentence, verb + 1, quotations);
    int[] subject = nounPhraseBefore(tokens, cueStart - 1);
    if (rest.isEmpty() || subject == null) {
      return null;
    }
    List<Span> content = tokens.get(subject[0]).text().equalsIgnoreCase("it")
        ? rest // "it appears that ...": the subject says nothing.
        : List.of(new Span(tokens.get(subject[0]).span().start(), tokens.get(subject[1] - 1).span().end()), rest.get(0));
    return unsourced(text, content, cue);
  }

  private Frame accordingTo(String text, Sentence sentence, int according, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    Span cue = new Span(tokens.get(according).span().start(), tokens.get(according + 1).span().end());
    int[] source = nounPhraseAfter(tokens, according + 2);
    if (source == null) {
      return null;
    }
    if (source[1] + 1 < tokens.size() && tokens.get(source[1]).text().equals("by")) {
      // "according to exit polls conducted by Edison Research": who made the poll is part of it.
      int[] maker = nounPhraseAfter(tokens, source[1] + 1);
      source = maker == null ? source : new int[] {source[0], maker[1]};
    }
    int start = source[1];
    while (start < tokens.size() && isComma(tokens.get(start))) {
      start++;
    }
    boolean opening = true;
    for (int i = 0; i < according; i++) {
      opening &= tokens.get(i).pos().equals("CC") || tokens.get(i).pos().startsWith("RB") || isComma(tokens.get(i));
    }
    List<Span> content;
    if (opening || clauseOpensAt(tokens, start)) {
      // "But, according to the poll, 46 percent remain undecided": the clause after it.
      content = contentAfter(text, sentence, start, quotations);
    } else if (predicateAfterComma(tokens, source[1])) {
      // "The implication, according to the Sanders aide, is that ...": the clause around it.
      List<Span> first = contentBefore(text, sentence, according - 1, quotations);
      List<Span> rest = contentAfter(text, sentence, start, quotations);
      content = first.isEmpty() || rest.isEmpty() ? List.of() : List.of(first.get(0), rest.get(0));
    } else {
      content = contentBefore(text, sentence, according - 1, quotations);
    }
    return content.isEmpty() ? null : frame(text, tokens, content, cue, source);
  }

  /**
   * "Republican pollster Daron Shaw: “...”": a name, a colon and a quotation, with no verb; the
   * colon is the cue, as PolNeAR marks it.
   */
  private static Frame colonFrame(String text, Sentence sentence, int colon, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int[] source = nounPhraseBefore(tokens, colon - 1);
    if (source == null) {
      return null;
    }
    Span quotation = quotationFrom(text, tokens.get(colon).span().end(), quotations);
    if (quotation != null) {
      return frame(text, tokens, List.of(quotation), tokens.get(colon).span(), source);
    }
    // "Graham: Trump's Rhetoric Destroying GOP's Chance", the headline's way of attributing: a
    // short name opens the sentence, and a clause follows the colon.
    if (source[0] != 0 || colon > HEADLINE_NAME_TOKENS || !titleCase(tokens, 0, colon)) {
      return null;
    }
    List<Span> content = contentAfter(text, sentence, colon + 1, quotations);
    return content.isEmpty() || tokens.size() - colon < 4 ? null : frame(text, tokens, content, tokens.get(colon).span(), source);
  }

  private static boolean titleCase(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isUpperCase(tokens.get(i).text().charAt(0))) {
        return false;
      }
    }
    return true;
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
    int cue = verb < last && isCue(tokens.get(verb)) ? verb : last;
    if (cue > 0 && isCue(tokens.get(cue)) && !tokens.get(cue).pos().equals("VBG")) {
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
    return source != null && source[0] > 1 && source[1] == end && isCue(tokens.get(source[0] - 1))
        && (isComma(tokens.get(source[0] - 2)) || tokens.get(source[0] - 2).pos().equals("''")) ? source : null;
  }

  /**
   * "Lopez-Cantera, a Republican and former state legislator who became lieutenant governor in
   * 2014, said the block grants ...": the sentence opens with a name and a description of any
   * length set off by commas, and a clause follows the cue; the source is all of it, closing
   * comma included. Without the clause after the cue, the words before it are the content
   * ("Troops were sent, said the ministry").
   */
  private static int[] describedSubject(List<Token> tokens, int comma, int cue) {
    int first = 0;
    while (first < comma && (tokens.get(first).pos().equals("CC") || tokens.get(first).pos().startsWith("RB"))) {
      // "And aides to Gov. Chris Christie, ..., said": a connective opens the sentence.
      first++;
    }
    if (first < comma && (tokens.get(first).pos().equals("IN") || tokens.get(first).pos().equals("WRB"))) {
      // "On Tuesday, Tom Hale, a farmer, said ...": an opening phrase sets the scene before the name.
      int opening = first;
      while (opening < comma && !isComma(tokens.get(opening))) {
        opening++;
      }
      first = opening < comma ? opening + 1 : first;
    }
    int[] name = nounPhraseAfter(tokens, first);
    int end = name == null ? -1 : afterBrackets(tokens, name[1]);
    if (name == null || end >= comma || !isComma(tokens.get(end)) || !clauseOpensAt(tokens, cue + 1) && inverted(tokens, cue)) {
      return null;
    }
    for (int i = first; i < comma; i++) {
      // A quotation before the cue is its content ("“...,” said X, ..."); an apostrophe is not one.
      if (tokens.get(i).pos().equals("``") || tokens.get(i).pos().equals("''")) {
        return null;
      }
    }
    return new int[] {first, comma + 1};
  }

  /** The token after a bracketed group at {@code at} ("(D-Md.)"), or {@code at} when none opens there. */
  private static int afterBrackets(List<Token> tokens, int at) {
    if (at >= tokens.size() || !tokens.get(at).pos().equals("-LRB-")) {
      return at;
    }
    for (int i = at + 1; i < tokens.size() && i - at <= BRACKETED_TOKENS + 1; i++) {
      if (tokens.get(i).pos().equals("-RRB-")) {
        return i + 1;
      }
    }
    return at;
  }

  /**
   * Whether the cue at {@code cue} reads as an inverted reporting clause: a noun phrase after it
   * ends the sentence or is set off by a comma ("..., said Edward Howell, a lecturer ...").
   */
  private static boolean inverted(List<Token> tokens, int cue) {
    int[] after = nounPhraseAfter(tokens, cue + 1);
    return after != null && (after[1] == tokens.size() || isComma(tokens.get(after[1])) || isSentenceEnd(tokens.get(after[1])));
  }

  /** Whether a clause opens at token {@code at}: "that", a quotation, or a subject and its verb. */
  private static boolean clauseOpensAt(List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return false;
    }
    if (tokens.get(at).text().equalsIgnoreCase("that") || tokens.get(at).pos().equals("``") || complementizerAfter(tokens, at) > at) {
      return true;
    }
    if ((isComma(tokens.get(at)) || tokens.get(at).text().equals(":")) && at + 1 < tokens.size()) {
      return tokens.get(at + 1).pos().equals("``");
    }
    int[] subject = nounPhraseAfter(tokens, at);
    int verb = subject == null ? tokens.size() : afterAdverbs(tokens, subject[1], tokens.size());
    return verb < tokens.size() && isFinite(tokens.get(verb));
  }

  /**
   * The subject of the clause before token {@code end}: the noun phrase that opens the sentence,
   * or one that follows opening phrases set off by commas ("At a rally in Portsmouth, N.H., on
   * Tuesday, Senator Bernie Sanders ..."), when a verb comes next, or a description set off by
   * commas and then a verb ("Republicans, who hold a majority in the Senate, have blocked ...").
   */
  private static int[] subjectBefore(List<Token> tokens, int end) {
    int start = 0;
    while (start < end && (tokens.get(start).pos().equals("CC") || tokens.get(start).pos().startsWith("RB"))) {
      // "But Clinton drew a contrast, saying ...": a connective opens the sentence.
      start++;
    }
    for (int attempt = 0; attempt < SUBJECT_COMMAS && start < end; attempt++) {
      int[] phrase = nounPhraseAfter(tokens, start);
      if (phrase != null && phrase[1] < end) {
        // "Sen. Bernie Sanders (I-Vt.) defended ...": a name's bracketed party and state.
        phrase = new int[] {phrase[0], afterBrackets(tokens, phrase[1])};
      }
      if (phrase != null && phrase[1] < end) {
        if (verbAt(tokens, phrase[1], end)) {
          return phrase;
        }
        if (isComma(tokens.get(phrase[1])) && anyToken(tokens, phrase[0], phrase[1], RuleAttributor::isComma)
            && verbAt(tokens, phrase[1] + 1, end)) {
          // "Erin Brockovich, the activist and lawyer, endorsed ...": the phrase took in the
          // appositive after the name, and its closing comma belongs to the subject.
          return new int[] {phrase[0], phrase[1] + 1};
        }
        int close = phrase[1] + 1;
        while (close < end && !isComma(tokens.get(close))) {
          close++;
        }
        if (isComma(tokens.get(phrase[1])) && close < end && verbAt(tokens, close + 1, end)) {
          return new int[] {phrase[0], close + 1};
        }
      }
      while (start < end && !isComma(tokens.get(start))) {
        start++;
      }
      start++;
    }
    return null;
  }

  /**
   * The subject of the finite verb that an "and" or "but" at {@code joiner} joins a second verb to,
   * when no comma comes between them: "Sanders, who endorsed Canova in May and said ...", "When
   * asked, Ms. Sherry smiled and said ...". Null when that verb has no noun phrase right before it.
   */
  private static int[] firstVerbSubject(List<Token> tokens, int joiner) {
    int verb = joiner - 1;
    while (verb >= 0 && !isComma(tokens.get(verb)) && !isFinite(tokens.get(verb))) {
      verb--;
    }
    if (verb < 1 || isComma(tokens.get(verb))) {
      return null;
    }
    int last = skippedBefore(tokens, verb - 1);
    return last < 0 ? null : nounPhraseBefore(tokens, last);
  }

  /** The first token from {@code from} on, before {@code end}, that is not an adverb. */
  private static int afterAdverbs(List<Token> tokens, int from, int end) {
    int i = from;
    while (i < end && tokens.get(i).pos().startsWith("RB")) {
      i++;
    }
    return i;
  }

  /** Whether a verb, after any adverbs and modals, stands at {@code at}, before {@code end}. */
  private static boolean verbAt(List<Token> tokens, int at, int end) {
    int next = at;
    while (next < end && (tokens.get(next).pos().startsWith("RB") || tokens.get(next).pos().equals("MD"))) {
      next++;
    }
    return next < end && tokens.get(next).pos().startsWith("VB");
  }

  /**
   * "“We will win.” — Maria Lopez, campaign manager": a quotation, a dash and a name; the dash is
   * the cue.
   */
  private static Frame dashFrame(String text, Sentence sentence, int dash, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    Span quotation = dash == 0 ? quotationJustBefore(text, sentence, quotations)
        : isClosingMark(text, tokens.get(dash - 1)) ? quotationEndingAt(tokens.get(dash - 1).span().end(), quotations) : null;
    int[] source = quotation == null ? null : nounPhraseAfter(tokens, dash + 1);
    if (source == null || !tokens.get(dash + 1).pos().startsWith("NNP")) {
      return null;
    }
    return frame(text, tokens, List.of(quotation), tokens.get(dash).span(), source);
  }

  /** The quotation that closes right before this sentence, in its paragraph, or null. */
  private static Span quotationJustBefore(String text, Sentence sentence, List<Span> quotations) {
    int start = sentence.span().start();
    for (Span quotation : quotations) {
      if (quotation.end() <= start && text.substring(quotation.end(), start).isBlank()
          && text.substring(quotation.end(), start).indexOf('\n') < 0) {
        return quotation;
      }
    }
    return null;
  }

  /** The quotation that opens at {@code offset}, white space and line breaks aside, or null. */
  private static Span quotationFrom(String text, int offset, List<Span> quotations) {
    int start = offset;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return quotationAt(start, quotations);
  }

  /**
   * Whether the tokens from {@code from} on hold a clause that the cue introduces: a finite verb,
   * "that", or a quotation. A participle set off by a comma right after the cue opens a clause of
   * its own ("..., the ministry said, adding that ...").
   */
  private static boolean clauseFrom(List<Token> tokens, int from) {
    if (from + 1 < tokens.size() && isComma(tokens.get(from)) && tokens.get(from + 1).pos().equals("VBG")) {
      return false;
    }
    for (int i = from; i < tokens.size(); i++) {
      String pos = tokens.get(i).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")
          || pos.equals("``") || tokens.get(i).text().equalsIgnoreCase("that")) {
        return true;
      }
    }
    return false;
  }

  /** An attribution that names no one: "is expected to", "his claim that" with no possessor. */
  private static Frame unsourced(String text, List<Span> content, Span cue) {
    boolean direct = content.stream().anyMatch(c -> isMark(text.charAt(c.start())));
    return new Frame(content, cue, null, List.of(), direct, false, null);
  }

  private static Frame frame(String text, List<Token> tokens, List<Span> content, Span cue, int[] source) {
    List<Token> sourceTokens = tokens.subList(source[0], source[1]);
    Span sourceSpan = new Span(sourceTokens.get(0).span().start(), sourceTokens.get(sourceTokens.size() - 1).span().end());
    boolean direct = content.stream().anyMatch(c -> isMark(text.charAt(c.start())));
    boolean contentFirst = content.get(0).end() <= cue.start();
    return new Frame(content, cue, sourceSpan, List.copyOf(sourceTokens), direct, contentFirst, null);
  }

  /**
   * The noun phrase ending at token {@code last}, with an appositive set off by commas ("Edward
   * Howell, an Oxford University lecturer ... Chatham House,"), as token indices [start, end).
   */
  private static int[] nounPhraseBefore(List<Token> tokens, int last) {
    if (last < 0) {
      return null;
    }
    int end = last + 1;
    if (isComma(tokens.get(last))) {
      int appositiveStart = last - 1;
      while (appositiveStart >= 0 && !isComma(tokens.get(appositiveStart))
          && (isNounPhraseWord(tokens.get(appositiveStart)) || tokens.get(appositiveStart).pos().equals("VBG"))) {
        appositiveStart--;
      }
      if (appositiveStart < 1 || !isComma(tokens.get(appositiveStart))) {
        return null;
      }
      int[] head = nounPhraseBefore(tokens, appositiveStart - 1);
      return head == null || !tokens.get(appositiveStart - 1).pos().startsWith("NNP") ? null : new int[] {head[0], end};
    }
    if (tokens.get(last).pos().equals("WP") && tokens.get(last).text().equalsIgnoreCase("who")) {
      return new int[] {last, end};
    }
    if (tokens.get(last).pos().equals("-RRB-")) {
      // "Rep. Gregory Meeks (D-N.Y.)": a name's bracketed party and state.
      int open = last - 1;
      while (open > 0 && !tokens.get(open).pos().equals("-LRB-") && last - open <= BRACKETED_TOKENS) {
        open--;
      }
      int[] head = open > 0 && tokens.get(open).pos().equals("-LRB-") ? nounPhraseBefore(tokens, open - 1) : null;
      return head == null || !tokens.get(open - 1).pos().startsWith("NNP") ? null : new int[] {head[0], end};
    }
    if (!isHead(tokens.get(last))) {
      return null;
    }
    if (tokens.get(last).pos().equals("PRP")) {
      String pronoun = tokens.get(last).text().toLowerCase(Locale.ROOT);
      if (last > 1 && tokens.get(last - 1).text().equalsIgnoreCase("of") && isQuantifier(tokens.get(last - 2))) {
        // "most of them", "some of us": the quantity speaks.
        return new int[] {last - 2, end};
      }
      if (OBJECT_PRONOUNS.contains(pronoun) && last > 1 && tokens.get(last - 1).pos().matches("IN|TO")) {
        // "a source close to him", "people familiar with her thinking": the pronoun ends a
        // longer phrase, which a noun heads.
        int start = last - 1;
        while (start > 0 && isNounPhraseWord(tokens.get(start - 1)) && !tokens.get(start - 1).pos().equals("PRP")) {
          start--;
        }
        boolean noun = false;
        for (int i = start; i < last - 1; i++) {
          noun |= tokens.get(i).pos().startsWith("NN");
        }
        return noun ? new int[] {start, end} : null;
      }
      if (pronoun.endsWith("self") || pronoun.endsWith("selves")) {
        // "Ford itself": the reflexive stresses the noun before it.
        int[] head = last > 0 && tokens.get(last - 1).pos().startsWith("NN") ? nounPhraseBefore(tokens, last - 1) : null;
        return head == null ? null : new int[] {head[0], end};
      }
      return SUBJECT_PRONOUNS.contains(pronoun) ? new int[] {last, end} : null;
    }
    int start = last;
    while (start > 0 && isNounPhraseWord(tokens.get(start - 1)) && !tokens.get(start - 1).pos().equals("PRP")
        && !isVerbAfterAuxiliary(tokens, start - 1)) {
      start--;
    }
    int participle = start > 0 && tokens.get(start - 1).text().equalsIgnoreCase("by") ? start - 2 : start - 1;
    if (participle > 0 && tokens.get(participle - 1).pos().startsWith("NN") && (tokens.get(participle).pos().equals("VBG")
        || tokens.get(participle).pos().equals("VBN") || tokens.get(participle).pos().equals("VBD") && participle == start - 2)) {
      // "a survey conducted by an analyst found", "a judge handling the lawsuit ordered",
      // "officials speaking on condition of anonymity said": a participle after its noun opens a
      // phrase that describes the noun, and the source runs from the noun.
      int[] head = nounPhraseBefore(tokens, participle - 1);
      if (head != null) {
        start = head[0];
      }
    }
    while (start < last && CONNECTING_WORDS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
      start++;
    }
    return new int[] {start, end};
  }

  /** "has shipped", "was widely seen": a participle that is a verb, not a modifier of the noun after it. */
  private static boolean isVerbAfterAuxiliary(List<Token> tokens, int i) {
    if (!tokens.get(i).pos().equals("VBN")) {
      return false;
    }
    int auxiliary = beforeAdverbs(tokens, i);
    return auxiliary >= 0 && (tokens.get(auxiliary).lemma().equalsIgnoreCase("have") || tokens.get(auxiliary).lemma().equalsIgnoreCase("be"));
  }

  private static boolean isDeterminer(Token token) {
    return token.pos().equals("DT") || token.pos().equals("PRP$");
  }

  private static boolean isQuantifier(Token token) {
    return token.pos().equals("DT") || token.pos().equals("JJS") || token.pos().equals("CD") || token.pos().equals("JJ");
  }

  /** The noun phrase starting at token {@code first}, with an appositive after a comma. */
  private static int[] nounPhraseAfter(List<Token> tokens, int first) {
    int end = first;
    while (end < tokens.size() && isNounPhraseWord(tokens.get(end))
        && !(end > first && tokens.get(end - 1).pos().startsWith("NN") && isDeterminer(tokens.get(end)))) {
      // A determiner after a noun opens the next phrase: "told the newspaper a “significant” number".
      end++;
    }
    while (end > first && CONNECTING_WORDS.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT))) {
      end--;
    }
    if (end == first || !isHead(tokens.get(end - 1))) {
      return null;
    }
    if (end + 1 < tokens.size() && isComma(tokens.get(end)) && tokens.get(end - 1).pos().startsWith("NNP")) {
      int appositiveEnd = end + 1;
      while (appositiveEnd < tokens.size() && isNounPhraseWord(tokens.get(appositiveEnd))) {
        appositiveEnd++;
      }
      if (appositiveEnd > end + 1 && (appositiveEnd == tokens.size()
          || isComma(tokens.get(appositiveEnd)) || isSentenceEnd(tokens.get(appositiveEnd)))) {
        end = appositiveEnd;
      }
    }
    return new int[] {first, end};
  }

  /**
   * Whether content after a cue, outside quotation marks, reads as something said. Content with no
   * verb that opens with a preposition is often no attribution at all ("reported from Los
   * Angeles", "was first reported by Politico", "found in refrigerants"), except after "about" and
   * "of" ("talked about the economy"): on PolNeAR train such verbless contents were right 67% of
   * the time against 87% for all. And "add" reports words only when a clause follows it: "adding
   * to her lead", "would add to the troubles stoked by ..." add things.
   */
  private static boolean saysSomething(List<Token> tokens, Token cue, List<Span> content) {
    int first = tokenEndingBefore(tokens, content.get(0).start()) + 1;
    int end = tokenEndingBefore(tokens, content.get(content.size() - 1).end()) + 1;
    if (end <= first || anyToken(tokens, first, end, t -> t.pos().equals("``") || t.pos().equals("''"))) {
      return true;
    }
    if (CLAUSE_ONLY_CUES.contains(cue.lemma().toLowerCase(Locale.ROOT))) {
      return clauseOpensAt(tokens, first);
    }
    if (hasVerb(tokens, first, end)) {
      return true;
    }
    Token opening = tokens.get(first);
    return !opening.pos().equals("IN") || PROPOSITION_PREPOSITIONS.contains(opening.text().toLowerCase(Locale.ROOT));
  }

  private static boolean hasVerb(List<Token> tokens, int from, int to) {
    return anyToken(tokens, from, to, t -> t.pos().startsWith("VB") || t.pos().equals("MD"));
  }

  private static boolean anyToken(List<Token> tokens, int from, int to, Predicate<Token> test) {
    for (int i = from; i < to; i++) {
      if (test.test(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNounPhraseWord(Token token) {
    return NOUN_PHRASE_TAGS.contains(token.pos()) || CONNECTING_WORDS.contains(token.text().toLowerCase(Locale.ROOT))
        || token.text().equals("-") || token.text().equals(".") && token.pos().equals("NNP");
  }

  /**
   * Whether a token can end a noun phrase: a noun, pronoun or number, or a capitalised adjective,
   * which is most often a name the tagger took for one ("Blackwell/JJ pointed to ...") or a
   * nationality or party that stands for its people ("the Republican said").
   */
  private static boolean isHead(Token token) {
    return token.pos().startsWith("NN") || token.pos().equals("PRP") || token.pos().equals("CD")
        || token.pos().equals("JJ") && Character.isUpperCase(token.text().charAt(0));
  }

  private static boolean isAppositiveEnd(List<Token> tokens, int comma) {
    return nounPhraseBefore(tokens, comma) != null;
  }

  /** The content after the cue: a quotation there, or the rest of the sentence without its stop. */
  private static List<Span> contentAfter(String text, Sentence sentence, int from, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int start = from;
    while (start < tokens.size() && (isComma(tokens.get(start)) || tokens.get(start).text().equals(":"))) {
      start++;
    }
    int end = tokens.size();
    while (end > start && (isSentenceEnd(tokens.get(end - 1)) && !inside(tokens.get(end - 1).span(), quotations)
        || strayMark(text, tokens.get(end - 1), quotations))) {
      end--;
    }
    if (start == tokens.size() && tokens.get(start - 1).text().equals(":")) {
      // "Cruz continued:" and the quotation in the next paragraph.
      Span quotation = quotationFrom(text, sentence.span().end(), quotations);
      return quotation == null ? List.of() : List.of(quotation);
    }
    if (end - start < 2 && !(end > start && isMark(text.charAt(tokens.get(start).span().start())))) {
      return List.of();
    }
    end = clauseEnd(tokens, start, end, quotations);
    start = quotationAfterAdjunct(text, tokens, start, end, quotations);
    int startOffset = tokens.get(start).span().start();
    int endOffset = tokens.get(end - 1).span().end();
    Span quotation = quotationAt(startOffset, quotations);
    if (quotation != null && quotation.end() > endOffset) {
      endOffset = quotation.end();
    }
    return List.of(new Span(startOffset, endOffset));
  }

  /**
   * "said in the debate spin room, “I'm sending the signal ...”", "offered a caveat: “...”": words
   * without a verb, then a comma or colon and a quotation that runs to the content's end; the
   * quotation alone is the content. Returns the token the content starts at.
   */
  private static int quotationAfterAdjunct(String text, List<Token> tokens, int start, int end, List<Span> quotations) {
    for (int i = start + 1; i + 1 < end; i++) {
      Token token = tokens.get(i);
      if (token.pos().startsWith("VB") || token.pos().equals("MD") || inside(token.span(), quotations)) {
        return start;
      }
      if (isComma(token) || token.text().equals(":")) {
        Span quotation = quotationAt(tokens.get(i + 1).span().start(), quotations);
        return quotation != null && quotation.end() >= tokens.get(end - 1).span().end() ? i + 1 : start;
      }
    }
    return start;
  }

  /**
   * Where the content after a cue ends: at the sentence's end, or before what joins another clause
   * to it, which PolNeAR leaves out: ", but ...", a participle set off by a comma (", linking to a
   * story ..."), ", and" with a new subject and verb, and "and" with a second verb of the source's
   * own when the content is no clause ("had opposed a similar effort and once again did not like
   * ..."). Marks inside a quotation do not count.
   */
  private static int clauseEnd(List<Token> tokens, int start, int end, List<Span> quotations) {
    boolean finite = false;
    for (int i = start + 1; i + 1 < end; i++) {
      Token token = tokens.get(i);
      if (inside(token.span(), quotations)) {
        continue;
      }
      Token next = tokens.get(i + 1);
      if (isComma(token) && (next.text().equalsIgnoreCase("but") || next.pos().equals("VBG") || opensClause(tokens, i + 1, end))) {
        return i;
      }
      if (!finite && token.text().equalsIgnoreCase("and") && secondVerb(tokens, i + 1, end)) {
        return i;
      }
      finite |= isFinite(token);
    }
    return end;
  }

  /** Whether a finite verb, after any adverbs, starts at {@code from}: "and (once again) voted". */
  private static boolean secondVerb(List<Token> tokens, int from, int end) {
    int i = afterAdverbs(tokens, from, end);
    return i < end && (tokens.get(i).pos().equals("VBD") || tokens.get(i).pos().equals("VBZ"));
  }

  /** Whether "and" at {@code and} opens a clause: a subject, then a finite verb within a few words. */
  private static boolean opensClause(List<Token> tokens, int and, int end) {
    if (!tokens.get(and).text().equalsIgnoreCase("and") || and + 2 >= end) {
      return false;
    }
    String subject = tokens.get(and + 1).pos();
    if (!(subject.equals("PRP") || subject.startsWith("NNP") || subject.equals("DT"))) {
      return false;
    }
    for (int i = and + 2; i < Math.min(end, and + 5); i++) {
      if (isFinite(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFinite(Token token) {
    String pos = token.pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /**
   * A quotation mark at a sentence's end that closes no quotation: one left dangling, or the
   * opening mark of the next sentence's quotation that the sentence splitter left behind ("...
   * in the future. ''Some three million ...").
   */
  private static boolean strayMark(String text, Token token, List<Span> quotations) {
    return isClosingMark(text, token) && quotationEndingAt(token.span().end(), quotations) == null && !inside(token.span(), quotations);
  }

  /** The content before token {@code last} (a comma or closing mark): the sentence up to there, or the quotation that ends there. */
  private static List<Span> contentBefore(String text, Sentence sentence, int last, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    if (last < 0) {
      return List.of();
    }
    Token mark = tokens.get(last);
    int end = isComma(mark) ? mark.span().start() : mark.span().end();
    Span quotation = quotationEndingAt(mark.span().end(), quotations);
    if (quotation == null && end > 0) {
      quotation = quotationEndingAt(end, quotations);
    }
    int start = tokens.get(0).span().start();
    if (quotation != null) {
      end = quotation.end();
      start = Math.min(start, quotation.start());
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return end - start < 3 ? List.of() : List.of(new Span(start, end));
  }

  /** {@code "...," she said, "..."}: the quotation after the source belongs to the same content. */
  private static List<Span> withSplitContinuation(
      String text, Sentence sentence, int afterSource, List<Span> content, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int next = afterSource;
    while (next < tokens.size() && (isComma(tokens.get(next)) || tokens.get(next).text().equals(":"))) {
      next++;
    }
    if (next == afterSource || next >= tokens.size()) {
      return content;
    }
    Span quotation = quotationAt(tokens.get(next).span().start(), quotations);
    if (quotation == null) {
      return content;
    }
    List<Span> fragments = new ArrayList<>(content);
    fragments.add(quotation);
    return fragments;
  }

  /**
   * One attribution per content: a quotation introduced by one sentence ("He said:") and taken up
   * by the next ("Obama asked him why") belongs to the first.
   */
  private static List<Frame> withoutRepeatedContent(List<Frame> frames) {
    List<Frame> kept = new ArrayList<>();
    for (Frame frame : frames) {
      if (kept.stream().noneMatch(k -> k.content().equals(frame.content()))) {
        kept.add(frame);
      }
    }
    return kept;
  }

  /**
   * Whether the quotation opens the sentence right after the one where the attribution's cue or
   * content ends, in its paragraph or the next: "“...,” Clinton said on Thursday during a speech at the
   * Council on Foreign Relations. “One, defeat ISIS ...”".
   */
  private static boolean opensNextSentence(String text, List<Sentence> sentences, Frame frame, Span quotation) {
    Span last = frame.content().get(frame.content().size() - 1);
    int cueSentence = sentenceAt(sentences, Math.max(frame.cue().start(), last.end() - 1));
    // The words, not the marks: a sentence splitter may leave a quotation's opening mark behind
    // in the sentence before.
    int firstWord = wordFrom(text, quotation.start());
    int quoteSentence = sentenceAt(sentences, firstWord);
    return quoteSentence == cueSentence + 1 && quoteSentence < sentences.size()
        && wordFrom(text, sentences.get(quoteSentence).span().start()) == firstWord
        && text.substring(last.end(), quotation.start()).split("\n", -1).length <= 3;
  }

  /** Whether a cue follows the quotation in its paragraph: "“I will go.” Obama said he would fly to Ohio." */
  private static boolean cueInParagraph(String text, List<Frame> frames, Span quotation) {
    int paragraphEnd = text.indexOf('\n', quotation.end());
    Span rest = new Span(quotation.end(), paragraphEnd < 0 ? text.length() : paragraphEnd);
    return frames.stream().anyMatch(f -> f.cue().overlaps(rest));
  }

  /** The offset of the first letter or digit from {@code offset} on. */
  private static int wordFrom(String text, int offset) {
    int i = offset;
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index of the sentence that ends after {@code offset}, or the number of sentences. */
  private static int sentenceAt(List<Sentence> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).span().end() > offset) {
        return i;
      }
    }
    return sentences.size();
  }

  /**
   * Quotations without a cue of their own that follow an attribution in its paragraph, quoted or
   * paraphrased ("China's position remains unchanged, Liu said. “We hope ...”"), or open the next
   * sentence, are its words too.
   */
  private static List<Frame> withFollowingQuotations(
      String text, List<Sentence> sentences, List<Frame> frames, List<Span> quotations) {
    List<Frame> result = new ArrayList<>(frames);
    for (Span quotation : quotations) {
      if (frames.stream().anyMatch(f -> f.content().stream().anyMatch(c -> c.overlaps(quotation))
          || f.cue().overlaps(quotation) || f.sourceOverlaps(quotation))) {
        continue;
      }
      for (int i = result.size() - 1; i >= 0; i--) {
        Frame previous = result.get(i);
        Span last = previous.content().get(previous.content().size() - 1);
        if (last.end() <= quotation.start()) {
          String between = text.substring(Math.max(last.end(), previous.anchor().end()), quotation.start());
          boolean brief = between.indexOf('\n') < 0 && between.replaceAll("[^\\p{L}]", "").length() < 40;
          if (brief || opensNextSentence(text, sentences, previous, quotation) && !cueInParagraph(text, frames, quotation)) {
            List<Span> content = new ArrayList<>(previous.content());
            content.add(quotation);
            result.set(i, previous.withQuotation(content));
          }
          break;
        }
      }
    }
    return result;
  }

  private static Span quotationAt(int offset, List<Span> quotations) {
    for (Span quotation : quotations) {
      if (quotation.start() == offset) {
        return quotation;
      }
    }
    return null;
  }

  private static Span quotationEndingAt(int offset, List<Span> quotations) {
    for (Span quotation : quotations) {
      if (quotation.end() == offset) {
        return quotation;
      }
    }
    return null;
  }

  private static boolean inside(Span span, List<Span> quotations) {
    for (Span quotation : quotations) {
      if (span.start() > quotation.start() && span.end() < quotation.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isComma(Token token) {
    return token.text().equals(",");
  }

  private static boolean isClosingMark(String text, Token token) {
    return token.text().length() <= 2 && isMark(text.charAt(token.span().end() - 1));
  }

  private static boolean isMark(char c) {
    return "“”\"„«»'`".indexOf(c) >= 0;
  }

  private static boolean isSentenceEnd(Token token) {
    return token.text().equals(".") || token.text().equals("?") || token.text().equals("!") || token.text().equals(";");
  }
}
