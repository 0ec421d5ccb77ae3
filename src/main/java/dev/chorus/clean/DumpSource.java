package dev.chorus.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the outlet a text dump names for itself: copyright holder, else a subscription prompt. */
final class DumpSource {

  /**
   * The holder may come before or after the year: "© 2025 Harbor Gazette." and "Copyright Harbor
   * Gazette 2025" both name "Harbor Gazette". It starts with a letter or digit, may contain a
   * domain's dots ("Gazette.example"), and ends at a full stop, a separator (| , • ·), "All rights" or a
   * web designer's credit ("- Designed by ...", "powered by ...").
   */
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?i)(?:©|\\(c\\)|\\bcopyright\\b)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*"
          + "([\\p{L}\\d](?:[^.|,©•·]|\\.(?=[\\p{L}\\d])){1,79}?)\\s*(?:\\b\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?"
          + "(?:\\.(?![\\p{L}\\d])|[|,•·]|\\s[-–—]\\s|\\b(?:powered|designed|developed|hosted) by\\b|\\ball rights\\b|$)");
  /** Promo lines name the site they promote: "a daily dose of X news", "a news release to X". */
  private static final Pattern PROMO = Pattern.compile(
      "(?i:daily dose of|subscribe to|sign up for|newsletter from|news release to|welcome to|brought to you by)"
          + "\\s+(\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\d&'’.-]*){0,4})");
  private static final Pattern NOT_A_NAME =
      Pattern.compile("(?i)^(?:our|the|all|this|free|\\d+)\\b.*|.*\\ball rights\\b.*");
  /**
   * A copyright holder may be printed as "The Harbor Gazette" (the outlet's own name, kept as
   * printed) but not as "the authors" or "the respective owners".
   */
  private static final Pattern NOT_A_HOLDER =
      Pattern.compile("^(?i:our|all|this|free|\\d+)\\b.*|^(?i:the)\\s+\\P{Lu}.*|^(?i:the)$|.*(?i:\\ball rights\\b).*");
  /**
   * The company behind an outlet: "Harbor Gazette Media", "Harbor Gazette Ltd". Dropped only when
   * the page names the outlet without it, e.g. in the masthead or the footer links.
   */
  private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
      "\\s+(?i:media|group|ltd|limited|inc|llc|plc|corp|corporation|co|company|holdings|publishing|publications)\\.?$");
  private static final int MAX_NAME_WORDS = 8;

  private DumpSource() {}

  /** @param chrome the lines outside the article body */
  static String find(List<DumpLine> chrome) {
    String copyright = copyrightHolder(chrome);
    return SiteName.clean(copyright != null ? copyright : firstMatch(chrome, PROMO));
  }

  /**
   * The outlet a copyright line names, or null. Bottom-up: the footer is at the end, while a
   * "© Photographer" credit may sit above the article.
   */
  static String copyrightHolder(List<DumpLine> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher m = COPYRIGHT.matcher(lines.get(i).text());
      if (m.find()) {
        String name = clean(m.group(1));
        if (isName(name, NOT_A_HOLDER)) {
          return withoutCompanySuffix(name, lines);
        }
      }
    }
    return null;
  }

  private static String withoutCompanySuffix(String name, List<DumpLine> lines) {
    Matcher m = CORPORATE_SUFFIX.matcher(name);
    if (!m.find() || m.start() == 0) {
      return name;
    }
    String outlet = name.substring(0, m.start()).strip();
    if (!isName(outlet, NOT_A_HOLDER)) {
      return name;
    }
    // the outlet's name, not followed by the company word (which would be the copyright line again)
    Pattern named = Pattern.compile("(?i)(?<![\\p{L}\\d])" + Pattern.quote(outlet)
        + "(?![\\p{L}\\d])(?!\\s+" + Pattern.quote(name.substring(m.start()).strip()) + ")");
    for (DumpLine line : lines) {
      if (named.matcher(line.text()).find()) {
        return outlet;
      }
    }
    return name;
  }

  private static String firstMatch(List<DumpLine> lines, Pattern pattern) {
    for (DumpLine line : lines) {
      Matcher m = pattern.matcher(line.text());
      if (m.find()) {
        String name = clean(m.group(1));
        if (isName(name, NOT_A_NAME)) {
          return name;
        }
      }
    }
    return null;
  }

  private static String clean(String name) {
    return name.strip().replaceAll("[.’'-]+$", "");
  }

  private static boolean isName(String name, Pattern notAName) {
    int words = DumpLine.countWords(name);
    return words > 0 && words <= MAX_NAME_WORDS && !notAName.matcher(name).matches();
  }
}
