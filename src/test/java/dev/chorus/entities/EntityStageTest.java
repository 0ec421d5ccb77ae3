package dev.chorus.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.chorus.testing.SparkTestSession;
import dev.chorus.text.Descriptions;
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
    // each mention from an article of its own
    for (Row r : EntityStage.resolveNames(spark.createDataFrame(List.of(mentions), MENTIONS)
        .withColumn("article_id", org.apache.spark.sql.functions.monotonically_increasing_id().cast("string")))
        .collectAsList()) {
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
  void givenNamesInTwoLanguagesAndLooseTransliterationsMergeAcrossEvents() {
    Map<String, String> e = entityOf(RowFactory.create("Oleksiy Hrebenko", "person", "E1"),
        RowFactory.create("Oleksiy Hrebenko", "person", "E1"), RowFactory.create("Aleksey Grebenko", "person", "E2"));
    assertEquals(e.get("Oleksiy Hrebenko"), e.get("Aleksey Grebenko"));
    assertEquals(dev.chorus.util.Ids.of("person", "Oleksiy Hrebenko"), e.get("Aleksey Grebenko"));
  }

  @Test
  void aMisspellingUsedOnceMergesWithinItsEventOnly() {
    Map<String, String> same = entityOf(RowFactory.create("Bohdan Kovalchuk", "person", "E1"),
        RowFactory.create("Bohdan Kovalchuk", "person", "E1"), RowFactory.create("Bohdan Kovalchyk", "person", "E1"));
    assertEquals(same.get("Bohdan Kovalchuk"), same.get("Bohdan Kovalchyk"));
    Map<String, String> apart = entityOf(RowFactory.create("Bohdan Kovalchuk", "person", "E1"),
        RowFactory.create("Bohdan Kovalchuk", "person", "E1"), RowFactory.create("Bohdan Kovalchyk", "person", "E2"));
    assertNotEquals(apart.get("Bohdan Kovalchuk"), apart.get("Bohdan Kovalchyk"));
  }

  @Test
  void differentPeopleWithOneSurnameStayApart() {
    Map<String, String> e = entityOf(RowFactory.create("Anna Kell", "person", "E1"),
        RowFactory.create("Tomas Kell", "person", "E1"));
    assertNotEquals(e.get("Anna Kell"), e.get("Tomas Kell"));
  }

  @Test
  void aBareSurnameOfTwoPeopleChainsNeitherIntoTheOther() {
    Map<String, String> e = entityOf(RowFactory.create("Anna Kell", "person", "E1"),
        RowFactory.create("Kell", "person", "E1"), RowFactory.create("Tomas Kell", "person", "E2"),
        RowFactory.create("Kell", "person", "E2"));
    assertNotEquals(e.get("Anna Kell"), e.get("Tomas Kell"));
    assertNotEquals(e.get("Anna Kell"), e.get("Kell"), "which Kell is meant depends on the article");
    assertNotEquals(e.get("Tomas Kell"), e.get("Kell"));
  }

  @Test
  void aBareSurnameJoinsTheOnePersonItFitsWhateverTheSpellingOfTheGivenName() {
    Map<String, String> e = entityOf(RowFactory.create("Yury Sarnel", "person", "E1"),
        RowFactory.create("Sarnel", "person", "E1"), RowFactory.create("Yuri Sarnel", "person", "E2"));
    assertEquals(e.get("Yury Sarnel"), e.get("Sarnel"));
    assertEquals(e.get("Yuri Sarnel"), e.get("Sarnel"));
  }

  private static final StructType IN_CONTEXT = dev.chorus.tables.Schemas.MENTIONS
      .add("event_id", DataTypes.StringType).add("source", DataTypes.StringType);

  /** The key MentionFinder gives "the Vesnian leader" (a country the lexicon lacks). */
  private static final String VESNIAN_LEADER = Descriptions.find("Talks with the Vesnian leader resumed.").get(0).text();

  private static Row mention(String article, String event, String surface, String name, String kind, String role) {
    return RowFactory.create(article, 0, surface, name, kind, role, surface.length(), 2 * surface.length(), event,
        "S-" + article);
  }

  /** canonical name of the entity whose variants hold the surface form, or null. */
  private static String entityWithVariant(List<Row> mentions, String surface) {
    org.apache.spark.sql.Dataset<Row> m = spark.createDataFrame(mentions, IN_CONTEXT);
    for (Row e : EntityStage.table(m, EntityStage.resolveNames(m)).collectAsList()) {
      if (e.<String>getList(e.fieldIndex("variants")).contains(surface)) {
        return e.getAs("canonical");
      }
    }
    return null;
  }

  @Test
  void aDescriptionByOfficeAndCountryIsTheOnePersonTitledSo() {
    List<Row> rows = List.of(
        mention("a1", "E1", "Ilya Vostrikov", "Ilya Vostrikov", "person", "Vesnian President"),
        mention("a1", "E1", "Marek Holm", "Marek Holm", "person", "Ostland President"),
        mention("a2", "E1", "the Vesnian leader", VESNIAN_LEADER, Descriptions.KIND, null));
    assertEquals("Ilya Vostrikov", entityWithVariant(rows, "the Vesnian leader"));
  }

  @Test
  void aDescriptionThatFitsTwoPeopleOrOnlyAFormerTitleStaysUnresolved() {
    List<Row> two = List.of(
        mention("a1", "E1", "Ilya Vostrikov", "Ilya Vostrikov", "person", "Vesnian President"),
        mention("a2", "E2", "Anna Kell", "Anna Kell", "person", "President of Vesnia"),
        mention("a3", "E3", "the Vesnian leader", VESNIAN_LEADER, Descriptions.KIND, null));
    assertEquals(null, entityWithVariant(two, "the Vesnian leader"));
    List<Row> former = List.of(
        mention("a1", "E1", "Ilya Vostrikov", "Ilya Vostrikov", "person", "former Vesnian President"),
        mention("a2", "E1", "the Vesnian leader", VESNIAN_LEADER, Descriptions.KIND, null));
    assertEquals(null, entityWithVariant(former, "the Vesnian leader"));
  }

  @Test
  void theNearestFitWinsOverTheCorpus() {
    List<Row> rows = List.of(
        mention("a1", "E1", "Ilya Vostrikov", "Ilya Vostrikov", "person", "Vesnian President"),
        mention("a2", "E2", "Anna Kell", "Anna Kell", "person", "President of Vesnia"),
        mention("a2", "E2", "the Vesnian leader", VESNIAN_LEADER, Descriptions.KIND, null));
    assertEquals("Anna Kell", entityWithVariant(rows, "the Vesnian leader"));
  }

  @Test
  void theOneFitInTheSameEventWinsWhereTheCorpusHasTwo() {
    List<Row> rows = List.of(
        mention("a1", "E1", "Ilya Vostrikov", "Ilya Vostrikov", "person", "Vesnian President"),
        mention("a2", "E2", "Anna Kell", "Anna Kell", "person", "President of Vesnia"),
        mention("a3", "E1", "the Vesnian leader", VESNIAN_LEADER, Descriptions.KIND, null));
    assertEquals("Ilya Vostrikov", entityWithVariant(rows, "the Vesnian leader"));
  }

  @Test
  void anOrganisationDescribedByWhatItsHeadHeadsIsTheNamedOne() {
    List<Row> rows = List.of(
        mention("a1", "E1", "Arno Pelt", "Arno Pelt", "person", "CEO of the Norvane Development Fund"),
        mention("a1", "E1", "Norvane Development Fund", "Norvane Development Fund", "org", null),
        mention("a2", "E2", "Arno Pelt", "Arno Pelt", "person", "head of Norvane’s sovereign wealth fund"));
    assertEquals("Norvane Development Fund", entityWithVariant(rows, "Norvane’s sovereign wealth fund"));
  }

  @Test
  void aBareCompanyWordJoinsTheOneCompanyItStartsAndItsOtherForms() {
    Map<String, String> e = entityOf(RowFactory.create("Valdor Chemical Group", "org", "E1"),
        RowFactory.create("Valdor Chemicals", "org", "E2"), RowFactory.create("Valdor", "org", "E1"));
    assertEquals(e.get("Valdor Chemical Group"), e.get("Valdor Chemicals"));
    assertEquals(e.get("Valdor Chemical Group"), e.get("Valdor"));
    // the bare word only in an event that never names the company in full: a word read as an org
    Map<String, String> elsewhere = entityOf(RowFactory.create("Valdor Chemical Group", "org", "E1"),
        RowFactory.create("Valdor", "org", "E2"));
    assertNotEquals(elsewhere.get("Valdor"), elsewhere.get("Valdor Chemical Group"));
    // two companies start with the word: the bare word names neither for sure
    Map<String, String> two = entityOf(RowFactory.create("Valdor Chemical Group", "org", "E1"),
        RowFactory.create("Valdor Bank", "org", "E1"), RowFactory.create("Valdor", "org", "E1"));
    assertNotEquals(two.get("Valdor"), two.get("Valdor Bank"));
    assertNotEquals(two.get("Valdor"), two.get("Valdor Chemical Group"));
    assertNotEquals(two.get("Valdor Bank"), two.get("Valdor Chemical Group"));
  }

  @Test
  void aPublicBodyDescribedInLowerCaseIsTheOneOrganisationOfThoseWords() {
    List<Row> rows = List.of(
        mention("a1", "E1", "State Rescue Service", "State Rescue Service", "org", null),
        mention("a2", "E2", "regional rescue service", "org|rescue service", Descriptions.KIND, null));
    assertEquals("State Rescue Service", entityWithVariant(rows, "regional rescue service"));
    List<Row> two = List.of(
        mention("a1", "E1", "State Rescue Service", "State Rescue Service", "org", null),
        mention("a3", "E1", "National Rescue Service", "National Rescue Service", "org", null),
        mention("a2", "E2", "regional rescue service", "org|rescue service", Descriptions.KIND, null));
    assertEquals(null, entityWithVariant(two, "regional rescue service"));
  }
}
