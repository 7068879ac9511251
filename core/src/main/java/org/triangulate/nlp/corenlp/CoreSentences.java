package org.triangulate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/** Builds a CoreNLP sentence over a run of tokens, for the annotators that cut or join the tokenizer's sentences. */
final class CoreSentences {

  private CoreSentences() {
  }

  /**
   * A sentence of {@code tokens}, which start at {@code tokenBegin} in the document's token list,
   * as the {@code index}th sentence; the tokens' own indices are renumbered to match.
   */
  static CoreMap sentence(String text, List<CoreLabel> tokens, int tokenBegin, int index) {
    List<CoreLabel> own = new ArrayList<>(tokens);
    int begin = own.get(0).beginPosition();
    int end = own.get(own.size() - 1).endPosition();
    CoreMap sentence = new ArrayCoreMap(8);
    sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    sentence.set(CoreAnnotations.TokensAnnotation.class, own);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    for (int i = 0; i < own.size(); i++) {
      own.get(i).setIndex(i + 1);
      own.get(i).setSentIndex(index);
    }
    return sentence;
  }
}
