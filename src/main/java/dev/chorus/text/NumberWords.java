package dev.chorus.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads numbers written as digits ("2,300", "4.3") or English words ("forty-eight"). */
public final class NumberWords {

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));

  private static final Map<String, Double> SCALES = Map.of(
      "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
      "bn", 1e9, "m", 1e6, "k", 1e3, "mn", 1e6, "tn", 1e12);

  private static final String WORD =
      "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
          + "|seventy|eighty|ninety|dozen|hundred|thousand|million|billion)";

  /** Digits, or a run of number words (hyphens and "and" allowed inside). */
  /** The words of WORD: a NUMBER that holds no digit holds one of them as a word of its own. */
  public static final Set<String> WORDS = Set.of(WORD.substring(3, WORD.length() - 1).split("\\|"));

  public static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"
      + "|(?:an?\\s+)?" + WORD + "(?:(?:-|\\s+|\\s+and\\s+)" + WORD + ")*)";

  private static final Pattern SPLIT = Pattern.compile("[\\s-]+");

  private NumberWords() {}

  /** The value of a NUMBER match, or null when it is not a number. */
  public static Double parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (Character.isDigit(t.charAt(0))) {
      try {
        return Double.parseDouble(t.replace(",", ""));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return parseWords(t);
  }

  private static Double parseWords(String t) {
    double total = 0;
    double current = 0;
    boolean any = false;
    for (String w : SPLIT.split(t)) {
      if (w.equals("and") || w.isEmpty()) {
        continue;
      }
      Integer small = SMALL.get(w);
      Double scale = SCALES.get(w);
      if (small != null) {
        current = w.equals("dozen") ? Math.max(current, 1) * 12 : current + small;
      } else if (scale != null && scale == 100) {
        current = Math.max(current, 1) * 100;
      } else if (scale != null) {
        total += Math.max(current, 1) * scale;
        current = 0;
      } else {
        return null;
      }
      any = true;
    }
    return any ? total + current : null;
  }

  /** Multiplier for a scale word after a number ("billion", "bn"), 1 when absent or unknown. */
  public static double scale(String word) {
    if (word == null) {
      return 1;
    }
    Double s = SCALES.get(word.toLowerCase(Locale.ROOT));
    return s == null ? 1 : s;
  }
}
