package org.triangulate.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word list or rule file kept as a resource: UTF-8, one entry a line, {@code #} starting a
 * comment (a whole line, or {@code " #"} after an entry).
 */
public final class WordList {

  private WordList() {}

  /**
   * The trimmed, non-empty, comment-free lines of {@code resource}, resolved relative to {@code
   * owner}'s package like {@link Class#getResourceAsStream}.
   *
   * @throws IllegalStateException when the resource is missing or unreadable
   */
  public static List<String> load(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list not found: " + resource + " (beside " + owner.getName() + ")");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> entries = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = withoutComment(line).trim();
        if (!entry.isEmpty()) {
          entries.add(entry);
        }
      }
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read word list " + resource, new UncheckedIOException(e));
    }
  }

  private static String withoutComment(String line) {
    if (line.stripLeading().startsWith("#")) {
      return "";
    }
    int cut = line.indexOf(" #");
    return cut < 0 ? line : line.substring(0, cut);
  }
}
