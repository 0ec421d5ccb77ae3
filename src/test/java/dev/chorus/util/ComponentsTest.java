package dev.chorus.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.JobCounter;
import dev.chorus.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComponentsTest {

  private static final StructType NODES = new StructType()
      .add("id", DataTypes.StringType).add("rank", DataTypes.IntegerType);
  private static final StructType EDGES = new StructType()
      .add("a", DataTypes.StringType).add("b", DataTypes.StringType);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Dataset<Row> edges(List<String[]> pairs) {
    List<Row> rows = new ArrayList<>();
    pairs.forEach(p -> rows.add(RowFactory.create(p[0], p[1])));
    return spark.createDataFrame(rows, EDGES);
  }

  private static Map<String, String> roots(Components.Result result) {
    Map<String, String> got = new TreeMap<>();
    result.components().collectAsList().forEach(r -> got.put(r.getString(0), r.getString(1)));
    return got;
  }

  /** Node names that sort in index order: n0000, n0001, ... */
  private static String n(int i) {
    return String.format("n%04d", i);
  }

  /** A chain of 1,000 links, given from its far end, is one component in a few rounds, not 1,000. */
  @Test
  void aLongChainConvergesInLogarithmicRounds() {
    List<String[]> pairs = new ArrayList<>();
    for (int i = 999; i > 0; i--) {
      pairs.add(new String[] {n(i), n(i - 1)});
    }
    JobCounter jobs = JobCounter.on(spark);
    Components.Result result = Components.components(edges(pairs));
    long started = jobs.count();
    jobs.stop();
    // one job per round, not one per shuffle, and one more round that finds nothing left to change:
    // no job of its own for the edges or for testing a round
    assertTrue(started <= 1 + result.rounds(), started + " jobs for " + result.rounds() + " rounds");
    Map<String, String> got = roots(result);
    assertEquals(999, got.size());  // every node but the root, which is a parent only
    for (int i = 1; i < 1000; i++) {
      assertEquals(n(0), got.get(n(i)), n(i));
    }
    // log2(1000) is 10; label propagation needed 999 rounds
    assertTrue(result.rounds() <= 2 * 10, "rounds: " + result.rounds());
  }

  /** A star around its largest node, a cycle, and a clique each end as one star around the smallest node. */
  @Test
  void starsCyclesAndCliquesAreEachOneComponent() {
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      pairs.add(new String[] {"s99", "s" + String.format("%02d", i)});
    }
    for (int i = 0; i < 7; i++) {
      pairs.add(new String[] {"c" + i, "c" + ((i + 1) % 7)});
    }
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        pairs.add(new String[] {"k" + i, "k" + j});  // both directions and self-loops
      }
    }
    Map<String, String> got = roots(Components.components(edges(pairs)));
    Map<String, String> want = new TreeMap<>();
    for (int i = 1; i < 50; i++) {
      want.put("s" + String.format("%02d", i), "s00");
    }
    want.put("s99", "s00");
    for (int i = 1; i < 7; i++) {
      want.put("c" + i, "c0");
    }
    for (int i = 1; i < 5; i++) {
      want.put("k" + i, "k0");
    }
    assertEquals(want, got);
  }

  /** Two chains joined only through a middle node, and two separate pairs, stay apart as they should. */
  @Test
  void disconnectedPartsKeepTheirOwnRoots() {
    List<String[]> pairs = List.of(new String[] {"b", "m"}, new String[] {"m", "z"}, new String[] {"x", "m"},
        new String[] {"p", "q"}, new String[] {"r", "s"}, new String[] {"s", "r"});
    Map<String, String> got = roots(Components.components(edges(pairs)));
    assertEquals(Map.of("m", "b", "x", "b", "z", "b", "q", "p", "s", "r"), got);
  }

  /** Labels that are not final are never returned: too few rounds is an error that names the count. */
  @Test
  void failsLoudlyInsteadOfReturningUnconvergedLabels() {
    List<String[]> pairs = new ArrayList<>();
    for (int i = 1; i < 64; i++) {
      pairs.add(new String[] {n(i), n(i - 1)});
    }
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Components.components(edges(pairs), 1));
    assertTrue(e.getMessage().contains("did not converge in 1 rounds"), e.getMessage());
  }

  /** An empty graph converges at once. */
  @Test
  void noEdgesGiveEveryNodeItsOwnRank() {
    Dataset<Row> labels = Components.minLabel(
        spark.createDataFrame(List.of(RowFactory.create("a", 2), RowFactory.create("b", 1)), NODES),
        spark.createDataFrame(List.<Row>of(), EDGES));
    Map<String, Integer> got = new TreeMap<>();
    labels.collectAsList().forEach(r -> got.put(r.getString(0), r.getInt(1)));
    assertEquals(Map.of("a", 2, "b", 1), got);
  }

  /**
   * A chain whose smallest rank sits at its far end takes that rank everywhere; a separate pair and a lone
   * node keep their own labels.
   */
  @Test
  void everyNodeGetsTheSmallestRankOfItsComponent() {
    List<Row> nodes = new ArrayList<>();
    List<Row> edges = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      nodes.add(RowFactory.create("c" + i, 100 - i));  // c7 has the smallest rank, at the chain's end
      if (i > 0) {
        edges.add(RowFactory.create("c" + (i - 1), "c" + i));
      }
    }
    nodes.add(RowFactory.create("p1", 5));
    nodes.add(RowFactory.create("p2", 3));
    edges.add(RowFactory.create("p2", "p1"));
    nodes.add(RowFactory.create("alone", 1));
    Dataset<Row> labels = Components.minLabel(spark.createDataFrame(nodes, NODES), spark.createDataFrame(edges, EDGES));

    Map<String, Integer> got = new TreeMap<>();
    labels.collectAsList().forEach(r -> got.put(r.getString(0), r.getInt(1)));
    Map<String, Integer> want = new TreeMap<>();
    for (int i = 0; i < 8; i++) {
      want.put("c" + i, 93);
    }
    want.put("p1", 3);
    want.put("p2", 3);
    want.put("alone", 1);
    assertEquals(want, got);
  }
}
