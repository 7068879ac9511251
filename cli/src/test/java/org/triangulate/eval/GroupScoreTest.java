package org.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.eval.GroupScore.Group;
import org.triangulate.eval.GroupScore.Member;

class GroupScoreTest {

  private static final Member PENTAGON = new Member("a", 11000.0, 12000.0, "count");
  private static final Member DIRECTORATE = new Member("b", 12000.0, 12000.0, "count");
  private static final Member US = new Member("b", 3000.0, 3000.0, "count");
  private static final Member KURSK = new Member("a", 10000.0, 10000.0, "count");

  private static final List<Group> GOLD = List.of(
      new Group("disagree", List.of(PENTAGON, DIRECTORATE, US)), new Group("single", List.of(KURSK)));

  @Test
  void theGoldGroupingScoresFull() {
    GroupScore.Result r = GroupScore.score(GOLD, GOLD);
    assertEquals(3, r.pairs().correct());
    assertEquals(1.0, r.pairs().f1());
    assertEquals(1.0, r.agreementAccuracy());
  }

  @Test
  void aNarrowerCountMergedInIsWrongPairsAndASplitLosesPairs() {
    GroupScore.Result merged = GroupScore.score(GOLD, List.of(
        new Group("disagree", List.of(PENTAGON, DIRECTORATE, US, new Member("a", 10000.0, 10000.0, "count")))));
    assertEquals(6, merged.pairs().found());
    assertEquals(3, merged.pairs().correct());
    assertEquals(0.5, merged.pairs().precision(), 1e-9);
    GroupScore.Result split = GroupScore.score(GOLD, List.of(
        new Group("agree", List.of(PENTAGON, DIRECTORATE)), new Group("single", List.of(US)), new Group("single", List.of(KURSK))));
    assertEquals(1, split.pairs().correct());
    assertEquals(1.0 / 3, split.pairs().recall(), 1e-9);
    assertEquals(0.0, split.agreementAccuracy(), "the two it holds agree, the whole figure does not");
  }

  @Test
  void valuesGoldDoesNotListTakePartInNoPair() {
    GroupScore.Result r = GroupScore.score(GOLD, List.of(
        new Group("disagree", List.of(PENTAGON, DIRECTORATE, US, new Member("c", 7.0, 7.0, "count"))),
        new Group("single", List.of(new Member("a", 10000.0, 10000.0, "percent")))));
    assertEquals(3, r.pairs().found());
    assertEquals(1.0, r.pairs().f1());
  }
}
