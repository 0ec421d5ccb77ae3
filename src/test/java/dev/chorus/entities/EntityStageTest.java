package dev.chorus.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.chorus.testing.SparkTestSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityStageTest {

  private static final StructType MENTIONS = new StructType()
      .add("name", DataTypes.StringType).add("kind", DataTypes.StringType).add("event_id", DataTypes.StringType);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Map<String, String> entityOf(Row... mentions) {
    Map<String, String> out = new HashMap<>();
    for (Row r : EntityStage.resolveNames(spark.createDataFrame(List.of(mentions), MENTIONS)).collectAsList()) {
      out.put(r.getString(1), r.getString(2));
    }
    return out;
  }

  @Test
  void transliterationsMergeAndTheMostUsedFormIsCanonical() {
    Map<String, String> e = entityOf(RowFactory.create("Yury Sarnel", "person", "E1"),
        RowFactory.create("Yuri Sarnel", "person", "E2"), RowFactory.create("Yuri Sarnel", "person", "E1"));
    assertEquals(e.get("Yury Sarnel"), e.get("Yuri Sarnel"));
    assertEquals(dev.chorus.util.Ids.of("person", "Yuri Sarnel"), e.get("Yury Sarnel"));
  }

  @Test
  void aTypoMergesOnlyWhenBothFormsReportTheSameEvent() {
    Map<String, String> same = entityOf(RowFactory.create("Ilya Vostrakin", "person", "E1"),
        RowFactory.create("Ilya Vostrikin", "person", "E1"));
    assertEquals(same.get("Ilya Vostrakin"), same.get("Ilya Vostrikin"));
    Map<String, String> apart = entityOf(RowFactory.create("Ilya Vostrakin", "person", "E1"),
        RowFactory.create("Ilya Vostrikin", "person", "E2"));
    assertNotEquals(apart.get("Ilya Vostrakin"), apart.get("Ilya Vostrikin"));
  }

  @Test
  void differentPeopleWithOneSurnameStayApart() {
    Map<String, String> e = entityOf(RowFactory.create("Anna Kell", "person", "E1"),
        RowFactory.create("Tomas Kell", "person", "E1"));
    assertNotEquals(e.get("Anna Kell"), e.get("Tomas Kell"));
  }
}
