package dev.chorus.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.claims.AssertionPairs.Assertion;
import dev.chorus.claims.AssertionPairs.Pair;
import dev.chorus.reading.Assertions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AssertionPairsTest {

  private static Assertion assertion(String cluster, String article, String source, String sentence) {
    return new Assertion(cluster, article, sentence.hashCode(), Assertions.normalise(sentence), source);
  }

  /** An event of three outlets: one fact in three wordings, one sentence each on other matters. */
  private static List<Assertion> event() {
    return new ArrayList<>(List.of(
        assertion("c1", "a1", "outlet-one", "The storm tore the roofs off twelve barns near the quarry, farmers said."),
        assertion("c2", "a2", "outlet-two", "Farmers said a dozen barns near the quarry lost their roofs in the storm."),
        assertion("c3", "a3", "outlet-three", "Twelve barns by the quarry were unroofed, according to farmers."),
        assertion("c4", "a1", "outlet-one", "The storm delayed the regional ferry timetable until evening."),
        assertion("c5", "a2", "outlet-two", "Volunteers handed out blankets at the parish hall."),
        assertion("c6", "a3", "outlet-three", "The storm uprooted an oak beside the cathedral square.")));
  }

  @Test
  void threeWordingsOfOneFactPairAndOtherSentencesDoNot() {
    assertEquals(List.of(new Pair("c1", "c2"), new Pair("c1", "c3"), new Pair("c2", "c3")),
        AssertionPairs.of(event()));
  }

  @Test
  void theSameEventGivesTheSamePairsInAnyOrder() {
    List<Assertion> rows = event();
    List<Pair> first = AssertionPairs.of(rows);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(rows, random);
      assertEquals(first, AssertionPairs.of(rows));
    }
  }

  @Test
  void oneOutletAloneConfirmsNothing() {
    List<Assertion> rows = new ArrayList<>();
    for (Assertion a : event()) {
      rows.add(new Assertion(a.clusterId(), a.articleId(), a.sentenceHash(), a.value(), "outlet-one"));
    }
    assertTrue(AssertionPairs.of(rows).isEmpty());
  }
}
