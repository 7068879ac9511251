package org.triangulate.attribution;

import static org.triangulate.attribution.QuotationMarks.namesProgramme;
import static org.triangulate.attribution.QuotationMarks.opensSentence;
import static org.triangulate.attribution.SignedQuotation.paragraphEnd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Quotations that no cue of their own introduces but that carry on an attribution before them: the
 * next sentence's quotation, or one later in the paragraph.
 */
final class FollowingQuotations {

  /** The participle that says the speaker went on speaking. */
  private static final String GOING_ON = "adding";

  /** Words that open a clause saying when: "after Jones assured Trump ...", "as the crowd roared". */
  private static final Set<String> TIME_SUBORDINATORS = Set.of("after", "before", "when", "while", "as");

  /** Relative pronouns that can stand as the whole content of a passive cue: "which was first reported by ...". */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who");

  private FollowingQuotations() {}

  /**
   * One attribution per content: a quotation introduced by one sentence ("He said:") and taken up
   * by the next ("Obama asked him why") belongs to the first.
   */
  static List<Frame> withoutRepeatedContent(List<Frame> frames) {
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
    Span rest = new Span(quotation.end(), paragraphEnd(text, quotation.end()));
    return frames.stream().anyMatch(f -> f.cue().overlaps(rest));
  }

  /**
   * "“...,” Trump said, referring to the debate. “How about we ...”", "“...,” said Peter King, who
   * endorsed Mr. Rubio on Tuesday. “There is no doubt ...”": a participle that carries on a
   * reporting clause after its quotation, with the clause's source, or a relative clause that
   * describes that source, says something of its own, and the quotation that follows goes on with
   * the clause's words. "Adding" is the exception: it says that the speaker went on, and what
   * follows goes on with what was added ("“...,” Christie said, adding that he had fought for bills
   * as governor. “A leader must fight ...”"). The index of the frame the quotation carries on: the
   * reporting clause's, or {@code last}'s own.
   */
  private static int reportingClauseCarriedOn(String text, List<Frame> frames, int last) {
    Frame aside = frames.get(last);
    Frame clause = last > 0 ? frames.get(last - 1) : null;
    boolean carriesOn = clause != null && clause.contentFirst() && clause.direct() && !aside.contentFirst()
        && !aside.cue().of(text).equalsIgnoreCase(GOING_ON)
        && aside.source() != null && clause.source() != null && clause.cue().end() <= aside.cue().start()
        && (aside.source().equals(clause.source()) || describesSource(text, aside, clause));
    return carriesOn ? last - 1 : last;
  }

  /**
   * "“You know, anybody can change,” he said when asked about the poll. “But I don't see it.”": a
   * question put to the speaker inside a reporting clause names no one who speaks, and the
   * quotation after it goes on with the clause's words; so does a clause of time inside it
   * ({@link #opensTimeClause}). The index of the frame that a quotation after frame {@code i}
   * carries on: the reporting clause's when frame {@code i} is such a question or clause, in the
   * same sentence as the reporting clause, or {@code i}.
   */
  private static int pastQuestionPut(String text, List<Frame> frames, int i) {
    Frame question = frames.get(i);
    Frame clause = i > 0 ? frames.get(i - 1) : null;
    boolean put = clause != null && !question.contentFirst()
        && clause.contentFirst() && clause.direct() && clause.source() != null
        && clause.cue().end() <= question.anchor().start()
        && text.substring(clause.cue().end(), question.cue().start()).chars().noneMatch(c -> ".?!;\n".indexOf(c) >= 0)
        && (question.source() == null || opensTimeClause(text, clause, question));
    return put ? i - 1 : i;
  }

