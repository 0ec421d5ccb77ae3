package dev.chorus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chorus.events.AverageLinkage.Edge;
import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

  @Test
  void oneStrongPairDoesNotChainTwoGroups() {
    // a1-a2-a3 and b1-b2-b3 are tight groups; a single likely pair a3-b1 would join them under
    // connected components, but the mean over the 9 pairs between the groups is low
    List<Edge> edges = List.of(
        new Edge("a1", "a2", 0.9, false), new Edge("a1", "a3", 0.9, false), new Edge("a2", "a3", 0.9, false),
        new Edge("b1", "b2", 0.9, false), new Edge("b1", "b3", 0.9, false), new Edge("b2", "b3", 0.9, false),
        new Edge("a3", "b1", 0.85, false));
    List<List<String>> groups = AverageLinkage.cluster(List.of("a1", "a2", "a3", "b1", "b2", "b3"), edges, 0.5);
    assertEquals(List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3")), groups);
  }

  @Test
  void groupsMergeWhenTheirMeanPairIsLikelyEnough() {
    List<Edge> edges = List.of(new Edge("a", "b", 0.9, false), new Edge("a", "c", 0.6, false),
        new Edge("b", "c", 0.7, false));
    assertEquals(List.of(List.of("a", "b", "c")), AverageLinkage.cluster(List.of("c", "b", "a"), edges, 0.6));
    assertEquals(List.of(List.of("a", "b"), List.of("c")), AverageLinkage.cluster(List.of("c", "b", "a"), edges, 0.7));
  }

  @Test
  void aCannotLinkPairKeepsItsGroupsApartHoweverLikelyTheRest() {
    List<Edge> edges = List.of(new Edge("a", "b", 0.9, false), new Edge("b", "c", 0.9, false),
        new Edge("a", "c", 0.9, true));
    List<List<String>> groups = AverageLinkage.cluster(List.of("a", "b", "c"), edges, 0.5);
    assertEquals(2, groups.size(), groups.toString());
    assertEquals(List.of("a", "b"), groups.get(0), "the first best pair merges first; c cannot join a's group");
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfInput() {
    List<Edge> edges = List.of(new Edge("x", "y", 0.8, false), new Edge("y", "z", 0.8, false));
    List<List<String>> one = AverageLinkage.cluster(List.of("x", "y", "z"), edges, 0.5);
    List<List<String>> other = AverageLinkage.cluster(List.of("z", "x", "y"),
        List.of(new Edge("z", "y", 0.8, false), new Edge("y", "x", 0.8, false)), 0.5);
    assertEquals(one, other);
    assertEquals(List.of(List.of("x", "y"), List.of("z")), one, "ties merge the smallest ids first; z's mean to x,y is 0.4");
  }

  @Test
  void overScoredPairsOnlyAPairNeverProposedSaysNothing() {
    // c was proposed with a only; over all pairs {a,b}-c averages (0.8 + 0) / 2, over scored pairs 0.8
    List<Edge> edges = List.of(new Edge("a", "b", 0.9, false), new Edge("a", "c", 0.8, false));
    assertEquals(List.of(List.of("a", "b"), List.of("c")), AverageLinkage.cluster(List.of("a", "b", "c"), edges, 0.5));
    assertEquals(List.of(List.of("a", "b", "c")), AverageLinkage.cluster(List.of("a", "b", "c"), edges, 0.5, true));
  }
}
