package dev.chorus.tables;

import static org.apache.spark.sql.functions.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.JobCounter;
import dev.chorus.testing.SparkTestSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWriterTest {

  private static final StructType PAIRS = new StructType()
      .add("source", DataTypes.StringType).add("cluster_id", DataTypes.StringType);
  private static final StructType COUNTS = new StructType()
      .add("source", DataTypes.StringType).add("n", DataTypes.LongType);
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
   * A table made by a join and two aggregations is written by one Spark job: adaptive execution
   * (on in this session, as by default) would submit each of its shuffles as a job of its own. The
   * rows are those the same query collects, and the session's setting is as it was.
   */
  @Test
  void writesATableWithSeveralShufflesInOneJobAndTheSameRows(@TempDir Path dir) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      rows.add(RowFactory.create("s" + (i % 7), "c" + (i % 31)));
    }
    Dataset<Row> pairs = spark.createDataFrame(rows, PAIRS);
    Dataset<Row> perCluster = pairs.groupBy("cluster_id").agg(count("source").as("k"));
    Dataset<Row> table = pairs.join(perCluster, "cluster_id").groupBy("source").agg(count("k").as("n"));
    List<String> expected = table.collectAsList().stream().map(Row::toString).sorted().toList();
    String adaptiveBefore = spark.conf().get("spark.sql.adaptive.enabled");

    JobCounter jobs = JobCounter.on(spark);
    long written = new TableWriter(dir.toString()).write("counts", table, COUNTS, "source");
    long started = jobs.count();
    jobs.stop();

    // one job for the write (and at most one to plan it); adaptive execution made one per shuffle, 5 here
    assertTrue(started <= 2, "Spark jobs to write the table: " + started);
    assertEquals(7, written);
    assertEquals(expected, spark.read().parquet(dir.resolve("counts").toString()).collectAsList().stream()
        .map(Row::toString).sorted().toList());
    assertEquals(adaptiveBefore, spark.conf().get("spark.sql.adaptive.enabled"));
  }
}
