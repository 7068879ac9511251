package org.triangulate.stories;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.lexicon.WordList;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Entity;
import org.triangulate.model.Sentence;
import org.triangulate.model.Token;
import org.triangulate.nlp.Embedder;
import org.triangulate.nlp.minilm.MiniLmEmbedder;

/**
 * Reduces an analysed article to its {@link ArticleDigest}. Content words are the lemmas of
 * nouns, verbs, adjectives and numbers, lowercased, without the words of {@code en/stopwords.txt}.
 * The title is not analysed, so its words take the lemma the body gives the same word form, and
 * stay as they are otherwise. The embedding is of the title and the lead, where a report says what
 * happened: the model reads 256 word pieces at most, and a body's later paragraphs add background
 * that other stories share. Safe to share across threads.
 */
public final class Digester {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

  private final Set<String> stopwords;
  private final int leadSentences;
  private final Embedder embedder;
  private final Shingler shingler = new Shingler();

  /** @param embedder the model for the embeddings, or null for digests without */
  public Digester(Set<String> stopwords, int leadSentences, Embedder embedder) {
    this.stopwords = Set.copyOf(stopwords);
    this.leadSentences = leadSentences;
    this.embedder = embedder;
  }

  /** English stopwords, and all-MiniLM-L6-v2 embeddings unless the options give them no weight. */
  public static Digester english(StoryOptions options) {
    return new Digester(Set.copyOf(WordList.load(Digester.class, "en/stopwords.txt")), options.leadSentences(),
        options.embeddingWeight() > 0 ? new MiniLmEmbedder() : null);
  }

  public ArticleDigest digest(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    Map<String, String> lemmas = new HashMap<>();
    SortedMap<String, Integer> lead = new TreeMap<>();
    SortedMap<String, Integer> body = new TreeMap<>();
    int sentencesWithWords = 0;
    StringBuilder told = new StringBuilder(article.title() == null ? "" : article.title());
    for (Sentence sentence : analyzed.sentences()) {
      boolean inLead = sentencesWithWords < leadSentences;
      if (inLead) {
        told.append('\n').append(sentence.span().of(article.body()));
      }
      boolean any = false;
      for (Token token : sentence.tokens()) {
        String term = term(token);
        if (term == null) {
          continue;
        }
        any = true;
        lemmas.putIfAbsent(token.text().toLowerCase(Locale.ROOT), term);
        body.merge(term, 1, Integer::sum);
        if (inLead) {
          lead.merge(term, 1, Integer::sum);
        }
      }
      sentencesWithWords += any ? 1 : 0;
    }
    SortedMap<String, Integer> title = new TreeMap<>();
    if (article.title() != null) {
      Matcher m = WORD.matcher(article.title());
      while (m.find()) {
        String form = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
        String word = form.endsWith("'s") ? form.substring(0, form.length() - 2) : form;
        String term = lemmas.getOrDefault(word, lemmas.getOrDefault(form, word));
        if (!stopwords.contains(term)) {
          title.merge(term, 1, Integer::sum);
        }
      }
    }
    SortedMap<String, Integer> entities = new TreeMap<>();
    for (Entity entity : analyzed.entities()) {
      entities.merge(entity.canonical().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    // The publisher, or when none is known the outlet the text credits, as a listing shows it.
    String outlet = article.outlet() != null ? article.outlet() : article.reportedBy();
    return new ArticleDigest(article.id(), article.published(), outlet, article.title(),
        title, lead, body, entities, shingler.fingerprint(article.body()), embedding(told.toString()));
  }

  private Embedding embedding(String titleAndLead) {
    // Nothing to read (control characters, punctuation): no embedding rather than the model's error.
    return embedder == null || !LETTER_OR_DIGIT.matcher(titleAndLead).find() ? null : new Embedding(embedder.embed(titleAndLead));
  }

  private String term(Token token) {
    String pos = token.pos();
    boolean content = pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("FW");
    if (!content || !LETTER_OR_DIGIT.matcher(token.text()).find()) {
      return null;
    }
    String lemma = token.lemma().toLowerCase(Locale.ROOT).replace('’', '\'');
    return stopwords.contains(lemma) ? null : lemma;
  }
}
