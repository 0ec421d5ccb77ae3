package dev.chorus.reading;

import dev.chorus.text.Calendar;
import dev.chorus.text.Reporting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a meeting happened: "in Saint Orvel", "at the Granite Palace in Kadrovo". */
final class PlaceFinder {

  private static final String TOKEN = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
  /** Compiled once: String.replaceAll compiles its pattern on every call. */
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Pattern TRAILING_STOP = Pattern.compile("[.,]$");
  private static final Pattern PLACE = Pattern.compile("\\b(?:in|at|inside)\\s+(?:the\\s+)?("
      + TOKEN + "(?:\\s+(?:of\\s+(?:the\\s+)?|de\\s+)?" + TOKEN + ")*)");
  /** Words between a meeting word and a place that show the place belongs to something else. */
  private static final Pattern BREAK = Pattern.compile(
      "(?i)\\bto\\s+(?!the\\b|a\\b|an\\b)\\p{L}+|\\b(?:focused|focusing|about|regarding|concerning"
          + "|amid|which|who|whose|that|where|while|said|says|since|after|before|ending|over)\\b"
          + "|\\b(?:is|are|was|were|being|been|will|would)\\s+(?!held|hosted|staged|convened|taking"
          + "|due\\b)\\p{L}+|[;:—–()]");
  private static final Pattern ABBREVIATION = Pattern.compile(
      "^(St|Ste|Mt|Ft|Pt)\\.?(?=\\s)");
  private static final Set<String> NOT_PLACE = Calendar.andDayAndMonthNames("english", "russian",
      "french", "german", "spanish", "arabic", "chinese", "ukrainian", "person", "public",
      "private", "total", "office", "power", "charge", "time", "touch", "particular", "response",
      "addition", "fact", "general", "short");
  private static final int MAX_GAP = 90;

  private PlaceFinder() {}

  static List<Claim> find(String s, ClaimContext ctx) {
    List<Claim> out = new ArrayList<>();
    Matcher m = PLACE.matcher(s);
    while (m.find()) {
      String name = clean(m.group(1));
      if (name.isEmpty() || NOT_PLACE.contains(name.toLowerCase(Locale.ROOT))
          || isKnownPerson(name, ctx) || !nearMeeting(s, m.start(), m.end())) {
        continue;
      }
      out.add(new Claim("place", "meeting.place", null, name, null, null, null, null,
          m.start(1), m.end(1)));
    }
    return out;
  }

  /** True when a meeting word sits in the same stretch of clause as the place phrase. */
  private static boolean nearMeeting(String s, int begin, int end) {
    Matcher t = Reporting.MEETING.matcher(s);
    while (t.find()) {
      // What follows "to discuss" is the topic ("the war in Drevnia"), not the venue.
      if (t.group().toLowerCase(Locale.ROOT).startsWith("discuss") && t.end() <= begin) {
        continue;
      }
      int from = Math.min(t.end(), end);
      int to = Math.max(t.start(), begin);
      String gap = t.end() <= begin ? s.substring(t.end(), begin) : s.substring(end, Math.max(end, t.start()));
      if (to - from <= MAX_GAP && !BREAK.matcher(gap).find()) {
        return true;
      }
    }
    return false;
  }

  /** "St. Orvel" and "Saint Orvel" are one place; a possessive is no part of the name. */
  static String clean(String raw) {
    String name = TRAILING_STOP.matcher(POSSESSIVE.matcher(raw).replaceAll("")).replaceAll("").trim();
    Matcher a = ABBREVIATION.matcher(name);
    if (a.find()) {
      String full = switch (a.group(1)) {
        case "Ste" -> "Sainte";
        case "Mt" -> "Mount";
        case "Ft" -> "Fort";
        case "Pt" -> "Port";
        default -> "Saint";
      };
      name = full + name.substring(a.end());
    }
    return name.replaceAll("\\s+", " ");
  }

  private static boolean isKnownPerson(String name, ClaimContext ctx) {
    return ctx.people() != null && ctx.people().contains(name);
  }
}
