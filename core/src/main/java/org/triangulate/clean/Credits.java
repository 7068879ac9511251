package org.triangulate.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines that credit people: a credit line ("Reporting by Soyoung Kim for RFA Korean and
 * Bing X for RFA Mandarin.", "(Reporting by Jane Doe; Editing by John Roe)") and a byline ("By
 * Jane Doe and John Roe, Reuters"). Safe to share across threads.
 */
final class Credits {

  /** A credited person or a byline, with the names of the article's writers it gives. */
  record Credit(List<String> authors, String affiliation) {

    Credit {
      authors = List.copyOf(authors);
    }
  }

  private static final int MAX_CREDIT_WORDS = 60;
  private static final int MAX_BYLINE_WORDS = 16;
  private static final Pattern NAME_TOKEN =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|den|bin|al|da|di|du|le|la|del|dos");
  private static final Pattern NAME_SEPARATOR =
      Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)\\s*");
  private static final Pattern PLACE_OR_DESK =
      Pattern.compile("\\s+(?:for|in|at|from|with|of|on)\\s+.*$");
  private static final Pattern BYLINE =
      Pattern.compile("^(?:by|written by|words by|story by)\\s+(.+?)\\.?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE_PIECES = Pattern.compile("\\s*(?:,|\\band\\b|&|\\||—|–| - )\\s*");

  private final Map<String, Boolean> roles;
  private final Pattern creditPart;
  private final Pattern partBoundary;

  Credits(Map<String, Boolean> roles) {
    this.roles = roles;
    String role = "(?:" + String.join("|", roles.keySet().stream().map(Pattern::quote).toList()) + ")";
    String roleList = "(" + role + "(?:\\s*(?:,|and|&)\\s*" + role + ")*)";
    this.creditPart =
        Pattern.compile("^" + roleList + "\\s+by\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    this.partBoundary =
        Pattern.compile("\\s*;\\s*|\\.\\s+(?=" + role + "\\s)", Pattern.CASE_INSENSITIVE);
  }

  /** The credit a whole line gives, if it is a credit line. */
  Optional<Credit> credit(TextLine line) {
    if (line.words() > MAX_CREDIT_WORDS) {
      return Optional.empty();
    }
    String s = line.text().strip();
    if (s.startsWith("(") && s.replaceFirst("\\.$", "").endsWith(")")) {
      s = s.replaceFirst("\\.$", "");
      s = s.substring(1, s.length() - 1).strip();
    }
    s = s.replaceFirst("\\.$", "");
    List<String> authors = new ArrayList<>();
    for (String part : partBoundary.split(s)) {
      Matcher m = creditPart.matcher(part.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      if (namesWriters(m.group(1))) {
        for (String piece : NAME_SEPARATOR.split(m.group(2))) {
          String name = PLACE_OR_DESK.matcher(piece.strip()).replaceFirst("");
          if (isName(name) && !authors.contains(name)) {
            authors.add(name);
          }
        }
      }
    }
    return Optional.of(new Credit(authors, null));
  }

  private boolean namesWriters(String roleList) {
    for (String role : roleList.split("\\s*(?:,|\\band\\b|&)\\s*")) {
      if (roles.getOrDefault(role.strip().toLowerCase(Locale.ROOT), false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The byline a whole line gives: "By" and one or more names, optionally followed by one
   * affiliation ("Reuters", "Staff Writer").
   */
  Optional<Credit> byline(TextLine line) {
    if (line.words() > MAX_BYLINE_WORDS) {
      return Optional.empty();
    }
    Matcher m = BYLINE.matcher(line.text());
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    String affiliation = null;
    String[] pieces = BYLINE_PIECES.split(m.group(1));
    for (int i = 0; i < pieces.length; i++) {
      String piece = pieces[i].strip();
      if (piece.isEmpty()) {
        continue;
      }
      if (isName(piece)) {
        names.add(piece);
      } else if (i == pieces.length - 1 && !names.isEmpty() && piece.split("\\s+").length <= 5) {
        affiliation = piece;
      } else {
        return Optional.empty();
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(new Credit(names, affiliation));
  }

  /** Two to five name-like tokens: capitalised, or a particle such as "de" or "van". */
  static boolean isName(String candidate) {
    String[] tokens = candidate.strip().split("\\s+");
    if (tokens.length < 2 || tokens.length > 5) {
      return false;
    }
    for (String token : tokens) {
      if (!NAME_TOKEN.matcher(token).matches()) {
        return false;
      }
    }
    return Character.isUpperCase(tokens[0].codePointAt(0))
        && Character.isUpperCase(tokens[tokens.length - 1].codePointAt(0));
  }
}
