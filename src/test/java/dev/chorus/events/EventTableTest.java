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

  @Test
  void aLabelNamesWhoWhereAndWhenOrElseTheFirstHeadline() {
    StructType articles = new StructType().add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
        .add("published", DataTypes.StringType).add("title", DataTypes.StringType)
        .add("event_id", DataTypes.StringType).add("event_date", DataTypes.StringType)
        .add("event_place", DataTypes.StringType);
    StructType people = new StructType().add("article_id", DataTypes.StringType).add("canonical", DataTypes.StringType);
    StructType claims = new StructType().add("kind", DataTypes.StringType).add("slot", DataTypes.StringType)
        .add("value", DataTypes.StringType).add("event_id", DataTypes.StringType);
    Map<String, String> label = new HashMap<>();
    for (Row r : EventTable.build(
        spark.createDataFrame(List.of(
            RowFactory.create("a1", "s1", "2025-03-06", "Talks in Velgrad", "met", null, null),
            RowFactory.create("a2", "s2", "2025-03-06", "Kell meets Dren", "met", null, null),
            RowFactory.create("b2", "s1", "2025-03-07", "Dam gates opened", "quiet", null, null),
            RowFactory.create("b1", "s2", "2025-03-07", null, "quiet", null, null),
            RowFactory.create("c1", "s1", "2025-03-08", "Flood warning lifted", "placed", null, "Orla"),
            RowFactory.create("d1", "s1", "2025-03-09", "Brenn votes", "twice", null, "Brenn")), articles),
        spark.createDataFrame(List.of(RowFactory.create("a1", "Ana Kell"), RowFactory.create("a1", "Ivo Dren"),
            RowFactory.create("a2", "Ana Kell"), RowFactory.create("a2", "Ivo Dren"),
            RowFactory.create("d1", "Ana Kell"), RowFactory.create("d1", "Brenn")), people),
        spark.createDataFrame(List.of(RowFactory.create("place", "meeting.place", "Velgrad", "met")), claims))
        .collectAsList()) {
      label.put(r.getAs("event_id"), r.getAs("label"));
    }
    assertEquals("Ana Kell & Ivo Dren — Velgrad — 2025-03-06", label.get("met"));
    assertEquals("Dam gates opened — 2025-03-07", label.get("quiet"), "no one and nowhere named: a headline");
    assertEquals("Orla — 2025-03-08", label.get("placed"), "the event's own place when no claim gives one");
    assertEquals("Ana Kell & Brenn — 2025-03-09", label.get("twice"), "a place taken for a person is not said twice");
  }
}
