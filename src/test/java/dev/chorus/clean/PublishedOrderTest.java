package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublishedOrderTest {

  @Test
  void zonedTimesCompareInUtc() {
    assertEquals("2025-03-28T16:05:00", PublishedOrder.key("2025-03-28T17:05:00+01:00"));
    assertTrue(PublishedOrder.key("2025-03-28T17:05:00+01:00").compareTo(PublishedOrder.key("2025-03-28T16:30Z")) < 0);
  }

  @Test
  void bareDateSortsAfterEveryTimeOfItsDayAndBeforeTheNextDay() {
    String day = PublishedOrder.key("2025-06-03");
    assertTrue(PublishedOrder.key("2025-06-03T23:59").compareTo(day) < 0);
    assertTrue(day.compareTo(PublishedOrder.key("2025-06-04T00:01")) < 0);
  }

  @Test
  void localTimesKeepTheirOrderAndBlankIsNull() {
    assertTrue(PublishedOrder.key("2025-10-09T11:24").compareTo(PublishedOrder.key("2025-10-09T19:10")) < 0);
    assertNull(PublishedOrder.key(" "));
    assertEquals("sometime", PublishedOrder.key("sometime"));
  }
}
