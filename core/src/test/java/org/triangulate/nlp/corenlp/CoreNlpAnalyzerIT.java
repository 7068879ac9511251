package org.triangulate.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;
import org.triangulate.nlp.EntityCanonicalizer;
import org.triangulate.nlp.Mention;
import org.triangulate.nlp.TextAnalysis;

/**
 * CoreNLP on the two seed articles and on ten PolNeAR dev articles (from {@code ../shared}, see its
 * README). One analyzer serves every test: loading the models takes seconds.
 */
class CoreNlpAnalyzerIT {

  private static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer();
  private static final EntityCanonicalizer CANONICALIZER = EntityCanonicalizer.english();
  private static final Path SHARED = shared();
  private static final String SEED_000 = read(SHARED.resolve("seeds/000_6344acb6a2bb22c2.txt"));
  private static final String SEED_003 = read(SHARED.resolve("seeds/003_e5dd26fb87eb20b2.txt"));

  private static Path shared() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared/seeds"))) {
        return dir.resolve("shared");
      }
    }
    throw new IllegalStateException("no shared/ data directory above " + Path.of("").toAbsolutePath());
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ten dev articles spread over the outlets: every eighth in name order. */
  private static List<String> polnearDev() {
    try (Stream<Path> files = Files.list(SHARED.resolve("eval/polnear/dev/text"))) {
      List<Path> sorted = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < sorted.size() && texts.size() < 10; i += 8) {
        texts.add(read(sorted.get(i)));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> sentencesOf(String text) {
    return ANALYZER.analyze(text).sentences().stream().map(s -> s.span().of(text)).toList();
  }

  private static List<Entity> entities(String text) {
    return CANONICALIZER.canonicalize(text, ANALYZER.analyze(text));
  }

  private static Set<String> canonicalNames(List<Entity> entities, EntityType type) {
    return entities.stream().filter(e -> e.type() == type).map(Entity::canonical).collect(Collectors.toSet());
  }

  /** The entity starting at the first occurrence of {@code context}, plus {@code offset}. */
  private static Entity entityAt(List<Entity> entities, String text, String context, int offset) {
    int start = text.indexOf(context);
    assertTrue(start >= 0, context);
    return entities.stream().filter(e -> e.span().start() == start + offset).findFirst()
        .orElseGet(() -> fail("no entity at \"" + context + "\" + " + offset + " in " + entities));
  }

  @Test
  void everyLineEndsASentenceEvenWithoutPunctuation() {
    String text = "Keeping Xi's hands clean\nOne school of thought holds that Beijing will sit back. It will watch.";
    List<String> sentences = sentencesOf(text);
    assertEquals(List.of("Keeping Xi's hands clean", "One school of thought holds that Beijing will sit back.", "It will watch."),
        sentences);
  }

  @Test
  void aPartyAndStateLabelEndsNoSentence() {
    String text = "Sen. Lindsey Graham (R-S.C.) said on Sunday that the vote would wait. Rep. Ann Kuster, D-N.H., disagreed."
        + " The governor moved to Columbia, S.C. He stayed.";
    List<String> sentences = sentencesOf(text);
    assertEquals(List.of("Sen. Lindsey Graham (R-S.C.) said on Sunday that the vote would wait.",
        "Rep. Ann Kuster, D-N.H., disagreed.", "The governor moved to Columbia, S.C.", "He stayed."), sentences);
    List<String> words = ANALYZER.analyze(text).sentences().get(0).tokens().stream().map(Token::text).toList();
    assertEquals(List.of("Sen.", "Lindsey", "Graham", "(", "R-S.C.", ")", "said"), words.subList(0, 7));
  }

  @Test
  void aQuestionOrExclamationInsideASentenceEndsNone() {
    String text = "“Who will pay for the bridge?” she asked the council. Fans chanted “Four more years!” outside the hall."
        + " The rivals: Jeb!, Ben Carson and others. Is it over? No.";
    List<String> sentences = sentencesOf(text);
    assertEquals(List.of("“Who will pay for the bridge?” she asked the council.",
        "Fans chanted “Four more years!” outside the hall.", "The rivals: Jeb!, Ben Carson and others.", "Is it over?", "No."),
        sentences);
  }

  @Test
  void seedsNameTheirPeople() {
    assertTrue(canonicalNames(entities(SEED_000), EntityType.PERSON).containsAll(
        Set.of("Liu Pengyu", "Edward Howell", "Bonnie Glaser", "Kim Jong Un", "Xi Jinping", "Vladimir Putin")));
    assertTrue(canonicalNames(entities(SEED_003), EntityType.PERSON).containsAll(
        Set.of("Patricia Kim", "Naoko Aoki", "John Kirby", "Ben Cardin", "Troy Stangerone", "David Maxwell", "Lin Jian",
            "Kim Jong Un", "Xi Jinping")));
  }

  @Test
  void seedsResolveShortNames() {
    List<Entity> e003 = entities(SEED_003);
    assertEquals("Patricia Kim", entityAt(e003, SEED_003, "Kim said", 0).canonical());
    assertEquals("Kim Jong Un", entityAt(e003, SEED_003, "Kim and Putin", 0).canonical());
    assertEquals("Naoko Aoki", entityAt(e003, SEED_003, "Aoki says", 0).canonical());
    assertEquals("Lin Jian", entityAt(e003, SEED_003, "Lin said", 0).canonical());
    List<Entity> e000 = entities(SEED_000);
    assertEquals("Kim Jong Un", entityAt(e000, SEED_000, "Kim Jong Un’s regime", 0).canonical());
    assertEquals("Kim Jong Un", entityAt(e000, SEED_000, "Kim’s father", 0).canonical());
    assertEquals("Edward Howell", entityAt(e000, SEED_000, "Howell pointed", 0).canonical());
    assertEquals("Bonnie Glaser", entityAt(e000, SEED_000, "Glaser told", 0).canonical());
    assertEquals("Liu Pengyu", entityAt(e000, SEED_000, "Liu said", 0).canonical());
  }

  @Test
  void seedsResolvePlaces() {
    List<Entity> e000 = entities(SEED_000);
    Entity dprk = entityAt(e000, SEED_000, "DPRK", 0);
    assertEquals("North Korea", dprk.canonical());
    assertEquals(EntityType.LOCATION, dprk.type());
    assertEquals("North Korea", entityAt(e000, SEED_000, "Democratic People’s Republic of Korea", 0).canonical());
    assertEquals("North Korea", entityAt(e000, SEED_000, "Pyongyang, which", 0).canonical());
    assertEquals("China", entityAt(e000, SEED_000, "Beijing has presented", 0).canonical());
    Entity troops = entityAt(e000, SEED_000, "North Korean troops", 0);
    assertEquals(EntityType.MISC, troops.type());
    assertEquals("North Korea", troops.canonical());
    List<Entity> e003 = entities(SEED_003);
    assertEquals("North Korea", entityAt(e003, SEED_003, "Pyongyang would add", 0).canonical());
    assertEquals("Washington", entityAt(e003, SEED_003, "in Washington", 3).canonical());
    assertEquals("Pyongyang", entityAt(e003, SEED_003, "to Pyongyang in April", 3).canonical());
    assertEquals("Korean People's Army", entityAt(e003, SEED_003, "KPA troops", 0).canonical());
    assertEquals("United States", entityAt(e003, SEED_003, "The United States also said", 4).canonical());
  }

  @Test
  void offsetsAndSentencesHoldOnRealArticles() {
    List<String> texts = new ArrayList<>(List.of(SEED_000, SEED_003));
    texts.addAll(polnearDev());
    assertEquals(12, texts.size());
    for (String text : texts) {
      TextAnalysis analysis = ANALYZER.analyze(text);
      assertWellFormed(text, analysis);
      assertEveryWordCovered(text, analysis);
      for (Entity entity : CANONICALIZER.canonicalize(text, analysis)) {
        assertEquals(entity.text(), text.substring(entity.span().start(), entity.span().end()));
        assertFalse(entity.canonical().isBlank());
      }
    }
  }

  @Test
  void polnearNamesAreFound() {
    List<Entity> all = new ArrayList<>();
    for (String text : polnearDev()) {
      List<Entity> entities = entities(text);
      assertFalse(entities.isEmpty());
      all.addAll(entities);
    }
    assertTrue(canonicalNames(all, EntityType.PERSON).containsAll(Set.of("Hillary Clinton", "Donald Trump", "Alicia Machado",
        "Lindsey Graham", "Vladimir Putin", "Bill de Blasio", "Barack Obama", "John Kerry")), () -> canonicalNames(all, EntityType.PERSON).toString());
    assertTrue(canonicalNames(all, EntityType.LOCATION).containsAll(Set.of("United States", "Mexico", "United Kingdom")));
    assertTrue(canonicalNames(all, EntityType.ORGANIZATION).contains("European Union"));
    assertTrue(all.stream().anyMatch(e -> e.text().equals("E.U.") && e.canonical().equals("European Union")));
    assertTrue(all.stream().anyMatch(e -> e.text().equals("Machado") && e.canonical().equals("Alicia Machado")));
  }

  @Test
  void blankedBoilerplateShiftsNothing() {
    int bodyStart = SEED_000.indexOf("Why China Won’t Stop Ally North Korea From Fighting Ukraine\n\nChina");
    String caption = "Photo-illustration by Newsweek/Getty";
    int captionStart = SEED_000.indexOf(caption);
    char[] chars = SEED_000.toCharArray();
    List<Span> blanked = List.of(new Span(0, bodyStart), new Span(captionStart, captionStart + caption.length()));
    for (Span span : blanked) {
      for (int i = span.start(); i < span.end(); i++) {
        if (chars[i] != '\n') {
          chars[i] = ' ';
        }
      }
    }
    String body = new String(chars);
    TextAnalysis original = ANALYZER.analyze(SEED_000);
    TextAnalysis withBlanks = ANALYZER.analyze(body);
    assertWellFormed(body, withBlanks);
    List<Mention> kept = original.mentions().stream().filter(m -> blanked.stream().noneMatch(b -> b.overlaps(m.span()))).toList();
    assertEquals(kept, withBlanks.mentions());
    assertTrue(withBlanks.mentions().stream().anyMatch(m -> m.text().equals("Edward Howell")));
  }

  @Test
  void oneAnalyzerServesTwoThreads() throws Exception {
    List<String> texts = new ArrayList<>(List.of(SEED_000, SEED_003));
    texts.addAll(polnearDev().subList(0, 4));
    List<TextAnalysis> sequential = texts.stream().map(ANALYZER::analyze).toList();
    List<String> reversed = new ArrayList<>(texts);
    java.util.Collections.reverse(reversed);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<TextAnalysis>> forward = pool.submit(() -> texts.stream().map(ANALYZER::analyze).toList());
      Future<List<TextAnalysis>> backward = pool.submit(() -> reversed.stream().map(ANALYZER::analyze).toList());
      assertEquals(sequential, forward.get());
      List<TextAnalysis> backwardResults = new ArrayList<>(backward.get());
      java.util.Collections.reverse(backwardResults);
      assertEquals(sequential, backwardResults);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyAndBlankTexts() {
    assertEquals(new TextAnalysis(List.of(), List.of()), ANALYZER.analyze(""));
    assertEquals(new TextAnalysis(List.of(), List.of()), ANALYZER.analyze("   \n\n \t  \r\n   "));
    assertTrue(entities("").isEmpty());
  }

  /**
   * Random characters and bytes. Kept small: the part-of-speech tagger's exact search considers
   * every open-class tag for a word it does not know, so junk costs it about a millisecond a
   * character (real text about 20 microseconds).
   */
  @Test
  void binaryJunkRaisesNothing() {
    Random random = new Random(11);
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      junk.append((char) random.nextInt(0x10000));
    }
    byte[] bytes = new byte[10_000];
    random.nextBytes(bytes);
    junk.append(new String(bytes, StandardCharsets.ISO_8859_1));
    String text = junk.toString();
    TextAnalysis analysis = ANALYZER.analyze(text);
    assertWellFormed(text, analysis);
    CANONICALIZER.canonicalize(text, analysis);
  }

  /**
   * A single long line of words drawn at random from real articles. 500 KB here to keep the build
   * short; 5 MB took about 100 seconds on one thread (linear in the length) when measured by hand.
   */
  @Test
  void longLineOfRandomWords() {
    String[] words = String.join(" ", polnearDev()).split("\\s+");
    Random random = new Random(5);
    StringBuilder line = new StringBuilder();
    while (line.length() < 500_000) {
      line.append(words[random.nextInt(words.length)]).append(' ');
    }
    String text = line.toString();
    TextAnalysis analysis = ANALYZER.analyze(text);
    assertWellFormed(text, analysis);
    assertFalse(analysis.mentions().isEmpty());
    CANONICALIZER.canonicalize(text, analysis);
  }

  @Test
  void unpunctuatedTextIsCutIntoBoundedSentences() {
    Random random = new Random(3);
    StringBuilder line = new StringBuilder();
    while (line.length() < 8_000) {
      for (int i = 2 + random.nextInt(8); i > 0; i--) {
        line.append((char) ('a' + random.nextInt(26)));
      }
      line.append(random.nextInt(20) == 0 ? " Obama " : " ");
    }
    String text = line.toString();
    TextAnalysis analysis = ANALYZER.analyze(text);
    assertWellFormed(text, analysis);
    assertTrue(analysis.sentences().size() > 1);
    int limit = CoreNlpAnalyzer.Options.defaults().maxSentenceTokens();
    assertTrue(analysis.sentences().stream().allMatch(s -> s.tokens().size() <= limit));
  }

  private static void assertWellFormed(String text, TextAnalysis analysis) {
    int sentenceEnd = 0;
    for (Sentence sentence : analysis.sentences()) {
      assertFalse(sentence.tokens().isEmpty());
      assertTrue(sentence.span().start() >= sentenceEnd, "sentences in order, not overlapping");
      assertEquals(sentence.tokens().get(0).span().start(), sentence.span().start());
      assertEquals(sentence.tokens().get(sentence.tokens().size() - 1).span().end(), sentence.span().end());
      int tokenEnd = sentence.span().start();
      for (Token token : sentence.tokens()) {
        assertTrue(token.span().start() >= tokenEnd, "tokens in order");
        assertTrue(token.span().end() <= text.length());
        assertEquals(token.text(), token.span().of(text));
        assertFalse(token.text().isBlank(), "a token is not blank");
        tokenEnd = token.span().end();
      }
      sentenceEnd = sentence.span().end();
    }
    for (Mention mention : analysis.mentions()) {
      assertEquals(mention.text(), text.substring(mention.span().start(), mention.span().end()));
      assertEquals(mention.text().strip(), mention.text(), "a mention starts and ends on a word");
    }
  }

  /** Every letter and digit lies in a token: offsets that drifted would leave some out. */
  private static void assertEveryWordCovered(String text, TextAnalysis analysis) {
    boolean[] covered = new boolean[text.length()];
    for (Sentence sentence : analysis.sentences()) {
      for (Token token : sentence.tokens()) {
        for (int i = token.span().start(); i < token.span().end(); i++) {
          covered[i] = true;
        }
      }
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        int at = i;
        assertTrue(covered[i], () -> "not in a token: \"" + text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 20)) + "\"");
      }
    }
  }
}
