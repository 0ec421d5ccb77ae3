package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {

  private static final ClaimContext MARCH_7 = new ClaimContext("2025-03-07T10:04:00Z", null, List.of());

  private static Claim only(String sentence, ClaimContext ctx) {
    List<Claim> found = DateResolver.find(sentence, ctx);
    assertEquals(1, found.size(), () -> "claims: " + found);
    return found.get(0);
  }

  @Test
  void weekdayResolvesToTheMostRecentSuchDayAndKeepsTheName() {
    Claim c = only("Envoy Lina Hart met President Odo Prann on Thursday.", MARCH_7);
    assertEquals("meeting.date", c.slot());
    assertEquals("2025-03-06", c.value());
    assertEquals("thursday", c.unit());
    assertEquals(DateResolver.WEEKDAY, c.qualifier(), "stated as a weekday, not as the date it resolves to");
  }

  @Test
  void weekdayOfThePublicationDayIsThatDay() {
    assertEquals("2025-03-07", only("The talks began on Friday.", MARCH_7).value());
  }

  @Test
  void weekdayWithoutPublicationDateStaysAName() {
    Claim c = only("The talks began on Friday.", ClaimContext.empty());
    assertEquals("friday", c.value());
    assertNull(c.unit());
  }

  @Test
  void datesTakeTheYearFromPublicationAndCarryTheirWeekday() {
    Claim c = only("The meeting took place on March 6 in Velm.", MARCH_7);
    assertEquals("2025-03-06", c.value());
    assertEquals("thursday", c.unit());
    assertNull(c.qualifier());
    assertEquals("2025-04-12", only("They met on 12 Apr 2025.", ClaimContext.empty()).value());
    assertEquals("--04-25", only("On April 25, the two leaders met.", ClaimContext.empty()).value());
  }

  @Test
  void aDateJustAfterNewYearBelongsToThePreviousYearWhenFarAhead() {
    ClaimContext jan = new ClaimContext("2026-01-03", null, List.of());
    assertEquals("2025-12-30", only("The summit was held on December 30.", jan).value());
  }

  @Test
  void briefingsBroadcastsAndMediaAreNotTheMeetingDay() {
    String s = "After the talks Envoy Lina Hart will brief the chancellor on Friday morning.";
    assertEquals("date", only(s, MARCH_7).slot());
    String video = "On Thursday, a video aired by state media showed the envoy greeting the president.";
    assertEquals("date", only(video, MARCH_7).slot());
    // not the meeting's day, but the flood's own: a happening word dates the story's happening
    assertEquals("incident.date", only("The flood began on Sunday night.", MARCH_7).slot());
  }

  @Test
  void monthAndYearIsAPlainDate() {
    Claim c = only("The fighting started in February 2022.", MARCH_7);
    assertEquals("2022-02", c.value());
    assertEquals("date", c.slot());
  }

  @Test
  void datelineDateIsSkipped() {
    assertTrue(DateResolver.find("Velm [Ostland], April 12 (NPA): The envoy arrived.", MARCH_7).isEmpty());
  }

  @Test
  void whenSomethingBeganIsAStandingFactByYearOrMonth() {
    List<Claim> a = DateResolver.find("Kadrovo has been quiet since the war began in 2019.", MARCH_7);
    assertEquals("began:war", a.get(0).slot());
    assertEquals("2019", a.get(0).value());
    List<Claim> b = DateResolver.find(
        "They have not talked since the first weeks of the war, which began when troops crossed in February 2019.",
        MARCH_7);
    assertEquals("began:war", b.get(0).slot());
    assertEquals("2019-02", b.get(0).value());
  }

  @Test
  void aMeetingThatBeganOnAWeekdayIsNoBeginning() {
    assertTrue(DateResolver.find("The talks began on Friday.", MARCH_7).stream()
        .noneMatch(c -> c.slot().startsWith("began:")));
  }

  @Test
  void whenAThingWasBuiltOrFoundedInItsWordings() {
    for (String s : List.of("The Marl bridge, built in 1931, carries the main road.",
        "The Marl bridge was opened in 1931.", "The Marl bridge opened in 1931 to traffic.")) {
      Claim c = only(s, MARCH_7);
      assertEquals("opened:bridge", c.slot(), s);
      assertEquals("1931", c.value(), s);
    }
    assertEquals("opened:company", only("The company was founded in 1990 by two brothers.", MARCH_7).slot());
  }
}
