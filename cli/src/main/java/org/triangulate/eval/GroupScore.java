package org.triangulate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores a story's figures, as the figure desk groups them, against gold groups. The items are
 * values: one article's value for one thing ({@link Member}), matched between gold and found by
 * article, unit and bounds (within 0.5%, as {@link FigureScore}). Pairwise scores: a found pair is
 * two found values in one figure, right when their gold values share a group; a gold pair is two
 * values in one gold group, found when one figure holds both. Found values that gold does not list
 * (a figure the extractor made up) take no part, so that grouping is scored apart from detection;
 * gold values never found lose their pairs. Agreement: over the gold groups of two values or more,
 * the share for which a found figure holds two of the group's values and marks them as gold does.
 */
public final class GroupScore {

  /** One article's value for a figure. A bound is null when open. */
  public record Member(String article, Double low, Double high, String unit) {
    public Member {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(unit, "unit");
    }

    boolean matches(Member other) {
      return article.equals(other.article) && unit.equals(other.unit)
          && FigureScore.sameBounds(low, high, other.low, other.high);
    }
  }

  /** A figure: its values and their agreement ({@code agree}, {@code disagree}, {@code single}). */
  public record Group(String agreement, List<Member> members) {
    public Group {
      Objects.requireNonNull(agreement, "agreement");
      members = List.copyOf(members);
    }
  }

  /** Pair counts and agreement counts, summed over stories. */
  public record Result(FigureScore.Prf pairs, int agreementsRight, int agreementsJudged) {
    public static Result empty() {
      return new Result(new FigureScore.Prf(0, 0, 0), 0, 0);
    }

    public double agreementAccuracy() {
      return agreementsJudged == 0 ? 0 : (double) agreementsRight / agreementsJudged;
    }

    public Result plus(Result other) {
      return new Result(pairs.plus(other.pairs), agreementsRight + other.agreementsRight,
          agreementsJudged + other.agreementsJudged);
    }
  }

  private GroupScore() {}

  public static Result score(List<Group> gold, List<Group> found) {
    List<Member> goldMembers = new ArrayList<>();
    List<Integer> goldGroupOf = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (Member m : gold.get(g).members()) {
        goldMembers.add(m);
        goldGroupOf.add(g);
      }
    }
    // each found value takes the first gold value it matches that no other found value took
    boolean[] taken = new boolean[goldMembers.size()];
    List<List<Integer>> foundAsGold = new ArrayList<>();
    for (Group f : found) {
      List<Integer> indices = new ArrayList<>();
      for (Member m : f.members()) {
        for (int i = 0; i < goldMembers.size(); i++) {
          if (!taken[i] && goldMembers.get(i).matches(m)) {
            taken[i] = true;
            indices.add(i);
            break;
          }
        }
      }
      foundAsGold.add(indices);
    }
    int foundPairs = 0;
    int rightPairs = 0;
    for (List<Integer> indices : foundAsGold) {
      for (int a = 0; a < indices.size(); a++) {
        for (int b = a + 1; b < indices.size(); b++) {
          foundPairs++;
          if (goldGroupOf.get(indices.get(a)).equals(goldGroupOf.get(indices.get(b)))) {
            rightPairs++;
          }
        }
      }
    }
    int goldPairs = 0;
    int judged = 0;
    int right = 0;
    for (int g = 0; g < gold.size(); g++) {
      int n = gold.get(g).members().size();
      goldPairs += n * (n - 1) / 2;
      if (n < 2) {
        continue;
      }
      judged++;
      for (int f = 0; f < found.size(); f++) {
        int held = 0;
        for (int i : foundAsGold.get(f)) {
          held += goldGroupOf.get(i) == g ? 1 : 0;
        }
        if (held >= 2 && found.get(f).agreement().equals(gold.get(g).agreement())) {
          right++;
          break;
        }
      }
    }
    return new Result(new FigureScore.Prf(rightPairs, foundPairs, goldPairs), right, judged);
  }
}
