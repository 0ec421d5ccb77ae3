package dev.chorus.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.chorus.reading.DateResolver;
import dev.chorus.tables.Schemas;
import dev.chorus.testing.SparkTestSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClusterStageTest {

  private static final StructType ARTICLES = new StructType()
      .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
      .add("event_id", DataTypes.StringType).add("published", DataTypes.StringType)
      .add("duplicate_of", DataTypes.StringType);
  private static final StructType NAMES = new StructType()
      .add("name", DataTypes.StringType).add("canonical", DataTypes.StringType);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Row claim(String article, String kind, String slot, String subject, String value, Double num,
      String unit, String qualifier, String speaker) {
    return RowFactory.create(article, 0, "sentence of " + article, 0, 10, kind, slot, subject, value, num, unit,
        qualifier, speaker);
  }

  /** a1..a3 report meeting E1 (a3 is a wire copy of a2), b1 reports meeting E2. */
  private static Dataset<Row> articles() {
    return spark.createDataFrame(List.of(
        RowFactory.create("a1", "Herald", "E1", "2025-03-06", null),
        RowFactory.create("a2", "Wire Post", "E1", "2025-03-06", null),
        RowFactory.create("a3", "Reprinter", "E1", "2025-03-07", "a2"),
        RowFactory.create("b1", "Herald", "E2", "2025-03-28", null)), ARTICLES);
  }

  private static Dataset<Row> clustered(List<Row> raw) {
    Dataset<Row> names = spark.createDataFrame(List.of(
        RowFactory.create("Yury Sarn", "Yuri Sarn"), RowFactory.create("Yuri Sarn", "Yuri Sarn")), NAMES);
    return ClusterStage.claims(spark.createDataFrame(raw, Schemas.RAW_CLAIMS), articles(), names);
  }

  private static Map<String, String> clusterByArticleAndSlot(Dataset<Row> claims) {
    Map<String, String> out = new HashMap<>();
    for (Row r : claims.collectAsList()) {
      out.put(r.<String>getAs("article_id") + " " + r.getAs("slot"), r.getAs("cluster_id"));
    }
    return out;
  }

  @Test
  void theSameValueAboutTheSameEventIsOneClusterAndAboutAnotherEventIsNot() {
    Map<String, String> c = clusterByArticleAndSlot(clustered(List.of(
        claim("a1", "duration", "meeting.duration", null, "PT3H", 3.0, "hour", "exact", null),
        claim("a2", "duration", "meeting.duration", null, "PT3H", 3.0, "hour", "about", null),
        claim("b1", "duration", "meeting.duration", null, "PT3H", 3.0, "hour", "exact", null))));
    assertEquals(c.get("a1 meeting.duration"), c.get("a2 meeting.duration"));
    assertNotEquals(c.get("a1 meeting.duration"), c.get("b1 meeting.duration"));
  }

  @Test
  void oneLengthInMinutesOrInHoursIsOneValue() {
    Map<String, String> c = clusterByArticleAndSlot(clustered(List.of(
        claim("a1", "duration", "duration", null, "PT90M", 1.5, "minute", "exact", null),
        claim("a2", "duration", "duration", null, "PT1H30M", 1.5, "hour", "exact", null),
        claim("a3", "duration", "duration", null, "PT2H", 2.0, "hour", "exact", null))));
    assertEquals(c.get("a1 duration"), c.get("a2 duration"));
    assertNotEquals(c.get("a1 duration"), c.get("a3 duration"));
  }

  @Test
  void aRoleIsAStandingFactSharedAcrossEventsAndSpellingsOfTheName() {
    Map<String, String> c = clusterByArticleAndSlot(clustered(List.of(
        claim("a1", "person_role", "role:Yury Sarn", "Yury Sarn", "aide", null, null, null, null),
        claim("b1", "person_role", "role:Yuri Sarn", "Yuri Sarn", "aide", null, null, null, null))));
    assertEquals(c.get("a1 role:Yuri Sarn"), c.get("b1 role:Yuri Sarn"), "slots use the canonical name");
  }

  @Test
  void twoTranslationsOfOneRemarkClusterAndADifferentRoleDoesNot() {
    Map<String, String> c = clusterByArticleAndSlot(clustered(List.of(
        claim("a1", "quote", "quote:Yury Sarn", "Yury Sarn", "We are closer to a deal than ever", null, null,
            null, "Yury Sarn"),
        claim("a2", "quote", "quote:Yuri Sarn", "Yuri Sarn", "Never have we been this near an agreement", null,
            null, null, "Yuri Sarn"),
        claim("a1", "person_role", "role:Yuri Sarn", "Yuri Sarn", "foreign minister", null, null, null, null),
        claim("a2", "person_role", "role:Yuri Sarn", "Yuri Sarn", "foreign minister", null, null, "former", null))));
    assertEquals(c.get("a1 quote:Yuri Sarn"), c.get("a2 quote:Yuri Sarn"));
    assertNotEquals(c.get("a1 role:Yuri Sarn"), c.get("a2 role:Yuri Sarn"), "former is another value");
  }

  @Test
  void twoOutletsDescribingOnePersonInOtherWordsAreOneStandingClaimAcrossEvents() {
    Map<String, String> c = clusterByArticleAndSlot(clustered(List.of(
        RowFactory.create("a1", 0, "Yury Sarn has become Vesnia's chief negotiator with the rebels.", 0, 60,
            "description", "description:Yury Sarn", "Yury Sarn", "has become Vesnia's chief negotiator with the rebels",
            null, null, null, null),
        RowFactory.create("b1", 0, "Sarn is now a key figure in the talks between the rebels and Vesnia.", 0, 66,
            "description", "description:Yuri Sarn", "Yuri Sarn",
            "is now a key figure in the talks between the rebels and Vesnia", null, null, null, null),
        RowFactory.create("a2", 0, "Yuri Sarn remains a keen amateur painter of seascapes.", 0, 50,
            "description", "description:Yuri Sarn", "Yuri Sarn", "remains a keen amateur painter of seascapes",
            null, null, null, null))));
    assertEquals(c.get("a1 description:Yuri Sarn"), c.get("b1 description:Yuri Sarn"), "close in meaning");
    assertNotEquals(c.get("a1 description:Yuri Sarn"), c.get("a2 description:Yuri Sarn"), "another thing said of him");
  }

  @Test
  void aTitleFirstStatedLaterInAnArticleJoinsTheCorpusWideClusterButItsRepetitionDoesNot() {
    Dataset<Row> claims = clustered(List.of(
        RowFactory.create("a1", 0, "Yuri Sarn, an official, spoke.", 0, 10, "person_role", "role:Yuri Sarn",
            "Yuri Sarn", "official", null, null, null, null),
        RowFactory.create("a1", 3, "Yuri Sarn, head of the fund, spoke.", 0, 10, "person_role", "role:Yuri Sarn",
            "Yuri Sarn", "head", null, null, null, null),
        RowFactory.create("a1", 5, "Sarn, the fund's head, left.", 0, 10, "person_role", "role:Yuri Sarn",
            "Yuri Sarn", "head", null, null, null, null),
        RowFactory.create("b1", 1, "Yuri Sarn, head of the fund, came.", 0, 10, "person_role", "role:Yuri Sarn",
            "Yuri Sarn", "head", null, null, null, null)));
    Map<Integer, String> a1 = new HashMap<>();
    String b1 = null;
    for (Row r : claims.collectAsList()) {
      if (r.getAs("article_id").equals("a1")) {
        a1.put(r.<Integer>getAs("sentence_idx"), r.getAs("cluster_id"));
      } else {
        b1 = r.getAs("cluster_id");
      }
    }
    assertEquals(b1, a1.get(3), "the first 'head' of a1 is an introduction");
    assertNotEquals(b1, a1.get(5), "a repetition stays in its article");
    assertNotEquals(a1.get(0), a1.get(3));
  }

  @Test
  void statementsOfOneActorClusterOnSharedStemsAndNeedMoreAcrossEvents() {
    Map<String, String> c = clusterByArticleAndSlot(clustered(List.of(
        claim("a1", "statement", "statement:Vesnia", "Vesnia", "has floated the idea of recognising control over "
            + "the islands to reach a ceasefire", null, null, null, null),
        claim("a2", "statement", "statement:Vesnia", "Vesnia", "has suggested freezing the front line and "
            + "accepting control of the islands in exchange for peace", null, null, null, null),
        claim("b1", "statement", "statement:Vesnia", "Vesnia", "wants control of the islands back", null, null,
            null, null))));
    assertEquals(c.get("a1 statement:Vesnia"), c.get("a2 statement:Vesnia"), "control, islands: same event");
    assertNotEquals(c.get("a1 statement:Vesnia"), c.get("b1 statement:Vesnia"), "two stems are not enough across events");
  }

  @Test
  void superlativesOfOneReferenceClusterAcrossEvents() {
    Map<String, String> c = clusterByArticleAndSlot(clustered(List.of(
        claim("a1", "statement", "since:World War II", "World War II", "most mortal in Europe since World War II",
            null, null, null, null),
        claim("b1", "statement", "since:World War II", "World War II",
            "bloodiest conflict since the Second World War", null, null, null, null))));
    assertEquals(c.get("a1 since:World War II"), c.get("b1 since:World War II"));
  }

  @Test
  void aWireCopyAddsAnArticleButNotAnIndependentSource() {
    Dataset<Row> claims = clustered(List.of(
        claim("a1", "quantity", "count:detainees", null, "48", 48.0, "detainee", "exact", null),
        claim("a2", "quantity", "count:detainees", null, "48", 48.0, "detainee", "exact", null),
        claim("a3", "quantity", "count:detainees", null, "48", 48.0, "detainee", "exact", null)));
    Row f = ClusterStage.frequency(claims, articles()).collectAsList().get(0);
    assertEquals(3, f.<Integer>getAs("n_sources"));
    assertEquals(2, f.<Integer>getAs("n_independent_sources"));
    assertEquals(3, f.<Integer>getAs("n_articles"));
    assertEquals("2025-03-06", f.getAs("first_published"));
    assertEquals("E1", f.getAs("event_id"));
  }

  @Test
  void aCopyReprintingTheSentenceCountsAsAnArticleAndSourceWithoutAClaimOfItsOwn() {
    // a3 reprints a2's sentence 0: it gives no claim, the frequency row counts it through a2's
    Dataset<Row> claims = clustered(List.of(
        claim("a1", "quantity", "count:detainees", null, "48", 48.0, "detainee", "exact", null),
        claim("a2", "quantity", "count:detainees", null, "48", 48.0, "detainee", "exact", null)));
    Dataset<Row> reprinted = spark.createDataFrame(List.of(RowFactory.create("a3", 4, "a2", 0),
            RowFactory.create("a3", 5, "a2", 7)),
        new StructType().add("article_id", DataTypes.StringType).add("sentence_idx", DataTypes.IntegerType)
            .add("original_id", DataTypes.StringType).add("original_idx", DataTypes.IntegerType));
    Row f = ClusterStage.frequency(claims, articles(), reprinted).collectAsList().get(0);
    assertEquals(List.of("Herald", "Reprinter", "Wire Post"), f.getList(f.fieldIndex("sources")));
    assertEquals(3, f.<Integer>getAs("n_sources"));
    assertEquals(2, f.<Integer>getAs("n_independent_sources"));
    assertEquals(List.of("a1", "a2", "a3"), f.getList(f.fieldIndex("article_ids")));
    assertEquals("2025-03-06", f.getAs("first_published"));
  }

  @Test
  void aDayStatedAsAWeekdayAndAsADateAreTwoClaimsOfOneDay() {
    Map<String, String> c = clusterByArticleAndSlot(clustered(List.of(
        claim("a1", "date_time", "incident.date", null, "2025-03-06", null, "thursday", DateResolver.WEEKDAY, null),
        claim("a3", "date_time", "incident.date", null, "2025-03-06", null, "thursday", DateResolver.WEEKDAY, null),
        claim("a2", "date_time", "incident.date", null, "2025-03-06", null, "thursday", null, null))));
    assertEquals(c.get("a1 incident.date"), c.get("a3 incident.date"));
    assertNotEquals(c.get("a1 incident.date"), c.get("a2 incident.date"));
  }

  @Test
  void aFormerTitleAndTheCurrentOneAreTwoFrequencyRowsThatSayWhichIsWhich() {
    Dataset<Row> claims = clustered(List.of(
        claim("a1", "person_role", "role:Yuri Sarn", "Yuri Sarn", "foreign minister", null, null, null, null),
        claim("a2", "person_role", "role:Yuri Sarn", "Yuri Sarn", "foreign minister", null, null, "former", null),
        claim("a3", "person_role", "role:Yuri Sarn", "Yuri Sarn", "foreign minister", null, null, "former", null)));
    Map<String, Integer> articlesByQualifier = ClusterStage.frequency(claims, articles()).collectAsList().stream()
        .collect(java.util.stream.Collectors.toMap(r -> String.valueOf(r.<String>getAs("qualifier")),
            r -> r.<Integer>getAs("n_articles")));
    assertEquals(Map.of("null", 1, "former", 2), articlesByQualifier);
  }

  @Test
  void aFormerTitleReadsFormerInTheFrequencyValueAsInConflicts() {
    Dataset<Row> claims = clustered(List.of(
        claim("a1", "person_role", "role:Yuri Sarn", "Yuri Sarn", "foreign minister", null, null, null, null),
        claim("a2", "person_role", "role:Yuri Sarn", "Yuri Sarn", "foreign minister", null, null, "former", null)));
    Map<String, String> valueByQualifier = ClusterStage.frequency(claims, articles()).collectAsList().stream()
        .collect(java.util.stream.Collectors.toMap(r -> String.valueOf(r.<String>getAs("qualifier")),
            r -> r.<String>getAs("value")));
    assertEquals(Map.of("null", "foreign minister", "former", "former foreign minister"), valueByQualifier);
    java.util.Set<String> conflictValues = new java.util.TreeSet<>();
    for (Row r : dev.chorus.agreement.ConflictStage.conflicts(claims).collectAsList()) {
      conflictValues.add(r.getAs("value"));
    }
    // the two tables show one claim's value the same way
    assertEquals(java.util.Set.of("foreign minister", "former foreign minister"), conflictValues);
  }

  private static Row said(String article, int idx, String sentence, String kind, String slot, String value, Double num,
      String unit, String qualifier, String speaker) {
    return RowFactory.create(article, idx, sentence, 0, sentence.length(), kind, slot, null, value, num, unit,
        qualifier, speaker);
  }

  /**
   * The real embedding model (no stand-in): claims that say the same in other words join when their
   * typed values agree, never when the values disagree or the events differ.
   */
  @Test
  void paraphrasesOfOneClaimJoinWhenTheirValuesAgree() {
    String evacuated = "Police evacuated about 3,000 residents from the valley towns overnight.";
    String moved = "About 3,000 people were moved out of their homes near the river.";
    String frank = "\"Frank and useful talks,\" Ana Ruiz said of the meeting.";
    String candid = "Ruiz called it a candid, helpful conversation.";
    String bridge = "\"We will rebuild the bridge by spring,\" Ana Ruiz added.";
    String harbour = "Ruiz also said the harbour would reopen to ferries next week.";
    String nine = "Nine workers were killed in the blast.";
    String fourteen = "The explosion left at least 14 people dead.";
    Map<String, String> c = new HashMap<>();
    for (Row r : clustered(List.of(
        said("a1", 1, evacuated, "quantity", "count:people_evacuated", "3000", 3000.0, "people", "about", null),
        said("a2", 1, moved, "quantity", "count:people", "3000", 3000.0, "people", "about", null),
        said("b1", 1, evacuated, "quantity", "count:people_evacuated", "3000", 3000.0, "people", "about", null),
        said("a1", 2, frank, "quote", "quote:Ana Ruiz", "Frank and useful talks", null, null, null, "Ana Ruiz"),
        said("a1", 3, bridge, "quote", "quote:Ana Ruiz", "We will rebuild the bridge by spring", null, null, null,
            "Ana Ruiz"),
        said("a2", 2, candid, "quote", "quote:Ana Ruiz", "a candid, helpful conversation", null, null, null, "Ana Ruiz"),
        said("a2", 3, harbour, "quote", "quote:Ana Ruiz", "the harbour would reopen to ferries next week", null, null,
            null, "Ana Ruiz"),
        said("a1", 4, nine, "quantity", "count:people_killed", "9", 9.0, "people", null, null),
        said("a2", 4, fourteen, "quantity", "count:people_killed", "14", 14.0, "people", "at_least", null)))
        .collectAsList()) {
      c.put(r.<String>getAs("article_id") + " " + r.getAs("sentence"), r.getAs("cluster_id"));
    }
    assertEquals(c.get("a1 " + evacuated), c.get("a2 " + moved), "the same count of evacuees, in other words");
    assertEquals(c.get("a1 " + frank), c.get("a2 " + candid), "one remark, paraphrased");
    assertNotEquals(c.get("a1 " + frank), c.get("a2 " + harbour), "another remark of the same speaker");
    assertNotEquals(c.get("a1 " + bridge), c.get("a2 " + candid), "another remark of the same speaker");
    assertNotEquals(c.get("a1 " + nine), c.get("a2 " + fourteen), "death tolls that disagree");
    assertNotEquals(c.get("a1 " + evacuated), c.get("b1 " + evacuated), "another event");
  }
}
