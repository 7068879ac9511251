package org.triangulate.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Claim;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/** The finder on hand-made tokens: no models to load, so it can take a 5 MB line. */
class FigureFinderTest {

  private static final FigureFinder FINDER = new TokenFigureFinder();

  /** One sentence of whitespace-separated words with the given tags. */
  private static AnalyzedArticle sentence(String[] words, String[] tags) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      int start = text.length();
      text.append(words[i]).append(' ');
      tokens.add(new Token(new Span(start, start + words[i].length()), words[i], tags[i], words[i].toLowerCase()));
    }
    Sentence s = new Sentence(new Span(0, Math.max(0, text.length() - 1)), tokens);
    return new AnalyzedArticle(Article.of("t", text.toString()), tokens.isEmpty() ? List.of() : List.of(s), List.of());
  }

  @Test
  void emptyArticleHasNoFigures() {
    assertEquals(List.of(), FINDER.find(new AnalyzedArticle(Article.of("t", ""), List.of(), List.of())));
  }

  @Test
  void readsARangeOnTaggedTokens() {
    List<Claim> claims = FINDER.find(sentence(
        new String[] {"between", "$", "30,000", "and", "$", "60,000", "a", "year"},
        new String[] {"IN", "$", "CD", "CC", "$", "CD", "DT", "NN"}));
    assertEquals(1, claims.size());
    assertEquals(30000.0, claims.get(0).value().low());
    assertEquals(60000.0, claims.get(0).value().high());
    assertEquals("USD/year", claims.get(0).value().unit());
    assertNull(claims.get(0).source());
  }

  @Test
  void aFiveMegabyteLineOfRandomWordsGoesThrough() {
    Random random = new Random(7);
    String[][] vocabulary = {
      {"12,000", "CD"}, {"nearly", "RB"}, {"$", "$"}, {"to", "TO"}, {"of", "IN"}, {"thousands", "NNS"},
      {"troops", "NNS"}, {"said", "VBD"}, {"-", "HYPH"}, {"the", "DT"}, {"percent", "NN"}, {"a", "DT"},
      {"half", "NN"}, {"million", "CD"}, {"according", "VBG"}, {"“", "``"}};
    int n = 700_000; // about 5 MB of text
    String[] words = new String[n];
    String[] tags = new String[n];
    for (int i = 0; i < n; i++) {
      String[] w = vocabulary[random.nextInt(vocabulary.length)];
      words[i] = w[0];
      tags[i] = w[1];
    }
    AnalyzedArticle article = sentence(words, tags);
    for (Claim c : FINDER.find(article)) {
      assertEquals(true, c.figure().end() <= article.article().text().length());
    }
  }
}
