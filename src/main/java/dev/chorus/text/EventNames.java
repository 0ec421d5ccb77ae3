package dev.chorus.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered wars and similar events are written "the Second World War", "World War II", "World War 2"
 * or "WWII": all become "World War II". The number is kept, so the First and Second World Wars, or
 * two numbered Gulf Wars, stay apart.
 */
public final class EventNames {

  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth");
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI"};
  private static final Pattern ORDINAL_FIRST = Pattern.compile(
      "(?i)^(?:the\\s+)?(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)\\s+(.*\\bwar)$");
  private static final Pattern NUMBER_LAST = Pattern.compile("(?i)^(?:the\\s+)?(.*\\bwar)\\s+([1-6]|I{1,3}|IV|VI?)$");
  private static final Pattern WW = Pattern.compile("(?i)^WW\\s*([1-6]|I{1,3})$");

  private EventNames() {}

  /** The canonical form of a numbered war's name; any other text is returned stripped of "the". */
  public static String canonical(String name) {
    if (name == null) {
      return null;
    }
    String s = name.strip().replaceAll("\\s+", " ");
    Matcher w = WW.matcher(s);
    if (w.matches()) {
      return "World War " + roman(w.group(1));
    }
    Matcher o = ORDINAL_FIRST.matcher(s);
    if (o.matches()) {
      String ord = o.group(1).toLowerCase(Locale.ROOT);
      int n = ORDINALS.indexOf(ord);
      if (n < 0) {
        n = Integer.parseInt(ord.substring(0, 1)) - 1;
      }
      return title(o.group(2)) + " " + ROMAN[n];
    }
    Matcher l = NUMBER_LAST.matcher(s);
    if (l.matches()) {
      return title(l.group(1)) + " " + roman(l.group(2));
    }
    return s.replaceFirst("(?i)^the\\s+", "");
  }

  /** True for names that {@link #canonical} rewrites. */
  public static boolean isNumbered(String name) {
    String s = name == null ? "" : name.strip();
    return WW.matcher(s).matches() || ORDINAL_FIRST.matcher(s).matches() || NUMBER_LAST.matcher(s).matches();
  }

  private static String roman(String n) {
    return Character.isDigit(n.charAt(0)) ? ROMAN[Integer.parseInt(n) - 1] : n.toUpperCase(Locale.ROOT);
  }

  private static String title(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : words.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }
}
