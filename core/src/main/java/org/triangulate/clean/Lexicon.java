package org.triangulate.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.triangulate.lexicon.WordList;

/**
 * The word lists and patterns the cleaning rules read, loaded from the data files beside this
 * class. Immutable.
 */
record Lexicon(
    Set<String> navigation,
    List<Pattern> notices,
    List<Pattern> photoCredits,
    List<Pattern> inlinePhotoCredits,
    List<String> captionOpenings,
    List<Pattern> relatedHeadings,
    Map<String, Boolean> creditRoles,
    Set<String> stopwords,
    List<Evidence> evidence) {

  /** Where a phrase naming the reporting outlet counts. */
  enum Where {
    TEXT,
    CREDIT,
    PHOTO
  }

  /** A phrase that names the reporting outlet, with a capture group for the outlet's name. */
  record Evidence(int weight, Where where, Pattern pattern) {}

  /**
   * A capitalised name of up to five words, "The" allowed in front: what {@code {outlet}} stands
   * for in {@code reported_by.txt}. The name is then resolved, longest prefix first.
   */
  static final String OUTLET_NAME =
      "((?:[Tt]he )?\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?: \\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,4})";

  static Lexicon english() {
    Map<String, Boolean> roles = new HashMap<>();
    for (String row : load("en/credit_roles.txt")) {
      String[] columns = row.split("\t");
      roles.put(columns[0].strip().toLowerCase(Locale.ROOT), columns[1].strip().equals("author"));
    }
    List<Evidence> evidence = new ArrayList<>();
    for (String row : load("en/reported_by.txt")) {
      String[] columns = row.split("\t", 3);
      evidence.add(
          new Evidence(
              Integer.parseInt(columns[0].strip()),
              Where.valueOf(columns[1].strip().toUpperCase(Locale.ROOT)),
              Pattern.compile(columns[2].strip().replace("{outlet}", OUTLET_NAME))));
    }
    List<Pattern> notices = new ArrayList<>(patterns("en/social_lines.txt"));
    notices.addAll(patterns("en/contribution_lines.txt"));
    return new Lexicon(
        lowercase(load("en/navigation.txt")),
        List.copyOf(notices),
        patterns("en/photo_credits.txt"),
        patterns("en/inline_photo_credits.txt"),
        load("en/caption_openings.txt"),
        patterns("en/related_headings.txt"),
        Map.copyOf(roles),
        lowercase(load("en/stopwords.txt")),
        List.copyOf(evidence));
  }

  private static List<String> load(String resource) {
    return WordList.load(Lexicon.class, resource);
  }

  private static Set<String> lowercase(List<String> entries) {
    Set<String> set = new HashSet<>();
    for (String entry : entries) {
      set.add(entry.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(set);
  }

  private static List<Pattern> patterns(String resource) {
    List<Pattern> patterns = new ArrayList<>();
    for (String entry : load(resource)) {
      patterns.add(Pattern.compile(entry, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return List.copyOf(patterns);
  }

  static boolean matchesAny(List<Pattern> patterns, String text) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(text).matches()) {
        return true;
      }
    }
    return false;
  }
}
