package dev.chorus.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops paragraphs that a later, longer paragraph repeats: a standfirst restated as the lead, or
 * a pull quote. The later copy is kept because it is the fuller one.
 */
final class NearDuplicates {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int SHINGLE = 4;
  private static final double CONTAINED = 0.6;
  /** Quadratic comparison; beyond this many paragraphs duplicates are left alone. */
  private static final int MAX_PARAGRAPHS = 400;

  private NearDuplicates() {}

  static List<String> remove(List<String> paragraphs) {
    if (paragraphs.size() > MAX_PARAGRAPHS) {
      return paragraphs;
    }
    List<Set<String>> shingles = new ArrayList<>();
    for (String p : paragraphs) {
      shingles.add(shingles(p));
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!repeatedLater(shingles, i)) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }

  private static boolean repeatedLater(List<Set<String>> shingles, int i) {
    Set<String> mine = shingles.get(i);
    if (mine.size() < SHINGLE) {
      return false;
    }
    for (int j = i + 1; j < shingles.size(); j++) {
      Set<String> other = shingles.get(j);
      if (other.size() >= mine.size() && shared(mine, other) >= CONTAINED * mine.size()) {
        return true;
      }
    }
    return false;
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : a) {
      if (b.contains(s)) {
        n++;
      }
    }
    return n;
  }

  static Set<String> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + SHINGLE)));
    }
    return out;
  }
}
