package dev.chorus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CalendarTest {

  @Test
  void monthsByNameAndAbbreviation() {
    assertEquals(List.of(1, 2, 3, 9, 9, 12), List.of(Calendar.month("January"), Calendar.month("feb"),
        Calendar.month("MAR."), Calendar.month("Sept"), Calendar.month("september"), Calendar.month("Dec")));
    assertEquals(-1, Calendar.month("Monday"));
    assertEquals(-1, Calendar.month("an"), "no month in the middle of the letters (\"anf\")");
    assertEquals(-1, Calendar.month(null));
  }

  @Test
  void theCapitalisedMonthIsNoVerb() {
    Pattern capitalised = Pattern.compile("\\b" + Calendar.MONTH_CAPITALISED + "\\s+\\d");
    assertTrue(capitalised.matcher("on May 5").find());
    assertTrue(capitalised.matcher("on Sept. 5").find());
    assertFalse(capitalised.matcher("it may 5 times").find());
    Pattern any = Pattern.compile("(?i)\\b" + Calendar.MONTH + "\\s+\\d");
    assertTrue(any.matcher("PUBLISHED OCT 9, 2025").find());
  }

  @Test
  void dayAndMonthNamesWithMoreWordsAreOneSet() {
    assertEquals(19 + 1, Calendar.andDayAndMonthNames("today", "may").size(), "a word already there counts once");
    assertTrue(Calendar.DAY_AND_MONTH_NAMES.containsAll(List.of("may", "sunday", "december")));
  }
}
