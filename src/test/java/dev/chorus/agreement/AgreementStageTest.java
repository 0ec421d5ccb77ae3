package dev.chorus.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.chorus.tables.Schemas;
import dev.chorus.testing.SparkTestSession;
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

class AgreementStageTest {

  private static final StructType CLAIMS = new StructType()
      .add("cluster_id", DataTypes.StringType).add("event_id", DataTypes.StringType)
      .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType);
  private static final StructType ARTICLES = new StructType()
      .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
      .add("duplicate_of", DataTypes.StringType);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void sharedClustersAgreeConflictsDisagreeAndACopySpeaksForItsOriginal() {
    Dataset<Row> articles = spark.createDataFrame(List.of(
        RowFactory.create("h1", "Herald", null), RowFactory.create("p1", "Post", null),
        RowFactory.create("r1", "Reprint", "h1")), ARTICLES);
    Dataset<Row> claims = spark.createDataFrame(List.of(
        RowFactory.create("c-dur3", "E1", "h1", "Herald"), RowFactory.create("c-dur3", "E1", "p1", "Post"),
        RowFactory.create("c-plan", "E1", "h1", "Herald"), RowFactory.create("c-plan", "E1", "p1", "Post"),
        RowFactory.create("c-only", "E1", "h1", "Herald"), RowFactory.create("c-dur3", "E1", "r1", "Reprint"),
        RowFactory.create("c-date", "E1", "h1", "Herald"), RowFactory.create("c-date2", "E1", "p1", "Post")),
        CLAIMS);
    Dataset<Row> conflicts = spark.createDataFrame(List.of(
        RowFactory.create("k1", "E1", "meeting.date", "date_time", "thursday", "Herald", "h1", "s", 1, "c-date",
            null, null),
        RowFactory.create("k1", "E1", "meeting.date", "date_time", "friday", "Post", "p1", "s", 1, "c-date2",
            null, null)), Schemas.CONFLICTS);
    List<Row> rows = AgreementStage.agreement(claims, articles, conflicts).orderBy("event_id").collectAsList();
    assertEquals(2, rows.size(), "one pair, overall and for E1; the reprint is not a source of its own");
    Row overall = rows.get(0);
    assertNull(overall.getAs("event_id"));
    assertEquals("Herald", overall.getAs("source_a"));
    assertEquals("Post", overall.getAs("source_b"));
    assertEquals(2, overall.<Integer>getAs("shared"));
    assertEquals(1, overall.<Integer>getAs("conflict"));
    assertEquals(2, overall.<Integer>getAs("only_a"));
    assertEquals(1, overall.<Integer>getAs("only_b"));
    assertEquals(2.0 / 3, overall.<Double>getAs("agreement"), 1e-9);
    assertEquals(2.0 / 5, overall.<Double>getAs("coverage_jaccard"), 1e-9);
    assertEquals("E1", rows.get(1).getAs("event_id"));
  }
}
