package dev.chorus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.tables.Schemas;
import dev.chorus.testing.SparkTestSession;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
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
    return published(id, null, people, places, dates, text, quotes, hours, mentioned, weekdays);
  }

  private static Row published(String id, String published, List<String> people, List<String> places,
      List<String> dates, String text) {
    return published(id, published, people, places, dates, text, List.of(), List.of(), places, List.of());
  }

  private static Row published(String id, String published, List<String> people, List<String> places,
      List<String> dates, String text, List<String> quotes, List<Double> hours, List<String> mentioned,
      List<String> weekdays) {
    return signed(id, published, people, places, dates, text, quotes, hours, mentioned, weekdays, null, null,
        List.of());
  }

  /** The place key as an article would write it: "port orla" → "Port Orla". */
  private static String written(String key) {
    return key == null ? null : Arrays.stream(key.split(" "))
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "));
  }

  /** An article with its own event's date and place (see EventSignature) and the dates it cites. */
  private static Row signed(String id, String published, List<String> people, List<String> places,
      List<String> dates, String text, List<String> quotes, List<Double> hours, List<String> mentioned,
      List<String> weekdays, String eventDate, String eventPlace, List<String> cited) {
    List<String> words = Arrays.asList(text.toLowerCase().split("\\W+"));
    return RowFactory.create(id, "src-" + id, published, people, places, mentioned, dates, weekdays, quotes, hours,
        words, eventDate, eventPlace, written(eventPlace), cited, words.stream().filter(w -> w.matches("\\d+") && !w.matches("(19|20)\\d\\d")).toList(),
        words.stream().filter(w -> w.matches("(19|20)\\d\\d")).toList(), null);
  }

  /** Unrelated stories, so that the vocabulary the tested articles share weighs something (IDF). */
  private static Row[] others() {
    return new Row[] {
        published("o1", null, List.of("lia mor"), List.of(), List.of(), "the harvest festival opened with music"),
        published("o2", null, List.of("sam kell"), List.of(), List.of(), "the football club signed a new striker"),
        published("o3", null, List.of("eva lund"), List.of(), List.of(), "a new bridge opened to traffic today")};
  }

  private static Map<String, String> eventsWithOthers(Row... rows) {
    List<Row> all = new java.util.ArrayList<>(List.of(rows));
    all.addAll(List.of(others()));
    return events(all.toArray(new Row[0]));
  }

  @Test
  void storiesFromOneCityPublishedMonthsApartAreTwoEventsHoweverAlikeTheirWords() {
    String text = "a strike closed the port of velgrad and workers marched through the old town square";
    Map<String, String> ev = eventsWithOthers(
        published("may", "2025-05-02T08:00:00Z", List.of("anna berg"), List.of("velgrad"), List.of(), text),
        published("may2", "2025-05-03", List.of("anna berg"), List.of("velgrad"), List.of(), text + " again"),
        published("dec", "2025-12-10", List.of("anna berg"), List.of("velgrad"), List.of(), text + " once more"));
    assertEquals(ev.get("may"), ev.get("may2"), "same city and people, a day apart: one event");
    assertNotEquals(ev.get("may"), ev.get("dec"), "seven months apart, no shared date: two events");
  }

  @Test
  void aLaterAnalysisThatGivesTheMeetingsDateJoinsItsEvent() {
    String text = "the envoy met the president in velgrad for talks on the dam and the corridor";
    Map<String, String> ev = eventsWithOthers(
        published("report", "2025-03-06", ENVOY_AND_PRESIDENT, List.of("velgrad"), List.of("2025-03-06"), text),
        published("analysis", "2025-04-20", ENVOY_AND_PRESIDENT, List.of("velgrad"), List.of("2025-03-06"),
            text + " six weeks on"));
    assertEquals(ev.get("report"), ev.get("analysis"));
  }

  @Test
  void aSharedDateAndCommonWordsWithoutAPersonPlaceOrQuoteInCommonAreNotOneEvent() {
    String text = "ministers met on tuesday and talks lasted three hours officials said after the meeting";
    List<String> days = List.of("2025-06-09", "2025-06-10");
    Row north = published("north", "2025-06-10", List.of("anna berg"), List.of(), days, text + " north");
    Row south = published("south", "2025-06-10", List.of("ivo dren"), List.of(), days, text + " south");
    Map<String, String> ev = eventsWithOthers(north, south);
    assertNotEquals(ev.get("north"), ev.get("south"));
  }

  @Test
  void oneNamedPersonEachAtOnePlaceIsNoVeto() {
    // one outlet names the victim of a crash at the bridge, another the police spokesman: who is
    // named in a short undated report is no signature of the happening, so only the fitted weight
    // of people_disjoint counts
    String text = "a bus crashed on the old bridge and nine passengers were taken to hospital";
    Row victim = signed("victim", null, List.of("anna berg"), List.of("old bridge"), List.of(), text + " driver",
        List.of(), List.of(), List.of("old bridge"), List.of(), null, "old bridge", List.of());
    Row police = signed("police", null, List.of("ivo dren"), List.of("old bridge"), List.of(), text + " police",
        List.of(), List.of(), List.of("old bridge"), List.of(), null, "old bridge", List.of());
    List<Row> pairs = EventStage.pairs(EventStage.vectors(spark.createDataFrame(List.of(victim, police),
        Schemas.EVENT_FEATURES))).collectAsList();
    assertEquals(1, pairs.size());
    assertEquals(1.0, pairs.get(0).getDouble(pairs.get(0).fieldIndex("f_event_place_same")));
    assertFalse(pairs.get(0).getBoolean(pairs.get(0).fieldIndex("cannot")));
  }

  @Test
  void twoMeetingsAtOnePalaceOnOneDayWithOtherPeopleAreTwoEvents() {
    String text = "talks at the palace lasted three hours and both sides called them useful";
    List<String> day = List.of("2025-06-10");
    Row morning = published("morning", "2025-06-10", List.of("a berg", "i dren"), List.of("stone palace"), day,
        text + " morning");
    Row evening = published("evening", "2025-06-10", List.of("l mor", "s kell"), List.of("stone palace"), day,
        text + " evening");
    Map<String, String> ev = eventsWithOthers(morning, evening);
    assertNotEquals(ev.get("morning"), ev.get("evening"));
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
    // reports of one meeting share words of their own besides the story's (here: how it ended);
    // with the common text alone the four reports' cosines were 0.03 to 0.05, and whether the
    // report giving another duration stayed with them hung on the model's third decimal place
    String first = common + " the talks ran late into the night";
    Map<String, String> ev = events(
        article("m1a", ENVOY_AND_PRESIDENT, List.of("velgrad"), List.of("velgrad"), List.of("2025-03-06"),
            List.of("thursday"), List.of(), List.of(3.0), first + " velgrad palace frank useful"),
        article("m1b", ENVOY_AND_PRESIDENT, List.of("velgrad"), List.of("velgrad"), List.of("2025-03-06"),
            List.of("thursday"), List.of(), List.of(3.0), first + " velgrad granite hall"),
        article("m1c", ENVOY_AND_PRESIDENT, List.of(), List.of(), List.of(), List.of("thursday"),
            List.of("we are closer than ever"), List.of(), first + " closer than ever"),
        article("m1d", ENVOY_AND_PRESIDENT, List.of("velgrad"), List.of("velgrad"), List.of("2025-03-06"),
            List.of("thursday"), List.of("we are closer than ever"), List.of(5.0), first + " marathon"),
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
        article("venue", ENVOY_AND_PRESIDENT, List.of("stone vale"), List.of("stone vale"), List.of(),
            List.of("thursday"), List.of(), List.of(3.0), text + " stone hall"),
        article("city", ENVOY_AND_PRESIDENT, List.of("velgrad"), List.of("velgrad", "stone vale"), List.of(),
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

  private Map<String, Boolean> candidates(Row... rows) {
    Map<String, Boolean> out = new HashMap<>();
    for (Row r : EventStage.candidatePairs(spark.createDataFrame(List.of(rows), Schemas.EVENT_FEATURES))
        .collectAsList()) {
      out.put(r.getString(0) + "+" + r.getString(1), true);
    }
    return out;
  }

  @Test
  void undatedArticlesWithoutNamesMeetByTheRareWordsTheyShare() {
    Row[] rows = {
        published("q1", null, List.of(), List.of(), List.of(), "a strong earthquake shook the coastal province of"
            + " tarvia overnight, the magnitude 6.1 tremor was felt in the capital"),
        published("q2", null, List.of(), List.of(), List.of(), "tarvia earthquake: magnitude 6.1 tremor damages"
            + " homes in coastal villages"),
        published("x1", null, List.of(), List.of(), List.of(), "the central bank raised interest rates again"),
        published("x2", null, List.of(), List.of(), List.of(), "a film festival opened with a premiere"),
        published("x3", null, List.of(), List.of(), List.of(), "the team won the cup final in extra time")};
    Map<String, Boolean> pairs = new HashMap<>();
    for (Row r : EventStage.contentPairs(EventStage.vectors(spark.createDataFrame(List.of(rows),
        Schemas.EVENT_FEATURES))).collectAsList()) {
      pairs.put(r.getString(0) + "+" + r.getString(1), true);
    }
    assertTrue(pairs.containsKey("q1+q2"), pairs.keySet().toString());
    assertFalse(pairs.containsKey("x1+x2"), "nothing rare in common: " + pairs.keySet());
    Map<String, String> ev = events(rows);
    assertEquals(ev.get("q1"), ev.get("q2"), "the same quake by its words alone");
    assertNotEquals(ev.get("x1"), ev.get("x2"));
  }

  @Test
  void aReportThatCitesTheFirstMeetingsDateDoesNotJoinTheFirstMeeting() {
    String first = "the envoy and the president met in velgrad for talks on the dam and the corridor and the grain";
    String second = "the envoy and the president met again for talks on the dam and the corridor and the grain";
    Map<String, String> ev = eventsWithOthers(
        signed("r1a", "2025-03-07", ENVOY_AND_PRESIDENT, List.of(), List.of(), first + " frank", List.of(),
            List.of(), List.of("velgrad"), List.of(), "2025-03-06", "velgrad", List.of()),
        signed("r1b", "2025-03-07", ENVOY_AND_PRESIDENT, List.of(), List.of(), first + " useful", List.of(),
            List.of(), List.of("velgrad"), List.of(), "2025-03-06", "velgrad", List.of()),
        // the second meeting's reports name the first one's date and place in passing
        signed("r2a", "2025-03-29", ENVOY_AND_PRESIDENT, List.of(), List.of(), second + " velgrad orla",
            List.of(), List.of(), List.of("velgrad", "port orla"), List.of(), "2025-03-28", "port orla",
            List.of("2025-03-06")),
        signed("r2b", "2025-03-29", ENVOY_AND_PRESIDENT, List.of(), List.of(), second + " orla sea", List.of(),
            List.of(), List.of("port orla"), List.of(), "2025-03-28", "port orla", List.of()));
    assertEquals(ev.get("r1a"), ev.get("r1b"));
    assertEquals(ev.get("r2a"), ev.get("r2b"));
    assertNotEquals(ev.get("r1a"), ev.get("r2a"), "other date and place for the same people: another event");
  }

  @Test
  void anArticleShowsItsPlaceAsWrittenWhilePairsCompareTheKey() {
    String text = "the envoy and the president met in velgrad for talks on the dam and the corridor and the grain";
    Map<String, Row> byId = new HashMap<>();
    for (Row r : EventStage.assign(spark.createDataFrame(List.of(
        signed("w1", "2025-03-07", ENVOY_AND_PRESIDENT, List.of(), List.of(), text + " frank", List.of(),
            List.of(), List.of("velgrad"), List.of(), "2025-03-06", "velgrad", List.of()),
        signed("w2", "2025-03-07", ENVOY_AND_PRESIDENT, List.of(), List.of(), text + " useful", List.of(),
            List.of(), List.of("velgrad"), List.of(), "2025-03-06", "velgrad", List.of())),
        Schemas.EVENT_FEATURES)).collectAsList()) {
      byId.put(r.getAs("article_id"), r);
    }
    assertEquals(byId.get("w1").<String>getAs("event_id"), byId.get("w2").getAs("event_id"));
    assertEquals("Velgrad", byId.get("w1").getAs("event_place"), "a reader sees the name, not its folded key");
    assertEquals("2025-03-06", byId.get("w1").getAs("event_date"));
  }

  @Test
  void anEventPlaceTheArticleNeverNamesIsNoPlaceClash() {
    String text = "the envoy and the president talked about the dam and the corridor and the grain";
    // "Talks in Velgrad Stall" (a Title Case headline) read as the place "velgrad stall": the
    // article's names hold "velgrad" only, so the misread phrase cannot split the happening
    Map<String, String> ev = eventsWithOthers(
        signed("h1", null, ENVOY_AND_PRESIDENT, List.of(), List.of(), text + " stall", List.of(), List.of(),
            List.of("velgrad"), List.of(), null, "velgrad stall", List.of()),
        signed("h2", null, ENVOY_AND_PRESIDENT, List.of(), List.of(), text + " granite", List.of(), List.of(),
            List.of("stone vale"), List.of(), null, "stone vale", List.of()),
        // a place both articles name as places of their own still splits: other people's story aside
        signed("k1", null, ENVOY_AND_PRESIDENT, List.of(), List.of(), text + " orla sea", List.of(), List.of(),
            List.of("port orla"), List.of(), null, "port orla", List.of()),
        signed("k2", null, ENVOY_AND_PRESIDENT, List.of(), List.of(), text + " orla sea hall", List.of(), List.of(),
            List.of("port orla town hall"), List.of(), null, "port orla town hall", List.of()));
    assertEquals(ev.get("h1"), ev.get("h2"), "a misread headline phrase is no clash");
    assertEquals(ev.get("k1"), ev.get("k2"), "a venue named after its town is within it: no clash");
    assertNotEquals(ev.get("h2"), ev.get("k1"), "the same two people at two places each names: a clash");
  }

  @Test
  void aPlaceClashWeighsAgainstOneEventButADateClashForbidsIt() {
    String text = "the envoy and the president talked about the dam and the corridor and the grain";
    List<String> envoy = List.of("anna berg");
    Row stone = signed("stone", null, envoy, List.of(), List.of(), text + " granite", List.of(),
        List.of(), List.of("stone vale"), List.of(), null, "stone vale", List.of());
    Row orla = signed("orla", null, envoy, List.of(), List.of(), text + " orla sea", List.of(),
        List.of(), List.of("port orla"), List.of(), null, "port orla", List.of());
    Row day1 = signed("day1", null, envoy, List.of(), List.of(), text + " orla sea hall", List.of(),
        List.of(), List.of("port orla"), List.of(), "2025-03-06", "port orla", List.of());
    Row day4 = signed("day4", null, envoy, List.of(), List.of(), text + " orla sea hall", List.of(),
        List.of(), List.of("port orla"), List.of(), "2025-03-09", "port orla", List.of());
    Row elsewhere = signed("elsewhere", null, envoy, List.of(), List.of(), text + " granite hall", List.of(),
        List.of(), List.of("stone vale"), List.of(), "2025-03-06", "stone vale", List.of());
    Row both1 = signed("both1", null, ENVOY_AND_PRESIDENT, List.of(), List.of(), text + " granite", List.of(),
        List.of(), List.of("stone vale"), List.of(), null, "stone vale", List.of());
    Row both2 = signed("both2", null, ENVOY_AND_PRESIDENT, List.of(), List.of(), text + " orla sea", List.of(),
        List.of(), List.of("port orla"), List.of(), null, "port orla", List.of());
    // a venue is within some town: "Vell Arena" and "Port Orla" are no clash (text/Sites)
    Row arena = signed("arena", null, ENVOY_AND_PRESIDENT, List.of(), List.of(), text + " orla sea", List.of(),
        List.of(), List.of("vell arena"), List.of(), null, "vell arena", List.of());
    // the same surname under two initials (a misread first name) is likely one person: not disjoint
    Row initialR = signed("initial-r", null, List.of("r vell"), List.of(), List.of(), text + " granite", List.of(),
        List.of(), List.of(), List.of(), null, null, List.of());
    Row initialE = signed("initial-e", null, List.of("e vell"), List.of(), List.of(), text + " granite", List.of(),
        List.of(), List.of(), List.of(), null, null, List.of());
    Row other = signed("other", null, List.of("k orlov"), List.of(), List.of(), text + " granite", List.of(),
        List.of(), List.of(), List.of(), null, null, List.of());
    Map<String, Row> byPair = new HashMap<>();
    for (Row r : EventStage.pairs(EventStage.vectors(spark.createDataFrame(
        List.of(stone, orla, day1, day4, elsewhere, both1, both2, arena, initialR, initialE, other),
        Schemas.EVENT_FEATURES))).collectAsList()) {
      byPair.put(r.getString(r.fieldIndex("a")) + "-" + r.getString(r.fieldIndex("b")), r);
    }
    Row placeClash = byPair.get("orla-stone");
    assertEquals(1.0, placeClash.getDouble(placeClash.fieldIndex("f_event_place_clash")), "two places each names");
    // outlets name the venue, the town or the region of one happening, and some differ: evidence, not a veto
    assertFalse(placeClash.getBoolean(placeClash.fieldIndex("cannot")));
    Row dateClash = byPair.get("day1-day4");
    assertEquals(1.0, dateClash.getDouble(dateClash.fieldIndex("f_event_date_clash")));
    assertTrue(dateClash.getBoolean(dateClash.fieldIndex("cannot")), "same person, three days apart: never one event");
    Row sameDay = byPair.get("day1-elsewhere");
    assertTrue(sameDay.getBoolean(sameDay.fieldIndex("cannot")), "same person, same day, two places: two happenings");
    Row twoMeetings = byPair.get("both1-both2");
    assertTrue(twoMeetings.getBoolean(twoMeetings.fieldIndex("cannot")), "the same two people at two places: two meetings");
    Row venue = byPair.get("arena-both2");
    assertEquals(0.0, venue.getDouble(venue.fieldIndex("f_event_place_clash")), "a venue and a town");
    assertFalse(venue.getBoolean(venue.fieldIndex("cannot")));
    Row sameSurname = byPair.get("initial-e-initial-r");
    assertEquals(0.0, sameSurname.getDouble(sameSurname.fieldIndex("f_people_disjoint")), "one surname, two initials");
    Row otherPerson = byPair.get("initial-r-other");
    assertEquals(1.0, otherPerson.getDouble(otherPerson.fieldIndex("f_people_disjoint")), "no name in common");
  }

  /** The row with a headline vector in place of none (the real ones come from EventFeatures). */
  private static Row titled(Row r, Float... vector) {
    Object[] values = new Object[r.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = r.get(i);
    }
    values[values.length - 1] = Arrays.asList(vector); // title_vector, the last of EVENT_FEATURES
    return RowFactory.create(values);
  }

  @Test
  void headlinesAlikeInMeaningAndADayWithAParticipantInCommonAreFeaturesOfTheirOwn() {
    String text = "the envoy and the president talked about the dam and the corridor";
    List<String> envoy = List.of("anna berg");
    Row first = titled(signed("first", null, envoy, List.of(), List.of(), text, List.of(), List.of(), List.of(),
        List.of(), "2025-03-06", null, List.of()), 0.6f, 0.8f, 0f);
    Row sameDay = titled(signed("same-day", null, envoy, List.of(), List.of(), text, List.of(), List.of(), List.of(),
        List.of(), "2025-03-06", null, List.of()), 0.8f, 0.6f, 0f);
    Row nextDay = titled(signed("next-day", null, envoy, List.of(), List.of(), text, List.of(), List.of(), List.of(),
        List.of(), "2025-03-07", null, List.of()), 0f, 0f, 1f);
    Row otherPerson = signed("other-person", null, List.of("k orlov"), List.of(), List.of(), text, List.of(),
        List.of(), List.of(), List.of(), "2025-03-06", null, List.of());
    Map<String, Row> byPair = new HashMap<>();
    List<Row> rows = new java.util.ArrayList<>(List.of(first, sameDay, nextDay, otherPerson));
    rows.addAll(List.of(others()));
    for (Row r : EventStage.pairs(EventStage.vectors(spark.createDataFrame(rows, Schemas.EVENT_FEATURES)))
        .collectAsList()) {
      byPair.put(r.getString(r.fieldIndex("a")) + "-" + r.getString(r.fieldIndex("b")), r);
    }
    Row same = byPair.get("first-same-day");
    assertEquals(0.96, same.getDouble(same.fieldIndex("f_title_similarity")), 1e-6, "the dot product of the vectors");
    assertEquals(1.0, same.getDouble(same.fieldIndex("f_event_date_same_people")));
    assertEquals(0.0, same.getDouble(same.fieldIndex("f_event_date_near_people")));
    Row next = byPair.get("first-next-day");
    assertEquals(0.0, next.getDouble(next.fieldIndex("f_title_similarity")), 1e-9, "orthogonal headlines");
    assertEquals(1.0, next.getDouble(next.fieldIndex("f_event_date_near_people")));
    Row other = byPair.get("first-other-person");
    assertEquals(1.0, other.getDouble(other.fieldIndex("f_event_date_same")));
    assertEquals(0.0, other.getDouble(other.fieldIndex("f_event_date_same_people")), "one day, nobody in common");
    assertEquals(0.0, other.getDouble(other.fieldIndex("f_title_similarity")), "no headline vector: no similarity");
  }

  @Test
  void contentRelativeIsTheCosineOverTheMeanOfBothArticlesBestMatchesAndPairsCarryNoArticleColumns() {
    List<String> envoy = List.of("anna berg");
    List<Row> rows = new java.util.ArrayList<>(List.of(
        signed("x", null, envoy, List.of(), List.of(), "envoy dam corridor talks river border", List.of(),
            List.of(), List.of(), List.of(), "2025-03-06", null, List.of()),
        signed("y", null, envoy, List.of(), List.of(), "envoy dam corridor talks harbour", List.of(),
            List.of(), List.of(), List.of(), "2025-03-06", null, List.of()),
        signed("z", null, envoy, List.of(), List.of(), "envoy dam wheat prices harbour", List.of(),
            List.of(), List.of(), List.of(), "2025-03-06", null, List.of())));
    rows.addAll(List.of(others()));
    Dataset<Row> pairs = EventStage.pairs(EventStage.vectors(spark.createDataFrame(rows, Schemas.EVENT_FEATURES)));
    List<String> expected = new java.util.ArrayList<>(List.of("a", "b"));
    PairFeatures.NAMES.forEach(n -> expected.add("f_" + n));
    expected.add("cannot");
    assertEquals(expected, List.of(pairs.columns()), "the features in the model's order, no article's columns");
    List<Row> all = pairs.collectAsList();
    Map<String, Double> best = new HashMap<>();
    for (Row r : all) {
      double c = r.getDouble(r.fieldIndex("f_content_cosine"));
      best.merge(r.getString(0), c, Math::max);
      best.merge(r.getString(1), c, Math::max);
    }
    int checked = 0;
    for (Row r : all) {
      double c = r.getDouble(r.fieldIndex("f_content_cosine"));
      double sum = best.get(r.getString(0)) + best.get(r.getString(1));
      double relative = r.getDouble(r.fieldIndex("f_content_relative"));
      assertEquals(sum > 0 ? 2 * c / sum : 0.0, relative, 1e-9, r.getString(0) + "-" + r.getString(1));
      if (sum > 0 && c > 0) {
        checked++;
      }
    }
    assertTrue(checked >= 3, "the three alike articles pair with some words in common: " + checked);
  }

  @Test
  void candidatesShareAWeekOrAMeetingDateOrHaveNoDateAtAll() {
    List<String> place = List.of("velgrad");
    Map<String, Boolean> pairs = candidates(
        published("a-mon", "2025-03-03", ENVOY_AND_PRESIDENT, place, List.of(), "x"),
        published("b-sun", "2025-03-09T22:00:00Z", ENVOY_AND_PRESIDENT, place, List.of(), "x"),
        published("c-later", "2025-06-20", ENVOY_AND_PRESIDENT, place, List.of(), "x"),
        published("d-analysis", "2025-06-21", ENVOY_AND_PRESIDENT, place, List.of("2025-03-04"), "x"),
        published("e-undated", null, ENVOY_AND_PRESIDENT, place, List.of(), "x"));
    assertTrue(pairs.containsKey("a-mon+b-sun"), "six days apart: " + pairs.keySet());
    assertFalse(pairs.containsKey("a-mon+c-later"), "months apart, no shared date");
    assertTrue(pairs.containsKey("a-mon+d-analysis"), "a later article giving the date meets the week's reports");
    assertTrue(pairs.containsKey("c-later+d-analysis"), "and the articles of its own week");
    assertTrue(pairs.containsKey("a-mon+e-undated") && pairs.containsKey("c-later+e-undated"),
        "an undated article meets every dated one of its buckets");
  }
}
