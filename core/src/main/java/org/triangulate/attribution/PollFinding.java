package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.hasVerb;
import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Clauses.subjectAndVerbAt;
import static org.triangulate.attribution.Contents.afterWritersOpening;
import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Contents.endingAt;
import static org.triangulate.attribution.Contents.opensParticiple;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.isNounPhraseWord;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.Phrases.afterAdverbs;
import static org.triangulate.attribution.Phrases.anyToken;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.isSentenceEnd;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Phrases.tokenEndingBefore;
import static org.triangulate.attribution.QuotationMarks.inside;
import static org.triangulate.attribution.Scenes.afterTimeExpression;
import static org.triangulate.attribution.Scenes.opensScene;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** A finding read "in" a named poll, attributed to the poll. */
final class PollFinding implements CueKind {

  /** What a figure is read "in" and attributed to: "in the latest poll". */
  static final Set<String> POLLS = Set.of("poll", "survey");

  /** Subordinators that set a second figure against the first: "40 percent backed her, while 55 percent ...". */
  private static final Set<String> CONTRASTS = Set.of("while", "whereas");

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return tokens.get(i).text().equalsIgnoreCase("in") && tokens.get(i).pos().equals("IN");
  }

  /**
   * The poll or survey that heads the phrase, or -1: its last noun, or the noun before a time
   * expression or a participle that ends it ("a Des Moines Register poll last month", "an NBC
   * News poll released Monday").
   */
  private static int pollNoun(List<Token> tokens, int[] phrase) {
    for (int i = phrase[1] - 1; i >= phrase[0]; i--) {
      if (POLLS.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
        boolean described = i + 1 < phrase[1] && tokens.get(i + 1).pos().equals("VBN");
        return i == phrase[1] - 1 || described || afterTimeExpression(tokens, i + 1) == phrase[1] ? i : -1;
      }
    }
    return -1;
  }

  /**
   * The poll named from the sentence's opening "In" to the first comma, or null: "In a national USA
   * TODAY/Suffolk University Poll,", "In the new Morning Consult poll,", "In an ABC News/Washington
   * Post Poll released Sunday,", "In a poll conducted by the New York Times and ABC News,". The
   * tagger breaks such names where {@link NounPhrases#nounPhraseAfter} would read them: at a slash
   * it tags as a comma or a symbol, at a word of the name it tags as a verb ("Consult"), at a
   * participle it tags as a past tense; so the name runs over any noun phrase word, slash or
   * capitalized word up to the first poll noun, which may be followed by a time or a participle
   * and its phrase, with no finite verb after it. A poll noun after any other word ("In eight of
   * nine states where exit polls were conducted Tuesday,") heads no such phrase. Counted on PolNeAR
   * train: 5 polls read so that were read no other way, 4 of them gold attributions with "In" the
   * cue, 1 not ("In a survey published by NBC News, Democratic voters ... were asked").
   */
  private static int[] openingPoll(List<Token> tokens) {
    int comma = 1;
    while (comma < tokens.size() && !isComma(tokens.get(comma))) {
      comma++;
    }
    int head = 1;
    while (head < comma && !POLLS.contains(tokens.get(head).lemma().toLowerCase(Locale.ROOT))) {
      if (!isNounPhraseWord(tokens.get(head)) && !tokens.get(head).text().equals("/") && !Character.isUpperCase(tokens.get(head).text().charAt(0))) {
        return null;
      }
      head++;
    }
    if (head >= comma || comma == tokens.size() || !tokens.get(head).pos().startsWith("NN")) {
      return null;
    }
    Token after = tokens.get(head + 1);
    boolean described = (after.pos().equals("VBN") || after.pos().equals("VBD")) && !anyToken(tokens, head + 2, comma, Clauses::isFinite);
    return head + 1 == comma || described || afterTimeExpression(tokens, head + 1) == comma ? new int[] {1, comma} : null;
  }

  /**
   * The token where the finding a closing poll holds opens, before the poll's "in" at {@code in}:
   * past the writer's opening ({@link Contents#afterWritersOpening}: "CHARLESTON, S.C. — "), what
   * stands before a colon that a clause follows ("He needs one: He finished a distant sixth ..."),
   * a conjunction ("But he fell to 10 percent ..."), and a phrase that sets the scene, up to the
   * comma after which the subject and its verb follow ("In March, Cruz had 38 percent support",
   * "By Jan. 18, 10 days after the New Hampshire primary, Obama was winning ..."); PolNeAR leaves
   * them out of what the poll found. Counted on PolNeAR train: of 28 contents a closing poll held,
   * 7 opened with such words, and gold leaves them out of all 7; none of the 21 others changes.
   */
  private static int findingStart(List<Token> tokens, int in) {
    int start = afterWritersOpening(tokens, in);
    for (int i = start; i < in; i++) {
      if (tokens.get(i).text().equals(":") && anyToken(tokens, i + 1, in, Clauses::isFinite)) {
        start = i + 1;
      }
    }
    while (start < in && tokens.get(start).pos().equals("CC")) {
      start++;
    }
    for (int comma = start + 1; comma < in; comma++) {
      if (isComma(tokens.get(comma)) && opensScene(tokens, start, comma) && subjectAndVerbAt(tokens, afterAdverbs(tokens, comma + 1, in))) {
        return comma + 1;
      }
    }
    return start;
  }

  /**
   * "In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to
   * 39 percent" or "Trump leads by 24 points in the 50-state poll.": "in" is the cue, the poll the
   * source, and the clause it opens or closes the content.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int in, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int[] poll = in == 0 ? openingPoll(tokens) : null;
    if (poll == null) {
      poll = nounPhraseAfter(tokens, in + 1);
      if (poll == null || pollNoun(tokens, poll) < 0) {
        return null;
      }
    }
    int end = poll[1];
    boolean described = end + 1 < tokens.size()
        && (tokens.get(end).pos().equals("VBN") || isComma(tokens.get(end)) && tokens.get(end + 1).pos().equals("VBN"));
    if (in == 0 && described) {
      // "In the new poll, conducted March 11-13, ...", "In a poll released Monday, ...": the
      // participle describes the poll.
      int close = end + 1;
      while (close < tokens.size() && !isComma(tokens.get(close)) && !isFinite(tokens.get(close))) {
        close++;
      }
      if (close < tokens.size() && isComma(tokens.get(close))) {
        boolean setOff = isComma(tokens.get(end));
        poll = new int[] {poll[0], setOff ? close + 1 : close};
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
    // "But he fell to 10 percent in the latest CNN/ORC poll released Wednesday, a collapse ...",
    // "... in a Washington Post-ABC News poll this month, surpassing ...": a single poll, with any
    // time after it, set off by a comma from what follows closes the clause it holds the finding
    // of as well as the sentence's end does. Counted on PolNeAR train: 8 such polls after a finite
    // verb, 6 of them gold attributions with "in" the cue (5 that no frame had, 1 whose clause a
    // "said" took that gold does not mark), 2 not ("tied for fifth at 5% in the poll, while ...",
    // "viewed him favorably in the mid-January poll, compared to ...", where gold's cue is "viewed").
    int close = afterTimeExpression(tokens, end);
    boolean setOff = in > 1 && close < tokens.size() && isComma(tokens.get(close)) && !tokens.get(pollNoun(tokens, poll)).pos().endsWith("S");
    if (in > 1 && (last || setOff) && named && anyToken(tokens, 0, in, Clauses::isFinite)) {
      Span content = span(tokens, findingStart(tokens, in), in - 1);
      return frame(text, tokens, List.of(content), cue, new int[] {poll[0], close});
    }
    return null;
  }

  /** Whether the source names a poll: a noun "poll", "survey" or "polling" in it ("The Q poll", "results of exit polls"). */
  private static boolean namesPoll(List<Token> source) {
    return source.stream().anyMatch(t -> t.pos().startsWith("NN")
        && (POLLS.contains(t.lemma().toLowerCase(Locale.ROOT)) || t.text().equalsIgnoreCase("polling")));
  }

  /**
   * "In a CNN/ORC poll, 38 percent said ..., while 60 percent said ...", "The poll found 66 percent
   * ..., compared with 48 percent ...": a poll's finding, after its cue, goes on past a comma that
   * sets another figure against it ({@link #comparesFigures}), which the content of any other source
   * ends at ({@link Contents#contentAfter} and the coordinate split stop there); the rest is read as
   * a content of its own, to where that one ends, and joined on. Not where the poll's own frame lies
   * in another's content, nor where a cue stands right after the comma ("..., offering a glimpse
   * of ..." reports the poll again). Counted on PolNeAR train: 19 contents made exact, none lost
   * (5 after "while", 4 after "compared with", 5 after a participle, 3 after "and" and a figure,
   * 2 after "a"); 7 clauses of figures the split had made attributions of their own, none with
   * gold's content, now lie in the poll's content.
   */
  static Frame withComparedFigures(String text, Sentence sentence, Frame frame, List<Span> cues, List<Span> quotations) {
    if (frame.contentFirst() || !namesPoll(frame.sourceTokens())) {
      return frame;
    }
    List<Token> tokens = sentence.tokens();
    List<Span> content = frame.content();
    while (true) {
      Span last = content.get(content.size() - 1);
      int comma = tokenEndingBefore(tokens, last.end()) + 1;
      if (last.start() < frame.cue().end() || comma + 2 >= tokens.size() || !isComma(tokens.get(comma))
          || inside(tokens.get(comma).span(), quotations) || !comparesFigures(tokens, comma + 1)
          || cues.stream().anyMatch(cue -> cue.start() == tokens.get(comma + 1).span().start())) {
        break;
      }
      List<Span> rest = contentAfter(text, sentence, comma + 1, quotations);
      if (rest.size() != 1 || rest.get(0).start() != tokens.get(comma + 1).span().start()) {
        break;
      }
      content = endingAt(content, rest.get(0).end());
    }
    return content == frame.content() ? frame : frame.withContentAfterCue(content);
  }

  /**
   * Whether what opens at {@code at}, after a comma, sets another figure against a poll's: "while"
   * or "whereas" ("while Rubio was at 18%"), "compared with" or "to", a participle that goes on with
   * the figure ("going from 40 percent to 46", "leading the field"), "and" before a number ("and 49%
   * live with their parents"), or "a" or "an" and a comment on the figure ("a drop from 76
   * percent").
   */
  private static boolean comparesFigures(List<Token> tokens, int at) {
    Token word = tokens.get(at);
    String lower = word.text().toLowerCase(Locale.ROOT);
    boolean comparison = lower.equals("compared") && tokens.get(at + 1).pos().matches("IN|TO");
    int number = afterAdverbs(tokens, at + 1, tokens.size());
    boolean figure = lower.equals("and") && number < tokens.size() && tokens.get(number).pos().equals("CD");
    return CONTRASTS.contains(lower) || comparison || opensParticiple(word) || figure || lower.equals("a") || lower.equals("an");
  }
}
