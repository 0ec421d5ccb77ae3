package dev.chorus.clean;

import dev.chorus.text.Calendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the publication date a page prints ("March 17, 2025", "Thu 6 Mar 2025 21:12 GMT",
 * "07/03/2025 10:04", "2025-03-06T19:30:00Z") into ISO 8601: {@code yyyy-MM-dd}, or
 * {@code yyyy-MM-ddTHH:mm[:ss][offset]} when the page gives a time. Anything it cannot read as a
 * real calendar date gives null, so downstream code never sees a page's own spelling of a date.
 *
 * <p>All-numeric dates are ambiguous ("07/03/2025"). When one part is above 12 it decides. Otherwise
 * the caller's {@link Order} is used; callers derive it from the page's other numeric dates
 * ({@link #numericOrder}) and fall back to day-first, the order of most of the world's news
 * sites. Dotted dates ("07.03.2025") are always day-first: month-first writers do not use dots.
 */
public final class DateNormalizer {

  /** How to read an all-numeric date whose parts are both 12 or less. */
  public enum Order { DAY_FIRST, MONTH_FIRST }

  private static final String MONTH = Calendar.MONTH;
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final Pattern ISO = Pattern.compile(
      "\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
          + "(?:\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)(?![\\w:]))?)?(?!\\d)");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?i)\\b(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?i)\\b" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})\\b");
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})\\b");
  /** A time right after the date, possibly after a separator: ", 10:04", " · 7:30 PM", " at 9:15". */
  private static final Pattern TIME = Pattern.compile(
      "(?i)^\\s*(?:[,·•|@–—-]|\\bat\\b)?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\b\\.?)?");
  /** A zone right after the time: "GMT", "GMT+10", "UTC-04:00", "+0100", "Z", "CET". */
  private static final Pattern ZONE = Pattern.compile(
      "^\\s*(?:\\(\\s*)?(?:(?i:gmt|utc)\\s*(?:([+-])(\\d{1,2})(?::?(\\d{2}))?)?|([+-])(\\d{2}):?(\\d{2})|(Z)|([A-Z]{3,4}))\\b");
  /**
   * Zone abbreviations that mean one offset only. Ambiguous ones (IST, CST, BST outside the UK
   * press...) are left out: a wrong offset is worse than none.
   */
  private static final Map<String, Integer> ZONE_HOURS = Map.of(
      "BST", 1, "CET", 1, "CEST", 2, "EET", 2, "EEST", 3,
      "EST", -5, "EDT", -4, "PST", -8, "PDT", -7, "AEST", 10);
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2199;

  private DateNormalizer() {}

  /** ISO form of the first date in {@code text}, all-numeric dates read day-first; null if none. */
  public static String normalize(String text) {
    return normalize(text, Order.DAY_FIRST);
  }

  /** ISO form of the first date in {@code text}; null if none. Never throws. */
  public static String normalize(String text, Order order) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return first(text, order == null ? Order.DAY_FIRST : order);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The order a page writes all-numeric dates in, from the dates on it that only read one way
   * ("17/03/2025" is day-first). Day-first when the page gives no such evidence or contradicts itself.
   */
  public static Order numericOrder(String pageText) {
    return numericOrder(pageText, null);
  }

  /**
   * As {@link #numericOrder(String)}, with the page's declared language as the tie-breaker when its
   * dates give no evidence: a United States English page ("en-US") writes month-first, every other
   * locale day-first.
   */
  public static Order numericOrder(String pageText, String language) {
    Order fallback = language != null && language.strip().toLowerCase(java.util.Locale.ROOT).matches("en[-_]us\\b.*")
        ? Order.MONTH_FIRST : Order.DAY_FIRST;
    if (pageText == null) {
      return fallback;
    }
    boolean dayFirst = false;
    boolean monthFirst = false;
    Matcher m = NUMERIC.matcher(pageText);
    while (m.find()) {
      if (!m.group(2).equals("/")) {
        continue;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      dayFirst |= a > 12 && b <= 12;
      monthFirst |= b > 12 && a <= 12;
    }
    if (dayFirst != monthFirst) {
      return dayFirst ? Order.DAY_FIRST : Order.MONTH_FIRST;
    }
    return dayFirst ? Order.DAY_FIRST : fallback;
  }

  /** Whether {@code text} holds an all-numeric date, the only kind whose reading depends on the order. */
  public static boolean hasNumericDate(String text) {
    return text != null && NUMERIC.matcher(text).find();
  }

  private static String first(String text, Order order) {
    Matcher iso = ISO.matcher(text);
    Matcher dayMonth = DAY_MONTH.matcher(text);
    Matcher monthDay = MONTH_DAY.matcher(text);
    Matcher numeric = NUMERIC.matcher(text);
    int isoAt = iso.find() ? iso.start() : Integer.MAX_VALUE;
    int dayMonthAt = dayMonth.find() ? dayMonth.start() : Integer.MAX_VALUE;
    int monthDayAt = monthDay.find() ? monthDay.start() : Integer.MAX_VALUE;
    int numericAt = numeric.find() ? numeric.start() : Integer.MAX_VALUE;
    int earliest = Math.min(Math.min(isoAt, dayMonthAt), Math.min(monthDayAt, numericAt));
    if (earliest == Integer.MAX_VALUE) {
      return null;
    }
    if (earliest == isoAt) {
      return fromIso(iso);
    }
    LocalDate date;
    int end;
    if (earliest == dayMonthAt) {
      date = date(dayMonth.group(3), month(dayMonth.group(2)), dayMonth.group(1));
      end = dayMonth.end();
    } else if (earliest == monthDayAt) {
      date = date(monthDay.group(3), month(monthDay.group(1)), monthDay.group(2));
      end = monthDay.end();
    } else {
      date = numericDate(numeric, order);
      end = numeric.end();
    }
    return date == null ? null : withTime(date, text.substring(end));
  }

  /** ISO input is re-checked and re-printed: "2025-3-6" or "2025-02-30" are not left as they are. */
  private static String fromIso(Matcher m) {
    LocalDate date = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    if (date == null || m.group(4) == null) {
      return date == null ? null : date.toString();
    }
    String time = time(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6));
    if (time == null) {
      return date.toString();
    }
    String offset = m.group(7) == null ? "" : isoOffset(m.group(7));
    return offset == null ? date + "T" + time : date + "T" + time + offset;
  }

  private static LocalDate numericDate(Matcher m, Order order) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    boolean dayFirst;
    if (m.group(2).equals(".") || a > 12) {
      dayFirst = true;
    } else if (b > 12) {
      dayFirst = false;
    } else {
      dayFirst = order == Order.DAY_FIRST;
    }
    return dayFirst ? date(m.group(4), b, m.group(1)) : date(m.group(4), a, m.group(3));
  }

  private static String withTime(LocalDate date, String rest) {
    Matcher t = TIME.matcher(rest);
    if (!t.find()) {
      return date.toString();
    }
    int hour = Integer.parseInt(t.group(1));
    if (t.group(4) != null) {
      if (hour < 1 || hour > 12) {
        return date.toString();
      }
      boolean pm = t.group(4).equalsIgnoreCase("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    String time = time(hour, Integer.parseInt(t.group(2)), t.group(3));
    if (time == null) {
      return date.toString();
    }
    String offset = zone(rest.substring(t.end()));
    return date + "T" + time + (offset == null ? "" : offset);
  }

  private static String time(int hour, int minute, String seconds) {
    if (hour > 23 || minute > 59 || seconds != null && Integer.parseInt(seconds) > 59) {
      return null;
    }
    String hm = String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    return seconds == null ? hm : hm + ":" + seconds;
  }

  /** The offset of a zone written after a time, or null when there is none or it is ambiguous. */
  private static String zone(String rest) {
    Matcher z = ZONE.matcher(rest);
    if (!z.find()) {
      return null;
    }
    if (z.group(7) != null) {
      return "Z";
    }
    if (z.group(8) != null) {
      Integer hours = ZONE_HOURS.get(z.group(8));
      return hours == null ? null : offset(hours, 0);
    }
    if (z.group(4) != null) {
      return signed(z.group(4), z.group(5), z.group(6));
    }
    if (z.group(1) == null) {
      return "Z"; // bare GMT / UTC
    }
    return signed(z.group(1), z.group(2), z.group(3));
  }

  private static String isoOffset(String written) {
    if (written.equals("Z")) {
      return "Z";
    }
    String digits = written.substring(1).replace(":", "");
    return signed(written.substring(0, 1), digits.substring(0, 2), digits.length() > 2 ? digits.substring(2) : null);
  }

  private static String signed(String sign, String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int m = minutes == null ? 0 : Integer.parseInt(minutes);
    return sign.equals("-") ? offset(-h, -m) : offset(h, m);
  }

  private static String offset(int hours, int minutes) {
    try {
      return ZoneOffset.ofHoursMinutes(hours, minutes).getId();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int month(String name) {
    return Math.max(0, Calendar.month(name));
  }

  private static LocalDate date(String year, int month, String day) {
    int y = Integer.parseInt(year);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      return null;
    }
    try {
      return LocalDate.of(y, month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
