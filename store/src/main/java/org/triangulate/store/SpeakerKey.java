package org.triangulate.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.triangulate.model.Speaker;

/**
 * Who a speaker is across the corpus: the name and, when known, the organization, both folded so
 * that "Patricia Kim" and "PATRICIA KIM", or "Francois Hollande" and "François Hollande", are the
 * same key.
 *
 * <p>Keys with the same name and different organizations are different people. A key without an
 * organization is the same person as the one key of that name that has one, when the corpus holds
 * exactly one; see {@link SpeakerIdentities}.
 *
 * @param name the folded name; never empty
 * @param organization the folded organization, or null when the text does not give one
 */
public record SpeakerKey(String name, String organization) {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  public SpeakerKey {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a speaker key has a name");
    }
  }

  /** The key of {@code speaker}, or null when it has no name to tell it by. */
  public static SpeakerKey of(Speaker speaker) {
    String name = fold(speaker.name());
    if (name.isEmpty()) {
      return null;
    }
    String organization = fold(speaker.organization());
    return new SpeakerKey(name, organization.isEmpty() ? null : organization);
  }

  /**
   * A name as keys hold it: accents dropped, lower case, every run of punctuation and spaces one
   * space, so that "U.S. Army" is "u s army". Null folds to the empty string.
   */
  public static String fold(String name) {
    if (name == null) {
      return "";
    }
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
