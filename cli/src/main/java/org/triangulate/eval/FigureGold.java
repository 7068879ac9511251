package org.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.Span;

/**
 * The gold figures of {@code eval/figures/gold.jsonl} (format in that directory's README): per
 * article, the text's path under {@code ../shared}, its length and its figures.
 */
public record FigureGold(String text, int length, List<FigureScore.Figure> figures) {

  public FigureGold {
    figures = List.copyOf(figures);
  }

  public static List<FigureGold> read(Path file) {
    ObjectMapper mapper = new ObjectMapper();
    List<FigureGold> articles = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        List<FigureScore.Figure> figures = new ArrayList<>();
        for (JsonNode f : node.path("figures")) {
          figures.add(new FigureScore.Figure(
              span(f),
              f.hasNonNull("low") ? f.get("low").asDouble() : null,
              f.hasNonNull("high") ? f.get("high").asDouble() : null,
              f.hasNonNull("counted") ? span(f.get("counted")) : null,
              f.hasNonNull("source") ? span(f.get("source")) : null));
        }
        articles.add(new FigureGold(node.get("text").asText(), node.get("length").asInt(), figures));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return articles;
  }

  private static Span span(JsonNode node) {
    return new Span(node.get("start").asInt(), node.get("end").asInt());
  }
}
