package dev.chorus.reading;

import dev.chorus.text.Cues;
import dev.chorus.text.Reporting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day, normalised to the 24-hour clock: "3:40 a.m.", "2.40am", "4am" and "03:40" are
 * 03:40, 02:40, 04:00 and 03:40. A claim of kind date_time, slot "incident.time" when it says when
 * the story's happening took place ({@link Happening}), else "time", with the hedge before it as
 * qualifier ("about 3:40 a.m." is about 03:40; "shortly before 4am" is less_than 04:00 and "shortly
 * after" more_than: the side of the time that the happening lies on).
 */
final class TimeOfDay {

  /** "3:40 a.m.", "2.40am", "4 pm", "11.05 p.m.". */
  private static final Pattern TWELVE_HOUR = Pattern.compile(
      "(?i)(?<![\\d:.,])(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s?([ap])\\.?m\\b\\.?");
  /** "03:42", "14:15"; not a 12-hour time, a ratio ("2:1") or part of a longer number or timestamp. */
  private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile(
      "(?<![\\d:.,/+\\-\\p{L}])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])(?!\\s?(?i:[ap]\\.?m\\b))");
  /** A date just before a time makes it a timestamp ("17/03/2025 18:40", "6 Mar 2025 21:12"): when a page was written. */
  private static final Pattern STAMPED = Pattern.compile("(?:\\b(?:1[89]|20)\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\W{0,3}$");
  private static final Pattern SHORTLY = Pattern.compile("(?i)\\b(?:shortly|just|soon)\\s+(before|after)\\s*$");

  private TimeOfDay() {}

  static List<Claim> find(String s) {
    List<Claim> out = new ArrayList<>();
    // both patterns read digits: most sentences have none
    if (!Cues.hasDigit(s)) {
      return out;
    }
    Matcher t = TWELVE_HOUR.matcher(s);
    while (t.find()) {
      int hour = Integer.parseInt(t.group(1)) % 12;
      if (t.group(3).toLowerCase(Locale.ROOT).equals("p")) {
        hour += 12;
      }
      int minute = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
      add(out, s, hour, minute, t.start(), t.end());
    }
    Matcher h = TWENTY_FOUR_HOUR.matcher(s);
    while (h.find()) {
      add(out, s, Integer.parseInt(h.group(1)), Integer.parseInt(h.group(2)), h.start(), h.end());
    }
    return out;
  }

  private static void add(List<Claim> out, String s, int hour, int minute, int begin, int end) {
    if (!STAMPED.matcher(s.substring(Math.max(0, begin - 20), begin)).find()) {
      out.add(claim(s, hour, minute, begin, end));
    }
  }

  private static Claim claim(String s, int hour, int minute, int begin, int end) {
    String before = s.substring(0, begin);
    Matcher shortly = SHORTLY.matcher(before);
    boolean near = shortly.find();
    String qualifier = !near ? Reporting.qualifier(before)
        : shortly.group(1).equalsIgnoreCase("before") ? "less_than" : "more_than";
    int from = near ? shortly.start() : begin - Reporting.qualifierLength(before);
    String value = String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    String slot = Happening.owns(s, from, end) ? "incident.time" : "time";
    return new Claim("date_time", slot, null, value, hour + minute / 60.0, null, qualifier, null, from, end);
  }
}
