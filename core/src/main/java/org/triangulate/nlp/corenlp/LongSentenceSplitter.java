package org.triangulate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sentences longer than a limit into consecutive pieces before tagging. Text without
 * sentence punctuation (a tag cloud, a 5 MB line of words) would otherwise reach the tagger and the
 * CRF as one sentence, whose cost in time and memory grows with its length; real news sentences stay
 * far below the limit and are left alone.
 */
final class LongSentenceSplitter extends SentenceRework {

  private final int maxTokens;

  LongSentenceSplitter(int maxTokens) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
    }
    this.maxTokens = maxTokens;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.stream().allMatch(s -> tokensOf(s).size() <= maxTokens)) {
      return;
    }
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> pieces = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = tokensOf(sentence);
      int tokenBase = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (int from = 0; from < tokens.size(); from += maxTokens) {
        int to = Math.min(tokens.size(), from + maxTokens);
        pieces.add(CoreSentences.sentence(text, tokens.subList(from, to), tokenBase + from, pieces.size()));
      }
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, pieces);
  }

  private static List<CoreLabel> tokensOf(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }
}
