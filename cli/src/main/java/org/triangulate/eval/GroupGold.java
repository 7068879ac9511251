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

/**
 * The gold grouping of {@code eval/figures/groups.jsonl} (format in that directory's README): per
 * story, its articles (paths under {@code ../shared}) and the figures they report, each with every
 * value that counts the same thing and whether the values agree.
 */
public record GroupGold(String story, List<String> articles, List<GroupScore.Group> groups) {

  public GroupGold {
    articles = List.copyOf(articles);
    groups = List.copyOf(groups);
  }

  public static List<GroupGold> read(Path file) {
    ObjectMapper mapper = new ObjectMapper();
    List<GroupGold> stories = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        List<String> articles = new ArrayList<>();
        node.path("articles").forEach(a -> articles.add(a.asText()));
        List<GroupScore.Group> groups = new ArrayList<>();
        for (JsonNode g : node.path("groups")) {
          List<GroupScore.Member> members = new ArrayList<>();
          for (JsonNode m : g.path("members")) {
            members.add(new GroupScore.Member(m.get("article").asText(),
                m.hasNonNull("low") ? m.get("low").asDouble() : null,
                m.hasNonNull("high") ? m.get("high").asDouble() : null,
                m.get("unit").asText()));
          }
          groups.add(new GroupScore.Group(g.get("agreement").asText(), members));
        }
        stories.add(new GroupGold(node.get("story").asText(), articles, groups));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return stories;
  }
}
