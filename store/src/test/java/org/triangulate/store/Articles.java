package org.triangulate.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Span;

/** Articles for the store's tests, built straight from the model records. */
final class Articles {

  private Articles() {}

  static AnalyzedArticle plain(String id, String title, String text) {
    return new AnalyzedArticle(Article.of(id, text).withTitle(title), List.of(), List.of());
  }

  static AnalyzedArticle dated(String id, String title, String outlet, String published, String text) {
    Article article =
        new Article(
            id,
            null,
            title,
            outlet,
            null,
            List.of(),
            published == null ? null : Instant.parse(published),
            "en",
            text,
            List.of());
    return new AnalyzedArticle(article, List.of(), List.of());
  }

  /**
   * An article with entities: each {@code mentions} entry is "mention=canonical=TYPE", found at
   * its first occurrence in the text.
   */
  static AnalyzedArticle withEntities(AnalyzedArticle base, String... mentions) {
    String text = base.article().text();
    List<Entity> entities = new ArrayList<>(base.entities());
    for (String mention : mentions) {
      String[] parts = mention.split("=");
      int start = text.indexOf(parts[0]);
      if (start < 0) {
        throw new IllegalArgumentException("'" + parts[0] + "' is not in the text");
      }
      entities.add(
          new Entity(
              new Span(start, start + parts[0].length()),
              parts[0],
              EntityType.valueOf(parts[2]),
              parts[1]));
    }
    return new AnalyzedArticle(base.article(), base.sentences(), entities);
  }

  static final String TROOPS_TITLE = "Why China Won't Stop Ally North Korea From Fighting Ukraine";

  /** After the opening of Newsweek's report in {@code shared/seeds/000_…txt}, cleaned. */
  static final String TROOPS_TEXT =
      "China has remained mum about the deployment of thousands of North Korean troops to Russia"
          + " in recent weeks.\n\n"
          + "The Pentagon estimates there are now 11,000 to 12,000 North Korean soldiers in Russia,"
          + " with 10,000 already stationed in the border region of Kursk.\n\n"
          + "\u201cThe DPRK and Russia are two independent sovereign states,\u201d Liu Pengyu,"
          + " spokesperson for the Chinese Embassy in Washington, D.C., told Newsweek.\n";

  /** The Newsweek report as a fully described article. */
  static AnalyzedArticle troops() {
    String text = "Share this:\n" + TROOPS_TEXT + "Related: Kim Jong Un visits a missile factory\n";
    int related = text.indexOf("Related:");
    Article article =
        new Article(
            "newsweek-troops",
            "https://www.newsweek.com/china-north-korea-troops-russia-ukraine",
            TROOPS_TITLE,
            "Newsweek",
            null,
            List.of("Micah McCartney", "Aila Slisco"),
            Instant.parse("2024-11-13T11:17:42.123456789Z"),
            "en",
            text,
            List.of(new Span(0, "Share this:".length()), new Span(related, text.length() - 1)));
    return withEntities(
        new AnalyzedArticle(article, List.of(), List.of()),
        "China=China=LOCATION",
        "North Korean=North Korea=LOCATION",
        "Pentagon=Pentagon=ORGANIZATION",
        "Kursk=Kursk=LOCATION",
        "DPRK=North Korea=LOCATION",
        "Liu Pengyu=Liu Pengyu=PERSON",
        "Chinese Embassy=Chinese Embassy=ORGANIZATION");
  }

  /** After Radio Free Asia's report of the same event, {@code shared/seeds/003_…txt}. */
  static AnalyzedArticle briefing() {
    String text =
        "China remains officially agnostic about North Korea's deployment of troops to help"
            + " Russia's war in Ukraine.\n"
            + "On Friday, Chinese Foreign Ministry spokesperson Lin Jian repeated the line Beijing"
            + " has used.\n"
            + "North Korea has sent nearly 12,000 troops to Russia, including 500 officers and three"
            + " generals, the Ukrainian Defense Intelligence Directorate said.\n";
    Article article =
        new Article(
            "rfa-briefing",
            null,
            "China says it has no information on North Korean troops in Russia",
            "Radio Free Asia",
            null,
            List.of("Taejun Kang"),
            Instant.parse("2024-11-01T20:00:00Z"),
            "en",
            text,
            List.of());
    return withEntities(
        new AnalyzedArticle(article, List.of(), List.of()),
        "China=China=LOCATION",
        "North Korea=North Korea=LOCATION",
        "Lin Jian=Lin Jian=PERSON",
        "Beijing=China=LOCATION",
        "Ukrainian Defense Intelligence Directorate=Ukrainian Defense Intelligence Directorate=ORGANIZATION");
  }
}
