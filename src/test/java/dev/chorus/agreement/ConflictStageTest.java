package dev.chorus.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chorus.tables.Schemas;
import dev.chorus.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConflictStageTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Row claim(String article, String source, String event, String kind, String slot, String value,
      Double num, String unit, String qualifier, String cluster) {
    return claim(article, source, event, kind, slot, value, num, unit, qualifier, cluster, "sentence of " + article);
  }

  private static Row claim(String article, String source, String event, String kind, String slot, String value,
      Double num, String unit, String qualifier, String cluster, String sentence) {
    return RowFactory.create(article + slot + value, article, source, event, 0, sentence, 0, 5,
        kind, null, slot, value, num, unit, qualifier, null, cluster);
  }

  /** A distance claim in the sentence that gives it. */
  private static Row distance(String article, String source, String metres, String sentence, String cluster) {
    return claim(article, source, "E1", "quantity", "measure:distance", metres, Double.valueOf(metres), "m", "exact",
        cluster, sentence);
  }

  @Test
  void distancesConflictOnlyWhenMeasuredFromOnePlace() {
    // the radius evacuated and how far away the blast was heard are two questions
    assertEquals(Set.of(), conflicts(
        distance("a1", "Herald", "3000", "About 4,500 people living within 3 km of the plant were evacuated.", "r3"),
        distance("a2", "Post", "25000", "People in Vell, 25 km away, heard the blast.", "h25"),
        distance("a3", "Courant", "25000", "Readers in Vell, 25 km from Brenn, felt their windows shake.", "b25")));
    // where the plant lies from one town, told two ways
    assertEquals(Set.of("Herald=15000 | Post=40000"), conflicts(
        distance("a1", "Herald", "15000", "The plant, 15 km south of Vell, employs 640 people.", "v15"),
        distance("a2", "Post", "40000", "The plant lies 40 kilometres from Vell.", "v40")));
  }

  @Test
  void sumsOfWhatTheReaderCouldNotTellAreNoConflictButSumsOfOneThingAre() {
    assertEquals(Set.of("Herald=200000000 | Post=160000000"), conflicts(
        claim("a1", "Herald", "E1", "quantity", "amount", "200", 200.0, "USD", "exact", "p200"),
        claim("a2", "Post", "E1", "quantity", "amount", "20", 20.0, "USD", "exact", "p20"),
        claim("a1", "Herald", "E1", "quantity", "amount:offer", "200000000", 2e8, "USD", "exact", "o200"),
        claim("a2", "Post", "E1", "quantity", "amount:offer", "160000000", 1.6e8, "USD", "exact", "o160")));
  }

  @Test
  void countsOneArticleGivesBothOfAreTwoQuestionsButTwoArticlesDisagreeing() {
    // the Herald's article counts the companies added and all of them: not a contradiction, and
    // the Post's 14 agrees with one of them
    assertEquals(Set.of(), conflicts(
        claim("a1", "Herald", "E1", "quantity", "count:companies", "5", 5.0, "companies", "exact", "c5"),
        claim("a1", "Herald", "E1", "quantity", "count:companies", "14", 14.0, "companies", "exact", "c14"),
        claim("a2", "Post", "E1", "quantity", "count:companies", "14", 14.0, "companies", "exact", "c14")));
    // two articles, one count each, that cannot both be right; the Herald's second article, about
    // another happening, looking back at the Post's toll does not make the Herald agree with it
    assertEquals(Set.of("Herald=12 | Herald=18 | Post=12"), conflicts(
        claim("a1", "Herald", "E1", "quantity", "count:killed", "18", 18.0, "people", "exact", "k18"),
        claim("a2", "Post", "E1", "quantity", "count:killed", "12", 12.0, "people", "exact", "k12"),
        claim("a3", "Herald", "E1", "quantity", "count:killed", "12", 12.0, "people", "exact", "k12")));
  }

  /** The sorted "source=value" pairs of each conflict. */
  private static Set<String> conflicts(Row... claims) {
    Set<String> out = new TreeSet<>();
    List<Row> rows = ConflictStage.conflicts(spark.createDataFrame(List.of(claims), Schemas.CLAIMS))
        .orderBy("conflict_id", "source", "value").collectAsList();
    List<String> current = new ArrayList<>();
    String id = null;
    for (Row r : rows) {
      if (id != null && !id.equals(r.getAs("conflict_id"))) {
        out.add(String.join(" | ", current));
        current.clear();
      }
      id = r.getAs("conflict_id");
      current.add(r.getAs("source") + "=" + r.getAs("value"));
    }
    if (!current.isEmpty()) {
      out.add(String.join(" | ", current));
    }
    return out;
  }

  @Test
  void threeHoursAgainstNearlyFiveIsAConflictButOverFourAgainstFourIsNot() {
    assertEquals(Set.of("Courant=PT5H | Herald=PT3H"), conflicts(
        claim("a1", "Herald", "E1", "duration", "meeting.duration", "PT3H", 3.0, "hour", "exact", "c3"),
        claim("a2", "Courant", "E1", "duration", "meeting.duration", "PT5H", 5.0, "hour", "about", "c5"),
        claim("b1", "Herald", "E2", "duration", "meeting.duration", "PT4H", 4.0, "hour", "more_than", "d4a"),
        claim("b2", "Post", "E2", "duration", "meeting.duration", "PT4H", 4.0, "hour", "exact", "d4b")));
  }

  @Test
  void lookAlikeValuesAboutDifferentEventsAreNotConflicts() {
    assertEquals(Set.of(), conflicts(
        claim("a1", "Herald", "E1", "duration", "meeting.duration", "PT3H", 3.0, "hour", "exact", "c3"),
        claim("b1", "Post", "E2", "duration", "meeting.duration", "PT4H", 4.0, "hour", "exact", "d4")));
  }

  @Test
  void aRoundedFigureAndAPreciseOneWithinItsRoundingAgree() {
    assertEquals(Set.of(), conflicts(
        claim("a1", "Herald", "E1", "quantity", "count:evacuated", "2300", 2300.0, "people", "about", "q1"),
        claim("a2", "Post", "E1", "quantity", "count:evacuated", "2340", 2340.0, "people", "exact", "q2")));
    assertEquals(Set.of("Herald=14 | Post=11"), conflicts(
        claim("a1", "Herald", "E1", "quantity", "count:killed", "14", 14.0, "people", "exact", "k1"),
        claim("a2", "Post", "E1", "quantity", "count:killed", "11", 11.0, "people", "exact", "k2")));
  }

  @Test
  void weekdaysThatDisagreeConflictAndAFormerTitleConflictsWithTheCurrentOne() {
    assertEquals(Set.of("Herald=thursday | Post=friday", "Courant=former foreign minister | Herald=foreign minister"),
        conflicts(
            claim("a1", "Herald", "E1", "date_time", "meeting.date", "thursday", null, null, null, "w1"),
            claim("a2", "Post", "E1", "date_time", "meeting.date", "friday", null, null, null, "w2"),
            claim("a1", "Herald", "E1", "person_role", "role:Anna Lisk", "foreign minister", null, null, null, "r1"),
            claim("a3", "Courant", "E1", "person_role", "role:Anna Lisk", "foreign minister", null, null, "former",
                "r2")));
  }

  @Test
  void twoOutletsThatDisagreeOnTheTimeOfTheHappeningConflict() {
    assertEquals(Set.of("Herald=04:10 | Post=05:10"), conflicts(
        claim("a1", "Herald", "E1", "date_time", "incident.time", "04:10", 4 + 10 / 60.0, null, "about", "t1"),
        claim("a2", "Post", "E1", "date_time", "incident.time", "05:10", 5 + 10 / 60.0, null, "exact", "t2"),
        // times of anything else in the story answer no one question
        claim("a3", "Courant", "E1", "date_time", "time", "21:00", 21.0, null, "exact", "t3")));
  }

  @Test
  void anApproximateTimeAgreesWithAPreciseOneMinutesAwayAndShortlyBeforeLiesBeforeTheHour() {
    assertEquals(Set.of(), conflicts(
        claim("a1", "Herald", "E1", "date_time", "incident.time", "03:00", 3.0, null, "about", "t1"),
        claim("a2", "Post", "E1", "date_time", "incident.time", "03:10", 3 + 10 / 60.0, null, "exact", "t2")));
    assertEquals(Set.of(), conflicts(
        claim("a1", "Herald", "E1", "date_time", "incident.time", "04:00", 4.0, null, "less_than", "t1"),
        claim("a2", "Post", "E1", "date_time", "incident.time", "03:40", 3 + 40 / 60.0, null, "exact", "t2")));
    assertEquals(Set.of("Herald=04:00 | Post=04:20"), conflicts(
        claim("a1", "Herald", "E1", "date_time", "incident.time", "04:00", 4.0, null, "less_than", "t1"),
        claim("a2", "Post", "E1", "date_time", "incident.time", "04:20", 4 + 20 / 60.0, null, "exact", "t2")));
  }

  @Test
  void incidentWeekdaysThatDisagreeConflictButADateOfAnotherEventIsALookBack() {
    assertEquals(Set.of("Herald=2025-05-06 | Post=2025-05-07"), conflicts(
        claim("a1", "Herald", "E1", "date_time", "incident.date", "2025-05-06", null, "tuesday", null, "d1"),
        claim("a2", "Post", "E1", "date_time", "incident.date", "2025-05-07", null, "wednesday", null, "d2"),
        // the date most outlets give for another event is a look back at it
        claim("a3", "Courant", "E1", "date_time", "incident.date", "2025-04-20", null, "sunday", null, "d3"),
        claim("b1", "Courant", "E2", "date_time", "incident.date", "2025-04-20", null, "sunday", null, "e1"),
        claim("b2", "Herald", "E2", "date_time", "incident.date", "2025-04-20", null, "sunday", null, "e2")));
  }
}
