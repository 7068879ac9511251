package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.isFinite;
import static org.triangulate.attribution.Contents.endingAt;
import static org.triangulate.attribution.Phrases.afterAdverbs;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.setsOff;
import static org.triangulate.attribution.Phrases.tokenEndingBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Which frames nested in another's content are attributions of their own rather than part of what
 * the outer source says: a clause that a relative word or "after" opens ("the plan, which he
 * called a giveaway, ..."), and a relative "which" whose quotation is the source's verdict on a
 * thing of the outer content, which then ends before that "which".
 */
final class NestedAttributions {

  private NestedAttributions() {}

  /**
   * Words that open a clause of its own inside a content, whose cue is an attribution of its own
   * as well as part of what the outer source says: the relative "which" ("the plan, which he called
   * a giveaway, ...") and the temporal "after" ("after 55 percent said so in May"). Counted on
   * PolNeAR train: of the 57 such unquoted inner cues the outermost-only rule dropped, 31 are gold
   * cues, 31 have gold's source and 19 gold's content; "that", which opens most nested clauses,
   * has 18 gold cues in 382, and "as", "because", "when", "where" cost more than they bring.
   */
  private static final Set<String> OWN_CLAUSE_OPENERS = Set.of("which", "after");

  /**
   * Relative words that may be the subject of the clause they open ({@link #reportsRelativeSubject}),
   * by their text: the tagger reads a relative "that" before a subject as "IN" at times (in 2 of the 6
   * frames counted there).
   */
  private static final Set<String> RELATIVE_SUBJECTS = Set.of("that", "who");

  /**
   * Whether a nested candidate stands in a clause of its own, opened right before its source (or
   * its cue, when it names none) by a word of {@link #OWN_CLAUSE_OPENERS}, said by the relative
   * "who", or saying what a relative subject does ({@link #reportsRelativeSubject}), with a content
   * outside quotation marks: on PolNeAR train the quoted ones take matches from the outer
   * attributions (quoted 94.45 -> 94.28; for the relative subject 95.21 -> 95.18).
   */
  static boolean ownClause(List<Token> tokens, Frame candidate, List<Span> quotations) {
    int opener = tokenEndingBefore(tokens, candidate.anchor().start());
    boolean opened = opener >= 0 && OWN_CLAUSE_OPENERS.contains(tokens.get(opener).text().toLowerCase(Locale.ROOT));
    return (opened || saidByRelativeWho(tokens, candidate) || reportsRelativeSubject(tokens, candidate))
        && candidate.content().stream().noneMatch(c -> quotations.stream().anyMatch(c::overlaps));
  }

  /**
   * "Trump would have a path, which he declared “a total disaster”", "legislation ..., which he
   * called “a cartel”", "resolutions — which he added “is deeply regrettable.”": a "which" after a
   * comma or dash that the nested cue takes as its object (or as the subject of what it says, so
   * that the content opens with it) names a thing of the outer content and quotes what the source
   * made of it; PolNeAR marks the quotation an attribution of its own and ends the outer content
   * before the comma. The offset of that comma or dash, or -1. After a preposition ("in which he
   * said: ...", "for which she later apologized: ...") the relative clause describes a scene or an
   * event rather than quoting a verdict, and it stays in the outer content.
   */
  private static int relativeObject(List<Token> tokens, Frame candidate) {
    int opener = tokenEndingBefore(tokens, candidate.anchor().start());
    if (opener < 1 || !tokens.get(opener).text().equalsIgnoreCase("which")
        || candidate.content().get(0).start() != tokens.get(opener).span().start()) {
      return -1;
    }
    Token before = tokens.get(opener - 1);
    return isComma(before) || setsOff(before) ? opener - 1 : -1;
  }

  /**
   * Whether a nested candidate quotes what its source made of the thing a relative "which" names
   * ({@link #relativeObject}, {@link #quotesVerdict}) in contents that quote nothing before it: a
   * content that quotes its speaker already ("Obama said “there is love” ..., which he called
   * “...”") carries the verdict on as more of the same report, and PolNeAR leaves it there.
   * Counted on PolNeAR train: taking every quoted nested frame after "which" or "who" added 16
   * frames, 9 with a gold attribution, and lowered quoted attributions (95.48 -> 95.33), since the
   * outer content, left whole, had matched the inner gold already; after a preposition ("in which",
   * "to which", "for which") 3 of 7 are gold, after "who" 1 of 2. A "which" that opens the content
   * after a comma or dash stands 7 times: 5 gold; the quotation deep in the clause ("easy money")
   * and the one after a content that quotes already (Obama; and a "known as" frame that holds the
   * quoted nickname) are left, so 4 frames are added, all gold, and 3 outer contents made exact.
   */
  static boolean quotedVerdict(List<Token> tokens, Frame candidate, List<Frame> holders, List<Span> quotations) {
    int comma = relativeObject(tokens, candidate);
    return comma > 0 && quotesVerdict(tokens, candidate, quotations) && holders.stream().noneMatch(holder -> holder.content().stream()
        .anyMatch(c -> quotations.stream().anyMatch(q -> c.overlaps(q) && q.start() < tokens.get(comma).span().start())));
  }

  /**
   * Whether a quotation opens right after the cue or one word after it ("called “...”", "described
   * it as “...”", "said was “...”"): the quotation is what the source made of the thing the
   * relative word names. One further on is a phrase inside a clause of the writer's ("which he
   * said has increased because of "easy money."", no gold attribution on PolNeAR train).
   */
  private static boolean quotesVerdict(List<Token> tokens, Frame candidate, List<Span> quotations) {
    int cue = tokenEndingBefore(tokens, candidate.cue().end());
    for (int at = cue + 1; at <= cue + 2 && at < tokens.size(); at++) {
      int start = tokens.get(at).span().start();
      if (quotations.stream().anyMatch(q -> q.start() == start)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The frames with each content that holds an inner frame's quoted verdict ({@link #quotedVerdict})
   * ended before the comma or dash of its "which", as PolNeAR ends them. Unquoted relative clauses
   * are left to the content's own end ({@link Contents}), which cuts them only where the clause
   * closes the content ("that the announcement, which some have argued ..., was ..." keeps it).
   */
  static List<Frame> withoutRelativeQuotations(List<Token> tokens, List<Frame> frames, List<Frame> inner, List<Span> quotations) {
    List<Frame> cut = new ArrayList<>(frames);
    for (Frame relative : inner) {
      int comma = relativeObject(tokens, relative);
      if (comma < 1 || !quotesVerdict(tokens, relative, quotations)) {
        continue;
      }
      for (int i = 0; i < cut.size(); i++) {
        Frame outer = cut.get(i);
        if (!outer.contentFirst() && outer.contentOverlaps(relative.cue()) && outer.contentOverlaps(tokens.get(comma).span())) {
          cut.set(i, outer.withContentAfterCue(endingAt(outer.content(), tokens.get(comma - 1).span().end())));
        }
      }
    }
    return cut;
  }

  /**
   * "the finish that he said defied expectations", "a charity that prosecutors said was funding
   * militias": a relative "that" or "who" after a noun or comma, then the source, then "say" with a
   * finite verb right after it, whose subject the relative word is; what the source says of the
   * noun is an attribution of its own inside the outer content. Counted on PolNeAR train: 6 such
   * nested frames, 4 of them gold cues (3 with gold's content), 2 with no gold attribution; with
   * other verbs ("that he thought would ...", "who they believe ...") 12, none a gold cue.
   */
  private static boolean reportsRelativeSubject(List<Token> tokens, Frame candidate) {
    int opener = tokenEndingBefore(tokens, candidate.anchor().start());
    if (opener < 1 || candidate.source() == null || !RELATIVE_SUBJECTS.contains(tokens.get(opener).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Token before = tokens.get(opener - 1);
    int cue = tokenEndingBefore(tokens, candidate.cue().end());
    int verb = afterAdverbs(tokens, cue + 1, tokens.size());
    return (before.pos().startsWith("NN") || isComma(before)) && tokens.get(cue).lemma().equalsIgnoreCase("say")
        && verb < tokens.size() && isFinite(tokens.get(verb));
  }

  /**
   * "compared with 23 percent who said ...", "Republicans who say the law is a money pit": a
   * relative clause of saying describes a group by what it says, and PolNeAR marks that an
   * attribution of its own; counted on PolNeAR train: 11 gold cues of 18 such nested "who" + "say".
   * Other verbs after "who" ("who wanted", "who sought") more often describe than attribute.
   */
  static boolean saidByRelativeWho(List<Token> tokens, Frame candidate) {
    int verb = tokenEndingBefore(tokens, candidate.cue().end());
    return candidate.sourceTokens().size() == 1 && candidate.sourceTokens().get(0).text().equalsIgnoreCase("who")
        && verb >= 0 && tokens.get(verb).lemma().equalsIgnoreCase("say");
  }
}
