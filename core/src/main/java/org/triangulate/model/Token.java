package org.triangulate.model;

import java.util.Objects;

/** A word or punctuation mark with its Penn Treebank part of speech and its lemma. */
public record Token(Span span, String text, String pos, String lemma) {

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
  }
}
