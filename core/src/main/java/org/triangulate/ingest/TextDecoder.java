package org.triangulate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text file into a string the way a reader would expect: a byte-order mark
 * decides the encoding and is dropped; otherwise bytes that are valid UTF-8 are UTF-8, and
 * anything else is taken as Windows-1252, the encoding of most legacy news text (it is a superset
 * of Latin-1's printable range, so no byte is lost). Nothing else is changed: line endings and
 * whitespace are kept verbatim.
 */
public final class TextDecoder {

  /** The encoding of legacy Western text that is not UTF-8. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** Decodes by byte-order mark, else as UTF-8 when valid, else as Windows-1252. */
  public static String decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes by byte-order mark, else by {@code declared} when given (a page's meta charset), else
   * as UTF-8 when valid, else as Windows-1252. Malformed input in a declared encoding is replaced,
   * not rejected.
   */
  public static String decode(byte[] bytes, Charset declared) {
    Optional<Charset> marked = byteOrderMark(bytes);
    if (marked.isPresent()) {
      int skip = markLength(marked.get());
      return lenient(marked.get(), bytes, skip);
    }
    if (declared != null) {
      return lenient(declared, bytes, 0);
    }
    Optional<String> utf8 = strictUtf8(bytes);
    return utf8.orElseGet(() -> lenient(WINDOWS_1252, bytes, 0));
  }

  /** The encoding a byte-order mark at the start of {@code bytes} names, if there is one. */
  public static Optional<Charset> byteOrderMark(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static int markLength(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String lenient(Charset charset, byte[] bytes, int offset) {
    return new String(bytes, offset, bytes.length - offset, charset);
  }
}
