package dev.chorus.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Decides which surface forms of names are spellings of one entity. */
public final class NameVariants {

  /** Words that do not distinguish organisations ("Ministry of Foreign Affairs" = "Foreign Ministry"). */
  private static final Set<String> ORG_FILLERS = Set.of("of", "the", "for", "and", "affairs", "on", "de");
  private static final Set<String> FOLDED_FILLERS = folded(ORG_FILLERS);
  private static final Set<String> ACRONYM_FILLERS = Set.of("of", "the", "for", "and", "on", "de");
  private static final int SHORT = 6;
  private static final int LONG = 12;

  private NameVariants() {
  }

  /**
   * A blocking key shared by names that may be variants. For people and places it is built from the
   * last word (the surname; "Petersburg") as first letter plus last two folded letters, so
   * transliterations and one-letter typos in the middle share it; for organisations it is the
   * sorted initials of the significant words, so an acronym meets its expansion.
   */
  public static String blockingKey(String name, String kind) {
    List<String> tokens = NameFold.foldedTokens(name);
    if (tokens.isEmpty()) {
      return "";
    }
    if (Mention.ORG.equals(kind)) {
      return sortedInitials(name);
    }
    String last = tokens.get(tokens.size() - 1);
    return last.length() <= 3 ? last : last.charAt(0) + last.substring(last.length() - 2);
  }

  /**
   * Who a person is, for telling events apart: the first name's initial and the folded surname
   * with its inner letters sorted ("f miik"), so that "Dmitry"/"Dmitri", "Lavrov"/"Lavroff" and
   * the transposed-letter typo "Lavorv" agree; null for a one-word name.
   * Much finer than {@link #blockingKey}, whose three letters thousands of surnames share: on the
   * 200,000-article bench corpus such keys made unrelated meetings share "two participants". A
   * one-word person is left out because a lone capitalised word is as often a place or a stray
   * word read as a name ("Residents in Kerlenbri said"), and a person named in full once is
   * resolved to the full name everywhere in the article.
   */
  public static String personKey(String name) {
    List<String> tokens = NameFold.foldedTokens(name);
    if (tokens.size() < 2) {
      return null;
    }
    String surname = tokens.get(tokens.size() - 1);
    if (surname.length() > 3) {
      char[] inner = surname.substring(1, surname.length() - 1).toCharArray();
      Arrays.sort(inner);
      surname = surname.charAt(0) + new String(inner) + surname.charAt(surname.length() - 1);
    }
    return tokens.get(0).charAt(0) + " " + surname;
  }

  /**
   * Which place a name is, for telling events apart: its folded words ("saint orvel"). Unlike
   * {@link #blockingKey}, which hundreds of unrelated places share, so that a city named in one
   * report seemed to be mentioned in any other.
   */
  public static String placeKey(String name) {
    List<String> tokens = NameFold.foldedTokens(name);
    return tokens.isEmpty() ? null : String.join(" ", tokens);
  }

