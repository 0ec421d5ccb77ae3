package dev.chorus.clean;

import java.util.regex.Pattern;

/**
 * A news record whose only text is its headline: a wire brief, a one-sentence item, a feed entry
 * whose body was not kept (a JSON line with a title and no text, a text dump of one line). It
 * still reports a happening, so it is kept as a very short article whose body is the headline,
 * rather than rejected and lost to every later table (an article rejected here can join no event).
 * Only a headline-like line counts: a sentence of a few words with letters, that no wall, login or
 * error page prints ("Page not found", "Subscribe to continue reading" stay rejects), on a page
 * that shows nothing else (a page with other lines and no body is a listing or a wall).
 */
public final class HeadlineOnly {

  /** Fewer words than this is a label ("Home", "World news"), not a report. */
  static final int MIN_WORDS = 4;
  /**
   * More words than this on one line is no headline or lead sentence (a run-on page of menu
   * words); a wire lead sentence can run to 60 words.
   */
  static final int MAX_WORDS = 80;
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private HeadlineOnly() {}

  /**
   * The body for a record that has no article text, or null when it stays a reject.
   *
   * @param title the title the page or its container gives (null when none)
   * @param pageText the page's text (an extracted record's text, "" when it had none)
   */
  public static String body(String title, String pageText) {
    String t = title == null ? "" : title.strip();
    String only = null;
    for (String raw : LINE_BREAK.split(pageText == null ? "" : pageText)) {
      String line = raw.strip();
      if (line.isEmpty() || line.equals(t)) {
        continue;
      }
      if (only != null || !t.isEmpty()) {
        return null; // a line beside the headline: whatever the page is, it is not a bare headline
      }
      only = line;
    }
    String headline = only != null ? only : t;
    return headlineLike(headline) ? headline : null;
  }

  static boolean headlineLike(String line) {
    int words = DumpLine.countWords(line);
    return words >= MIN_WORDS && words <= MAX_WORDS && LETTER.matcher(line).find()
        && !PageKind.wallCue(line);
  }
}
