package dev.chorus.text;

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
   * last word (the surname) as first letter plus last two folded letters, so
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
   * with its inner letters sorted ("f miik"), so that "Vasily"/"Vasili", "Orlov"/"Orloff" and
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
   * report seemed to be mentioned in any other. The last word's -ia/-iya/-aya ending is read as -a
   * ({@link NameFold#placeEnding}): outlets transliterate one town with and without it.
   */
  public static String placeKey(String name) {
    List<String> tokens = new ArrayList<>(NameFold.foldedTokens(name));
    if (tokens.isEmpty()) {
      return null;
    }
    int last = tokens.size() - 1;
    tokens.set(last, NameFold.placeEnding(tokens.get(last)));
    return String.join(" ", tokens);
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

  /** Given names of this many letters or more may differ by {@link #GIVEN_EDITS} edits ("Oleksandr"). */
  private static final int GIVEN_LONG = 6;
  private static final int GIVEN_EDITS = 2;
  /** Given names that share this many first letters may be two languages' forms of one name. */
  private static final int GIVEN_PREFIX = 3;

  /**
   * Which names of one event {@link #looseSame} compares: the first letter of the last word's loose
   * fold (the surname's; a misspelling seldom changes its first letter).
   */
  public static String looseBlock(String name) {
    List<String> tokens = NameFold.foldedTokens(name);
    return tokens.isEmpty() ? "" : NameFold.looseWord(tokens.get(tokens.size() - 1)).substring(0, 1);
  }

  /**
   * Which names of a whole corpus {@link #looseSame} compares without typos: the loose fold of all
   * words but the first given name (a person's surname, a place's words), so that only people with
   * one surname as pronounced meet and no block grows with the corpus.
   */
  public static String looseKey(String name) {
    List<String> x = loose(name);
    return x.isEmpty() ? "" : String.join(" ", x.subList(Math.min(1, x.size() - 1), x.size()));
  }

  /**
   * True when two names of one kind, both used in the articles of one event, are one entity though
   * their spellings differ by more than {@link #sameName} accepts: looser transliteration
   * ({@link NameFold#looseWord}: "Hromova"/"Gromova"), given names in two languages' forms
   * ("Oleksiy"/"Aleksei", "Oleksandr"/"Aleksandr", "Mykola"/"Nikolai"), and a surname misspelt by one
   * letter when the misspelt form is used in one article only ({@code rareA}/{@code rareB}). Only
   * trusted inside one event: across a corpus such looseness would join different people.
   * Organisations compare by {@link OrgNames#sameStem}; a lone surname to {@link #sameName} and
   * {@link ArticleNames} (loosely, it would join everyone who shares it). Without a rare form, this
   * is safe across a corpus: {@link EntityStage} applies it so within {@link #looseKey} blocks.
   */
  public static boolean looseSame(String a, String b, String kind, boolean rareA, boolean rareB) {
    if (Mention.ORG.equals(kind)) {
      return OrgNames.sameStem(a, b);
    }
    List<String> x = loose(a);
    List<String> y = loose(b);
    if (x.isEmpty() || y.isEmpty() || Mention.PERSON.equals(kind) && (x.size() < 2 || y.size() < 2)) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    if (Mention.PLACE.equals(kind)) {
      return x.size() == 1 && y.size() == 1 && misspelt(x.get(0), y.get(0), rareA, rareB);
    }
    String sx = x.get(x.size() - 1);
    String sy = y.get(y.size() - 1);
    if (x.size() != y.size() || !(sx.equals(sy) || misspelt(sx, sy, rareA, rareB))) {
      return false;
    }
    for (int i = 0; i < x.size() - 1; i++) {
      if (!looseGiven(x.get(i), y.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> loose(String name) {
    List<String> out = new ArrayList<>();
    for (String w : NameFold.clean(name).split(" ")) {
      String f = NameFold.looseWord(w);
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  /** One letter apart, in words of {@link #SHORT} letters or more, and one of the forms is rare. */
  private static boolean misspelt(String a, String b, boolean rareA, boolean rareB) {
    return (rareA || rareB) && Math.min(a.length(), b.length()) >= SHORT && NameFold.distance(a, b) <= 1;
  }

  /**
   * Two forms of one given name: an initial of the other, a known short form ({@link GivenNames}:
   * "Bill"/"William"), the same first {@link #GIVEN_PREFIX}
   * letters once a leading vowel is set aside ("Oleksiy"/"Aleksei", "Halyna"/"Galina"), or few edits
   * apart in long names ("Oleksandr"/"Aleksandr").
   */
  private static boolean looseGiven(String a, String b) {
    if (compatibleGiven(a, b) || GivenNames.shortForm(a, b)) {
      return true;
    }
    String x = withoutLeadingVowel(a);
    String y = withoutLeadingVowel(b);
    if (x.length() >= GIVEN_PREFIX && y.length() >= GIVEN_PREFIX
        && x.substring(0, GIVEN_PREFIX).equals(y.substring(0, GIVEN_PREFIX))) {
      return true;
    }
    return a.charAt(0) == b.charAt(0) && Math.min(a.length(), b.length()) >= GIVEN_LONG
        && NameFold.distance(a, b) <= GIVEN_EDITS;
  }

  private static String withoutLeadingVowel(String w) {
    return w.length() > GIVEN_PREFIX && "aeiou".indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
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
