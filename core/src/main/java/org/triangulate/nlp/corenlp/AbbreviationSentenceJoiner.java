package org.triangulate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mends the sentence break CoreNLP's tokenizer makes inside a party-and-state label: it reads
 * "(R-S.C.)" and ", R-N.H.," as the word "R-S.C" and a full stop, and ends the sentence at that
 * stop, so that "Sen. Lindsey Graham (R-S.C.) said ..." loses its verb, and the attribution its
 * speaker, to a sentence of its own. (CoreNLP 4.5.10 does so for S.C., N.H. and N.C. after the
 * party's letter and its hyphen; "(D-N.Y.)" and "(R-Fla.)" come through whole.) When the next
 * sentence opens with a lower-case word or with punctuation that cannot open one, the stop goes
 * back onto its word and the two sentences are one.
 */
final class AbbreviationSentenceJoiner implements Annotator {

  /** "R-S.C": a hyphenated label whose last part is a dotted abbreviation that lost its final stop. */
  private static final Pattern LABEL_WITHOUT_STOP = Pattern.compile("\\p{L}+-(\\p{L}\\.)+\\p{L}");

  private static final Set<String> CLOSING = Set.of(")", "]");

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
      int stop = previous == null ? -1 : splitStop(text, previous);
      if (stop >= 0 && opensNoSentence(text, tokens.get(0))) {
        glue(text, previous.get(stop - 1), previous.get(stop));
        previous.remove(stop);
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

  /** Where the sentence's stop split off a label stands ("R-S.C", ".", ")"), or -1. */
  private static int splitStop(String text, List<CoreLabel> tokens) {
    int stop = tokens.size() - 1;
    if (stop >= 2 && CLOSING.contains(textOf(text, tokens.get(stop)))) {
      stop--;
    }
    if (stop < 1 || !textOf(text, tokens.get(stop)).equals(".")) {
      return -1;
    }
    CoreLabel label = tokens.get(stop - 1);
    boolean touching = label.endPosition() == tokens.get(stop).beginPosition();
    return touching && LABEL_WITHOUT_STOP.matcher(textOf(text, label)).matches() ? stop : -1;
  }

  private static boolean opensNoSentence(String text, CoreLabel first) {
    String word = textOf(text, first);
    return Character.isLowerCase(word.charAt(0)) || NO_OPENERS.contains(word);
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

  // CoreNLP's Annotator interface is declared with the raw CoreAnnotation type.
  @SuppressWarnings("rawtypes")
  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }

  @SuppressWarnings("rawtypes")
  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }
}
