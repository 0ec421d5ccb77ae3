package dev.chorus.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet a text dump names for itself: copyright holder, else a subscription prompt,
 * else its masthead (a name line at the top that the page names again elsewhere).
 */
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
  /** Chrome lines at the top of a dump in which its masthead may stand (after a skip link, a banner). */
  private static final int MASTHEAD_LINES = 5;
  private static final int MAX_MASTHEAD_WORDS = 6;
  /** Lower-case words a title-case name may hold ("Voice of the Coast", "Bread & Roses"). */
  private static final Pattern CONNECTOR = Pattern.compile("(?:of|the|and|&|on|in|for|de|du|la|le|el|al|der|die|das)");
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d&'’.-]*");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private DumpSource() {}

  /**
   * @param chrome the lines outside the article body
   * @param top how many of them stand above the body
   */
  static String find(List<DumpLine> chrome, int top) {
    String copyright = copyrightHolder(chrome);
    String named = copyright != null ? copyright : firstMatch(chrome, PROMO);
    return SiteName.clean(named != null ? named : masthead(chrome, top));
  }

  /**
   * The masthead: one of the first chrome lines shaped like a name (two to six capitalised words,
   * no sentence punctuation, not only section labels such as "World News") that the page names
   * again inside a longer line ("Before you continue to X", "Download the X app", "About X"). A
   * name printed once could be a section label or a tagline; a name the footer or a prompt
   * repeats is the site's. A masthead in capitals is returned as the repeat writes it, so the
   * site's pages that name it elsewhere get the same source.
   */
  static String masthead(List<DumpLine> chrome, int top) {
    for (int i = 0; i < Math.min(top, MASTHEAD_LINES); i++) {
      DumpLine line = chrome.get(i);
      if (line.kind() != LineKind.TEXT || !nameShaped(line.text())) {
        continue;
      }
      Pattern name = Pattern.compile("(?i)(?<![\\p{L}\\d])" + Pattern.quote(line.text()) + "(?![\\p{L}\\d])");
      for (int j = 0; j < chrome.size(); j++) {
        Matcher m = name.matcher(chrome.get(j).text());
        if (j != i && chrome.get(j).text().length() > line.text().length() && m.find()) {
          String printed = line.text();
          return printed.equals(printed.toUpperCase(Locale.ROOT)) ? m.group() : printed;
        }
      }
    }
    return null;
  }

  private static boolean nameShaped(String text) {
    String[] words = SPACE.split(text.strip());
    if (words.length < 2 || words.length > MAX_MASTHEAD_WORDS || !NAME_WORD.matcher(words[0]).matches()
        || !NAME_WORD.matcher(words[words.length - 1]).matches() || text.endsWith(".")) {
      return false;
    }
    boolean allSections = true;
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches() && !CONNECTOR.matcher(w).matches()) {
        return false;
      }
      allSections &= CONNECTOR.matcher(w).matches() || TextDumpExtractor.SECTION_WORD.matcher(w).matches();
    }
    return !allSections;
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
