package org.triangulate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Quote;
import org.triangulate.model.Span;
import org.triangulate.model.Speaker;
import org.triangulate.model.SpeakerKind;

/** Quotes by speaker across the corpus: what is indexed, how speakers are matched and identified. */
class ArticleStoreQuotesTest {

  @TempDir Path dataDir;

  private static final String GLASER_TEXT =
      "China is worried, said Bonnie Glaser, managing director of the Indo-Pacific Program.\n"
          + "\u201cFor now, the Chinese are not alarmed,\u201d she said, \u201cbut they are watching.\u201d\n";

  private static final String GLASER_AGAIN_TEXT =
      "\u201cBeijing will wait,\u201d Bonnie Gl\u00e4ser told Radio Free Asia.\n";

  private static final String KIM_TEXT =
      "\u201cBeijing is uncomfortable,\u201d said Patricia Kim, a fellow at the Brookings Institute.\n"
          + "Kim said China has no interest in a bolder North Korea.\n";

  private static final Speaker GLASER =
      new Speaker("Bonnie Glaser", "managing director", "Indo-Pacific Program", SpeakerKind.PERSON);

  /** Newsweek on 13 November: a paraphrase and a quotation split by its cue. */
  private static AnalyzedArticle newsweek() {
    return article(
        "newsweek", "Newsweek", "2024-11-13T00:00:00Z", GLASER_TEXT,
        quote(GLASER_TEXT, List.of("China is worried"), "said", "Bonnie Glaser, managing director of the Indo-Pacific Program", GLASER, false),
        quote(GLASER_TEXT, List.of("\u201cFor now, the Chinese are not alarmed,\u201d", "\u201cbut they are watching.\u201d"),
            "said", "she", GLASER, true));
  }

  /** Radio Free Asia a day earlier, the name with an accent and no role. */
  private static AnalyzedArticle rfa() {
    return article(
        "rfa", "Radio Free Asia", "2024-11-12T00:00:00Z", GLASER_AGAIN_TEXT,
        quote(GLASER_AGAIN_TEXT, List.of("\u201cBeijing will wait,\u201d"), "told Radio Free Asia", "Bonnie Gl\u00e4ser",
            new Speaker("Bonnie Gl\u00e4ser", null, null, SpeakerKind.PERSON), true));
  }

  private static AnalyzedArticle kim(String id, String organization) {
    return article(
        id, "Outlet " + id, "2024-11-01T00:00:00Z", KIM_TEXT.replace("Brookings Institute", organization),
        quote(KIM_TEXT.replace("Brookings Institute", organization), List.of("\u201cBeijing is uncomfortable,\u201d"), "said",
            "Patricia Kim", new Speaker("Patricia Kim", "fellow", organization, SpeakerKind.PERSON), true),
        quote(KIM_TEXT.replace("Brookings Institute", organization), List.of("China has no interest in a bolder North Korea"), "said",
            "Kim", new Speaker("Patricia Kim", null, null, SpeakerKind.PERSON), false));
  }

