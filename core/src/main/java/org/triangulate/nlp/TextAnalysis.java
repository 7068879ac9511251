package org.triangulate.nlp;

import java.util.List;
import org.triangulate.model.Sentence;

/** What a {@link LanguageAnalyzer} finds in a text: its sentences and tokens, and entity mentions. */
public record TextAnalysis(List<Sentence> sentences, List<Mention> mentions) {

  public TextAnalysis {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }
}
