package dev.chorus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.chorus.testing.SparkTestSession;
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

class CopiesTest {

  private static final StructType ARTICLES = new StructType()
      .add("article_id", DataTypes.StringType).add("duplicate_of", DataTypes.StringType);
  private static final StructType EVENTS = new StructType()
      .add("article_id", DataTypes.StringType).add("event_id", DataTypes.StringType);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Dataset<Row> articles() {
    return spark.createDataFrame(List.of(RowFactory.create("wire", null), RowFactory.create("copy", "wire"),
        RowFactory.create("other", null)), ARTICLES);
  }

  @Test
  void aCopyJoinsItsOriginalsEventUnderTheIdOfAllMembers() {
    Dataset<Row> originalEvents = spark.createDataFrame(List.of(RowFactory.create("wire", "e-wire"),
        RowFactory.create("other", "e-other")), EVENTS);
    Map<String, String> got = new TreeMap<>();
    Copies.inheritEvents(originalEvents, articles()).collectAsList()
        .forEach(r -> got.put(r.getString(0), r.getString(1)));
    assertEquals(3, got.size());
    assertEquals(got.get("wire"), got.get("copy"));
    assertNotEquals(got.get("wire"), got.get("other"));
    // the id EventStage gives an event: the first 16 hex digits of the SHA-256 of its sorted members
    String expected = spark.sql("select substring(sha2('copy,wire', 256), 1, 16)").first().getString(0);
    assertEquals(expected, got.get("wire"));
    String alone = spark.sql("select substring(sha2('other', 256), 1, 16)").first().getString(0);
    assertEquals(alone, got.get("other"));
  }
}
