package org.triangulate.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triangulate.json.ContractJson;
import org.triangulate.json.StoryJson;
import org.triangulate.stories.ArticleDigest;

/**
 * Article digests kept in a JSONL file, so that tuning story assignment reruns in seconds instead
 * of analysing the same articles again.
 */
public final class DigestFile {

  private DigestFile() {}

  public static void write(Path file, List<ArticleDigest> digests) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (ArticleDigest d : digests) {
        writer.write(ContractJson.line(StoryJson.digest(d)));
        writer.write('\n');
      }
    }
  }

  public static List<ArticleDigest> read(Path file) throws IOException {
    List<ArticleDigest> digests = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        digests.add(StoryJson.readDigest(StoryJson.read(line)));
      }
    }
    return digests;
  }
}
