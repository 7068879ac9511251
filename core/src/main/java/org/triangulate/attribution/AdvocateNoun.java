package org.triangulate.attribution;

import static org.triangulate.attribution.Clauses.beforeAuxiliaries;
import static org.triangulate.attribution.Frame.frame;
import static org.triangulate.attribution.NounPhrases.nounPhraseAfter;
import static org.triangulate.attribution.NounPhrases.nounPhraseBefore;
import static org.triangulate.attribution.Phrases.afterConnectives;
import static org.triangulate.attribution.Phrases.isComma;
import static org.triangulate.attribution.Phrases.span;
import static org.triangulate.attribution.Subjects.subjectBefore;

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

  /** Articles that open a description of the noun phrase before it: "Adelson, a fierce supporter of". */
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");

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
    if (copula < 0) {
      return appositiveFrame(text, tokens, noun);
    }
    int[] content = noun + 2 >= tokens.size() ? null : nounPhraseAfter(tokens, noun + 2);
    int[] source = content == null ? null : subjectBefore(tokens, copula + 1);
    if (source == null) {
      return null;
    }
    int first = Math.max(beforeAuxiliaries(tokens, copula) + 1, source[1]);
    Span cue = span(tokens, first, noun + 1);
    Span object = span(tokens, content);
    return frame(text, tokens, List.of(object), cue, source);
  }

  /**
   * "Sheldon Adelson, a fierce supporter of Israel, ...": a description set off by a comma after a
   * noun phrase calls that phrase the advocate, who is the source; the cue runs from the article,
   * or from the word after "and" when the advocate is the second thing the description calls it
   * ("Barney Frank, a former congressman and fierce critic of Mr. Sanders").
   */
  private static Frame appositiveFrame(String text, List<Token> tokens, int noun) {
    int article = phraseStart(tokens, noun);
    if (article < 2 || !isComma(tokens.get(article - 1)) || !INDEFINITE_ARTICLES.contains(tokens.get(article).text().toLowerCase(Locale.ROOT))
        || noun + 2 >= tokens.size()) {
      return null;
    }
    int[] source = nounPhraseBefore(tokens, article - 2);
    int[] content = nounPhraseAfter(tokens, noun + 2);
    // After an age ("Ashley Yago, 33, a supporter of") the description is the name's, not the number's.
    if (source == null || content == null || !opensClause(tokens, source[0]) || !tokens.get(article - 2).pos().matches("NN.*|-RRB-")) {
      return null;
    }
    int first = article;
    for (int i = article + 1; i < noun; i++) {
      first = tokens.get(i).pos().equals("CC") ? i + 1 : first;
    }
    Span cue = span(tokens, first, noun + 1);
    Span object = span(tokens, content);
    return frame(text, tokens, List.of(object), cue, source);
  }

  /**
   * Whether a phrase at {@code first} stands where a subject does: at the sentence's start, after
   * its connectives, or after a comma or a quotation's closing mark that ends an opening phrase
   * ("Friday on CNN's “New Day,” Sen. Kristen Gillibrand"); a description of an object ("the most
   * important issue to Adelson, a fierce supporter of ...") or of one in an aside ("like Reid, a
   * supporter of ...") is as often no attribution in PolNeAR.
   */
  private static boolean opensClause(List<Token> tokens, int first) {
    return first == afterConnectives(tokens, 0, first) || isComma(tokens.get(first - 1)) || tokens.get(first - 1).pos().equals("''");
  }

  /** The first token of the noun's phrase, over its determiners and modifiers, or -1 past the reach. */
  private static int phraseStart(List<Token> tokens, int noun) {
    int i = noun - 1;
    while (i >= 0 && noun - i <= REACH && inPhrase(tokens.get(i))) {
      i--;
    }
    return i >= 0 && noun - i <= REACH ? i + 1 : -1;
  }

  private static boolean inPhrase(Token token) {
    return token.pos().matches("JJ.*|RB.*|NN.*|DT|PRP\\$|POS|CD|CC")
        || token.pos().equals("IN") && INNER_PREPOSITIONS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  /** The copula the noun's phrase follows, or -1: over its determiners, modifiers and "one of". */
  private static int copulaBefore(List<Token> tokens, int noun) {
    for (int i = noun - 1; i >= 0 && noun - i <= REACH; i--) {
      Token token = tokens.get(i);
      if (token.pos().startsWith("VB")) {
        return COPULAS.contains(token.lemma().toLowerCase(Locale.ROOT)) ? i : -1;
      }
      if (!inPhrase(token)) {
        return -1;
      }
    }
    return -1;
  }
}
