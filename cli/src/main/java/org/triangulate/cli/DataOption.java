package org.triangulate.cli;

import java.nio.file.Path;
import org.triangulate.store.ArticleStore;
import org.triangulate.store.DataDirectoryInUseException;
import org.triangulate.stories.StoryFile;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command that touches the store shares. */
final class DataOption {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "${env:TRIANGULATE_DATA:-triangulate-data}",
      description = "The data directory holding the index (default: ${DEFAULT-VALUE}).")
  Path directory;

  /** The store, to write: one process at a time. */
  ArticleStore open() {
    try {
      return ArticleStore.open(directory);
    } catch (DataDirectoryInUseException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** The store, to read what has been committed, also while another process writes. */
  ArticleStore openToRead() {
    return ArticleStore.openReadOnly(directory);
  }

  /** The story stored under {@code id}, or a user error naming the data directory. */
  StoryFile story(ArticleStore store, String id) {
    return store.story(id)
        .orElseThrow(() -> new UserError("no story with id '" + id + "' in " + directory + " (see 'triangulate stories')"));
  }
}
