package org.triangulate.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The fingerprint under which the store recognises the same article text arriving twice: SHA-256
 * of the text after Unicode NFKC, lower-casing and collapsing whitespace, so that a re-encoded or
 * re-wrapped copy of a story counts as the same content.
 */
final class ContentHash {

  // UNICODE_CHARACTER_CLASS so that no-break, ideographic and other Unicode spaces collapse too.
  private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private ContentHash() {}

  /** The text as it is compared: NFKC, lower case, single spaces, trimmed. */
  static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return WHITESPACE.matcher(folded).replaceAll(" ").strip();
  }

  /** The lower-case hex SHA-256 of the normalised text. */
  static String of(String text) {
    return sha256(normalise(text));
  }

  static String sha256(String s) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