  @Test
  void everythingASpeakerSaidAndInWhichOutlets() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(newsweek());
      store.put(rfa());
      store.put(kim("kim", "Brookings Institute"));
      QuoteResult result = store.quotes("Bonnie Glaser", 0, 10);
      assertEquals(3, result.total());
      List<StoredQuote> quotes = result.quotes();
      assertEquals(List.of("rfa", "newsweek", "newsweek"), quotes.stream().map(StoredQuote::articleId).toList(), "oldest first");
      assertEquals(List.of("Radio Free Asia", "Newsweek", "Newsweek"), quotes.stream().map(StoredQuote::outlet).toList());
      assertEquals(Instant.parse("2024-11-12T00:00:00Z"), quotes.get(0).published());
      assertEquals("China is worried", quotes.get(1).content());
      assertEquals("said", quotes.get(1).cue());
      assertEquals("Bonnie Glaser, managing director of the Indo-Pacific Program", quotes.get(1).source());
      assertEquals("\u201cFor now, the Chinese are not alarmed,\u201d \u2026 \u201cbut they are watching.\u201d", quotes.get(2).content());
      assertTrue(quotes.get(2).quote().direct());
      assertEquals("she", quotes.get(2).source());
      assertEquals(GLASER, quotes.get(2).quote().speaker(), "the quote keeps the speaker as the article resolved it");
      SpeakerKey glaser = new SpeakerKey("bonnie glaser", "indo pacific program");
      assertEquals(List.of(glaser, glaser, glaser), quotes.stream().map(StoredQuote::identity).toList(),
          "the accented, organization-less name is the same person");
    }
  }

  @Test
  void aSpeakerIsMatchedByWholeNameIgnoringCaseAccentsAndPunctuation() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(newsweek());
      store.put(rfa());
      assertEquals(3, store.quotes("  BONNIE  GLASER ", 0, 10).total());
      assertEquals(3, store.quotes("bonnie-glaser", 0, 10).total());
      assertEquals(0, store.quotes("Glaser", 0, 10).total(), "part of a name is another name");
      assertEquals(0, store.quotes("Patricia Kim", 0, 10).total());
      assertEquals(0, store.quotes("...", 0, 10).total());
    }
  }

  @Test
  void noSpeakerListsEveryQuote() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(newsweek());
      store.put(rfa());
      store.put(kim("kim", "Brookings Institute"));
      store.put(Articles.plain("quiet", "No quotes", "Nobody said anything."));
      QuoteResult all = store.quotes(null, 0, 100);
      assertEquals(5, all.total());
      assertEquals(List.of("kim", "kim", "rfa", "newsweek", "newsweek"), all.quotes().stream().map(StoredQuote::articleId).toList());
      assertEquals(5, store.quotes(" ", 0, 100).total(), "blank is no speaker");
    }
  }

  @Test
  void quotesArePaged() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(newsweek());
      store.put(rfa());
      QuoteResult page = store.quotes("Bonnie Glaser", 1, 1);
      assertEquals(3, page.total());
      assertEquals(1, page.quotes().size());
      assertEquals("China is worried", page.quotes().get(0).content());
      assertEquals(List.of(), store.quotes("Bonnie Glaser", 3, 10).quotes());
      assertEquals(List.of(), store.quotes("Bonnie Glaser", 0, 0).quotes());
      assertThrows(IllegalArgumentException.class, () -> store.quotes("Bonnie Glaser", -1, 10));
      assertThrows(IllegalArgumentException.class, () -> store.quotes("Bonnie Glaser", 0, -1));
    }
  }

  @Test
  void aNameWithoutOrganizationJoinsTheOnlyOrganizationKnownForIt() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(kim("kim", "Brookings Institute"));
      List<StoredQuote> quotes = store.quotes("Patricia Kim", 0, 10).quotes();
      SpeakerKey brookings = new SpeakerKey("patricia kim", "brookings institute");
      assertEquals(List.of(brookings, brookings), quotes.stream().map(StoredQuote::identity).toList());
    }
  }

  @Test
  void namesakesWithOtherOrganizationsStayApartAndTheUnplacedQuotesWithThem() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(kim("kim", "Brookings Institute"));
      store.put(kim("kim-harvard", "Harvard University"));
      List<StoredQuote> quotes = store.quotes("Patricia Kim", 0, 10).quotes();
      assertEquals(4, quotes.size());
      assertEquals(
          List.of(
              new SpeakerKey("patricia kim", "brookings institute"),
              new SpeakerKey("patricia kim", null),
              new SpeakerKey("patricia kim", "harvard university"),
              new SpeakerKey("patricia kim", null)),
          quotes.stream().map(StoredQuote::identity).toList(),
          "with two Patricia Kims, a bare 'Kim said' could be either");
    }
  }

  @Test
  void speakersAreSearchableAndCounted() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(newsweek());
      store.put(rfa());
      store.put(kim("kim", "Brookings Institute"));
      assertEquals(2, store.search("speaker:\"Bonnie Glaser\"", 0, 10).total(), "the accent is folded");
      assertEquals(1, store.search("speaker:kim", 0, 10).total());
      assertEquals(0, store.search("speaker:china", 0, 10).total(), "what is said is not who said it");
      Map<String, Long> speakers = store.facets(Facet.SPEAKER, 10);
      assertEquals(Map.of("Bonnie Glaser", 1L, "Bonnie Gl\u00e4ser", 1L, "Patricia Kim", 1L), speakers);
      assertEquals(Facet.SPEAKER, Facet.named("speaker"));
    }
  }

  @Test
  void anUnnamedSpeakerIsListedButHasNoIdentity() {
    String text = "Officials said the talks would resume.\n";
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(article("unnamed", "Wire", null, text,
          quote(text, List.of("the talks would resume"), "said", "Officials", Speaker.unknown(), false)));
      QuoteResult all = store.quotes(null, 0, 10);
      assertEquals(1, all.total());
      assertNull(all.quotes().get(0).identity());
      assertNull(all.quotes().get(0).published());
      assertEquals("the talks would resume", all.quotes().get(0).content());
    }
  }

  @Test
  void aReadOnlyStoreAnswersTheSameAfterCommit() {
    try (ArticleStore writer = ArticleStore.open(dataDir);
        ArticleStore reader = ArticleStore.openReadOnly(dataDir)) {
      writer.put(newsweek());
      assertEquals(0, reader.quotes("Bonnie Glaser", 0, 10).total(), "nothing committed yet");
      writer.commit();
      assertEquals(writer.quotes("Bonnie Glaser", 0, 10), reader.quotes("Bonnie Glaser", 0, 10));
      assertEquals(2, reader.quotes("Bonnie Glaser", 0, 10).total());
      assertEquals(1, reader.search("speaker:glaser", 0, 10).total());
    }
  }

  @Test
  void anEmptyStoreHasNoQuotes() {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      assertEquals(new QuoteResult(0, List.of()), store.quotes(null, 0, 10));
      assertEquals(new QuoteResult(0, List.of()), store.quotes("Bonnie Glaser", 0, 10));
    }
    try (ArticleStore reader = ArticleStore.openReadOnly(dataDir.resolve("missing"))) {
      assertEquals(0, reader.quotes("Bonnie Glaser", 0, 10).total());
    }
  }

  @Test
  void randomNamesNeverThrow() {
    Random random = new Random(20241113L);
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      store.put(newsweek());
      for (int i = 0; i < 200; i++) {
        StringBuilder name = new StringBuilder();
        for (int j = random.nextInt(40); j > 0; j--) {
          name.append((char) random.nextInt(0x3000));
        }
        assertTrue(store.quotes(name.toString(), 0, 10).total() >= 0);
      }
      assertEquals(0, store.quotes("x".repeat(5_000_000), 0, 10).total());
    }
  }

  @Test
  void speakerKeysFold() {
    assertEquals("francois hollande", SpeakerKey.fold("Fran\u00e7ois  HOLLANDE"));
    assertEquals("u s national security council", SpeakerKey.fold("U.S. National Security Council"));
    assertEquals("", SpeakerKey.fold(null));
    assertNull(SpeakerKey.of(Speaker.unknown()));
    assertEquals(new SpeakerKey("liu pengyu", null), SpeakerKey.of(new Speaker("Liu Pengyu", null, " ", SpeakerKind.PERSON)));
    assertThrows(IllegalArgumentException.class, () -> new SpeakerKey("", null));
  }

  private static AnalyzedArticle article(String id, String outlet, String published, String text, Quote... quotes) {
    Article article = new Article(id, null, "About " + id, outlet, null, List.of(),
        published == null ? null : Instant.parse(published), "en", text, List.of());
    return new AnalyzedArticle(article, List.of(), List.of(), List.of(quotes));
  }

  /** A quote whose content, cue and source are the first occurrences of the given words. */
  private static Quote quote(String text, List<String> content, String cue, String source, Speaker speaker, boolean direct) {
    List<Span> spans = new ArrayList<>();
    int from = 0;
    for (String fragment : content) {
      Span span = find(text, fragment, from);
      spans.add(span);
      from = span.end();
    }
    return new Quote(spans, find(text, cue, 0), find(text, source, 0), speaker, direct);
  }

  private static Span find(String text, String words, int from) {
    int start = text.indexOf(words, from);
    if (start < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in the text");
    }
    return new Span(start, start + words.length());
  }
}
