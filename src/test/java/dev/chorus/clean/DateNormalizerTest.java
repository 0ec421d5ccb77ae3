package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.chorus.clean.DateNormalizer.Order;
import org.junit.jupiter.api.Test;

class DateNormalizerTest {

  @Test
  void monthNameDates() {
    assertEquals("2025-03-17", DateNormalizer.normalize("March 17, 2025"));
    assertEquals("2025-03-17", DateNormalizer.normalize("17 March 2025"));
    assertEquals("2025-03-17", DateNormalizer.normalize("Monday, 17th of March, 2025"));
    assertEquals("2024-09-05", DateNormalizer.normalize("Sept. 5 2024"));
  }

  @Test
  void weekdayDateTimeAndGmtGiveUtcOffset() {
    assertEquals("2025-03-06T21:12Z", DateNormalizer.normalize("Thu 6 Mar 2025 21:12 GMT"));
  }

  @Test
  void gmtWithHoursGivesThatOffset() {
    assertEquals("2025-04-12T10:04+10:00", DateNormalizer.normalize("12 Apr 2025, 10:04 GMT+10"));
    assertEquals("2024-03-03T09:15-04:30", DateNormalizer.normalize("3 Mar 2024 09:15 UTC-4:30"));
  }

  @Test
  void twelveHourClockAfterADot() {
    assertEquals("2025-03-06T19:30", DateNormalizer.normalize("March 6, 2025 · 7:30 PM"));
    assertEquals("2025-03-06T00:05", DateNormalizer.normalize("March 6, 2025 at 12:05 a.m."));
  }

  @Test
  void prefixedIsoDateAndIsoTimestamps() {
    assertEquals("2025-03-06", DateNormalizer.normalize("Published: 2025-03-06"));
    assertEquals("2025-03-06T19:30:00Z", DateNormalizer.normalize("2025-03-06T19:30:00Z"));
    assertEquals("2025-03-28T17:05:00+01:00", DateNormalizer.normalize("2025-03-28T17:05:00+01:00"));
    assertEquals("2025-03-28T17:05:00+01:00", DateNormalizer.normalize("2025-03-28T17:05:00.000+0100"));
    assertEquals("2025-03-06", DateNormalizer.normalize("2025-3-6"));
  }

  @Test
  void ambiguousNumericDateIsDayFirstByDefault() {
    assertEquals("2025-03-07T10:04", DateNormalizer.normalize("07/03/2025 10:04"));
  }

  @Test
  void ambiguousNumericDateFollowsTheGivenOrder() {
    assertEquals("2025-07-03T10:04", DateNormalizer.normalize("07/03/2025 10:04", Order.MONTH_FIRST));
  }

  @Test
  void aPartAboveTwelveDecidesTheOrder() {
    assertEquals("2025-03-17", DateNormalizer.normalize("03/17/2025", Order.DAY_FIRST));
    assertEquals("2025-03-17", DateNormalizer.normalize("17/03/2025", Order.MONTH_FIRST));
  }

  @Test
  void dottedNumericDateIsAlwaysDayFirst() {
    assertEquals("2025-03-07", DateNormalizer.normalize("07.03.2025", Order.MONTH_FIRST));
  }

  @Test
  void pageOrderComesFromItsUnambiguousNumericDates() {
    assertEquals(Order.MONTH_FIRST, DateNormalizer.numericOrder("Posted 03/17/2025\nUpdated 04/02/2025"));
    assertEquals(Order.DAY_FIRST, DateNormalizer.numericOrder("Posted 17/03/2025\nUpdated 04/02/2025"));
    assertEquals(Order.DAY_FIRST, DateNormalizer.numericOrder("Updated 04/02/2025"));
    assertEquals(Order.DAY_FIRST, DateNormalizer.numericOrder("03/17/2025 and 17/03/2025"));
    assertEquals(Order.DAY_FIRST, DateNormalizer.numericOrder(null));
  }

  @Test
  void unknownOrAmbiguousZoneKeepsTheLocalTime() {
    assertEquals("2025-03-06T19:30", DateNormalizer.normalize("March 6, 2025 7:30 PM IST"));
    assertEquals("2025-03-06T19:30-05:00", DateNormalizer.normalize("March 6, 2025 7:30 PM EST"));
  }

  @Test
  void impossibleTimeKeepsTheDate() {
    assertEquals("2025-03-06", DateNormalizer.normalize("6 March 2025 25:70"));
  }

  @Test
  void unparseableOrImpossibleDatesAreNull() {
    assertNull(DateNormalizer.normalize("ST. ORVEL, March 28 -"));
    assertNull(DateNormalizer.normalize("February 30, 2025"));
    assertNull(DateNormalizer.normalize("31/31/2025"));
    assertNull(DateNormalizer.normalize("yesterday"));
    assertNull(DateNormalizer.normalize(""));
    assertNull(DateNormalizer.normalize(null));
    assertNull(DateNormalizer.normalize("12 Smarch 2025"));
    assertNull(DateNormalizer.normalize("1 January 0001"));
  }

  @Test
  void hugeInputDoesNotThrow() {
    assertNull(DateNormalizer.normalize("12/".repeat(200_000)));
  }

  @Test
  void timestampLinesWithAnUpdateNoteReadTheAbsoluteTime() {
    assertEquals("2025-06-03T16:05Z", DateNormalizer.normalize("June 3, 2025 4:05 PM UTC · Updated 3 hours ago"));
    assertEquals("2025-05-14T09:30", DateNormalizer.normalize("14.05.2025, 09:30"));
    assertEquals("2025-05-15", DateNormalizer.normalize("15/05/2025", DateNormalizer.Order.MONTH_FIRST));
  }
}
