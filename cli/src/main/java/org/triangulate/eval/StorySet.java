package org.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.json.ContractJson;

/**
 * A story set as {@code ../shared/README.md} gives it: one JSON object a line, {@code {"id",
 * "story", "title", "text"}}, the story being the gold label.
 */
public final class StorySet {

  /** One line of a story set; title and text are empty where the line has none. */
  public record Entry(String id, String story, String title, String text) {}

  private StorySet() {}

  /**
   * The entries of {@code file}, in order, blank lines skipped.
   *
   * @throws IllegalArgumentException naming the file and line when a line has no id or story
   */
  public static List<Entry> read(Path file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = ContractJson.mapper().readTree(line);
        if (!node.hasNonNull("id") || !node.hasNonNull("story")) {
          throw new IllegalArgumentException(file + ":" + number + ": a story set line needs an id and a story");
        }
        entries.add(new Entry(node.get("id").asText(), node.get("story").asText(), node.path("title").asText(""), node.path("text").asText("")));
      }
    }
    return entries;
  }
}
