package org.triangulate.attribution;

import static org.triangulate.attribution.Contents.contentAfter;
import static org.triangulate.attribution.Frame.unsourced;
import static org.triangulate.attribution.Phrases.beFormBefore;
import static org.triangulate.attribution.Phrases.nounPhraseBefore;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Views that name no one: verbs of seeming and "is expected to", and passive cues, whose subject
 * is spoken about ("was criticized for ...").
 */
final class Raising implements CueKind {

  /** Verbs of seeming: "X seems to ..." attributes a view to no one named. */
  private static final Set<String> SEEMING = Set.of("seem", "appear");

  /** Auxiliaries before a passive "be" or a verb of seeming: "have been criticized", "did not seem". */
  private static final Set<String> AUXILIARIES = Set.of("have", "be", "do");

  private final CueWords words;

  Raising(CueWords words) {
    this.words = words;
  }

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    return isRaising(tokens, i) || words.isPassiveCue(tokens, i);
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

  @Override
  public Frame frameAt(String text, Sentence sentence, int verb, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int be = tokens.get(verb).pos().equals("VBN") ? beFormBefore(tokens, verb) : -1;
    // "have been criticized", "will informally be dubbed": the auxiliaries and adverbs before the
    // verb or its "be" belong to the cue, as in PolNeAR's, and the subject ends before them; a
    // time expression stays with the subject ("Trump on Tuesday seemed to ...").
    int last = (be >= 0 ? be : verb) - 1;
    while (last >= 0 && (tokens.get(last).pos().equals("MD") || tokens.get(last).pos().startsWith("RB")
        || AUXILIARIES.contains(tokens.get(last).lemma().toLowerCase(Locale.ROOT)))) {
      last--;
    }
    Span cue = new Span(tokens.get(last + 1).span().start(), tokens.get(verb).span().end());
    List<Span> rest = contentAfter(text, sentence, verb + 1, quotations);
    int[] subject = nounPhraseBefore(tokens, last);
    if (rest.isEmpty() || subject == null) {
      return null;
    }
    List<Span> content = tokens.get(subject[0]).text().equalsIgnoreCase("it")
        ? rest // "it appears that ...": the subject says nothing.
        : List.of(new Span(tokens.get(subject[0]).span().start(), tokens.get(subject[1] - 1).span().end()), rest.get(0));
    return unsourced(text, content, cue);
  }
}
