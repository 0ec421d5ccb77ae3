package dev.chorus.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * English month and weekday names, one home for the calendar words that cleaning (page dates),
 * events (an article's own date), claims (dates and names) and entities (words that are no name)
 * all read.
 */
public final class Calendar {

  /** Each month's name, as a regex: the full name, and its abbreviation ("Sept", "Oct"). */
  private static final List<String> MONTH_FORMS = List.of("jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?",
      "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?", "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?",
      "dec(?:ember)?");

  /** A month, one capturing group, an abbreviation's dot after it: lower case, for patterns flagged (?i). */
  public static final String MONTH = group(false) + "\\.?";
  /**
   * A month written with its capital, as running text writes it: "may" and "march" in lower case
   * are a verb, not a month.
   */
  public static final String MONTH_CAPITALISED = group(true) + "\\.?";
  /** A weekday's full name, one capturing group, lower case: for patterns flagged (?i). */
  public static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

  /** Months' full names, lower case, January first. */
  public static final List<String> MONTH_NAMES = List.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december");
  /** Weekdays' full names, lower case, Monday first. */
  public static final List<String> WEEKDAY_NAMES = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  /** Month and weekday names, lower case: capitalised words that are no name or place. */
  public static final Set<String> DAY_AND_MONTH_NAMES = Stream.concat(MONTH_NAMES.stream(), WEEKDAY_NAMES.stream())
      .collect(Collectors.toUnmodifiableSet());

  private Calendar() {}

  /** These words and the day and month names ({@link #DAY_AND_MONTH_NAMES}), as one set. */
  public static Set<String> andDayAndMonthNames(String... words) {
    return Stream.concat(DAY_AND_MONTH_NAMES.stream(), Stream.of(words)).collect(Collectors.toUnmodifiableSet());
  }

  /** The month (1-12) a month's name or abbreviation names, by its first three letters; -1 if none. */
  public static int month(String name) {
    if (name == null || name.length() < 3) {
      return -1;
    }
    String p = name.toLowerCase(Locale.ROOT).substring(0, 3);
    int i = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(p);
    return i < 0 || i % 3 != 0 ? -1 : i / 3 + 1;
  }

  private static String group(boolean capitalised) {
    return MONTH_FORMS.stream()
        .map(f -> capitalised ? Character.toUpperCase(f.charAt(0)) + f.substring(1) : f)
        .collect(Collectors.joining("|", "(", ")"));
  }
}
