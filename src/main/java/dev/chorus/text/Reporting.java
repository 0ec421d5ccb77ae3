package dev.chorus.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How news reports: speech verbs, meeting words, hedges before a number, time units. */
public final class Reporting {

  /** Verbs that introduce reported speech. */
  public static final String SPEECH_VERBS = "said|says|say|told|tells|noted|notes|added|adds|stated|states"
      + "|stating|saying|wrote|writes|writing|confirmed|confirms|announced|announces|claimed"
      + "|claims|insisted|insists|warned|warns|explained|explains|stressed|stresses|emphasi[sz]ed"
      + "|declared|declares|remarked|tweeted|posted|replied|cautioned|argued|argues|hinted|hints"
      + "|alleged|alleges|acknowledged|acknowledges|informed|informs|commented|recalled|observed"
      + "|admitted|asserted|maintained|promised|vowed|predicted|described|describes|called|calls"
      + "|reiterated|repeated|reported|reports";

  /** The words of {@link #SPEECH_VERBS}, lower case: {@link Cues#hasWord} looks for them before its patterns run. */
  public static final java.util.Set<String> SPEECH_VERB_WORDS = java.util.Set.of(
      SPEECH_VERBS.replace("emphasi[sz]ed", "emphasised|emphasized").split("\\|"));

  /** Words that make a sentence about a meeting, talks or a call. */
  public static final Pattern MEETING = Pattern.compile(
      "\\b(?:meet|meets|met|meeting|meetings|talks?|talked|discussions?|negotiations|conversations?"
          + "|spen[dt](?=[^.]{0,40}\\bwith\\b)|session|summit|sit-down|greet(?:s|ed|ing)?|gather(?:ed|ing)|hosted|received"
          + "|call|encounter|audience|consultations|discuss(?:es|ed|ing)?)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Nouns that can be counted as a meeting's length ("three-hour talks"). */
  public static final Set<String> MEETING_NOUNS = Set.of("meeting", "meetings", "talks", "talk",
      "discussion", "discussions", "negotiations", "conversation", "conversations", "session",
      "summit", "sit-down", "call", "marathon", "consultations", "encounter");

  private static final Pattern HEDGE = Pattern.compile(
      "(?i)(?:(nearly|almost|about|around|approximately|roughly|some|an estimated|close to|up to)"
          + "|(more than|over|above|upwards of|in excess of)"
          + "|(less than|under|fewer than|below|within|just under)"
          + "|(at least|no fewer than|no less than))\\s*$");

  private static final Map<String, String> UNITS = Map.of("minute", "minute", "hour", "hour",
      "day", "day", "week", "week", "month", "month", "year", "year");

  private Reporting() {}

  /** The qualifier that the words just before a number express ("more than" → more_than). */
  public static String qualifier(String before) {
    Matcher m = HEDGE.matcher(before);
    if (!m.find()) {
      return "exact";
    }
    if (m.group(1) != null) {
      return "about";
    }
    if (m.group(2) != null) {
      return "more_than";
    }
    return m.group(3) != null ? "less_than" : "at_least";
  }

  /** Length of the hedge phrase ending the text, so a claim span can include it. */
  public static int qualifierLength(String before) {
    Matcher m = HEDGE.matcher(before);
    return m.find() ? before.length() - m.start() : 0;
  }

  /** Singular time unit for "hours", "Hour" etc., or null when the word is no time unit. */
  public static String timeUnit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("s")) {
      w = w.substring(0, w.length() - 1);
    }
    return UNITS.get(w);
  }

  public static boolean aboutMeeting(String sentence) {
    return MEETING.matcher(sentence).find();
  }
}
