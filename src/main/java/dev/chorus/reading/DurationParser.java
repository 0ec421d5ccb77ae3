package dev.chorus.reading;

import dev.chorus.text.Cues;
import dev.chorus.text.NumberWords;
import dev.chorus.text.Reporting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time: "three-hour", "three -hour", "for more than 4 hours", "nearly five hours", "an hour
 * and a half".
 */
final class DurationParser {

  private static final Pattern DURATION = Pattern.compile(
      "(?i)(?<![\\p{L}\\d-])(" + NumberWords.NUMBER + ")(?!(?<=\\p{L})\\p{L})(\\s+and\\s+a\\s+half)?\\s*(?:-\\s*)?"
          + "(minutes?|hours?|days?|weeks?|months?|years?)(?:-long)?\\b(?!\\s+ago)(\\s+\\p{L}+)?");
  /** "an hour and a half", "half an hour": a unit without a number before it. */
  private static final Pattern HALVES = Pattern.compile(
      "(?i)(?<![\\p{L}\\d-])(?:(?:an?|one)\\s+(minute|hour|day|week|month|year)\\s+and\\s+a\\s+half"
          + "|half\\s+an?\\s+(minute|hour|day|week|month|year))\\b");
  private static final double[] HOURS = {1.0 / 60, 1, 24, 168, 730, 8760};
  private static final String[] UNITS = {"minute", "hour", "day", "week", "month", "year"};

  private DurationParser() {}

  static List<Claim> find(String s) {
    List<Claim> out = new ArrayList<>();
    // DURATION reads a number and HALVES "half": most sentences have neither
    boolean number = Cues.hasNumber(s);
    Matcher m = DURATION.matcher(s);
    while (number && m.find()) {
      Claim c = toClaim(s, m);
      if (c != null) {
        out.add(c);
      }
    }
    boolean half = Cues.containsIgnoreCase(s, "half");
    Matcher h = HALVES.matcher(s);
    while (half && h.find()) {
      String unit = Reporting.timeUnit(h.group(1) != null ? h.group(1) : h.group(2));
      double amount = h.group(1) != null ? 1.5 : 0.5;
      String before = s.substring(0, h.start());
      int u = indexOf(unit);
      String slot = u <= 1 && Reporting.aboutMeeting(s) ? "meeting.duration" : "duration";
      out.add(new Claim("duration", slot, null, iso(amount, unit), amount * HOURS[u], unit,
          Reporting.qualifier(before), null, h.start() - Reporting.qualifierLength(before), h.end()));
    }
    return out;
  }

  private static Claim toClaim(String s, Matcher m) {
    Double n = NumberWords.parse(m.group(1));
    String unit = Reporting.timeUnit(m.group(3));
    if (n == null || unit == null || n <= 0) {
      return null;
    }
    double amount = n + (m.group(2) != null ? 0.5 : 0);
    String before = s.substring(0, m.start());
    int begin = m.start() - Reporting.qualifierLength(before);
    int u = indexOf(unit);
    String slot = u <= 1 && aboutMeeting(s, m) ? "meeting.duration" : "duration";
    int end = m.group(4) != null ? m.start(4) : m.end();
    return new Claim("duration", slot, null, iso(amount, unit), amount * HOURS[u], unit,
        Reporting.qualifier(before), null, begin, end);
  }

  /** A following noun decides ("three-hour drive" is no meeting); else any meeting word does. */
  private static boolean aboutMeeting(String s, Matcher m) {
    String next = m.group(4) == null ? "" : m.group(4).trim().toLowerCase(Locale.ROOT);
    boolean compound = m.group(0).contains("-") && !next.isEmpty();
    if (compound && !next.equals("of")) {
      return Reporting.MEETING_NOUNS.contains(next);
    }
    if (next.equals("with")) {
      return true;
    }
    return Reporting.aboutMeeting(s);
  }

  private static int indexOf(String unit) {
    for (int i = 0; i < UNITS.length; i++) {
      if (UNITS[i].equals(unit)) {
        return i;
      }
    }
    return 1;
  }

  /** ISO-8601: PT3H, PT4H30M, P2D, P3W, P21M, P4Y. */
  static String iso(double amount, String unit) {
    switch (unit) {
      case "minute":
        return "PT" + whole(amount) + "M";
      case "hour":
        long minutes = Math.round(amount * 60);
        return "PT" + (minutes / 60) + "H" + (minutes % 60 == 0 ? "" : (minutes % 60) + "M");
      default:
        return "P" + whole(amount) + Character.toUpperCase(unit.charAt(0));
    }
  }

  private static String whole(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
