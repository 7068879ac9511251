package org.triangulate.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Set;

/**
 * An annotator that cuts or joins the tokenizer's sentences before tagging: it needs tokens and
 * sentences, and adds no annotation of its own.
 */
abstract class SentenceRework implements Annotator {

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
