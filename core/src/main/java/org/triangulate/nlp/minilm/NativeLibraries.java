package org.triangulate.nlp.minilm;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps one copy of ONNX Runtime's native libraries per user and version, and points ONNX Runtime
 * at it. Left to itself, ONNX Runtime copies its 16 MB of libraries into a new
 * {@code onnxruntime-java*} directory under java.io.tmpdir on every start and marks them for
 * deletion at exit in an order that leaves the directory behind, and the libraries too when the JVM
 * is killed: 534 such directories (48 of them full, 764 MB) had gathered on the development machine. Its maintainers'
 * advice (microsoft/onnxruntime#8003) is to cache the libraries and set the
 * {@code onnxruntime.native.path} property, which this does.
 */
final class NativeLibraries {

  private static final String PATH_PROPERTY = "onnxruntime.native.path";

  /** The two libraries ONNX Runtime 1.20 loads on a CPU, in its jar's layout. */
  private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

  private NativeLibraries() {}

  /**
   * Sets {@code onnxruntime.native.path} to the cached copy, writing it on first use. Must run
   * before ONNX Runtime's first class is initialised. Leaves the property alone when the user set
   * it, and leaves ONNX Runtime to its own copy when the platform or version is unknown or the cache
   * cannot be written.
   */
  static void useCachedCopy() {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return;
    }
    String version = OrtEnvironment.class.getPackage().getImplementationVersion();
    Optional<String> platform = platform();
    if (version == null || platform.isEmpty()) {
      return;
    }
    Path directory = cacheHome().resolve("triangulate").resolve("onnxruntime-" + version + "-" + platform.get());
    try {
      Files.createDirectories(directory);
      for (String library : LIBRARIES) {
        String file = System.mapLibraryName(library);
        copyOnce("/ai/onnxruntime/native/" + platform.get() + "/" + file, directory.resolve(file));
      }
    } catch (IOException e) {
      return;
    }
    System.setProperty(PATH_PROPERTY, directory.toString());
  }

  /**
   * Writes beside the target and moves into place, so that a library found in the cache is whole
   * even when two processes fill the cache at once or one is killed while writing.
   */
  private static void copyOnce(String resource, Path target) throws IOException {
    if (Files.isRegularFile(target)) {
      return;
    }
    try (InputStream in = NativeLibraries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not in ONNX Runtime's jar");
      }
      Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
      try {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    }
  }

  /** ONNX Runtime's own names for the platforms its jar carries. */
  private static Optional<String> platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String osName = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "osx" : os.startsWith("windows") ? "win" : null;
    String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
    return osName == null || archName == null ? Optional.empty() : Optional.of(osName + "-" + archName);
  }

  /** The XDG cache directory, as Linux desktops and most command-line tools use it. */
  private static Path cacheHome() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    return xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
  }
}
