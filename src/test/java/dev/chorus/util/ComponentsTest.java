package dev.chorus.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  /**
   * A chain whose smallest rank sits at one end needs a round per link; a separate pair and a lone
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
