package dev.chorus.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.SparkTestSession;
import dev.chorus.text.NameVariants;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LookBacksTest {

  private static final StructType CLAIMS = new StructType()
      .add("claim_id", DataTypes.StringType).add("article_id", DataTypes.StringType)
      .add("source", DataTypes.StringType).add("event_id", DataTypes.StringType)
      .add("sentence_idx", DataTypes.IntegerType).add("sentence", DataTypes.StringType)
      .add("kind", DataTypes.StringType).add("slot", DataTypes.StringType)
      .add("value", DataTypes.StringType).add("value_key", DataTypes.StringType)
      .add("cluster_id", DataTypes.StringType);
  private static final StructType SIGNATURES = new StructType()
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

  private static Row claim(String id, String article, String event, int idx, String sentence, String kind,
      String slot, String value, String cluster) {
    return RowFactory.create(id, article, "outlet-" + article, event, idx, sentence, kind, slot, value, value,
        cluster);
  }

  /** claim_id -> event_id|cluster_id after the join. */
  private static Map<String, String> joined(List<Row> claims) {
    // event places are place keys, as the events stage writes them
    List<Row> signatures = List.of(RowFactory.create("flood", "2025-03-02", "Millbrook"),
        RowFactory.create("fire", "2025-03-20", "Ashford"));
    return LookBacks.join(spark.createDataFrame(claims, CLAIMS), spark.createDataFrame(signatures, SIGNATURES))
        .collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("claim_id"), r -> r.getAs("event_id") + "|" + r.getAs("cluster_id")));
  }

  @Test
  void aValueTheOtherEventReportsJoinsItsClusterAndTheSentencesOwnValuesStay() {
    String lookBack = "A fire in Ashford killed three on Friday, weeks after the flood in Millbrook killed 12 people.";
    Map<String, String> out = joined(List.of(
        claim("f1", "a1", "flood", 0, "The flood killed 12 people in Millbrook.", "quantity",
            "count:people_killed", "12", "flood-12"),
        claim("f2", "a2", "flood", 0, "Twelve people died in Millbrook's flood.", "quantity",
            "count:people_killed", "12", "flood-12"),
        claim("r1", "a3", "fire", 0, lookBack, "quantity", "count:people_killed", "3", "fire-3"),
        claim("r2", "a3", "fire", 0, lookBack, "quantity", "count:people_killed", "12", "fire-12")));
    assertEquals("flood|flood-12", out.get("r2"));
    assertEquals("fire|fire-3", out.get("r1"));
    assertEquals("flood|flood-12", out.get("f1"));
  }

  @Test
  void theOtherEventsDateNamesItAndADateOfOnesOwnEventDoesNot() {
    Map<String, String> out = joined(List.of(
        claim("f1", "a1", "flood", 0, "The river burst its banks on 2 March.", "date_time", "incident.date",
            "2025-03-02", "flood-date"),
        claim("r1", "a3", "fire", 4, "The 2 March flood was the town's last disaster.", "date_time", "date",
            "2025-03-02", "fire-date-0302"),
        claim("r2", "a3", "fire", 5, "The fire of 20 March killed three.", "date_time", "date", "2025-03-20",
            "fire-date-0320")));
    assertEquals("flood|flood-date", out.get("r1"));
    assertEquals("fire|fire-date-0320", out.get("r2"));
  }

  @Test
  void noAgreeingValueOrTwoOtherEventsNamedLeaveAClaimWhereItIs() {
    Map<String, String> out = joined(List.of(
        claim("f1", "a1", "flood", 0, "The flood killed 12 people.", "quantity", "count:people_killed", "12",
            "flood-12"),
        // names the flood's place, but the flood has no cluster of 40 evacuated
        claim("r1", "a3", "fire", 0, "Forty were evacuated, as in Millbrook.", "quantity",
            "count:people_evacuated", "40", "fire-40"),
        // names both other events: which one it means is unknown
        claim("r2", "a4", "storm", 0, "Like Millbrook and Ashford, 12 people died.", "quantity",
            "count:people_killed", "12", "storm-12")));
    assertEquals("fire|fire-40", out.get("r1"));
    assertEquals("storm|storm-12", out.get("r2"));
  }

  @Test
  void placeKeysAreTheFoldedCapitalisedRunsAndTheirParts() {
    var keys = LookBacks.placeKeys("Crews from Upper Marsh reached Millbrook's plant.");
    assertTrue(keys.contains(NameVariants.placeKey("Upper Marsh")), keys.toString());
    assertTrue(keys.contains(NameVariants.placeKey("Marsh")), keys.toString());
    // the possessive is no part of the name
    assertTrue(keys.contains(NameVariants.placeKey("Millbrook")), keys.toString());
  }
}
