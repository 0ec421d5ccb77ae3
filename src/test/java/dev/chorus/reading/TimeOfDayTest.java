package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOfDayTest {

  private static List<String> values(String sentence) {
    return TimeOfDay.find(sentence).stream().map(Claim::value).toList();
  }

  @Test
  void twelveAndTwentyFourHourClocksGiveOneValue() {
    assertEquals(List.of("02:40"), values("The quake struck at 2.40am local time."));
    assertEquals(List.of("02:40"), values("The quake struck at 02:40."));
    assertEquals(List.of("14:15"), values("It ended at 2:15 p.m. on Friday."));
    assertEquals(List.of("04:00"), values("Sirens sounded before 4am."));
    assertEquals(List.of("00:30"), values("Power returned at 12.30 a.m."));
    assertEquals(List.of("21:05"), values("The last train left at 21:05, police said."));
  }

  @Test
  void hedgesBecomeTheQualifierAndRatiosOrDecimalsAreNoTimes() {
    Claim c = TimeOfDay.find("The blast, at about 3:40 a.m., woke the town.").get(0);
    assertEquals("about", c.qualifier());
    assertEquals("date_time", c.kind());
    assertEquals("incident.time", c.slot());
    assertEquals("more_than", TimeOfDay.find("It happened shortly after 2:15 p.m.").get(0).qualifier());
    assertEquals("less_than", TimeOfDay.find("The roof fell in shortly before 4am.").get(0).qualifier());
    assertEquals("time", TimeOfDay.find("By 8pm the readings had fallen.").get(0).slot());
    assertEquals(List.of(), values("Shares fell 2.40 per cent as volume rose 2:1 to 1.5 million."));
    assertEquals(List.of(), values("Updated 2025-10-09T03:40:00Z by the desk."));
    assertEquals(List.of(), values("Published 2025-03-28T17:05:00+01:00 by the desk."));
    assertEquals(List.of(), values("17/03/2025 18:40"));
    assertEquals(List.of(), values("Thu 6 Mar 2025 21:12 GMT"));
    assertEquals(List.of(), values("March 6, 2025 · 7:30 PM"));
  }
}
