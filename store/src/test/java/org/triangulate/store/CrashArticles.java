package org.triangulate.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Span;

/**
 * The articles the crash test writes, the same in the writing process and the checking one: number
 * {@code i} is always the same article, and no two have the same content.
 */
final class CrashArticles {

  private static final String[] WORDS = {
    "troops", "Pentagon", "deployment", "Kursk", "estimates", "officials", "said", "border",
    "ministry", "briefing", "élite", "\u201cclear\u201d", "Pyongyang", "Beijing", "war", "talks"
  };

  private CrashArticles() {}

  static String id(int i) {
    return String.format(Locale.ROOT, "crash-%06d", i);
  }

  static AnalyzedArticle article(int i) {
    Random random = new Random(i);
    StringBuilder text = new StringBuilder("Report ").append(i).append(":\r\n");
    int words = 50 + random.nextInt(200);
    for (int w = 0; w < words; w++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 17 == 16 ? ".\n" : " ");
    }
    text.append("\uD83D\uDCF0 end of report ").append(i).append('\n');
    String body = text.toString();
    int kursk = body.indexOf("Kursk");
    List<Entity> entities =
        kursk < 0
            ? List.of()
            : List.of(new Entity(new Span(kursk, kursk + 5), "Kursk", EntityType.LOCATION, "Kursk"));
    Article article =
        new Article(
            id(i),
            null,
            "Report " + i,
            i % 2 == 0 ? "Newsweek" : "Radio Free Asia",
            null,
            List.of("Reporter " + (i % 7)),
            Instant.parse("2024-11-01T00:00:00Z").plusSeconds(i * 61L),
            "en",
            body,
            List.of());
    return new AnalyzedArticle(article, List.of(), entities);
  }
}
