package dev.chorus.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One trimmed line of a text dump and the features the extractor decides on.
 *
 * @param key the text without list bullets, for comparing lines that repeat the same words
 * @param lastCrumb the key's last breadcrumb part ("World › Talks end" → "talks end")
 */
record DumpLine(String text, LineKind kind, int words, boolean sentence, String key, String lastCrumb) {

  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[/|»›>\\s]+$");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");
  private static final Pattern BULLET = Pattern.compile("^[•·▪►◦‣∙*+\\-–—]\\s*");
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*(?:[»›>]|/\\s)\\s*");
  private static final Pattern BREADCRUMB = Pattern.compile("\\s[»›>]\\s|^(?i:home)\\s*[/»›>|]");
  /** Prose ends in sentence punctuation, possibly inside quotes, or in a wire sign-off "(AP)". */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'”’)\\]]*$|\\([A-Z]{2,}\\)$");
  private static final Pattern TRUNCATED = Pattern.compile("(?:\\.\\.\\.|…)[\"'”’]?$");
  /** The name must be capitalised: "By the end of March, ..." is prose. */
  private static final Pattern BYLINE = Pattern.compile("^(?i:by|written by|words by)\\s+\\p{Lu}");
  private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\d&'’.-]*";
  /**
   * A credit to a newsroom rather than a person, printed without "By": "Harbor Gazette Staff",
   * "XNA / Harbor staff". Every word before the role is capitalised, so a crosshead such as
   * "Hospital short of staff" stays text.
   */
  private static final Pattern STAFF_CREDIT = Pattern.compile(
      "^" + CAPITALISED + "(?:\\s*[/&+]\\s*" + CAPITALISED + "|\\s+(?:and\\s+)?" + CAPITALISED + ")*"
          + "\\s+(?i:staff(?:\\s+(?:writers?|reporters?))?|reporters|correspondents?|news\\s?desk|newsroom)$");
  private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern DATE = Pattern.compile(
      "(?i)\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}"
          + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
          + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})\\b");
  /**
   * A photo caption's credit: "... 2025. AGENCY/Jane Doe", "(Photo: Jane Doe)", "Photograph: X/Agency",
   * "Image credit: ...". Captions sit between the headline and the body, and inside it.
   */
  private static final Pattern CAPTION = Pattern.compile(
      "(?:\\b\\p{Lu}{2,}\\s?/\\s?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}\\)?$"
          + "|(?i)^\\(?(?:photo|photograph|picture|image|illustration)s?(?: credit)?\\s*(?::|by\\b)"
          + "|(?i)\\((?:photo|photograph|picture|image)s?(?: credit)?\\s*(?::|by\\b)[^)]*\\)$)");
  private static final Pattern STAMP = Pattern.compile("(?i)^(?:last )?(?:updated|published|posted)\\b");
  private static final int DATE_LINE_MAX_WORDS = 10;
  private static final int BYLINE_MAX_WORDS = 9;

  static DumpLine of(String raw) {
    String text = SPACES.matcher(raw).replaceAll(" ").strip();
    if (text.isEmpty()) {
      return new DumpLine("", LineKind.BLANK, 0, false, "", "");
    }
    int words = countWords(text);
    boolean sentence = !TRUNCATED.matcher(text).find() && SENTENCE_END.matcher(text).find();
    // the key and crumb are kept: the title finder compares every line's several times
    String key = key(text);
    return new DumpLine(text, classify(text, words), words, sentence, key, lastCrumb(key));
  }

  /**
   * The kind {@link #of} gives, without the key and crumb it also computes: for a paragraph whose
   * whitespace is already collapsed (HTML text), where only the kind is wanted.
   */
  static LineKind kindOf(String collapsed) {
    String text = collapsed.strip();
    return text.isEmpty() ? LineKind.BLANK : classify(text, countWords(text));
  }

  DumpLine as(LineKind newKind) {
    return new DumpLine(text, newKind, words, sentence, key, lastCrumb);
  }

  private static String key(String text) {
    return TRAILING_SEPARATORS.matcher(BULLET.matcher(text).replaceFirst("").toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static String lastCrumb(String key) {
    String[] parts = CRUMB_SEPARATOR.split(key);
    return parts.length == 0 ? "" : parts[parts.length - 1].strip();
  }

  private static LineKind classify(String text, int words) {
    if (Boilerplate.isAdMarker(text) || Boilerplate.isInlineTeaser(text) || CAPTION.matcher(text).find()) {
      return LineKind.INLINE;
    }
    if (Boilerplate.isChrome(text, words)) {
      return LineKind.BOILERPLATE;
    }
    if (BULLET.matcher(text).find() && words <= Boilerplate.SHORT_LINE_WORDS * 2
        || BREADCRUMB.matcher(text).find() && words <= Boilerplate.SHORT_LINE_WORDS * 3) {
      return LineKind.MENU;
    }
    if (TRUNCATED.matcher(text).find()) {
      return LineKind.TEASER;
    }
    if (words <= BYLINE_MAX_WORDS && (BYLINE.matcher(text).find() || STAFF_CREDIT.matcher(text).find())) {
      return LineKind.BYLINE;
    }
    if (words <= DATE_LINE_MAX_WORDS && (DATE.matcher(text).find() || STAMP.matcher(text).find())) {
      return LineKind.DATE;
    }
    return LineKind.TEXT;
  }

  static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
