package org.triangulate.attribution;

import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.Phrases.beforeAuxiliaries;
import static org.triangulate.attribution.Phrases.nounPhraseAfter;
import static org.triangulate.attribution.Phrases.subjectBefore;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** One who takes a side, said of the subject: "Clinton is an outspoken supporter of Roe v. Wade". */
final class AdvocateNoun implements CueKind {

  /** "supporter", "critic": nouns for one who speaks for or against what their "of" names. */
  private static final Set<String> ADVOCATES = Set.copyOf(WordList.load(AdvocateNoun.class, "en/advocate_nouns.txt"));

  /** Verbs that make the subject the advocate: "is a critic of", "remains a proponent of". */
  private static final Set<String> COPULAS = Set.of("be", "remain");

  /** Tokens, at most, between the copula and the noun: "is perhaps the Republican Party's most outspoken proponent of". */
  private static final int REACH = 8;

  /** Prepositions inside the phrase before the noun: "is one of a clutch of celebrity supporters of". */
  private static final Set<String> INNER_PREPOSITIONS = Set.of("of", "among");

  @Override
  public boolean standsAt(List<Token> tokens, int i) {
    Token noun = tokens.get(i);
    return (noun.pos().equals("NN") || noun.pos().equals("NNS")) && ADVOCATES.contains(noun.lemma().toLowerCase(Locale.ROOT))
        && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("of");
  }

  /**
   * "Mr. Kasich has been a pointed critic of his political style": the subject is the source, the
   * cue runs from the copula with its auxiliaries to "of", and what "of" takes is the content, as
   * PolNeAR marks it.
   */
  @Override
  public Frame frameAt(String text, Sentence sentence, int noun, List<Span> quotations) {
    List<Token> tokens = sentence.tokens();
    int copula = copulaBefore(tokens, noun);
    int[] content = copula < 0 || noun + 2 >= tokens.size() ? null : nounPhraseAfter(tokens, noun + 2);
    int[] source = content == null ? null : subjectBefore(tokens, copula + 1);
    if (source == null) {
      return null;
    }
    int first = Math.max(beforeAuxiliaries(tokens, copula) + 1, source[1]);
    Span cue = new Span(tokens.get(first).span().start(), tokens.get(noun + 1).span().end());
    Span object = new Span(tokens.get(content[0]).span().start(), tokens.get(content[1] - 1).span().end());
    return frame(text, tokens, List.of(object), cue, source);
  }

  /** The copula the noun's phrase follows, or -1: over its determiners, modifiers and "one of". */
  private static int copulaBefore(List<Token> tokens, int noun) {
    for (int i = noun - 1; i >= 0 && noun - i <= REACH; i--) {
      Token token = tokens.get(i);
      if (token.pos().startsWith("VB")) {
        return COPULAS.contains(token.lemma().toLowerCase(Locale.ROOT)) ? i : -1;
      }
      boolean inPhrase = token.pos().matches("JJ.*|RB.*|NN.*|DT|PRP\\$|POS|CD|CC")
          || token.pos().equals("IN") && INNER_PREPOSITIONS.contains(token.text().toLowerCase(Locale.ROOT));
      if (!inPhrase) {
        return -1;
      }
    }
    return -1;
  }
}
