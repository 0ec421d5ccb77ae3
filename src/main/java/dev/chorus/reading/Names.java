package dev.chorus.reading;

import dev.chorus.text.Lexicon;
import dev.chorus.text.Mention;
import dev.chorus.text.MentionFinder;
import dev.chorus.text.Words;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claims' view of a sentence's names: {@link MentionFinder}'s names with their offsets, whether
 * a name is a person's, and short forms and pronouns resolved to the fullest name the article gave.
 */
final class Names {

  /** A name as found: text without titles or possessive, and its offsets in the sentence. */
  record Name(String text, int begin, int end, boolean possessive) {
    int tokens() {
      return text.split(" ").length;
    }
  }

  // compiled once (String.matches and replaceAll compile on every call): these run for every name
  private static final Pattern PLACE_PREPOSITION_AT_END =
      Pattern.compile(".*\\b(?:in|at|from|to|into|near|across|of)\\s+(?:the\\s+)?$");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NAME_SPACES = Pattern.compile("[ \\u00A0]+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!\"”’']\\s*$");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:[Tt]he)\\s+");

  /**
   * The last sentences' names, per thread: the extractors of one sentence each ask for its names,
   * the next sentence's pronouns for the previous one's, and {@link ArticleReader} gives an article's
   * names read for its mentions ({@link #remember}); as many as a long article's sentences.
   */
  private static final int REMEMBERED = 512;
  private static final ThreadLocal<Map<String, List<Name>>> RECENT = ThreadLocal.withInitial(
      () -> new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Name>> eldest) {
          return size() > REMEMBERED;
        }
      });

  private Names() {}

  /** Whether a lower-case word marks an organisation, place or event rather than a person. */
  private static boolean notPerson(String word) {
    return Lexicon.isNonPersonWord(word) || Lexicon.isOrgWord(word) || Lexicon.isPlaceWord(word);
  }

  /**
   * The names of a sentence as the entities' {@link MentionFinder} finds them (one name finder for
   * the whole job), titles, honorifics and sentence openers left out; whether each is a person is
   * decided by the caller ({@link #isPerson}). Callers pass parts of sentences too, and headlines
   * are read like any line ({@link #people} leaves them out).
   */
  static List<Name> find(String sentence) {
    Map<String, List<Name>> recent = RECENT.get();
    List<Name> known = recent.get(sentence);
    if (known == null) {
      known = List.copyOf(findNames(sentence));
      recent.put(sentence, known);
    }
    return known;
  }

  /**
   * Remembers the names {@link MentionFinder#namesIn} gave for a sentence, read already for its
   * mentions, so that the extractors do not read it again. The extractors see "#" and "@" blanked
   * ({@link ClaimExtractor}), so a sentence holding either is left to them.
   */
  static void remember(String sentence, List<Mention> names) {
    if (sentence != null && sentence.indexOf('#') < 0 && sentence.indexOf('@') < 0) {
      RECENT.get().put(sentence, List.copyOf(toNames(sentence, names)));
    }
  }

  private static List<Name> findNames(String sentence) {
    return toNames(sentence, MentionFinder.namesIn(sentence));
  }

  private static List<Name> toNames(String sentence, List<Mention> mentions) {
    List<Name> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.begin() < 0 || m.end() > sentence.length()) {
        continue;
      }
      // the surface, not the mention's canonical name: "U.S." stays as written, as callers resolve it themselves
      String surface = sentence.substring(m.begin(), m.end());
      Matcher article = LEADING_ARTICLE.matcher(surface);
      int begin = m.begin() + (article.find() ? article.end() : 0);
      String text = NAME_SPACES.matcher(sentence.substring(begin, m.end())).replaceAll(" ");
      if (!text.isEmpty()) {
        out.add(new Name(text, begin, m.end(), possessiveAt(sentence, m.end())));
      }
    }
    return out;
  }

  /** Whether "'s" or a plural's bare apostrophe follows a name ending at {@code end}. */
  private static boolean possessiveAt(String s, int end) {
    if (end >= s.length() || (s.charAt(end) != '\'' && s.charAt(end) != '’')) {
      return false;
    }
    boolean s2 = end + 1 < s.length() && (s.charAt(end + 1) == 's' || s.charAt(end + 1) == 'S');
    boolean wordGoesOn = end + 2 < s.length() && Character.isLetter(s.charAt(end + 2));
    return s2 ? !wordGoesOn : end > 0 && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S');
  }

  /** Names that look like people: two or more tokens and no organisation or place word. */
  static List<Name> people(String sentence) {
    List<Name> out = new ArrayList<>();
    if (isHeading(sentence)) {
      return out;
    }
    for (Name n : find(sentence)) {
      if (n.tokens() >= 2 && isPerson(n.text()) && !afterPlacePreposition(sentence, n.begin())) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Headline-case lines ("Talks Back on the Table?") capitalise every word, names or not; unlike
   * sentences full of names they do not end with a full stop.
   */
  private static boolean isHeading(String line) {
    if (SENTENCE_END.matcher(line).find()) {
      return false;
    }
    String[] words = Words.bySpaces(line.trim());
    int caps = 0;
    for (String w : words) {
      caps += !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? 1 : 0;
    }
    return words.length >= 3 && caps * 10 >= words.length * 6;
  }

  static boolean isPerson(String name) {
    if (name == null || name.split(" ").length > 4 || name.equals(name.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (String t : name.toLowerCase(Locale.ROOT).split(" ")) {
      // "the State Rescue Service": an organisation's word is never part of a person's name
      if (notPerson(t)) {
        return false;
      }
    }
    return true;
  }

  static boolean afterPlacePreposition(String s, int begin) {
    // "in X", "at the X"; a bare "the X" is no place ("The State Rescue Service says")
    String before = s.substring(Math.max(0, begin - 12), begin).toLowerCase(Locale.ROOT);
    return PLACE_PREPOSITION_AT_END.matcher(before).matches();
  }

  /** "Ostland envoy Marek Holm": a word before a title qualifies the title, it is no person. */
  static boolean modifiesTitle(String text, Name n) {
    String[] next = Words.bySpaces(text.substring(n.end()).trim());
    return next.length > 0 && Lexicon.isTitleWord(lower(next[0]));
  }

  /** The fullest known form of a name: "Sarnov" becomes "Pavel Sarnov" when people knows it. */
  static String resolve(String name, List<String> people) {
    if (name == null || people == null || name.contains(" ")) {
      return name;
    }
    String key = fold(name);
    for (String p : people) {
      if (p != null && fold(p.substring(p.lastIndexOf(' ') + 1)).equals(key)) {
        return p;
      }
    }
    return name;
  }

  /**
   * The person a pronoun most likely means: the first person (usually the subject) named in the
   * previous sentence, else the person introduced last.
   */
  static String resolvePronoun(ClaimContext ctx) {
    if (ctx.previous() != null) {
      for (Name n : find(ctx.previous())) {
        String full = resolve(n.text(), ctx.people());
        if (!n.possessive() && full.contains(" ") && isPerson(full)) {
          return full;
        }
      }
    }
    List<String> people = ctx.people();
    return people == null || people.isEmpty() ? null : people.get(people.size() - 1);
  }

  static String fold(String s) {
    String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return d.toLowerCase(Locale.ROOT);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
