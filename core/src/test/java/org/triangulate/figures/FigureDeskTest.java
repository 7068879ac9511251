package org.triangulate.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Agreement;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimSource;
import org.triangulate.model.Figure;
import org.triangulate.model.ReportedValue;
import org.triangulate.model.Span;
import org.triangulate.model.Value;

class FigureDeskTest {

  private final FigureDesk desk = FigureDesk.english();

  /** An article whose one sentence states {@code figure} of {@code counted} (head {@code head}), said by {@code source}. */
  private static AnalyzedArticle article(String id, String date, String figure, String counted, String head, String source, Value value) {
    String text = (source == null ? "There are " : source + " said there are ") + figure + " " + counted + ".";
    int figureAt = text.indexOf(figure);
    int countedAt = text.indexOf(counted, figureAt + figure.length());
    int headAt = text.indexOf(head, countedAt);
    Claim claim = new Claim(new Span(0, text.length()), new Span(figureAt, figureAt + figure.length()), value,
        new Span(countedAt, countedAt + counted.length()), new Span(headAt, headAt + head.length()),
        source == null ? null : new ClaimSource(new Span(0, source.length()), source));
    Article article = new Article(id, null, null, "Outlet " + id, null, List.of(), date == null ? null : Instant.parse(date), "en", text, List.of());
    return new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(claim));
  }

  private static Value range(double low, double high) {
    return new Value(low, high, false, "count");
  }

  private static Value nearly(double number) {
    return new Value(number, number, true, "count");
  }

  private List<Figure> figures(Set<String> copies, AnalyzedArticle... articles) {
    List<FigureDesk.Noted> notes = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      notes.addAll(desk.note(a));
    }
    return desk.compare("s1", notes, copies);
  }

  private static List<Double> lows(Figure figure) {
    return figure.values().stream().map(v -> v.value().low()).toList();
  }

  @Test
  void synonymsAndPlacesMeetAndARangeDisagreesWithAFarSmallerNumber() {
    List<Figure> figures = figures(Set.of(),
        article("a", "2024-11-05T10:00:00Z", "11,000 to 12,000", "North Korean soldiers in Russia", "soldiers", "The Pentagon", range(11000, 12000)),
        article("b", "2024-11-05T09:00:00Z", "nearly 12,000", "troops to Russia", "troops", "Ukrainian intelligence", nearly(12000)),
        article("c", "2024-11-01T09:00:00Z", "3,000", "troops to Russia", "troops", "The United States", Value.exactly(3000, "count")));
    assertEquals(1, figures.size(), figures.toString());
    Figure troops = figures.get(0);
    assertEquals(Agreement.DISAGREE, troops.agreement());
    assertEquals("North Korean soldiers in Russia", troops.counted());
    assertEquals(List.of(3000.0, 12000.0, 11000.0), lows(troops), "by date");
    assertEquals("The United States", troops.values().get(0).source());
    assertEquals("Outlet c", troops.values().get(0).outlet());
  }

  @Test
  void aHedgedValueWithinItsReachAgrees() {
    List<Figure> figures = figures(Set.of(),
        article("a", null, "11,000 to 12,000", "soldiers", "soldiers", "The Pentagon", range(11000, 12000)),
        article("b", null, "nearly 12,500", "forces", "forces", "Kyiv", nearly(12500)));
    assertEquals(Agreement.AGREE, figures.get(0).agreement(), figures.toString());
    assertEquals(Agreement.DISAGREE, FigureDesk.agreement(List.of(range(11000, 12000), Value.exactly(12500, "count"))),
        "an exact 12,500 lies outside 11,000 to 12,000");
    assertEquals(Agreement.AGREE, FigureDesk.agreement(List.of(new Value(20.0, null, false, "count"), Value.exactly(25, "count"))),
        "more than 20 admits 25");
    assertEquals(Agreement.SINGLE, FigureDesk.agreement(List.of(Value.exactly(1, "count"))));
  }

  @Test
  void aNarrowerPlaceStaysApart() {
    List<Figure> figures = figures(Set.of(),
        article("a", null, "11,000 to 12,000", "North Korean soldiers in Russia", "soldiers", "The Pentagon", range(11000, 12000)),
        article("b", null, "10,000", "North Korean soldiers in the border region of Kursk", "soldiers", "The Pentagon", Value.exactly(10000, "count")));
    assertEquals(2, figures.size(), figures.toString());
    assertTrue(figures.stream().allMatch(f -> f.agreement() == Agreement.SINGLE));
  }

  @Test
  void anElidedCountBorrowsTheHeadBeforeItAndKeepsItsOwnPlace() {
    String text = "The Pentagon estimates there are now 11,000 to 12,000 North Korean soldiers in Russia, "
        + "with 10,000 already stationed in the border region of Kursk.";
    Span clause = new Span(0, text.length());
    ClaimSource pentagon = new ClaimSource(new Span(0, 12), "Pentagon");
    int range = text.indexOf("11,000");
    int counted = text.indexOf("North Korean");
    int head = text.indexOf("soldiers");
    int kursk = text.indexOf("10,000");
    Claim whole = new Claim(clause, new Span(range, range + 16), range(11000, 12000),
        new Span(counted, text.indexOf(",", counted)), new Span(head, head + 8), pentagon);
    Claim elided = new Claim(clause, new Span(kursk, kursk + 6), Value.exactly(10000, "count"), null, null, pentagon);
    AnalyzedArticle article = new AnalyzedArticle(Article.of("p", text), List.of(), List.of(), List.of(), List.of(whole, elided));
    List<FigureDesk.Noted> notes = desk.note(article);
    assertEquals(2, notes.size(), notes.toString());
    assertEquals("North Korean soldiers already stationed in the border region of Kursk", notes.get(1).reported().counted());
    assertEquals(Set.of("Kursk"), notes.get(1).place());
    List<FigureDesk.Noted> all = new ArrayList<>(notes);
    all.addAll(desk.note(article("q", null, "nearly 12,000", "troops to Russia", "troops", "Kyiv", nearly(12000))));
    List<Figure> figures = desk.compare("s", all, Set.of());
    assertEquals(2, figures.size(), figures.toString());
    assertEquals(List.of(11000.0, 12000.0), lows(figures.get(0)));
    assertEquals(List.of(10000.0), lows(figures.get(1)), "Kursk apart");
  }

  @Test
  void anotherKindOrUnitOrHeadStaysApart() {
    List<Figure> figures = figures(Set.of(),
        article("a", null, "500", "Russian soldiers", "soldiers", null, Value.exactly(500, "count")),
        article("b", null, "900", "Ukrainian soldiers", "soldiers", null, Value.exactly(900, "count")),
        article("c", null, "40", "percent of voters", "voters", null, Value.exactly(40, "percent")),
        article("d", null, "40", "voters", "voters", null, Value.exactly(40, "count")),
        article("e", null, "12", "generals", "generals", null, Value.exactly(12, "count")));
    assertEquals(5, figures.size(), figures.toString());
  }

  @Test
  void aCopyAndARepeatCountOnceAndMagnitudesAndUncountedClaimsAreLeftOut() {
    AnalyzedArticle original = article("a", "2024-11-05T10:00:00Z", "3,000", "troops", "troops", "Seoul", Value.exactly(3000, "count"));
    AnalyzedArticle copy = article("copy", "2024-11-06T10:00:00Z", "3,000", "troops", "troops", "Seoul", Value.exactly(3000, "count"));
    AnalyzedArticle magnitude = article("m", null, "thousands of", "troops", "troops", null, new Value(2000.0, null, true, "count"));
    List<FigureDesk.Noted> notes = new ArrayList<>(desk.note(original));
    notes.addAll(desk.note(original));
    notes.addAll(desk.note(copy));
    notes.addAll(desk.note(magnitude));
    List<Figure> figures = desk.compare("s1", notes, Set.of("copy"));
    assertEquals(1, figures.size(), figures.toString());
    assertEquals(List.of("a"), figures.get(0).values().stream().map(ReportedValue::article).toList());
    assertEquals(Agreement.SINGLE, figures.get(0).agreement());

    Article plain = Article.of("u", "With 10,000 already there.");
    Claim uncounted = new Claim(new Span(0, 26), new Span(5, 11), Value.exactly(10000, "count"), null, null, null);
    assertTrue(desk.note(new AnalyzedArticle(plain, List.of(), List.of(), List.of(), List.of(uncounted))).isEmpty());
  }

  @Test
  void twoValuesOnOneSourcesWordInOneArticleCountDifferentThings() {
    AnalyzedArticle thisYear = article("a", null, "300,000", "acres", "acres", null, Value.exactly(300000, "count"));
    AnalyzedArticle lastYear = article("a", null, "1,000,000", "acres", "acres", null, Value.exactly(1000000, "count"));
    AnalyzedArticle elsewhere = article("b", null, "1,000,000", "acres", "acres", null, Value.exactly(1000000, "count"));
    List<FigureDesk.Noted> notes = new ArrayList<>(desk.note(thisYear));
    notes.addAll(desk.note(lastYear));
    List<Figure> figures = desk.compare("s", notes, Set.of());
    assertEquals(2, figures.size(), figures.toString());
    notes.addAll(desk.note(elsewhere));
    figures = desk.compare("s", notes, Set.of());
    assertEquals(2, figures.size(), figures.toString());
    assertEquals(List.of(1000000.0, 1000000.0), lows(figures.get(0)), "another article's 1,000,000 joins the figure it agrees with");
    assertEquals(Agreement.AGREE, figures.get(0).agreement());
    assertEquals(Agreement.SINGLE, figures.get(1).agreement());
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    List<FigureDesk.Noted> notes = new ArrayList<>();
    notes.addAll(desk.note(article("a", "2024-11-05T10:00:00Z", "11,000 to 12,000", "soldiers in Russia", "soldiers", "The Pentagon", range(11000, 12000))));
    notes.addAll(desk.note(article("b", null, "10,000", "soldiers in Kursk", "soldiers", "The Pentagon", Value.exactly(10000, "count"))));
    notes.addAll(desk.note(article("c", "2024-11-01T09:00:00Z", "3,000", "troops", "troops", "Washington", Value.exactly(3000, "count"))));
    notes.addAll(desk.note(article("d", "2024-11-02T09:00:00Z", "nearly 12,000", "troops to Russia", "troops", "Kyiv", nearly(12000))));
    List<Figure> expected = desk.compare("s", notes, Set.of());
    Random random = new Random(5);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(notes, random);
      assertEquals(expected, desk.compare("s", notes, Set.of()));
    }
  }

  @Test
  void qualifiersAreCapitalisedWordsAroundTheHead() {
    assertEquals(Set.of("Kursk"), desk.place(" already stationed in the border region of Kursk"));
    assertEquals(Set.of("Russia"), desk.place(" to Russia"));
    assertEquals(Set.of(), desk.place(" for possible deployment"));
    assertEquals(Set.of("North", "Korean"), desk.kind("Some North Korean "));
    assertEquals("troop", desk.group("soldier"));
    assertEquals("troop", desk.group("forces"));
    assertEquals("generals", desk.group("generals"), "a word in no group is its own group, less a plural s when the list has it");
  }

  @Test
  void seededRandomClaimsOverRandomTextNeverThrow() {
    Random random = new Random(17);
    String alphabet = "abc XYZ,.;\n\u00e9\u2019 in to of ";
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0, n = 1 + random.nextInt(120); i < n; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<Claim> claims = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        int a = random.nextInt(text.length() + 1);
        int b = a + random.nextInt(text.length() - a + 1);
        Span span = new Span(a, b);
        boolean counted = random.nextBoolean();
        claims.add(new Claim(span, span, random.nextBoolean() ? Value.exactly(random.nextInt(100), "count") : new Value(5.0, null, true, "count"),
            counted ? span : null, counted ? span : null, null));
      }
      AnalyzedArticle article = new AnalyzedArticle(Article.of("r" + round, text.toString()), List.of(), List.of(), List.of(), claims);
      desk.compare("s", desk.note(article), Set.of());
    }
  }

  @Test
  void nothingToCompareGivesNoFigures() {
    assertEquals(List.of(), desk.compare("s", List.of(), Set.of()));
    assertEquals(List.of(), desk.note(new AnalyzedArticle(Article.of("x", ""), List.of(), List.of())));
  }
}
