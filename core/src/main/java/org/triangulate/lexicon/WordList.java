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
 * Loads a word list or rule file kept as a class-path resource: UTF-8, one entry a line, {@code #}
 * starting a comment line. Entries are trimmed; blank lines and comment lines are left out.
 */
public final class WordList {

  private WordList() {}

  /**
   * @param owner the class beside which the resource lives
   * @param resource a name relative to {@code owner}'s package, e.g. {@code "en/navigation.txt"}
   * @throws IllegalStateException when the resource is missing: a packaging error, not a user error
   */
  public static List<String> load(Class<?> owner, String resource) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "missing resource " + resource + " beside " + owner.getName());
    }
    List<String> entries = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return List.copyOf(entries);
  }
}
