package dev.chorus.claims;

import dev.chorus.reading.QuantityParser;
import dev.chorus.text.NumberWords;
import dev.chorus.text.Words;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link AssertionMatch} compares two sentences by: their keys, the content stems (words of four
 * letters or more, not in {@link #STOP_WORDS}, cut to five letters: "opened" and "opening" are
 * one) and the numbers they hold, however written ("twelve", "a dozen" and "12" are the key "12";
 * "2,300" is "2300"); and how much two key sets overlap. Plain Java, so that the job
 * and the fitting command ({@code bench/fit-claim-match --assertions}) measure the same thing.
 */
public final class AssertionKeys {

  /** Words of four letters or more that carry no content. */
  static final String[] STOP_WORDS = {"that", "this", "these", "those", "with", "have", "been", "were",
      "will", "would", "could", "should", "there", "their", "they", "them", "from", "into", "over", "about",
      "after", "before", "said", "says", "also", "than", "then", "when", "which", "while", "what", "only", "some",
      "such", "more", "most", "very", "much", "against", "between", "where", "whose", "being", "does", "because",
      "other", "under", "upon", "still", "just", "even", "each"};
  private static final Set<String> STOP = Set.of(STOP_WORDS);
  private static final Pattern SPLIT = Words.BREAK_PATTERN;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])" + NumberWords.NUMBER
      + "(?![\\p{L}\\p{N}]|[.,]\\d)", Pattern.CASE_INSENSITIVE);

  private AssertionKeys() {}

  /** The keys of a sentence, in the order they first occur. */
  public static Set<String> of(String sentence) {
    Set<String> out = new LinkedHashSet<>();
    if (sentence == null) {
      return out;
    }
    for (String w : SPLIT.split(numbersAsDigits(sentence.toLowerCase(Locale.ROOT)))) {
      if (DIGITS.matcher(w).matches()) {
        out.add(w);
      } else if (w.length() >= 4 && !STOP.contains(w)) {
        out.add(w.substring(0, Math.min(5, w.length())));
      }
    }
    return out;
  }

  /** The sentence with each number, in words or with separators, written as plain digits. */
  static String numbersAsDigits(String sentence) {
    Matcher m = NUMBER.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String found = m.group();
      // "one" is mostly no count ("one of them", "one worker said"): left as a word
      Double value = found.trim().equals("one") ? null : NumberWords.parse(found);
      String digits = value == null ? found : QuantityParser.format(value);
      m.appendReplacement(out, Matcher.quoteReplacement(digits));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Dice's coefficient of two key sets: twice the keys they share over the keys they hold. */
  public static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String k : a) {
      if (b.contains(k)) {
        shared++;
      }
    }
    return 2.0 * shared / (a.size() + b.size());
  }
}
