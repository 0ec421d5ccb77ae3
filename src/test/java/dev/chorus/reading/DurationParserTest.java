package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DurationParserTest {

  private static Claim only(String sentence) {
    List<Claim> found = DurationParser.find(sentence);
    assertEquals(1, found.size(), () -> "claims: " + found);
    return found.get(0);
  }

  @Test
  void hyphenatedCompoundBeforeAMeetingNoun() {
    Claim c = only("The three-hour meeting ended without a statement.");
    assertEquals("meeting.duration", c.slot());
    assertEquals("PT3H", c.value());
    assertEquals(3.0, c.valueNum());
    assertEquals("hour", c.unit());
    assertEquals("exact", c.qualifier());
  }

  @Test
  void strayBlankBeforeTheHyphenAndLongSuffixAreTolerated() {
    assertEquals("PT3H", only("Aide Pel Voss called the three -hour session calm.").value());
    assertEquals("PT2H", only("The two-hour-long talks went well.").value());
  }

  @Test
  void forAndLastedWithHedges() {
    Claim over = only("Mayor Ilse Brand met the strikers for more than four hours on Monday.");
    assertEquals("more_than", over.qualifier());
    assertEquals("meeting.duration", over.slot());
    assertEquals("about", only("The talks lasted nearly five hours.").qualifier());
    assertEquals("more_than", only("Their talks lasted over 4 hours.").qualifier());
    assertEquals("less_than", only("The call lasted under 3 hours.").qualifier());
  }

  @Test
  void halfHoursBecomeMinutes() {
    Claim c = only("The summit ran for four and a half hours.");
    assertEquals("PT4H30M", c.value());
    assertEquals(4.5, c.valueNum());
  }

  @Test
  void spendingHoursWithSomeoneIsAMeeting() {
    assertEquals("meeting.duration",
        only("Envoy Rasa Teel spent three hours with President Odo Prann.").slot());
  }

  @Test
  void durationsOutsideMeetingsKeepThePlainSlot() {
    Claim rain = only("Some 90 millimetres of rain fell in 12 hours.");
    assertEquals("duration", rain.slot());
    assertEquals("PT12H", rain.value());
    assertEquals("duration", only("A three-hour drive brought him to the meeting.").slot());
  }

  @Test
  void yearsAndMonthsAreNeverMeetingLengths() {
    Claim war = only("This meeting comes as the siege has lasted for nearly two years.");
    assertEquals("duration", war.slot());
    assertEquals("P2Y", war.value());
    assertEquals("about", war.qualifier());
    assertEquals("P21M", only("They held the town after 21 months of trying.").value());
  }

  @Test
  void pointsInTimeAreNoDurations() {
    assertTrue(DurationParser.find("He should have acted 11 years ago.").isEmpty());
    assertTrue(DurationParser.find("It is in its fourth year.").isEmpty());
  }

  @Test
  void aUnitAndAHalfWithoutANumber() {
    Claim c = only("Crews put out the blaze within an hour and a half.");
    assertEquals("PT1H30M", c.value());
    assertEquals(1.5, c.valueNum());
    // the same length as "90 minutes", in hours: ClusterStage keys durations by it
    assertEquals(only("The fire was out in 90 minutes.").valueNum(), c.valueNum());
    assertEquals(0.5, only("The crossing took half an hour.").valueNum());
    assertEquals(36.0, only("The siege lasted a day and a half.").valueNum());
  }
}
