package dev.chorus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.chorus.testing.SparkTestSession;
import dev.chorus.text.NameVariants;
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

class EventTableTest {

  private static final StructType ARTICLES = new StructType()
      .add("event_id", DataTypes.StringType).add("event_date", DataTypes.StringType)
      .add("event_place", DataTypes.StringType);
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
  void anEventsPlaceIsTheOneMostArticlesGiveHoweverSpeltShownAsMostOfThemSpellIt() {
    // two spellings of one place (one key) outnumber another place, though each spelling alone does not
    assertEquals(NameVariants.placeKey("Velgrad"), NameVariants.placeKey("Welgrad"));
    Map<String, Row> byEvent = new HashMap<>();
    for (Row r : EventTable.signatures(spark.createDataFrame(List.of(
        RowFactory.create("e", "2025-03-06", "Velgrad"), RowFactory.create("e", "2025-03-06", "Welgrad"),
        RowFactory.create("e", "--03-06", "Velgrad"), RowFactory.create("e", "2025-03-05", "Orla"),
        RowFactory.create("e", null, "Orla"), RowFactory.create("quiet", "--03-06", null)), ARTICLES))
        .collectAsList()) {
      byEvent.put(r.getAs("event_id"), r);
    }
    assertEquals("Velgrad", byEvent.get("e").getAs("event_place"));
    assertEquals("2025-03-06", byEvent.get("e").getAs("event_date"));
    // an event whose articles give no place and no full date still has its row
    assertNull(byEvent.get("quiet").getAs("event_place"));
    assertNull(byEvent.get("quiet").getAs("event_date"));
  }
}