  /** True when two forms of the same kind are the same entity by spelling alone. */
  public static boolean sameName(String a, String b, String kind) {
    List<String> x = NameFold.foldedTokens(a);
    List<String> y = NameFold.foldedTokens(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    if (Mention.ORG.equals(kind)) {
      return sameOrg(a, b, x, y);
    }
    if (Mention.PERSON.equals(kind)) {
      return samePerson(x, y);
    }
    return false; // places must match word for word: "Saint Orvel" is not "Saint Ilsa"
  }

  /**
   * A possible typo: Damerau-Levenshtein distance between the folded forms of at most 1 for names of
   * 6 to 11 letters, 2 from 12 letters (a full name with a dropped syllable), 0 below 6.
   */
  public static boolean typoCandidate(String a, String b) {
    String x = String.join("", NameFold.foldedTokens(a));
    String y = String.join("", NameFold.foldedTokens(b));
    int shorter = Math.min(x.length(), y.length());
    if (shorter < SHORT || x.equals(y)) {
      return false;
    }
    int allowed = shorter >= LONG ? 2 : 1;
    return Math.abs(x.length() - y.length()) <= allowed && NameFold.distance(x, y) <= allowed;
  }

  /**
   * The canonical form of a group: among clean forms (no #/@, mixed case) with several words when
   * any has several, the most frequent; ties go to the longest, then the lexicographically first.
   */
  public static String canonical(Map<String, Long> formCounts) {
    if (formCounts == null) {
      return "";
    }
    List<Map.Entry<String, Long>> forms = new ArrayList<>();
    for (Map.Entry<String, Long> e : formCounts.entrySet()) {
      if (e.getKey() != null && !e.getKey().isBlank()) {
        forms.add(e);
      }
    }
    forms = bestTier(forms);
    Comparator<Map.Entry<String, Long>> order = Comparator
        .comparingLong((Map.Entry<String, Long> e) -> e.getValue() == null ? 0L : e.getValue()).reversed()
        .thenComparing(e -> e.getKey().length(), Comparator.reverseOrder())
        .thenComparing(Map.Entry::getKey);
    return forms.stream().min(order).map(Map.Entry::getKey).orElse("");
  }

  private static List<Map.Entry<String, Long>> bestTier(List<Map.Entry<String, Long>> forms) {
    List<Map.Entry<String, Long>> clean = new ArrayList<>();
    for (Map.Entry<String, Long> e : forms) {
      if (isCleanForm(e.getKey())) {
        clean.add(e);
      }
    }
    if (clean.isEmpty()) {
      return forms;
    }
    List<Map.Entry<String, Long>> multi = new ArrayList<>();
    for (Map.Entry<String, Long> e : clean) {
      if (e.getKey().strip().contains(" ")) {
        multi.add(e);
      }
    }
    return multi.isEmpty() ? clean : multi;
  }

  /** Written as a name in running text: no tag sign, and neither all lower nor all upper case. */
  private static boolean isCleanForm(String form) {
    String s = form.strip();
    if (s.startsWith("#") || s.startsWith("@")) {
      return false;
    }
    boolean upper = s.chars().anyMatch(Character::isUpperCase);
    boolean lower = s.chars().anyMatch(Character::isLowerCase);
    return (upper && lower) || (upper && s.length() <= 5);
  }

  /** Same surname; first names equal or an initial of each other when both are given. */
  private static boolean samePerson(List<String> x, List<String> y) {
    if (!x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      return false;
    }
    if (x.size() == 1 || y.size() == 1) {
      return true; // "Berg" is a surname-only form of "Anna Berg"
    }
    return compatibleGiven(x.get(0), y.get(0))
        && (x.size() == 2 || y.size() == 2 || compatibleGiven(x.get(1), y.get(1)));
  }

  private static boolean compatibleGiven(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0);
  }

  private static boolean sameOrg(String a, String b, List<String> x, List<String> y) {
    if (significant(x).equals(significant(y))) {
      return true;
    }
    return isAcronymOf(a, b) || isAcronymOf(b, a);
  }

  private static Set<String> significant(List<String> tokens) {
    Set<String> out = new TreeSet<>(tokens);
    out.removeAll(FOLDED_FILLERS);
    return out;
  }

  private static Set<String> folded(Set<String> words) {
    Set<String> out = new TreeSet<>();
    for (String w : words) {
      out.add(NameFold.foldWord(w));
    }
    return Set.copyOf(out);
  }

  /** "RDIF" for "Russian Direct Investment Fund", "U.S." for "United States". */
  private static boolean isAcronymOf(String acronym, String full) {
    String letters = NameFold.clean(acronym);
    if (letters.contains(" ") || letters.length() < 2 || !letters.equals(letters.toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : NameFold.clean(full).split(" ")) {
      if (!w.isEmpty() && !ACRONYM_FILLERS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        initials.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return initials.length() >= 2 && initials.toString().equals(letters);
  }

  private static String sortedInitials(String name) {
    String cleaned = NameFold.clean(name);
    StringBuilder letters = new StringBuilder();
    String[] words = cleaned.split(" ");
    if (words.length == 1 && cleaned.equals(cleaned.toUpperCase(java.util.Locale.ROOT))) {
      letters.append(cleaned.toLowerCase(java.util.Locale.ROOT)); // an acronym: its letters are initials
    } else {
      for (String w : words) {
        if (!w.isEmpty() && !ORG_FILLERS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
          letters.append(Character.toLowerCase(w.charAt(0)));
        }
      }
    }
    char[] chars = letters.toString().toCharArray();
    java.util.Arrays.sort(chars);
    return new String(chars);
  }
}
