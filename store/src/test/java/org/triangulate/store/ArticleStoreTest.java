package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

class ArticleStoreTest {

  @TempDir Path dataDir;

  @Test
  void anArticleComesBackAsItWasPut() {
    AnalyzedArticle put = Articles.troops();
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      assertEquals(new PutResult(PutResult.Status.NEW, "newsweek-troops"), store.put(put));
      AnalyzedArticle got = store.get("newsweek-troops").orElseThrow();
      Article a = put.article();
      Article b = got.article();
      assertEquals(a.id(), b.id());
      assertEquals(a.url(), b.url());
      assertEquals(a.title(), b.title());
      assertEquals(a.outlet(), b.outlet());
      assertEquals(a.reportedBy(), b.reportedBy());
      assertEquals(a.authors(), b.authors());
      assertEquals(a.published(), b.published());
      assertEquals(a.language(), b.language());
      assertEquals(a.text(), b.text());
      assertEquals(a.boilerplate(), b.boilerplate());
      assertEquals(put.entities(), got.entities());
      assertEquals(put, got);
    }
  }

  @Test
  void sentencesAreNotKept() {
    AnalyzedArticle base = Articles.plain("s", "Title", "One sentence.");
    Sentence sentence =
        new Sentence(new Span(0, 13), List.of(new Token(new Span(0, 3), "One", "CD", "one")));
    AnalyzedArticle withSentences =
        new AnalyzedArticle(base.article(), List.of(sentence), base.entities());
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(withSentences);
      AnalyzedArticle got = store.get("s").orElseThrow();
      assertEquals(base.article(), got.article());
      assertTrue(got.sentences().isEmpty());
    }
  }

  @Test
  void anUnknownIdIsEmpty() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      assertEquals(Optional.empty(), store.get("newsweek"));
      assertEquals(Optional.empty(), store.get(""));
    }
  }

  @Test
  void theSameTextWithOtherSpacingAndCaseIsADuplicate() {
    AnalyzedArticle original = Articles.troops();
    String rewrapped =
        original
            .article()
            .text()
            .replace("\n\n", "\r\n")
            .replace(" in recent weeks", "\u00a0in   RECENT\tweeks")
            .toUpperCase(java.util.Locale.ROOT);
    AnalyzedArticle copy = Articles.plain("copy-of-troops", "Another title", rewrapped);
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(original);
      assertEquals(
          new PutResult(PutResult.Status.DUPLICATE, "newsweek-troops"), store.put(copy));
      assertEquals(1, store.count());
      assertTrue(store.get("copy-of-troops").isEmpty());
      assertEquals(original, store.get("newsweek-troops").orElseThrow());
    }
  }

  @Test
  void aDuplicateIsRecognisedAfterCommitAndReopen() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.briefing());
    }
    AnalyzedArticle copy =
        Articles.plain("rfa-copy", null, Articles.briefing().article().text().replace("\n", "  \n "));
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      assertEquals(new PutResult(PutResult.Status.DUPLICATE, "rfa-briefing"), store.put(copy));
      assertEquals(1, store.count());
    }
  }

  @Test
  void differentTextIsNotADuplicate() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.plain("a", "Kursk", "11,000 North Korean soldiers are in Kursk."));
      assertEquals(
          PutResult.Status.NEW,
          store.put(Articles.plain("b", "Kursk", "12,000 North Korean soldiers are in Kursk.")).status());
      assertEquals(2, store.count());
    }
  }

  @Test
  void newContentUnderAnOldIdReplacesIt() {
    AnalyzedArticle first = Articles.plain("story", "Troops", "Nearly 12,000 troops were sent.");
    AnalyzedArticle corrected =
        Articles.plain("story", "Troops", "Some 11,000 to 12,000 troops were deployed.");
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(first);
      assertEquals(new PutResult(PutResult.Status.UPDATED, "story"), store.put(corrected));
      assertEquals(1, store.count());
      assertEquals(corrected, store.get("story").orElseThrow());
      assertEquals(0, store.search("sent", 0, 10).total());
      assertEquals(1, store.search("deployed", 0, 10).total());
      // The old content is free again: another id may now hold it.
      assertEquals(
          PutResult.Status.NEW,
          store.put(Articles.plain("other", "Troops", first.article().text())).status());
    }
  }

  @Test
  void newContentThatAnotherIdHoldsLeavesTheOldVersion() {
    AnalyzedArticle a = Articles.plain("a", "A", "Troops crossed the border on Monday.");
    AnalyzedArticle b = Articles.plain("b", "B", "Troops crossed the border on Tuesday.");
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(a);
      store.put(b);
      AnalyzedArticle aRewritten = Articles.plain("a", "A", b.article().text());
      assertEquals(new PutResult(PutResult.Status.DUPLICATE, "b"), store.put(aRewritten));
      assertEquals(a, store.get("a").orElseThrow());
      assertEquals(2, store.count());
    }
  }

  @Test
  void aNewAnalysisOfTheSameTextReplacesTheOldOne() {
    AnalyzedArticle bare = Articles.plain("b", "Briefing", Articles.briefing().article().text());
    AnalyzedArticle analysed = Articles.withEntities(bare, "Lin Jian=Lin Jian=PERSON");
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(bare);
      assertEquals(new PutResult(PutResult.Status.UPDATED, "b"), store.put(analysed));
      assertEquals(analysed, store.get("b").orElseThrow());
      assertEquals(1, store.search("entity:\"lin jian\"", 0, 10).total());
    }
  }

  @Test
  void puttingTheSameArticleAgainWritesNothing() throws Exception {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      store.commit();
      assertEquals(new PutResult(PutResult.Status.DUPLICATE, "newsweek-troops"), store.put(Articles.troops()));
      assertEquals(1, store.count());
    }
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      assertEquals(new PutResult(PutResult.Status.DUPLICATE, "newsweek-troops"), store.put(Articles.troops()));
    }
    // Not even a deleted copy: the index holds exactly two documents, the article and its story.
    try (FSDirectory directory = FSDirectory.open(dataDir.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(2, reader.maxDoc());
      assertEquals(2, reader.numDocs());
    }
  }

  @Test
  void whatIsPutIsReadableBeforeCommit() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      assertEquals(1, store.count());
      assertTrue(store.get("newsweek-troops").isPresent());
      assertEquals(1, store.search("kursk", 0, 10).total());
      store.put(Articles.briefing());
      assertEquals(2, store.count());
      assertEquals(1, store.search("\"lin jian\"", 0, 10).total());
    }
  }

  @Test
  void searchFindsTitleWordsStemmed() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      store.put(Articles.briefing());
      assertEquals(List.of("newsweek-troops"), ids(store.search("title:fighting", 0, 10)));
      assertEquals(List.of("newsweek-troops"), ids(store.search("title:fight", 0, 10)));
      assertEquals(List.of("rfa-briefing"), ids(store.search("title:informations", 0, 10)));
      assertEquals(2, store.search("soldier OR troop", 0, 10).total());
    }
  }

  @Test
  void searchFindsEntitiesByCanonicalNameAndMention() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      store.put(Articles.briefing());
      assertEquals(List.of("newsweek-troops"), ids(store.search("entity:pentagon", 0, 10)));
      // "DPRK" is a mention of North Korea, in the Newsweek article only.
      assertEquals(List.of("newsweek-troops"), ids(store.search("entity:dprk", 0, 10)));
      assertEquals(2, store.search("entity:\"north korea\"", 0, 10).total());
      // Beijing resolves to China in the briefing; canonical names are searchable.
      assertEquals(2, store.search("entity:china", 0, 10).total());
      // A phrase cannot join the end of one entity to the start of the next.
      assertEquals(0, store.search("entity:\"china north\"", 0, 10).total());
    }
  }

  @Test
  void searchFindsOutletAuthorAndDate() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      store.put(Articles.briefing());
      assertEquals(List.of("rfa-briefing"), ids(store.search("outlet:\"radio free asia\"", 0, 10)));
      assertEquals(List.of("newsweek-troops"), ids(store.search("outlet:newsweek", 0, 10)));
      assertEquals(List.of("newsweek-troops"), ids(store.search("author:slisco", 0, 10)));
      assertEquals(
          List.of("rfa-briefing"), ids(store.search("published:[2024-11-01 TO 2024-11-01]", 0, 10)));
      assertEquals(
          List.of("newsweek-troops"), ids(store.search("published:{2024-11-01 TO *]", 0, 10)));
      assertEquals(
          List.of("newsweek-troops"),
          ids(store.search("troops AND published:[2024-11-13T11:17:42Z TO 2024-11-13T12:00:00Z]", 0, 10)));
      assertEquals(2, store.search("language:en", 0, 10).total());
    }
  }

  @Test
  void boilerplateIsNotSearched() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      // Both words are in the text, but only in the spans marked as boilerplate.
      assertEquals(0, store.search("missile", 0, 10).total());
      assertEquals(0, store.search("text:share", 0, 10).total());
      assertEquals(1, store.search("text:kursk", 0, 10).total());
    }
  }

  @Test
  void searchPagesAndCountsEveryMatch() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      for (int i = 0; i < 25; i++) {
        store.put(Articles.plain("n" + i, "Report " + i, "Troops were seen near the border, report " + i + "."));
      }
      SearchResult first = store.search("troops", 0, 10);
      SearchResult third = store.search("troops", 20, 10);
      assertEquals(25, first.total());
      assertEquals(10, first.hits().size());
      assertEquals(25, third.total());
      assertEquals(5, third.hits().size());
      List<String> all = ids(store.search("troops", 0, 100));
      assertEquals(25, all.stream().distinct().count());
      assertEquals(all.subList(20, 25), ids(third));
      assertEquals(0, store.search("troops", 100, 10).hits().size());
      assertEquals(25, store.search("troops", 0, 0).total());
    }
  }

  @Test
  void aHitCarriesTitleScoreAndASnippetAroundTheMatch() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      SearchHit hit = store.search("stationed", 0, 1).hits().get(0);
      assertEquals("newsweek-troops", hit.id());
      assertEquals(Articles.TROOPS_TITLE, hit.title());
      assertTrue(hit.score() > 0);
      assertTrue(hit.snippet().contains("10,000 already stationed in the border region"), hit.snippet());
      assertTrue(hit.snippet().length() <= Excerpts.LENGTH + 2, hit.snippet());
      assertFalse(hit.snippet().contains("\n"));
      // A match outside the body gives the body's opening, without the boilerplate.
      SearchHit byOutlet = store.search("outlet:newsweek", 0, 1).hits().get(0);
      assertTrue(byOutlet.snippet().startsWith("China has remained mum"), byOutlet.snippet());
    }
  }

  @Test
  void aMalformedQueryIsABadQuery() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      for (String query :
          List.of(
              "title:(north korea",
              "\"unclosed phrase",
              "AND",
              "troops AND",
              "",
              "   ",
              "*leading",
              "published:[yesterday TO today]",
              "[a TO",
              "/[unclosed/")) {
        BadQueryException e =
            assertThrows(BadQueryException.class, () -> store.search(query, 0, 10), query);
        assertNotNull(e.getMessage());
        assertFalse(e.getMessage().isBlank());
      }
      BadQueryException unknown =
          assertThrows(BadQueryException.class, () -> store.search("colour:red", 0, 10));
      assertTrue(unknown.getMessage().contains("unknown field 'colour'"), unknown.getMessage());
      assertTrue(unknown.getMessage().contains("outlet"), unknown.getMessage());
    }
  }

  @Test
  void listIsOrderedByDateThenIdWithUndatedLast() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.dated("c", "C", "X", "2024-11-02T00:00:00Z", "Third text."));
      store.put(Articles.dated("undated", "U", "X", null, "Undated text."));
      store.put(Articles.dated("b", "B", "X", "2024-11-01T00:00:00Z", "Second text."));
      store.put(Articles.dated("a", "A", "X", "2024-11-01T00:00:00Z", "First text."));
      store.put(Articles.dated("early", "E", "X", "2023-01-01T00:00:00Z", "Earliest text."));
      store.commit();
      store.put(Articles.dated("aa", "AA", "X", "2024-11-01T00:00:00Z", "Between text."));
      List<String> all = store.list(0, 100).stream().map(AnalyzedArticle::id).collect(Collectors.toList());
      assertEquals(List.of("early", "a", "aa", "b", "c", "undated"), all);
      List<String> paged =
          List.of(store.list(0, 2), store.list(2, 2), store.list(4, 2)).stream()
              .flatMap(List::stream)
              .map(AnalyzedArticle::id)
              .collect(Collectors.toList());
      assertEquals(all, paged);
      assertEquals(List.of(), store.list(6, 10));
      assertEquals(List.of(), store.list(0, 0));
      assertEquals(6, store.list(0, Integer.MAX_VALUE).size());
      assertEquals(List.of(), store.list(Integer.MAX_VALUE - 1, Integer.MAX_VALUE));
    }
  }

  @Test
  void badPagesAreRejected() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      assertThrows(IllegalArgumentException.class, () -> store.list(-1, 10));
      assertThrows(IllegalArgumentException.class, () -> store.search("troops", 0, -1));
    }
  }

  @Test
  void facetsCountOutletsAndEntities() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      store.put(Articles.briefing());
      store.put(Articles.dated("n2", "More", "Newsweek", "2024-11-14T00:00:00Z", "Another report."));
      assertEquals(
          Map.of("Newsweek", 2L, "Radio Free Asia", 1L), store.facets(Facet.OUTLET, 10));
      assertEquals(List.of("Newsweek"), List.copyOf(store.facets(Facet.OUTLET, 1).keySet()));
      Map<String, Long> entities = store.facets(Facet.ENTITY, 3);
      // Two articles each; ties in alphabetical order. Mentions count once per article.
      assertEquals(List.of("China", "North Korea", "Chinese Embassy"), List.copyOf(entities.keySet()));
      assertEquals(List.of(2L, 2L, 1L), List.copyOf(entities.values()));
      assertEquals(Map.of("Radio Free Asia", 1L), store.facets("entity:beijing", Facet.OUTLET, 10));
      assertEquals(Map.of("en", 3L), store.facets(Facet.LANGUAGE, 10));
      assertEquals(2, store.facets(Facet.AUTHOR, 2).size());
      assertEquals(Map.of(), store.facets(Facet.OUTLET, 0));
    }
  }

  @Test
  void facetCountsFollowUpdates() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.dated("x", "X", "Reuters", null, "First version."));
      store.commit();
      store.put(Articles.dated("x", "X", "Associated Press", null, "Second version."));
      assertEquals(Map.of("Associated Press", 1L), store.facets(Facet.OUTLET, 10));
    }
  }

  @Test
  void facetNamesAreParsed() {
    assertEquals(Facet.OUTLET, Facet.named("outlet"));
    assertEquals(Facet.ENTITY, Facet.named(" Entity "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Facet.named("topic"));
    assertTrue(e.getMessage().contains("outlet, entity, author, language"), e.getMessage());
  }

  @Test
  void everythingSurvivesCloseAndReopen() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      store.put(Articles.briefing());
    }
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      assertEquals(2, store.count());
      assertEquals(Articles.troops(), store.get("newsweek-troops").orElseThrow());
      assertEquals(Articles.briefing(), store.get("rfa-briefing").orElseThrow());
      assertEquals(1, store.search("entity:pentagon", 0, 10).total());
      assertEquals(Map.of("Newsweek", 1L, "Radio Free Asia", 1L), store.facets(Facet.OUTLET, 10));
    }
  }

  @Test
  void aSecondOpenOfTheSameDirectoryFailsWithAClearMessage() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(Articles.troops());
      DataDirectoryInUseException e =
          assertThrows(DataDirectoryInUseException.class, () -> ArticleStore.open(dataDir));
      assertTrue(e.getMessage().contains(dataDir.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("in use by another triangulate process"), e.getMessage());
      assertEquals(dataDir, e.dataDir());
      // The failed open must not disturb the open store.
      assertEquals(1, store.count());
    }
    try (ArticleStore again = ArticleStore.open(dataDir)) {
      assertEquals(1, again.count());
    }
  }

  @Test
  void openCreatesMissingDirectoriesAndRejectsAFile() throws Exception {
    Path nested = dataDir.resolve("a/b/c");
    try (ArticleStore store = ArticleStore.open(nested)) {
      assertEquals(0, store.count());
      assertEquals(List.of(), store.list(0, 10));
      assertEquals(0, store.search("anything", 0, 10).total());
      assertEquals(Map.of(), store.facets(Facet.ENTITY, 10));
    }
    Path file = java.nio.file.Files.writeString(dataDir.resolve("plain-file"), "not a directory");
    java.io.UncheckedIOException e =
        assertThrows(java.io.UncheckedIOException.class, () -> ArticleStore.open(file));
    assertTrue(e.getMessage().contains("plain-file"), e.getMessage());
  }

  @Test
  void aClosedStoreSaysSo() {
    ArticleStore store = ArticleStore.open(dataDir);
    store.close();
    store.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, store::count);
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> store.put(Articles.troops()));
    assertThrows(IllegalStateException.class, store::commit);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).collect(Collectors.toList());
  }
}
