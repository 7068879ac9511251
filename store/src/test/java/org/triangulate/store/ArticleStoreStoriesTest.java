package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;
import org.triangulate.stories.StoryFile;

/** Stories as the store builds them, article by article, across commits, refreshes and reopenings. */
class ArticleStoreStoriesTest {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static final String QUAKE =
      "A magnitude 6.9 earthquake struck the island of Lombok in Indonesia on Sunday, killing at least 91 people"
          + " and collapsing thousands of houses. Rescuers searched the rubble in Lombok as aftershocks shook the island."
          + " The earthquake also damaged temples and mosques, officials in Indonesia said.";

  @TempDir Path dataDir;

  @Test
  void relatedReportsMakeOneStoryAndOthersTheirOwn() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      putAll(store, corpus());
      assertStories(store);
    }
    // The same, read back from the index by a store that did not write it.
    try (ArticleStore reader = ArticleStore.openReadOnly(dataDir)) {
      assertStories(reader);
    }
  }

  private static void assertStories(ArticleStore store) {
    String quake = storyOf(store, "quake-1");
    assertEquals(quake, storyOf(store, "quake-2"));
    assertEquals(quake, storyOf(store, "quake-3"));
    assertEquals(storyOf(store, "rehab-1"), storyOf(store, "rehab-2"));
    assertNotEquals(quake, storyOf(store, "rehab-1"));
    assertNotEquals(quake, storyOf(store, "budget-1"));
    StoryFile story = store.story(quake).orElseThrow();
    assertEquals(3, story.articles());
    assertEquals(List.of("Reuters", "AP", "BBC"), story.outlets());
    assertEquals(Instant.parse("2018-08-05T10:00:00Z"), story.first());
    assertEquals(Instant.parse("2018-08-07T10:00:00Z"), story.last());
    assertTrue(story.label().contains("Lombok"), story.label());
    assertTrue(story.keywords(5).contains("lombok"), story.keywords(5).toString());
    assertEquals(List.of("quake-1", "quake-2", "quake-3"), store.storyArticles(quake).stream().map(PlacedArticle::id).toList());
    assertEquals(store.stories(0, 1000).size(), store.storyCount());
    assertEquals(corpus().size(), store.count());
  }

  @Test
  void articlesPreparedOnSeveralThreadsMakeTheSameStories() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      List<Submission> prepared = corpus().parallelStream().map(store::prepare).toList();
      prepared.forEach(store::put);
      assertStories(store);
    }
  }

  @Test
  void anArticlePreparedWhileItsTextWasStoredIsPlacedWhenThatTextIsGone() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      putAll(store, corpus());
      store.commit();
      AnalyzedArticle quake = corpus().get(0);
      Submission twin = store.prepare(report("quake-twin", "Antara", "2018-08-05", quake.article().title(), quake.article().text()));
      assertNull(twin.digest(), "a duplicate as it was prepared, so not digested");
      store.put(report("quake-1", "Reuters", "2018-08-05", "Senate votes on the budget bill again",
          "The Senate voted on the budget bill again after a long debate over committee amendments."));
      assertEquals(PutResult.Status.NEW, store.put(twin).status());
      assertEquals(storyOf(store, "quake-2"), storyOf(store, "quake-twin"));
    }
  }

  @Test
  void aStoryGrowsAcrossCommitsAndReopenings() {
    List<AnalyzedArticle> corpus = corpus();
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      putAll(store, corpus.subList(0, corpus.size() - 1));
    }
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(corpus.get(corpus.size() - 1));
      assertEquals(storyOf(store, "quake-1"), storyOf(store, "quake-3"));
      assertEquals(3, store.story(storyOf(store, "quake-1")).orElseThrow().articles());
    }
  }

  @Test
  void puttingTheSameArticleAgainChangesNoStory() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      putAll(store, corpus());
      store.commit();
      List<StoryFile> before = store.stories(0, 1000);
      putAll(store, corpus());
      assertEquals(before, store.stories(0, 1000));
    }
  }

  @Test
  void aCopyJoinsItsOriginalAndAddsNoOutlet() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      putAll(store, corpus());
      store.put(report("farm", "Content Farm", "2018-08-06", "BREAKING: Lombok earthquake kills 91",
          "Breaking: Beyond Headlines! " + QUAKE.replace("searched", "serached") + " Share this."));
      PlacedArticle farm = store.placedArticle("farm").orElseThrow();
      assertEquals("quake-1", farm.copyOf());
      assertEquals(storyOf(store, "quake-1"), farm.story());
      StoryFile story = store.story(farm.story()).orElseThrow();
      assertEquals(4, story.articles());
      assertEquals(1, story.copies());
      assertEquals(List.of("Reuters", "AP", "BBC"), story.outlets());
      assertNull(store.placedArticle("quake-1").orElseThrow().copyOf());
    }
  }

  @Test
  void anArticleWhoseTextChangesMovesAndItsOldStoryIsRebuilt() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      putAll(store, corpus());
      String quake = storyOf(store, "quake-3");
      AnalyzedArticle rewritten = report("quake-3", "BBC", "2018-08-07", "Senate passes the budget bill after debate",
          "The Senate voted on the budget bill after a long debate over committee amendments and spending.");
      assertEquals(PutResult.Status.UPDATED, store.put(rewritten).status());
      assertEquals(storyOf(store, "budget-1"), storyOf(store, "quake-3"));
      StoryFile old = store.story(quake).orElseThrow();
      assertEquals(2, old.articles());
      assertEquals(List.of("Reuters", "AP"), old.outlets());
      assertEquals(Instant.parse("2018-08-06T10:00:00Z"), old.last());
    }
  }

  @Test
  void aStoryWeeksLaterIsAnotherStory() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      putAll(store, corpus());
      store.put(report("quake-later", "AP", "2018-10-01", "Lombok earthquake: rebuilding begins",
          "Two months after the earthquake struck Lombok, rebuilding of houses and mosques began on the island in Indonesia."));
      assertNotEquals(storyOf(store, "quake-1"), storyOf(store, "quake-later"));
    }
  }

  private static String storyOf(ArticleStore store, String id) {
    return store.placedArticle(id).orElseThrow().story();
  }

  private static void putAll(ArticleStore store, List<AnalyzedArticle> articles) {
    articles.forEach(store::put);
  }

  private static List<AnalyzedArticle> corpus() {
    List<AnalyzedArticle> corpus = new ArrayList<>();
    corpus.add(report("quake-1", "Reuters", "2018-08-05", "Earthquake on Lombok kills 91 in Indonesia", QUAKE));
    corpus.add(report("rehab-1", "People", "2018-08-05", "Tara Reid checks into Promises rehab center",
        "Actress Tara Reid checked into the Promises treatment center for rehab, her representative told People magazine."));
    corpus.add(report("budget-1", "Politico", "2018-08-05", "Senate votes on the budget bill",
        "The Senate voted on the budget bill after a long debate over committee amendments."));
    corpus.add(report("quake-2", "AP", "2018-08-06", "Indonesia earthquake: Lombok death toll rises",
        "The death toll from the earthquake on the Indonesian island of Lombok rose to 98 as rescuers searched collapsed houses"
            + " and mosques. Aftershocks shook Lombok again on Monday, officials in Indonesia said."));
    corpus.add(report("rehab-2", "Us Weekly", "2018-08-06", "Tara Reid enters rehab at Promises",
        "Tara Reid entered rehab at the Promises treatment center in Malibu, a representative for the actress confirmed."));
    for (int i = 0; i < 6; i++) {
      corpus.add(report("filler-" + i, "Local " + i, "2018-08-06", "Council meeting number " + i + " on parking",
          "The city council discussed parking fees, school buses and library hours at meeting number " + i + "."));
    }
    corpus.add(report("quake-3", "BBC", "2018-08-07", "Lombok earthquake survivors sleep outside",
        "Survivors of the Lombok earthquake slept outside as aftershocks continued. The earthquake in Indonesia collapsed"
            + " thousands of houses on the island, and rescuers searched the rubble."));
    return corpus;
  }

  /** An article analysed as the pipeline would, crudely: one sentence per text, every word a noun, its lemma lowercased. */
  static AnalyzedArticle report(String id, String outlet, String day, String title, String text) {
    Article article = new Article(id, null, title, outlet, null, List.of(), Instant.parse(day + "T10:00:00Z"), "en", text, List.of());
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(new Token(new Span(m.start(), m.end()), m.group(), "NN", m.group().toLowerCase(Locale.ROOT)));
    }
    return new AnalyzedArticle(article, List.of(new Sentence(new Span(0, text.length()), tokens)), List.of());
  }
}
