package dev.chorus.reading;

import dev.chorus.text.Cues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ordinals of a thing: "the second meeting", "a third round of talks", "the 4th day". The slot is
 * the thing ("ordinal:meeting"), the value its number, so "second" and "2nd" are one value. "First"
 * and "last" are left out: they mostly date something else ("since their first meeting") and are
 * too common to check. An ordinal in a date ("March 2nd", "the 2nd of March") is a date, not this.
 */
final class Ordinals {

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
      Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
      Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));
  private static final Pattern ORDINAL = Pattern.compile(
      "(?i)\\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(\\d{1,3})(?:nd|rd|th))"
          + "\\s+(?:consecutive\\s+|straight\\s+|successive\\s+)?(\\p{Ll}[\\p{Ll}-]{2,})\\b");
  private static final Set<String> ORDINAL_WORDS = Set.of("second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth", "eleventh", "twelfth");
  private static final Pattern MONTH_BEFORE = Pattern.compile(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s*$");
  /** Words after an ordinal that are no thing counted ("second of March", "third largest"). */
  private static final Set<String> NOT_A_THING = Set.of("of", "and", "or", "to", "in", "on", "at", "for", "by",
      "largest", "biggest", "highest", "lowest", "most", "least", "best", "worst", "time", "times", "half", "place",
      "quarter", "hand", "person", "thought", "thoughts", "opinion", "look", "chance");

  private Ordinals() {}

  static List<Claim> find(String s) {
    List<Claim> out = new ArrayList<>();
    // an ordinal is a word of ORDINAL_WORDS or has digits: most sentences have none
    boolean may = Cues.hasDigit(s) || Cues.hasWord(s, ORDINAL_WORDS);
    Matcher m = ORDINAL.matcher(s);
    while (may && m.find()) {
      String thing = m.group(3).toLowerCase(Locale.ROOT);
      if (NOT_A_THING.contains(thing) || thing.endsWith("est") || MONTH_BEFORE.matcher(s.substring(0, m.start())).find()) {
        continue;
      }
      Integer n = m.group(2) != null ? Integer.valueOf(m.group(2)) : WORDS.get(m.group(1).toLowerCase(Locale.ROOT));
      if (n == null || n < 2) {
        continue;
      }
      out.add(new Claim("ordinal", "ordinal:" + thing, null, Integer.toString(n), n.doubleValue(), null, null, null,
          m.start(), m.end()));
    }
    return out;
  }
}