  /**
   * "“...,” Trump assured Jones, after Jones assured Trump that ... “I will not let you down.”":
   * a clause of time inside the reporting clause says when the words were said, and its own cue
   * is no speaker's next words either.
   */
  private static boolean opensTimeClause(String text, Frame clause, Frame frame) {
    String[] before = text.substring(clause.cue().end(), frame.anchor().start()).trim().split("\\s+");
    return TIME_SUBORDINATORS.contains(before[before.length - 1].toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the frame's source is a relative pronoun that describes the clause's source, set off by
   * a comma: "said X, who ...". The source may stop short of the rest of its description, an age or
   * a home town ("said Nicky Driscoll, 24, from Manchester, who said ..."); the relative after it,
   * still inside the clause (no mark that ends a sentence or opens a quotation), describes the
   * same speaker.
   */
  private static boolean describesSource(String text, Frame relative, Frame clause) {
    if (relative.sourceTokens().size() != 1 || !relative.sourceTokens().get(0).pos().startsWith("W")
        || relative.source().start() <= clause.source().start()) {
      return false;
    }
    if (relative.source().start() <= clause.source().end() + 2) {
      return true;
    }
    String description = text.substring(clause.source().end(), relative.source().start());
    boolean setOff = description.startsWith(",") || text.charAt(clause.source().end() - 1) == ',';
    return setOff && description.endsWith(", ")
        && description.chars().noneMatch(c -> ".?!;:\n\"“”".indexOf(c) >= 0);
  }

  /**
   * "..., wrote Ash in a letter, which was first reported by The Associated Press. “...”": a frame
   * whose content is only a relative pronoun speaks of what the sentence said before it, and a
   * quotation after it goes on with the attribution before, not with the agent's words.
   */
  private static boolean speaksOfRelative(String text, Frame frame) {
    return frame.contentFirst() && frame.content().size() == 1 && RELATIVE_PRONOUNS.contains(frame.content().get(0).of(text).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the quotation marks a phrase inside a sentence rather than words someone goes on
   * saying: it does not open a sentence and holds no verb ("Even though people hailed these as bold
   * moves, the “Arab Spring” was ...", "the show's “Star Power” award", "none reached the "top
   * secret" level"). A name, a slogan or a scare quote is part of the writer's sentence, and
   * PolNeAR gives it to no attribution before it.
   */
  private static boolean quotesPhrase(String text, List<Sentence> sentences, Span quotation) {
    if (opensSentence(text, quotation)) {
      return false;
    }
    return tokensIn(sentences, quotation.start(), quotation.end()).noneMatch(t -> t.pos().startsWith("VB") || t.pos().equals("MD"));
  }

  /**
   * Whether a reporting verb stands between the attribution and the quotation ("..., calling him “a
   * disgrace ...”"): the phrase is then what that verb quotes, most often from the same speaker, and
   * stays with the words before.
   */
  private static boolean cueBetween(List<Sentence> sentences, int from, int to) {
    return tokensIn(sentences, from, to).anyMatch(CueWords.ENGLISH::isCue);
  }

  private static Stream<Token> tokensIn(List<Sentence> sentences, int from, int to) {
    return sentences.stream().flatMap(s -> s.tokens().stream()).filter(t -> t.span().start() >= from && t.span().end() <= to);
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
  static List<Frame> withFollowingQuotations(
      String text, List<Sentence> sentences, List<Frame> frames, List<Span> allQuotations) {
    // A programme named in the reporting clause ("said on NBC's “Meet the Press.”") is no one's
    // words, and no quotation stands between the clause and the words that go on after it.
    List<Span> quotations = allQuotations.stream().filter(q -> !namesProgramme(text, q)).toList();
    List<Frame> result = new ArrayList<>(frames);
    for (Span quotation : quotations) {
      if (frames.stream().anyMatch(f -> f.contentOverlaps(quotation)
          || f.cue().overlaps(quotation) || f.sourceOverlaps(quotation))) {
        continue;
      }
      for (int i = result.size() - 1; i >= 0; i--) {
        if (speaksOfRelative(text, result.get(i))) {
          continue;
        }
        Span before = result.get(i).content().get(result.get(i).content().size() - 1);
        if (before.end() <= quotation.start()) {
          int speaking = pastQuestionPut(text, result, i);
          Frame previous = result.get(speaking);
          Span question = speaking < i ? result.get(i).cue() : null;
          Span last = previous.content().get(previous.content().size() - 1);
          if (quotesPhrase(text, sentences, quotation) && !cueBetween(sentences, last.end(), quotation.start())) {
            break;
          }
          String between = text.substring(Math.max(last.end(), previous.anchor().end()), quotation.start());
          boolean brief = between.indexOf('\n') < 0 && between.replaceAll("[^\\p{L}]", "").length() < 40;
          // A cue later in the paragraph may claim a quotation that opens the paragraph; one that
          // follows the attribution in its own paragraph carries on what was just said.
          boolean sameParagraph = text.substring(last.end(), quotation.start()).indexOf('\n') < 0;
          // "“They'd be wrong,” Michael Briggs, a spokesman for Sanders, said in an interview Sunday
          // in Santa Monica, Calif. “The reality is ...”": after a quotation and its reporting
          // clause, the next quotation in the paragraph goes on, however long the clause.
          int from = Math.max(last.end(), previous.anchor().end());
          boolean afterReportingClause = previous.contentFirst() && previous.direct() && sameParagraph && opensSentence(text, quotation)
              && frames.stream().noneMatch(f -> f != previous && !f.cue().equals(question) && f.cue().start() >= from && f.cue().end() <= quotation.start())
              && quotations.stream().noneMatch(q -> q.start() >= from && q.end() <= quotation.start());
          if (brief || afterReportingClause
              || opensNextSentence(text, sentences, previous, quotation) && (sameParagraph || !cueInParagraph(text, frames, quotation))) {
            int carried = reportingClauseCarriedOn(text, result, speaking);
            List<Span> content = new ArrayList<>(result.get(carried).content());
            content.add(quotation);
            result.set(carried, result.get(carried).withQuotation(content));
          }
          break;
        }
      }
    }
    return result;
  }
}
