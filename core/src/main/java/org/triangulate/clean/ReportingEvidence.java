package org.triangulate.clean;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.clean.Lexicon.Evidence;
import org.triangulate.clean.Lexicon.Where;
import org.triangulate.clean.OutletDirectory.Kind;
import org.triangulate.clean.OutletDirectory.Outlet;

/**
 * Decides which outlet an article names as having done its reporting, by weighing the phrases
 * that say so ("told Newsweek", "Newsweek reached out", "Reporting by ... for RFA Korean") per
 * outlet; the best-supported outlet wins, an earlier one on a tie. Safe to share across threads.
 */
final class ReportingEvidence {

  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s?)$");

  private final List<Evidence> phrases;
  private final OutletDirectory directory;

  ReportingEvidence(List<Evidence> phrases, OutletDirectory directory) {
    this.phrases = phrases;
    this.directory = directory;
  }

  /**
   * A tally for one article.
   *
   * @param ownName the article's own site name, which counts even when the directory does not
   *     know it, or null
   */
  Tally tally(String ownName) {
    return new Tally(ownName);
  }

  /** Phrases found so far, summed per outlet; used within one call of the cleaner. */
  final class Tally {
    private final String ownName;
    private final Map<String, Integer> scores = new LinkedHashMap<>();

    private Tally(String ownName) {
      this.ownName = ownName;
    }

    void read(String text, Where where) {
      for (Evidence evidence : phrases) {
        if (evidence.where() != where) {
          continue;
        }
        Matcher m = evidence.pattern().matcher(text);
        while (m.find()) {
          resolve(m.group(1), where)
              .ifPresent(name -> scores.merge(name, evidence.weight(), Integer::sum));
        }
      }
    }

    /** An affiliation named outright, as in a byline ("By Jane Doe, Reuters"). */
    void named(String name, int weight) {
      resolve(name, Where.TEXT).ifPresent(outlet -> scores.merge(outlet, weight, Integer::sum));
    }

    Optional<String> best() {
      String best = null;
      int bestScore = 0;
      for (Map.Entry<String, Integer> entry : scores.entrySet()) {
        if (entry.getValue() > bestScore) {
          best = entry.getKey();
          bestScore = entry.getValue();
        }
      }
      return Optional.ofNullable(best);
    }

    /** The outlet a captured name stands for: its longest prefix that names one. */
    private Optional<String> resolve(String phrase, Where where) {
      String[] tokens = phrase.split(" ");
      for (int n = tokens.length; n >= 1; n--) {
        String candidate = String.join(" ", Arrays.copyOf(tokens, n));
        Optional<Outlet> outlet = directory.find(candidate);
        if (outlet.isPresent() && POSSESSIVE.matcher(tokens[n - 1]).find()) {
          return Optional.empty(); // "told Fox News' Sean Hannity": an interview on its show
        }
        if (outlet.isPresent()) {
          if (where == Where.PHOTO && outlet.get().kind() == Kind.WIRE) {
            return Optional.empty();
          }
          return Optional.of(outlet.get().name());
        }
        String bare = candidate.replaceAll("[.,;:]+$", "");
        if (ownName != null && bare.equalsIgnoreCase(ownName)) {
          return Optional.of(ownName);
        }
      }
      return Optional.empty();
    }
  }
}
