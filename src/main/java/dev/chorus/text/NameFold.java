package dev.chorus.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Spelling-insensitive forms of names: strips tags and possessives, splits camel-case handles,
 * removes diacritics and folds common transliteration differences so variants compare equal.
 */
public final class NameFold {

  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|_+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’][sS]?$");
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}");
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+(?=\\S)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Words.BREAK_PATTERN;
  private static final Pattern DOUBLES = Pattern.compile("(\\p{L})\\1+");
  // Letters that NFD cannot decompose, and háček letters, which English spells as digraphs.
  private static final Map<String, String> LETTERS = Map.ofEntries(
      Map.entry("ž", "zh"), Map.entry("š", "sh"), Map.entry("č", "ch"), Map.entry("ł", "l"),
      Map.entry("ø", "o"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("ß", "ss"),
      Map.entry("đ", "d"), Map.entry("ı", "i"), Map.entry("þ", "th"), Map.entry("ð", "d"));
  // Abbreviations written either way in place names, and the administrative areas of other
  // languages that English also writes translated ("X Oblast" is "the X region").
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("st", "saint"), Map.entry("ste", "sainte"), Map.entry("mt", "mount"), Map.entry("ft", "fort"),
      Map.entry("pt", "port"), Map.entry("oblast", "region"), Map.entry("raion", "district"),
      Map.entry("rayon", "district"), Map.entry("voivodeship", "province"));
  // Transliteration pairs, applied in order: Zh/Ž, Kh/H, Polish sz/cz (Sh/Ch), ts/c (Polish and
  // Czech c), Yu/Iu, -yy/-iy, x/ks, w/v, Th/T, -off/-ov.
  private static final String[][] FOLDS = {
      {"zh", "z"}, {"kh", "h"}, {"sz", "s"}, {"cz", "c"}, {"sh", "s"}, {"ch", "c"}, {"ts", "c"}, {"ck", "k"},
      {"ph", "f"}, {"th", "t"}, {"x", "ks"}, {"w", "v"}, {"ou", "u"}, {"y", "i"}};
  private static final Pattern INITIAL_YE = Pattern.compile("^ie(?=[^aeiou])");
  // Polish and Czech write a softened e as "ie" after a consonant where English transliterations of
  // the East Slavic form write "e" (Bie-/Be-, -wiec/-vets)
  private static final Pattern SOFT_E = Pattern.compile("(?<=[^aeiou])ie");
  private static final Pattern FINAL_FF = Pattern.compile("f$");

  private NameFold() {
  }

  /** The name as written, without #/@, possessive, dots of acronyms; handles split at camel case. */
  static String clean(String name) {
    if (name == null) {
      return "";
    }
    String s = name.strip();
    if (s.startsWith("#") || s.startsWith("@")) {
      s = splitCamel(s.substring(1));
    }
    s = POSSESSIVE.matcher(s).replaceFirst("");
    s = LEADING_THE.matcher(s).replaceFirst(""); // "The Meridian Post" is "Meridian Post"
    if (DOTTED_ACRONYM.matcher(s).matches()) {
      s = s.replace(".", "");
    }
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** "JaneSmith" becomes "Jane Smith"; a lower-case lead ("realJane") is dropped. */
  static String splitCamel(String handle) {
    String[] parts = CAMEL.split(handle);
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (!p.isEmpty() && (Character.isUpperCase(p.charAt(0)) || parts.length == 1)) {
        kept.add(p);
      }
    }
    return kept.isEmpty() ? handle : String.join(" ", kept);
  }

  /** The cleaned name's words, each folded; never null. */
  public static List<String> foldedTokens(String name) {
    List<String> out = new ArrayList<>();
    for (String w : clean(name).split(" ")) {
      String f = foldWord(w);
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  /** One word, lower case, without diacritics, transliteration-folded, doubled letters collapsed. */
  static String foldWord(String word) {
    String s = word.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : LETTERS.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    s = NON_ALNUM.matcher(s).replaceAll("");
    String expanded = ABBREVIATIONS.get(s);
    if (expanded != null) {
      return expanded;
    }
    for (String[] f : FOLDS) {
      s = s.replace(f[0], f[1]);
    }
    s = INITIAL_YE.matcher(s).replaceFirst("e");
    s = SOFT_E.matcher(s).replaceAll("e");
    s = DOUBLES.matcher(s).replaceAll("$1");
    return s.length() > 3 ? FINAL_FF.matcher(s).replaceFirst("v") : s;
  }

  // Looser transliteration differences, trusted only between names of one event (see
  // NameVariants#looseSame): Ukrainian H for Russian G (Hr-/Gr-), J for Y (Jaroslav/Yaroslav), and the
  // feminine and -ia endings written with or without their y (-ska/-skaya, -tsia/-tsa).
  private static final Pattern LOOSE_ENDING = Pattern.compile("(?:ai|i)a$");

  /** {@link #foldWord}, then H as G, J as Y and -aya/-ia endings as -a. */
  static String looseWord(String word) {
    String s = foldWord(word).replace('j', 'i').replace('h', 'g');
    s = DOUBLES.matcher(s).replaceAll("$1");
    return s.length() > 4 ? LOOSE_ENDING.matcher(s).replaceFirst("a") : s;
  }

  // A place's name is transliterated with or without the -ia/-iya/-aya of its original (the same
  // town as "-nitsa" and "-nytsia"); the word must be long enough that the ending is a suffix, not
  // most of the word. Folded or not: foldWord makes -iya into -ia and -aya into -aia.
  private static final Pattern PLACE_ENDING = Pattern.compile("(?:a[iy]|i[iy]?)a$");
  private static final int MIN_PLACE_ENDING_LETTERS = 5;

  /** The word (lower case, folded or not) with its -ia/-iya/-aya ending as -a; short words as they are. */
  static String placeEnding(String word) {
    return word.length() >= MIN_PLACE_ENDING_LETTERS ? PLACE_ENDING.matcher(word).replaceFirst("a") : word;
  }

  /** Damerau-Levenshtein (optimal string alignment) distance. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
