package dev.chorus.reading;

import dev.chorus.text.Cues;
import dev.chorus.text.NumberWords;
import dev.chorus.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence states something another outlet could state too: the typed extractors only
 * know some kinds of fact (numbers, quotes, meetings), while most of what several outlets report
 * is said in plain sentences ("The company denied the report"). A sentence is checkable when it
 * is neither a fragment nor a run-on (6 to 80 words) and has an anchor that makes it a statement
 * of fact rather than a heading, a teaser or a list: a number (in digits or words), a name inside
 * the sentence, a speech verb, a negation, a perfect tense or a past-tense verb (regular or a
 * common irregular one).
 */
public final class Assertions {

  public static final String KIND = "assertion";
  public static final String SLOT = "assertion";
  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 80;

  private static final Pattern NUMBER = Pattern.compile("\\d");
  // compiled once: String.replaceAll and String.matches compile their pattern on every call, and
  // these run for every word of every sentence (bench/reader-speed under JFR)
  private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}']+$");
  private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.!?:\"“]$");
  private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‚‛]");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”„‟]");
  private static final Pattern DASHES = Pattern.compile("[–—]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have", "had");
  private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "announced", "announces",
      "confirmed", "confirms", "denied", "denies", "stated", "states", "added", "reported", "reports", "claimed",
      "claims", "insisted", "warned", "warns", "acknowledged", "admitted", "declared", "noted", "explained",
      "according", "rejected");
  private static final Set<String> NEGATION = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
      "nor", "without", "cannot");
  /** has/had/have followed by a participle: a regular one, or one of the common irregular ones. */
  private static final Pattern PERFECT = Pattern.compile(
      "\\b(?:has|have|had)\\s+(?:not\\s+|already\\s+|also\\s+|since\\s+)?(?:\\p{L}+ed|\\p{L}+en|been|made|said|told"
          + "|spent|met|left|held|sent|built|lost|won|led|paid|sold|found|kept|brought|bought|put|set|cut|hit|struck|fled"
          + "|fought|thought|sought|begun|run|come|become|done|gone|seen|known)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Common irregular past tenses: "the tower fell", "the line was closed", "four lost their homes". */
  private static final Set<String> IRREGULAR_PAST = Set.of("was", "were", "lost", "took", "came", "fell", "broke",
      "began", "went", "made", "gave", "saw", "found", "left", "led", "held", "met", "sent", "built", "paid", "sold",
      "kept", "brought", "bought", "thought", "fought", "caught", "rose", "spoke", "wrote", "ran", "won", "struck",
      "fled", "stood", "became", "knew", "grew", "drew", "threw", "flew", "drove", "shook", "chose", "froze", "stole",
      "tore", "swore", "burst", "spread", "sank", "blew", "hid", "felt", "heard", "meant", "sought", "taught");
  /** Words ending in -ed that are no past tense. */
  private static final Set<String> NOT_PAST = Set.of("need", "needed", "seed", "feed", "speed", "bed", "red", "shed",
      "hundred", "indeed", "breed", "greed", "weed", "reed", "bled", "sled", "proceed", "exceed", "succeed", "embed");

  /** Fewest words of a clause that is a claim of its own (its subject may be the sentence's). */
  static final int MIN_CLAUSE_WORDS = 4;
  /** Where a sentence may join a second clause: "; " or "and" (after a comma or not). */
  private static final Pattern JOINT = Pattern.compile(";\\s+|,?\\s+and\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
  /** Finite verbs and auxiliaries that begin a clause's predicate: "... and has halted production". */
  private static final Set<String> FINITE = Set.of("has", "have", "had", "was", "were", "is", "are", "will", "would",
      "could", "can", "did", "does", "may", "might", "must", "should");

  private Assertions() {}

  /**
   * The clauses of a sentence that joins two or more statements ("X employs 1,100 people and has
   * halted production", "residents were evacuated, and schools were closed", "...; ..."), as [begin,
   * end) offsets, or an empty list when it states one thing. Each outlet packs facts into sentences
   * its own way: one prints "production has been stopped" alone, another tucks it behind a comma, and
   * the whole sentences share too few words to be one claim. A second clause starts at "and" followed
   * by a predicate (a finite verb, a past tense) or by a short subject and a finite verb, or at a
   * semicolon; "killed and injured", "Dalby and Orsk" join words, not clauses.
   */
  public static List<int[]> clauses(String sentence) {
    List<int[]> out = new ArrayList<>();
    if (sentence == null) {
      return out;
    }
    int start = 0;
    Matcher j = JOINT.matcher(sentence);
    while (j.find()) {
      if ((j.group().startsWith(";") || beginsClause(sentence, j.end()))
          && words(sentence, start, j.start()) >= MIN_CLAUSE_WORDS
          && words(sentence, j.end(), sentence.length()) >= MIN_CLAUSE_WORDS) {
        out.add(new int[] {start, j.start()});
        start = j.end();
      }
    }
    if (out.isEmpty()) {
      return out;
    }
    out.add(new int[] {start, sentence.length()});
    return out;
  }

  /** Whether a predicate, or a subject of at most four words and then a finite verb, starts at from. */
  private static boolean beginsClause(String s, int from) {
    Matcher w = WORD.matcher(s).region(from, s.length());
    for (int i = 0; i < 5 && w.find(); i++) {
      String lower = w.group().toLowerCase(Locale.ROOT);
      if (FINITE.contains(lower)) {
        return true;
      }
      boolean past = IRREGULAR_PAST.contains(lower) || lower.length() >= 4 && lower.endsWith("ed") && !NOT_PAST.contains(lower);
      if (i == 0 && past) {
        return true;
      }
      // the subject ends at a number or a comma before any finite verb: not a clause
      if (w.end() < s.length() && s.charAt(w.end()) == ',') {
        return false;
      }
    }
    return false;
  }

  private static int words(String s, int from, int to) {
    String part = s.substring(from, to).trim();
    return part.isEmpty() ? 0 : Words.bySpaces(part).length;
  }

  /** Whether the sentence is checkable (see the class comment). */
  public static boolean checkable(String sentence) {
    if (sentence == null) {
      return false;
    }
    String[] words = Words.bySpaces(sentence.trim());
    if (words.length < MIN_WORDS || words.length > MAX_WORDS) {
      return false;
    }
    if (NUMBER.matcher(sentence).find()
        || Cues.hasWord(sentence, PERFECT_AUXILIARIES) && PERFECT.matcher(sentence).find()) {
      return true;
    }
    for (int i = 0; i < words.length; i++) {
      String w = EDGE_MARKS.matcher(words[i]).replaceAll("");
      if (w.isEmpty()) {
        continue;
      }
      // a capital inside the sentence is a name; the first word is capitalised anyway
      if (i > 0 && Character.isUpperCase(w.charAt(0)) && !ENDS_CLAUSE.matcher(words[i - 1]).matches()) {
        return true;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      // a number in words ("nine", "a dozen") is a number too
      if (SPEECH.contains(lower) || NEGATION.contains(lower) || lower.endsWith("n't") || IRREGULAR_PAST.contains(lower)
          || NumberWords.parse(lower) != null && !lower.equals("one") && !lower.equals("a") && !lower.equals("an")) {
        return true;
      }
      if (lower.length() >= 4 && lower.endsWith("ed") && !NOT_PAST.contains(lower)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence as a claim's value: typographic quotes and dashes as plain ones, whitespace
   * collapsed, so that a syndicated copy's sentence is the same value as its original's.
   */
  public static String normalise(String sentence) {
    String plain = DASHES.matcher(DOUBLE_QUOTES.matcher(SINGLE_QUOTES.matcher(sentence).replaceAll("'"))
        .replaceAll("\"")).replaceAll("-");
    return SPACES.matcher(plain).replaceAll(" ").trim();
  }
}
