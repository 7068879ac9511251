package org.triangulate.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.triangulate.ingest.TextDecoder;

/**
 * Turns the bytes of a web page into a jsoup document. The encoding is a byte-order mark's, else
 * UTF-8 when the bytes are valid UTF-8 and use it (a page whose multi-byte sequences all decode is
 * UTF-8 whatever its meta tag claims: a wrong declaration is common, a false match is not), else
 * the meta tag's, else Windows-1252. A declared Latin-1 or ASCII is read as Windows-1252, as
 * browsers do.
 */
public final class PageDecoder {

  private static final int SNIFF = 16 * 1024;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

  private PageDecoder() {}

  public static Document parse(byte[] bytes, String baseUri) {
    return Jsoup.parse(decode(bytes), baseUri == null ? "" : baseUri);
  }

  static String decode(byte[] bytes) {
    if (TextDecoder.byteOrderMark(bytes).isPresent()) {
      return TextDecoder.decode(bytes);
    }
    Optional<Charset> declared = declaredCharset(bytes);
    if (declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8) || hasMultibyte(bytes)) {
      Optional<String> utf8 = strictUtf8(bytes);
      if (utf8.isPresent()) {
        return utf8.get();
      }
    }
    return new String(bytes, declared.filter(c -> !c.equals(StandardCharsets.UTF_8))
        .orElse(TextDecoder.WINDOWS_1252));
  }

  /** The charset a meta tag near the start names, when this Java knows it. */
  static Optional<Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      Charset charset = Charset.forName(m.group(1));
      return Optional.of(
          charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
              ? TextDecoder.WINDOWS_1252
              : charset);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean hasMultibyte(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The bytes as UTF-8 when they are valid UTF-8. The String constructor's decoder is several
   * times faster than a reporting CharsetDecoder; it marks a malformed sequence with U+FFFD, so
   * only a text holding that character (rare in valid pages) is checked again strictly.
   */
  private static Optional<String> strictUtf8(byte[] bytes) {
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return Optional.of(fast);
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
