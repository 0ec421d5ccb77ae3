package dev.chorus.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chorus.testing.SparkTestSession;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeaningMatchTest {

  private static final StructType PAIR = new StructType()
      .add("a_kind", DataTypes.StringType).add("a_slot", DataTypes.StringType)
      .add("a_value_key", DataTypes.StringType).add("a_value_num", DataTypes.DoubleType)
      .add("a_unit", DataTypes.StringType).add("a_qualifier", DataTypes.StringType)
      .add("b_slot", DataTypes.StringType).add("b_value_key", DataTypes.StringType)
      .add("b_value_num", DataTypes.DoubleType).add("b_unit", DataTypes.StringType)
      .add("b_qualifier", DataTypes.StringType);

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static boolean agree(String slot, String aKey, double a, String aQ, String bKey, double b, String bQ) {
    Row r = RowFactory.create("date_time", slot, aKey, a, null, aQ, slot, bKey, b, null, bQ);
    return spark.createDataFrame(List.of(r), PAIR).select(MeaningMatch.agree()).first().getBoolean(0);
  }

  @Test
  void timesOfTheHappeningAgreeWithinMinutesLikeOtherTimesOfDay() {
    assertEquals(true, agree("incident.time", "03:40", 3 + 40 / 60.0, "exact", "03:42", 3 + 42 / 60.0, "exact"));
    assertEquals(false, agree("incident.time", "03:40", 3 + 40 / 60.0, "exact", "03:52", 3 + 52 / 60.0, "exact"));
    assertEquals(true, agree("incident.time", "04:00", 4.0, "less_than", "03:40", 3 + 40 / 60.0, "exact"));
    assertEquals(false, agree("incident.time", "02:40", 2 + 40 / 60.0, "about", "03:40", 3 + 40 / 60.0, "exact"));
    assertEquals(true, agree("time", "21:00", 21.0, "about", "21:20", 21 + 20 / 60.0, "exact"));
  }

  private static boolean agree(String kind, String aSlot, String aKey, String bSlot, String bKey) {
    Row r = RowFactory.create(kind, aSlot, aKey, null, null, null, bSlot, bKey, null, null, null);
    return spark.createDataFrame(List.of(r), PAIR).select(MeaningMatch.agree()).first().getBoolean(0);
  }

  @Test
  void anotherSlotWithTheSameValueAgreesButADateOfAnotherActNeverDatesTheHappening() {
    assertEquals(true, agree("quantity", "count:people_evacuated", "4500 people", "count:residents", "4500 people"));
    // "the plant director was questioned on Thursday" and "the blast came on Thursday"
    assertEquals(false, agree("date_time", "date", "2025-10-09 weekday", "incident.date", "2025-10-09 weekday"));
    assertEquals(true, agree("date_time", "incident.date", "2025-10-09 weekday", "incident.date", "2025-10-09 weekday"));
  }
}
