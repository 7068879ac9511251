package org.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.json.ContractJson;

/** {@code ./triangulate eval copies} on the two seeds as a story set of one story, and an empty record. */
class EvalCopiesIT {

  @Test
  void findsTheSeedsRepublishedAndTakesNeitherSeedForACopyOfTheOther(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String seed : List.of("000_6344acb6a2bb22c2.txt", "003_e5dd26fb87eb20b2.txt")) {
      String text = Files.readString(Cli.SHARED.resolve("seeds").resolve(seed), StandardCharsets.UTF_8);
      ObjectNode node = ContractJson.mapper().createObjectNode();
      node.put("id", seed).put("story", "north-korean-troops").put("title", "").put("text", text);
      lines.add(ContractJson.line(node));
    }
    lines.add("{\"id\":\"empty\",\"story\":\"other\",\"title\":\"Nothing\",\"text\":\"\"}");
    Path set = dir.resolve("seeds.jsonl");
    Files.write(set, lines, StandardCharsets.UTF_8);

    Cli.Run run = Cli.run("eval", "copies", set.toString());

    assertEquals(2, run.exit(), "an unreadable record fails the run at the end: " + run.err());
    assertTrue(run.err().contains("empty: no text"), run.err());
    JsonNode result = AnalyzeIT.json(run.out().strip());
    assertEquals(3, result.get("articles").asInt());
    assertEquals(1, result.get("unread").asInt());
    assertEquals(0, result.get("originalsTakenForCopies").get("sameStory").asInt(), "000 and 003 are two reports, not copies");
    assertEquals(7, result.get("versions").size());
    for (JsonNode kind : result.get("versions")) {
      assertEquals(2, kind.get("versions").asInt(), kind.toString());
      if (!kind.get("kind").asText().equals("first half only")) {
        assertEquals(2, kind.get("found").asInt(), "every whole version is found: " + kind);
      }
    }
  }
}
