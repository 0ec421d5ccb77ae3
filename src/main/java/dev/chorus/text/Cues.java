package dev.chorus.text;

import java.util.Locale;
import java.util.Set;

/**
 * Cheap checks that tell a sentence cannot match an extractor's regex, run before it. Java's regex
 * engine tries an alternation of words at every position of a sentence, which made such patterns
 * the larger part of claim extraction (bench/profile on 20,000 articles); most sentences hold none
 * of the words, or no digit, a pattern needs. Each check is a necessary condition of its pattern:
 * when it says no, the pattern finds nothing, so skipping the regex changes no result.
 */
public final class Cues {

  private Cues() {}

  /** Whether the text holds a decimal digit. */
  public static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the text's words, compared in lower case, is in {@code words} (lower case). A
   * word is a longest run of letters, digits and '_': what lies between two of the regex {@code \b}
   * boundaries, so a pattern {@code \b(?:said|told)\b} finds a match only where this finds "said"
   * or "told", whatever the case the pattern asks for.
   */
  public static boolean hasWord(String s, Set<String> words) {
    return firstWord(s, words) >= 0;
  }

  /**
   * Where the first of the text's words that is in {@code words} (as {@link #hasWord} compares
   * them) begins, or -1: a pattern that must open on one of them finds no match before it.
   */
  public static int firstWord(String s, Set<String> words) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !wordChar(s.charAt(i))) {
        i++;
      }
      int start = i;
      boolean upper = false;
      while (i < n && wordChar(s.charAt(i))) {
        upper |= Character.isUpperCase(s.charAt(i));
        i++;
      }
      if (i > start) {
        String w = s.substring(start, i);
        if (words.contains(upper ? w.toLowerCase(Locale.ROOT) : w)) {
          return start;
        }
      }
    }
    return -1;
  }

  /**
   * Whether the text may hold a {@link NumberWords#NUMBER}: a digit, or a number word standing
   * between two characters that are not letters (the patterns that read numbers want no letter
   * right before or after one; a '_' or a digit may touch it), or right after a currency code
   * ("EURten").
   */
  public static boolean hasNumber(String s) {
    if (hasDigit(s)) {
      return true;
    }
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        String w = s.substring(start, i).toLowerCase(Locale.ROOT);
        if (NumberWords.WORDS.contains(w) || w.length() > 3 && CURRENCY_CODES.contains(w.substring(0, 3))
            && NumberWords.WORDS.contains(w.substring(3))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the text holds {@code part} (lower case) in any case. */
  public static boolean containsIgnoreCase(String s, String part) {
    for (int i = 0; i + part.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CURRENCY_CODES = Set.of("eur", "usd", "gbp");

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
