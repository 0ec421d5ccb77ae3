package dev.chorus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.chorus.tables.Schemas;
import dev.chorus.testing.SparkTestSession;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventStageTest {

  private static final List<String> ENVOY_AND_PRESIDENT = List.of("anna berg", "ivo dren");
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Row article(String id, List<String> people, List<String> places, List<String> mentioned,
      List<String> dates, List<String> weekdays, List<String> quotes, List<Double> hours, String text) {
    return RowFactory.create(id, "src-" + id, null, people, places, mentioned, dates, weekdays, quotes, hours,
        Arrays.asList(text.toLowerCase().split("\\W+")));
  }

  private static Map<String, String> events(Row... rows) {
    Map<String, String> out = new HashMap<>();
    for (Row r : EventStage.assign(spark.createDataFrame(List.of(rows), Schemas.EVENT_FEATURES)).collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  @Test
  void twoMeetingsOfTheSamePeopleAtOtherPlacesAndDatesAreTwoEvents() {
    String common = "the envoy met the president to discuss the peace plan and the dam and the corridor";
    Map<String, String> ev = events(
        article("m1a", ENVOY_AND_PRESIDENT, List.of("velgrad"), List.of("velgrad"), List.of("2025-03-06"),
            List.of("thursday"), List.of(), List.of(3.0), common + " velgrad palace frank useful"),
        article("m1b", ENVOY_AND_PRESIDENT, List.of("velgrad"), List.of("velgrad"), List.of("2025-03-06"),
            List.of("thursday"), List.of(), List.of(3.0), common + " velgrad granite hall"),
        article("m1c", ENVOY_AND_PRESIDENT, List.of(), List.of(), List.of(), List.of("thursday"),
            List.of("we are closer than ever"), List.of(), common + " closer than ever"),
        article("m1d", ENVOY_AND_PRESIDENT, List.of("velgrad"), List.of("velgrad"), List.of("2025-03-06"),
            List.of("thursday"), List.of("we are closer than ever"), List.of(5.0), common + " marathon"),
        article("m2a", ENVOY_AND_PRESIDENT, List.of("port orla"), List.of("port orla", "velgrad"),
            List.of("2025-03-28"), List.of("friday"), List.of(), List.of(4.0), common + " port orla library"),
        article("m2b", ENVOY_AND_PRESIDENT, List.of("port orla"), List.of("port orla"), List.of("2025-03-28"),
            List.of("friday"), List.of(), List.of(4.0), common + " port orla sea"),
        article("flood", List.of("hanna vitt"), List.of("brenn"), List.of("brenn"), List.of("2025-03-16"),
            List.of("sunday"), List.of(), List.of(), "the river flooded the town nineteen people died"));
    assertEquals(ev.get("m1a"), ev.get("m1b"));
    assertEquals(ev.get("m1a"), ev.get("m1d"), "a conflicting duration does not split one meeting");
    assertEquals(ev.get("m1a"), ev.get("m1c"), "a shared quote ties an article without date or place");
    assertEquals(ev.get("m2a"), ev.get("m2b"));
    assertNotEquals(ev.get("m1a"), ev.get("m2a"), "same people, other place and date: another event");
    assertNotEquals(ev.get("flood"), ev.get("m1a"));
    assertEquals(7, ev.size(), "every article gets an event");
  }

  @Test
  void aVenueTheOtherArticleNamesIsNotAPlaceClash() {
    String text = "the envoy and the president talked for three hours and called the talks constructive and useful";
    Map<String, String> ev = events(
        article("venue", ENVOY_AND_PRESIDENT, List.of("stone hall"), List.of("stone hall"), List.of(),
            List.of("thursday"), List.of(), List.of(3.0), text + " stone hall"),
        article("city", ENVOY_AND_PRESIDENT, List.of("velgrad"), List.of("velgrad", "stone hall"), List.of(),
            List.of("friday"), List.of(), List.of(3.0), text + " velgrad stone hall"),
        // other stories give the vocabulary its weight: words in every article say nothing (IDF)
        article("o1", List.of("lia mor"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            "the harvest festival opened with music"),
        article("o2", List.of("sam kell"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            "the football club signed a new striker"));
    assertEquals(ev.get("venue"), ev.get("city"));
  }

  @Test
  void theEventIdIsAHashOfItsMembers() {
    Map<String, String> ev = events(article("solo", List.of("x y"), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), "alone"));
    assertEquals(dev.chorus.util.Ids.of("solo"), ev.get("solo"));
  }
}
