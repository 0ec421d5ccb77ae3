package dev.chorus.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHashBandsTest {

  private static List<String> words(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "shingle " + i).toList();
  }

  private static List<Long> keys(List<String> set, int bands, int rows) {
    return MinHashBands.keys(MinHashBands.hashes(set), bands, rows);
  }

  private static int sharedBands(List<Long> a, List<Long> b) {
    int n = 0;
    for (int i = 0; i < a.size(); i++) {
      n += a.get(i).equals(b.get(i)) ? 1 : 0;
    }
    return n;
  }

  @Test
  void theSameSetInAnyOrderHasTheSameKeys() {
    List<String> set = words(0, 300);
    List<String> reversed = new ArrayList<>(set);
    java.util.Collections.reverse(reversed);
    assertEquals(keys(set, 24, 2), keys(reversed, 24, 2));
    assertEquals(24, keys(set, 24, 2).size());
  }

  @Test
  void nearCopiesShareBandsAndUnrelatedSetsDoNot() {
    List<String> original = words(0, 400);
    List<String> copy = words(40, 420);  // a dropped intro and an added outro: Jaccard 360/420 = 0.86
    List<String> other = words(1000, 1400);
    assertTrue(sharedBands(keys(original, 24, 2), keys(copy, 24, 2)) >= 8,
        "a near copy meets in many bands");
    assertEquals(0, sharedBands(keys(original, 24, 2), keys(other, 24, 2)));
  }

  /** The share of agreeing min-hashes estimates Jaccard: over many sets, about 0.5 for Jaccard 0.5. */
  @Test
  void agreeingMinHashesEstimateJaccard() {
    int agree = 0;
    int total = 0;
    for (int t = 0; t < 200; t++) {
      List<String> a = words(t * 1000, t * 1000 + 60);
      List<String> b = words(t * 1000 + 20, t * 1000 + 80);  // 40 shared of 80: Jaccard 0.5
      agree += sharedBands(keys(a, 16, 1), keys(b, 16, 1));
      total += 16;
    }
    double estimate = (double) agree / total;
    assertTrue(Math.abs(estimate - 0.5) < 0.05, "estimate " + estimate);
  }

  @Test
  void hashesAreSortedAndDistinct() {
    List<Long> h = MinHashBands.hashes(List.of("b", "a", "b", "c"));
    assertEquals(3, h.size());
    assertTrue(h.get(0) < h.get(1) && h.get(1) < h.get(2));
  }

  @Test
  void hashesAreStableAndSpread() {
    assertEquals(MinHashBands.hash("the talks lasted three hours"), MinHashBands.hash("the talks lasted three hours"));
    assertNotEquals(MinHashBands.hash("ab"), MinHashBands.hash("ba"));
  }
}
