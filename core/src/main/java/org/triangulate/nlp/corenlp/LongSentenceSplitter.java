package org.triangulate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts sentences longer than a limit into consecutive pieces before tagging. Text without
 * sentence punctuation (a tag cloud, a 5 MB line of words) would otherwise reach the tagger and the
 * CRF as one sentence, whose cost in time and memory grows with its length; real news sentences stay
 * far below the limit and are left alone.
 */
final class LongSentenceSplitter implements Annotator {

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
        pieces.add(piece(text, tokens.subList(from, to), tokenBase + from, pieces.size()));
      }
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, pieces);
  }

  private static CoreMap piece(String text, List<CoreLabel> tokens, int tokenBegin, int index) {
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

  private static List<CoreLabel> tokensOf(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
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
