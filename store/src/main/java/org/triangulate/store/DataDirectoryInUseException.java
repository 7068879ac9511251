package org.triangulate.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The data directory is held by another open store: another process, or this one. */
public final class DataDirectoryInUseException extends UncheckedIOException {

  private final transient Path dataDir;

  DataDirectoryInUseException(Path dataDir, IOException cause) {
    super(
        "the data directory "
            + dataDir
            + " is in use by another triangulate process (or is already open in this one)",
        cause);
    this.dataDir = dataDir;
  }

  public Path dataDir() {
    return dataDir;
  }
}
