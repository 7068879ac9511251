package org.triangulate.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Story;

class StoryClusteringTest {

  private static final Shingler SHINGLER = new Shingler();
  private static final String DAY = "2013-05-0";

  private final StoryClustering clustering = new StoryClustering(StoryOptions.defaults());

  /** Two rehab stories a celebrity apart, an earthquake, and filler so that IDF means something. */
  private static List<ArticleDigest> corpus() {
    List<ArticleDigest> digests = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      digests.add(digest("reid-" + i, DAY + (1 + i % 2), "tara reid check rehab",
          "tara reid actress check promises treatment center rehab rep confirm people magazine", "tara reid", "promises treatment center"));
      digests.add(digest("lohan-" + i, DAY + (3 + i % 2), "lindsay lohan check rehab betty ford",
          "lindsay lohan actress check betty ford center rehab probation court order", "lindsay lohan", "betty ford center"));
      digests.add(digest("quake-" + i, DAY + (2 + i % 2), "earthquake strike lombok",
          "magnitude earthquake strike lombok island indonesia kill collapse house", "lombok", "indonesia"));
    }
    for (int i = 0; i < 12; i++) {
      digests.add(digest("filler-" + i, null, "senate vote budget " + i, "senate vote budget bill debate committee amendment " + i + " topic" + i));
    }
    return digests;
  }

  @Test
  void eventsOfTheSameKindStayApart() {
    Map<String, String> story = stories(clustering.cluster(corpus()));
    for (int i = 1; i < 4; i++) {
      assertEquals(story.get("reid-0"), story.get("reid-" + i));
      assertEquals(story.get("lohan-0"), story.get("lohan-" + i));
      assertEquals(story.get("quake-0"), story.get("quake-" + i));
    }
    assertNotEquals(story.get("reid-0"), story.get("lohan-0"));
    assertNotEquals(story.get("reid-0"), story.get("quake-0"));
  }

  @Test
  void inputOrderDoesNotMatter() {
    List<ArticleDigest> digests = corpus();
    Map<String, String> expected = stories(clustering.cluster(digests));
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      List<ArticleDigest> shuffled = new ArrayList<>(digests);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, stories(clustering.cluster(shuffled)));
    }
  }

  @Test
  void storiesAreLabelledWithATitleAndDated() {
    List<Story> stories = clustering.cluster(corpus()).stories();
    Story reid = stories.stream().filter(s -> s.articles().contains("reid-0")).findFirst().orElseThrow();
    assertEquals(4, reid.articles().size());
    assertEquals("tara reid check rehab", reid.label());
    assertEquals(Instant.parse("2013-05-01T00:00:00Z"), reid.first());
    assertEquals(Instant.parse("2013-05-02T00:00:00Z"), reid.last());
  }

  @Test
  void aStoryWeeksLaterIsAnotherStory() {
    List<ArticleDigest> digests = new ArrayList<>(corpus());
    digests.add(digest("reid-later", "2013-07-01", "tara reid check rehab",
        "rep confirm tara reid actress again check rehab promises treatment center people magazine", "tara reid"));
    Map<String, String> story = stories(clustering.cluster(digests));
    assertNotEquals(story.get("reid-0"), story.get("reid-later"));
  }

  @Test
  void aCopyPointsToTheEarliestVersionAndJoinsItsStory() throws Exception {
    String original = ShinglerTest.polnear(3);
    List<ArticleDigest> digests = new ArrayList<>(corpus());
    digests.add(withText("wire", "2013-05-01", original));
    digests.add(withText("farm", "2013-05-02", "Breaking: Beyond Headlines!\n" + CopyVariants.typos(original, 30, new Random(1))));
    digests.add(withText("farm-2", null, CopyVariants.typos(original, 30, new Random(2))));
    List<Placement> placements = clustering.cluster(digests).placements();
    Map<String, Placement> byId = placements.stream().collect(Collectors.toMap(Placement::article, p -> p));
    assertNull(byId.get("wire").copyOf());
    assertEquals("wire", byId.get("farm").copyOf());
    assertEquals("wire", byId.get("farm-2").copyOf());
    assertEquals(byId.get("wire").story(), byId.get("farm").story());
    assertNull(byId.get("reid-0").copyOf());
  }

  @Test
  void withoutDatesTheMostCompleteVersionIsTheOriginal() throws Exception {
    String original = ShinglerTest.polnear(4);
    String truncated = original.substring(0, original.length() * 3 / 4);
    List<ArticleDigest> digests = List.of(withText("a-part", null, truncated), withText("b-whole", null, original));
    Map<String, Placement> byId = clustering.cluster(digests).placements().stream().collect(Collectors.toMap(Placement::article, p -> p));
    assertEquals("b-whole", byId.get("a-part").copyOf());
    assertNull(byId.get("b-whole").copyOf());
  }

  @Test
  void emptyInputAndEmptyArticles() {
    assertEquals(List.of(), clustering.cluster(List.of()).placements());
    List<Placement> placements = clustering.cluster(List.of(digest("empty-1", null, "", ""), digest("empty-2", null, "", ""))).placements();
    assertNotEquals(placements.get(0).story(), placements.get(1).story());
  }

  @Test
  void embeddingsJoinTheSameEventToldInOtherWords() {
    List<ArticleDigest> digests = new ArrayList<>(corpus());
    // Two reports of one vote in other words: alike in meaning (near embeddings), in terms only by
    // one word, through which the story is found as a candidate at all.
    digests.add(meant(digest("vote-a", DAY + 5, "chamber approves spending plan", "lawmakers approve spending plan late night session"), 1, 0.1f));
    digests.add(meant(digest("vote-b", DAY + 5, "house passes spending bill", "representatives pass spending measure after debate"), 1, 0.15f));
    digests.add(meant(digest("other", DAY + 5, "storm floods coast", "storm floods coastal town residents evacuate"), 0, 1));
    Map<String, String> blended = stories(clustering.cluster(digests));
    assertEquals(blended.get("vote-a"), blended.get("vote-b"));
    assertNotEquals(blended.get("vote-a"), blended.get("other"));

    Map<String, String> wordsAlone = stories(new StoryClustering(StoryOptions.defaults().withEmbeddingWeight(0)).cluster(digests));
    assertNotEquals(wordsAlone.get("vote-a"), wordsAlone.get("vote-b"));
  }

  private static ArticleDigest meant(ArticleDigest d, float x, float y) {
    float norm = (float) Math.hypot(x, y);
    return new ArticleDigest(d.id(), d.published(), d.outlet(), d.title(), d.titleTerms(), d.leadTerms(), d.bodyTerms(),
        d.entities(), d.fingerprint(), new Embedding(new float[] {x / norm, y / norm}));
  }

  private static Map<String, String> stories(StoryClustering.Result result) {
    Map<String, String> stories = new TreeMap<>();
    result.placements().forEach(p -> stories.put(p.article(), p.story()));
    return stories;
  }

  static ArticleDigest digest(String id, String day, String title, String body, String... entities) {
    Instant published = day == null ? null : Instant.parse(day + "T00:00:00Z");
    return new ArticleDigest(id, published, null, title.isEmpty() ? null : title, counts(title), counts(body), counts(body),
        names(entities), SHINGLER.fingerprint(body), null);
  }

  private static ArticleDigest withText(String id, String day, String text) {
    ArticleDigest words = digest(id, day, "", text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", " "));
    return new ArticleDigest(id, words.published(), null, null, words.titleTerms(), words.leadTerms(), words.bodyTerms(),
        words.entities(), SHINGLER.fingerprint(text), null);
  }

  private static TreeMap<String, Integer> counts(String text) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (String word : text.split("\\s+")) {
      if (!word.isEmpty()) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static TreeMap<String, Integer> names(String... names) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (String name : names) {
      counts.merge(name, 1, Integer::sum);
    }
    return counts;
  }
}
