package dev.chorus.reading;

import dev.chorus.text.Calendar;
import dev.chorus.text.Cues;
import dev.chorus.text.Reporting;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays and calendar dates, resolved against the publication date when possible. Slot
 * "meeting.date" for the date of a meeting, "incident.date" for the date of the story's happening
 * ({@link Happening}), else "date".
 */
public final class DateResolver {

  private static final String MONTHS = Calendar.MONTH_CAPITALISED;
  private static final Pattern DATE = Pattern.compile(
      "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?"
          + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "(?:,?\\s+(\\d{4})\\b)?"
          + "|\\b(?:in\\s+)" + MONTHS + "\\s+(\\d{4})\\b"
          + "|\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Set<String> WEEKDAYS = Set.copyOf(Calendar.WEEKDAY_NAMES);
  /** "CITY [Country], April 12 (AGENCY):" gives where and when a story was filed. */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*\\p{Lu}[\\p{L} .'’\\[\\]()-]{0,40},\\s*[\\p{L}.]+\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*"
          + "(?:\\(\\p{Lu}{2,}\\))?\\s*(?::|[–—-]\\s)");
  private static final Pattern NOT_MEETING_VERB = Pattern.compile(
      "(?i)\\b(?:brief|briefed|briefing|published|posted|aired|broadcast|announced|return|returned"
          + "|returns|report|reported|vote|voted|said|told|since|until|by|before|after|from)"
          + "\\s+(?:\\S+\\s+){0,3}$");
  private static final Pattern MEDIA = Pattern.compile(
      "(?i)\\b(?:video|footage|interview|magazine|post|broadcast|statement|article|report)\\b");

  /**
   * "the war began in 2022", "the war, which began when ... in February 2022": when something
   * started is a standing fact of its own, whatever the article's event.
   */
  private static final Pattern BEGAN = Pattern.compile(
      "\\b(?:the|this|that|a)\\s+(\\p{Ll}+)(?:,?\\s+(?:which|that))?\\s+(?:began|started|broke\\s+out|erupted)\\b"
          + "([^.;:]{0,80}?)\\b(?:in|since)\\s+(?:" + MONTHS + "\\s+)?(\\d{4})\\b");

  /**
   * "the bridge, built in 1931," and "the Marl bridge was opened in 1931": when a thing was built or
   * founded. A fact of the article's event, not a standing one: two events' plants are two things.
   */
  private static final Pattern FOUNDED = Pattern.compile(
      "\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa])\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}(\\p{Ll}+)"
          + "(?:,?\\s+(?:which|that)\\s+(?:was|were))?(?:,\\s+|\\s+(?:was|were|had\\s+been)\\s+|\\s+)"
          + "(?:first\\s+)?(?:built|opened|founded|established|completed|inaugurated|commissioned)"
          + "\\s+in\\s+(?:" + MONTHS + "\\s+)?(\\d{4})\\b");

  /** The qualifier of a date stated as a weekday ("on Thursday"). */
  public static final String WEEKDAY = "weekday";

  private DateResolver() {}

  static List<Claim> find(String s, ClaimContext ctx) {
    List<Claim> out = new ArrayList<>();
    // BEGAN's verbs are rare and its opening alternation is tried at every position: look first
    Matcher b = BEGAN.matcher(s);
    if ((s.contains("began") || s.contains("started") || s.contains("broke") || s.contains("erupted")) && b.find()) {
      int month = b.group(3) == null ? -1 : Calendar.month(b.group(3));
      String value = month < 0 ? b.group(4) : String.format("%s-%02d", b.group(4), month);
      out.add(new Claim("date_time", "began:" + b.group(1).toLowerCase(Locale.ROOT), null, value, null, null, null,
          null, b.start(), b.end()));
    }
    // FOUNDED and DATE need a digit, but for DATE's weekday: most sentences have neither
    boolean digit = Cues.hasDigit(s);
    Matcher f = FOUNDED.matcher(s);
    while (digit && f.find()) {
      out.add(new Claim("date_time", "opened:" + f.group(1).toLowerCase(Locale.ROOT), null, f.group(3), null, null,
          null, null, f.start(), f.end()));
    }
    LocalDate published = published(ctx.published());
    int skipUntil = dateline(s);
    boolean mayDate = digit || Cues.hasWord(s, WEEKDAYS);
    Matcher m = DATE.matcher(s);
    while (mayDate && m.find()) {
      if (m.start() < skipUntil) {
        continue;
      }
      Claim c = toClaim(s, m, published);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static int dateline(String s) {
    Matcher d = DATELINE.matcher(s);
    return d.find() ? d.end() : -1;
  }

  private static Claim toClaim(String s, Matcher m, LocalDate published) {
    String slot = aboutMeeting(s, m) ? "meeting.date"
        : Happening.owns(s, m.start(), m.end()) ? "incident.date" : "date";
    if (m.group(9) != null) {
      DayOfWeek dow = DayOfWeek.valueOf(m.group(9).toUpperCase(Locale.ROOT));
      String name = dow.name().toLowerCase(Locale.ROOT);
      // qualified "weekday": "on Thursday" and "on 9 October" are two statements even when they
      // name one day (the weekday's date is inferred from the publication date), and agree
      if (published == null) {
        return weekday(slot, name, null, m);
      }
      int back = (published.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
      return weekday(slot, published.minusDays(back).toString(), name, m);
    }
    if (m.group(7) != null) {
      int month = Calendar.month(m.group(7));
      return month < 0 ? null : new Claim("date_time", "date", null,
          String.format("%s-%02d", m.group(8), month), null, null, null, null, m.start(), m.end());
    }
    boolean monthFirst = m.group(1) != null;
    int month = Calendar.month(monthFirst ? m.group(1) : m.group(5));
    int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
    String year = monthFirst ? m.group(3) : m.group(6);
    return fullDate(slot, month, day, year, published, m);
  }

  private static Claim fullDate(String slot, int month, int day, String year, LocalDate published,
      Matcher m) {
    try {
      if (year == null && published == null) {
        LocalDate probe = LocalDate.of(2000, month, day);
        return claim(slot, String.format("--%02d-%02d", probe.getMonthValue(), day), null, m);
      }
      LocalDate d = year != null ? LocalDate.of(Integer.parseInt(year), month, day)
          : yearFrom(published, month, day);
      return claim(slot, d.toString(), d.getDayOfWeek().name().toLowerCase(Locale.ROOT), m);
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  /** A date without year is the nearest such date not far after publication. */
  private static LocalDate yearFrom(LocalDate published, int month, int day) {
    LocalDate d = LocalDate.of(published.getYear(), month, day);
    return d.isAfter(published.plusMonths(2)) ? d.minusYears(1) : d;
  }

  /**
   * A date is the meeting's when the sentence is about meeting and no other action (a briefing,
   * a broadcast, "since") claims the date.
   */
  private static boolean aboutMeeting(String s, Matcher m) {
    if (!Reporting.aboutMeeting(s) || NOT_MEETING_VERB.matcher(s.substring(0, m.start())).find()) {
      return false;
    }
    String after = s.substring(m.end(), Math.min(s.length(), m.end() + 40));
    return !after.matches("(?is)\\s*(?:morning|afternoon|evening)?\\s*(?:brief|briefing).*")
        && !MEDIA.matcher(clauseAfter(s, m.end())).find();
  }

  /** For "On Thursday, the video showed ...", the words up to the meeting word. */
  private static String clauseAfter(String s, int end) {
    Matcher mt = Reporting.MEETING.matcher(s);
    return mt.find(end) ? s.substring(end, mt.start()) : "";
  }

  /** A date stated as a weekday: qualifier {@link #WEEKDAY}. */
  private static Claim weekday(String slot, String value, String weekday, Matcher m) {
    return new Claim("date_time", slot, null, value, null, weekday, WEEKDAY, null, m.start(), m.end());
  }

  private static Claim claim(String slot, String value, String weekday, Matcher m) {
    return new Claim("date_time", slot, null, value, null, weekday, null, null, m.start(), m.end());
  }

  private static LocalDate published(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
