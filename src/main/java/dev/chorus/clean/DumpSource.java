package dev.chorus.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the outlet a text dump names for itself: copyright holder, else a subscription prompt. */
final class DumpSource {

  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?i)(?:©|\\(c\\)|\\bcopyright\\b)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*"
          + "([^.|,]{2,80}?)\\s*(?:[.|,]|\\ball rights\\b|$)");
  /** Promo lines name the site they promote: "a daily dose of X news", "a news release to X". */
  private static final Pattern PROMO = Pattern.compile(
      "(?i:daily dose of|subscribe to|sign up for|newsletter from|news release to|welcome to|brought to you by)"
          + "\\s+(\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\d&'’.-]*){0,4})");
  private static final Pattern NOT_A_NAME =
      Pattern.compile("(?i)^(?:our|the|all|this|free|\\d+)\\b.*|.*\\ball rights\\b.*");
  private static final int MAX_NAME_WORDS = 8;

  private DumpSource() {}

  /** @param chrome the lines outside the article body */
  static String find(List<DumpLine> chrome) {
    String copyright = firstMatch(chrome, COPYRIGHT);
    return copyright != null ? copyright : firstMatch(chrome, PROMO);
  }

  private static String firstMatch(List<DumpLine> lines, Pattern pattern) {
    for (DumpLine line : lines) {
      Matcher m = pattern.matcher(line.text());
      if (m.find()) {
        String name = m.group(1).strip().replaceAll("[.’'-]+$", "");
        if (isName(name)) {
          return name;
        }
      }
    }
    return null;
  }

  private static boolean isName(String name) {
    int words = DumpLine.countWords(name);
    return words > 0 && words <= MAX_NAME_WORDS && !NOT_A_NAME.matcher(name).matches();
  }
}
