package org.triangulate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins two sentences that CoreNLP's splitter parted where no sentence ends: the second opens with
 * a lower-case word or with punctuation that opens none, and the first ends in one of two ways
 * that news writing uses inside a sentence.
 * <ul>
 *   <li>A question or exclamation inside quotation marks or brackets, or a name with "!": "“Why
 *       now?” he asked.", "shouted “Liar!” at the senator", "hopefuls: Jeb!, Ben Carson and ...".
 *       The splitter ends a sentence at every "?" and "!"; an attribution's verb after such a
 *       quotation then stood in a sentence of its own.
 *   <li>A party-and-state label: CoreNLP 4.5.10 reads "(R-S.C.)" and ", R-N.H.," as "R-S.C" and a
 *       full stop (so for S.C., N.H. and N.C. after a party's letter and hyphen; "(D-N.Y.)" and
 *       "(R-Fla.)" come through whole), and "Sen. Lindsey Graham (R-S.C.) said ..." lost its verb,
 *       and the attribution its speaker. The stop goes back onto its label.
 * </ul>
 */
final class SentenceJoiner extends SentenceRework {

  /** "R-S.C": a hyphenated label whose last part is a dotted abbreviation that lost its final stop. */
  private static final Pattern LABEL_WITHOUT_STOP = Pattern.compile("\\p{L}+-(\\p{L}\\.)+\\p{L}");

  private static final Set<String> CLOSERS = Set.of("\u201d", "\"", "''", "\u2019", "'", ")", "]");

  private static final Set<String> NO_OPENERS = Set.of(",", ";", ":", ")", "]");

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.size() < 2) {
      return;
    }
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<List<CoreLabel>> joined = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = new ArrayList<>(sentence.get(CoreAnnotations.TokensAnnotation.class));
      if (tokens.isEmpty()) {
        continue;
      }
      List<CoreLabel> previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (previous == null || !opensNoSentence(text, tokens.get(0))) {
        joined.add(tokens);
        continue;
      }
      int stop = labelStop(text, previous);
      if (stop >= 0) {
        glue(text, previous.get(stop - 1), previous.get(stop));
        previous.remove(stop);
        previous.addAll(tokens);
      } else if (endsInQuestionOrExclamation(text, previous)) {
        previous.addAll(tokens);
      } else {
        joined.add(tokens);
      }
    }
    if (joined.size() == sentences.size()) {
      return;
    }
    List<CoreLabel> all = new ArrayList<>();
    List<CoreMap> rebuilt = new ArrayList<>();
    for (List<CoreLabel> tokens : joined) {
      rebuilt.add(CoreSentences.sentence(text, tokens, all.size(), rebuilt.size()));
      all.addAll(tokens);
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, rebuilt);
  }

  private static boolean opensNoSentence(String text, CoreLabel first) {
    String word = textOf(text, first);
    return Character.isLowerCase(word.charAt(0)) || NO_OPENERS.contains(word);
  }

  /** Where the stop split off a label stands ("R-S.C", ".", ")"), or -1. */
  private static int labelStop(String text, List<CoreLabel> tokens) {
    int stop = tokens.size() - 1;
    if (stop >= 2 && textOf(text, tokens.get(stop)).equals(")")) {
      stop--;
    }
    if (stop < 1 || !textOf(text, tokens.get(stop)).equals(".")) {
      return -1;
    }
    CoreLabel label = tokens.get(stop - 1);
    boolean touching = label.endPosition() == tokens.get(stop).beginPosition();
    return touching && LABEL_WITHOUT_STOP.matcher(textOf(text, label)).matches() ? stop : -1;
  }

  private static boolean endsInQuestionOrExclamation(String text, List<CoreLabel> tokens) {
    int last = tokens.size() - 1;
    while (last > 0 && CLOSERS.contains(textOf(text, tokens.get(last)))) {
      last--;
    }
    String word = textOf(text, tokens.get(last));
    return word.startsWith("?") || word.startsWith("!");
  }

  private static void glue(String text, CoreLabel label, CoreLabel stop) {
    String whole = text.substring(label.beginPosition(), stop.endPosition());
    label.setWord(whole);
    label.setValue(whole);
    label.setOriginalText(whole);
    label.setEndPosition(stop.endPosition());
  }

  private static String textOf(String text, CoreLabel token) {
    return text.substring(token.beginPosition(), token.endPosition());
  }
}
