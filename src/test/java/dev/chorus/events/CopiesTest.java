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

  @Test
  void aCopyReprintsTheSentencesItsOriginalHasWordForWordAndOwnsTheOthers() {
    StructType sentences = new StructType().add("article_id", DataTypes.StringType)
        .add("sentence_idx", DataTypes.IntegerType).add("text", DataTypes.StringType);
    Dataset<Row> rows = spark.createDataFrame(List.of(
        RowFactory.create("wire", 0, "A fire destroyed the mill."),
        RowFactory.create("wire", 1, "Two people were hurt."),
        RowFactory.create("wire", 2, "A fire destroyed the mill."),
        RowFactory.create("copy", 0, "Our town woke to sirens."),
        RowFactory.create("copy", 1, "A fire destroyed the mill."),
        RowFactory.create("copy", 2, "Three people were hurt."),
        // the same words in an article that is no copy of it are its own
        RowFactory.create("other", 0, "Two people were hurt.")), sentences);
    List<String> got = Copies.reprinted(rows, articles()).collectAsList().stream()
        .map(r -> r.getAs("article_id") + ":" + r.getAs("sentence_idx") + "<-" + r.getAs("original_id") + ":"
            + r.getAs("original_idx"))
        .toList();
    // the original's first sentence of those words; an edited sentence is the copy's own
    assertEquals(List.of("copy:1<-wire:0"), got);
  }

  @Test
  void aCopyGivesItsOriginalsReadingOfTheDateAndPlace() {
    StructType signatures = new StructType().add("article_id", DataTypes.StringType)
        .add("event_date", DataTypes.StringType).add("event_place", DataTypes.StringType);
    Dataset<Row> originals = spark.createDataFrame(List.of(RowFactory.create("wire", "2025-03-06", "port orla"),
        RowFactory.create("other", null, "velgrad")), signatures);
    Map<String, String> got = new TreeMap<>();
    Copies.inheritSignatures(originals, articles()).collectAsList()
        .forEach(r -> got.put(r.getString(0), r.getString(1) + "@" + r.getString(2)));
    assertEquals(Map.of("wire", "2025-03-06@port orla", "copy", "2025-03-06@port orla", "other", "null@velgrad"),
        got);
  }
}
