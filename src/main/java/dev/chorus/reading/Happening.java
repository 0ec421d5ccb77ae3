package dev.chorus.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a time of day or a date in a sentence says when the story's own happening took place:
 * "The blast, at about 3am, ..." and "An explosion killed two on Tuesday" do; "the storm that
 * killed nine on March 3", "after last week's fire, the hearing was moved to Friday" and "crews had
 * the blaze out by 5pm" do not. The value must share its clause with a word for a happening, and
 * neither the happening word nor the value may be cited for something else.
 */
final class Happening {

  /** Nouns and verbs that name a happening, as news reports it. */
  private static final Pattern WORD = Pattern.compile(
      "(?i)\\b(?:explosions?|blasts?|fires?|blaze|crash(?:ed|es)?|collisions?|collapsed?|attacks?|accidents?"
          + "|incidents?|leak(?:s|ed)?|spill(?:s|ed)?|derailment|derailed|shootings?|bombings?|(?:earth)?quakes?"
          + "|floods?|landslides?|eruption|erupted|exploded|blew\\s+up|happened|occurred|took\\s+place"
          + "|broke\\s+out|meeting|summit|talks|raid)\\b");
  /**
   * Where a clause ends: ";", a colon or spaced dash (not a clock's colon), a relative clause or
   * "according to", and a linking word that starts another act ("... before crews put it out at
   * 3pm"). "shortly before 4am" only qualifies the time and is no boundary.
   */
  private static final Pattern BOUNDARY = Pattern.compile(
      "(?i);|(?<!\\d):(?!\\d)|\\s[–—-]\\s|,\\s*(?:which|who|whom|whose|where|according\\s+to)\\b"
          + "|(?<!shortly|just|soon)\\s(?:before|after|since|until|while|but)\\s(?!\\d)");
  /** A happening word after these is a point of reference ("after the fire", "since last week's blast"). */
  private static final Pattern REFERENCE = Pattern.compile(
      "(?i)\\b(?:after|since|before|following|than|like|last\\s+\\w+'s|last\\s+\\w+’s|the\\s+earlier|the\\s+previous"
          + "|the\\s+last|an\\s+earlier|a\\s+previous)\\s+(?:\\S+\\s+){0,4}$");
  /** "two accidents", "both blasts": a count of happenings compares several, it dates none. */
  private static final Pattern COUNTED = Pattern.compile(
      "(?i)\\b(?:two|three|four|five|both|several|multiple|many|other|\\d+)\\s+(?:\\S+\\s+)?$");
  /** Words between the happening and the value that hand the value to another happening. */
  private static final Pattern CITED = Pattern.compile(
      "(?i)\\b(?:(?:which|that)\\s+(?:killed|left|injured|destroyed|hit)|last\\s+(?:week|month|year)['’]s"
          + "|the\\s+earlier|the\\s+previous)\\b");
  /** Another act right before the value takes it ("was moved to Friday", "will resume on Monday"). */
  private static final Pattern OTHER_ACT = Pattern.compile(
      "(?i)\\b(?:moved|postponed|delayed|rescheduled|pushed\\s+back|adjourned|resumes?|resumed|reopens?|reopened"
          + "|visited|declared|scheduled|due)\\s+(?:\\S+\\s+){0,3}$");
  /**
   * A future or future-in-the-past before the value in its clause ("said it would be briefed on
   * Saturday", "will travel on Monday"): something still to come, not the reported happening, which
   * news tells once it has taken place.
   */
  private static final Pattern FUTURE = Pattern.compile(
      "(?i)\\b(?:will|would|shall|(?:is|are|was|were)\\s+(?:due|expected|set|going|scheduled)\\s+to|plans?\\s+to)\\b");
  /** "by 4pm", "until Friday": a deadline or a span's end, not when something happened. */
  private static final Pattern LIMIT = Pattern.compile("(?i)\\b(?:by|until|till|since|from|through)\\s+$");

  private Happening() {}

  /** Whether the value at [begin, end) of the sentence dates the story's own happening. */
  static boolean owns(String s, int begin, int end) {
    String before = s.substring(0, begin);
    if (LIMIT.matcher(before).find() || OTHER_ACT.matcher(before).find()) {
      return false;
    }
    int from = clauseStart(s, begin);
    int to = clauseEnd(s, end);
    if (CITED.matcher(s.substring(from, begin)).find() || FUTURE.matcher(s.substring(from, begin)).find()) {
      return false;
    }
    Matcher w = WORD.matcher(s);
    w.region(from, to);
    while (w.find()) {
      String lead = s.substring(0, w.start());
      if (!REFERENCE.matcher(lead).find() && !COUNTED.matcher(lead).find()) {
        return true;
      }
    }
    return false;
  }

  private static int clauseStart(String s, int begin) {
    Matcher b = BOUNDARY.matcher(s);
    b.region(0, begin);
    int from = 0;
    while (b.find()) {
      from = b.end();
    }
    return from;
  }

  private static int clauseEnd(String s, int end) {
    Matcher b = BOUNDARY.matcher(s);
    b.region(end, s.length());
    return b.find() ? b.start() : s.length();
  }
}
