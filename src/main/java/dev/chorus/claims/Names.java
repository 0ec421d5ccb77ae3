package dev.chorus.claims;

import dev.chorus.text.Calendar;
import dev.chorus.text.Lexicon;
import dev.chorus.text.Words;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds capitalised name sequences and resolves short forms to the fullest known name. */
final class Names {

  /** A name as found: text without titles or possessive, and its offsets in the sentence. */
  record Name(String text, int begin, int end, boolean possessive) {
    int tokens() {
      return text.split(" ").length;
    }
  }

  private static final String TOKEN = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
  // compiled once (String.matches and replaceAll compile on every call): these run for every name
  private static final Pattern PLACE_PREPOSITION_AT_END =
      Pattern.compile(".*\\b(?:in|at|from|to|into|near|across|the|of)\\s+$");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NAME_SPACES = Pattern.compile("[ \\u00A0]+");
  private static final Pattern SEQUENCE = Pattern.compile(TOKEN + "(?:[ \\u00A0]+"
      + "(?:(?:de|da|di|van|von|der|den|del|la|le|al|bin|ibn|dos|du|ter)[ \\u00A0]+)?" + TOKEN + ")*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!\"”’']\\s*$");
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){1,4}");
  private static final Pattern NATIONALITY = Pattern.compile(".*(?:ian|ean|ese|ish|can)");

  /** Title words: part of a role, never of a name. */
  static final Set<String> TITLES = Set.of("president", "presidents", "presidential", "vice",
      "prime", "minister", "ministers", "secretary", "envoy", "special", "aide", "chancellor",
      "mayor", "governor", "ambassador", "spokesperson", "spokesman", "spokeswoman", "senator",
      "sen.", "rep.", "representative", "general", "gen.", "king", "queen", "prince", "princess",
      "pope", "chief", "ceo", "director", "chairman", "chairwoman", "chair", "head", "leader",
      "commissioner", "adviser", "advisor", "assistant", "official", "foreign", "defence",
      "defense", "interior", "finance", "deputy", "acting", "former", "ex-president", "press",
      "state", "sheikh", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "judge", "justice",
      "premier", "emir", "colonel", "captain", "lieutenant", "admiral", "marshal", "sir", "lord",
      "lady", "dame", "negotiator", "officer", "executive", "coordinator", "councillor", "pastor",
      "father", "bishop", "rabbi", "imam", "professor", "prof.", "speaker", "lawmaker",
      // ranks as written before a name, with and without the point: "Col. X", "Col X"
      "col.", "col", "lt.", "lt", "capt.", "capt", "maj.", "maj", "sgt.", "sgt", "brig.", "brig", "cmdr.", "cmdr");

  /** Words that start sentences or clauses and are capitalised only for that reason. */
  private static final Set<String> LEAD = Calendar.andDayAndMonthNames("the", "a", "an", "on", "in", "at", "but", "and",
      "as", "after", "before", "when", "while", "earlier", "later", "meanwhile", "however",
      "according", "citing", "by", "for", "with", "this", "that", "these", "those", "his", "her",
      "their", "our", "its", "if", "since", "until", "during", "recently", "then", "also", "both",
      "he", "she", "they", "we", "it", "there", "here", "what", "why", "how", "who", "where",
      "accompanying", "writing", "speaking", "asked", "still", "now", "only", "some", "many",
      "today", "yesterday", "tomorrow", "last", "next", "adding", "unlike",
      "like", "from", "to", "of", "despite", "although", "though", "because", "so", "yet", "not",
      "all", "every", "each", "one", "two", "three", "following", "amid", "under", "over", "via",
      "about", "behind", "mr", "ms", "mrs", "us", "u.s.", "uk", "eu", "un", "nato", "white", "state",
      "tv", "media");

  /**
   * Words that mark an organisation, place or event rather than a person, besides the organisation
   * and place words of {@link Lexicon} ({@link #notPerson}).
   */
  private static final Set<String> NOT_PERSON = Set.of("house", "war", "social", "st", "north", "south", "east",
      "west", "new", "magazine", "review", "daily", "weekly", "hall", "hotel", "crisis");

  private Names() {}

  /** Whether a lower-case word marks an organisation, place or event rather than a person. */
  private static boolean notPerson(String word) {
    return NOT_PERSON.contains(word) || Lexicon.isOrgWord(word) || Lexicon.isPlaceWord(word);
  }

  /** Capitalised name sequences with titles and leading function words removed. */
  static List<Name> find(String sentence) {
    List<Name> out = new ArrayList<>();
    Matcher m = SEQUENCE.matcher(sentence);
    while (m.find()) {
      Name n = trim(sentence, m.start(), m.end());
      if (n != null) {
        out.add(n);
      }
    }
    return out;
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
    String before = s.substring(Math.max(0, begin - 8), begin).toLowerCase(Locale.ROOT);
    return PLACE_PREPOSITION_AT_END.matcher(before).matches();
  }

  private static Name trim(String s, int start, int end) {
    List<int[]> toks = new ArrayList<>();
    Matcher w = WORD.matcher(s).region(start, end);
    while (w.find()) {
      toks.add(new int[] {w.start(), w.end()});
    }
    int first = firstNameToken(s, toks);
    if (first >= toks.size()) {
      return null;
    }
    int b = toks.get(first)[0];
    int e = toks.get(toks.size() - 1)[1];
    String text = s.substring(b, e);
    boolean possessive = POSSESSIVE.matcher(text).find() && !text.endsWith(".");
    text = POSSESSIVE.matcher(text).replaceAll("");
    if (text.endsWith(".") && !ACRONYM.matcher(text.substring(text.lastIndexOf(' ') + 1)).matches()) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.isEmpty() || (toks.size() - first == 1 && !singleName(text))) {
      return null;
    }
    return new Name(NAME_SPACES.matcher(text).replaceAll(" "), b, b + text.length(), possessive);
  }

  /** A lone word names someone unless it is a function word, title, acronym or nationality. */
  private static boolean singleName(String token) {
    String t = lower(token);
    return !LEAD.contains(t) && !TITLES.contains(t) && !ACRONYM.matcher(token).matches()
        && !NATIONALITY.matcher(t).matches();
  }

  static boolean isLeadWord(String token) {
    return LEAD.contains(lower(token));
  }

  /** Index of the first token after leading function words, titles and nationality words. */
  private static int firstNameToken(String s, List<int[]> toks) {
    int plain = 0;
    while (plain < toks.size() - 1 && LEAD.contains(lower(text(s, toks.get(plain))))) {
      plain++;
    }
    int lastTitle = -1;
    for (int i = 0; i < toks.size() - 1; i++) {
      if (TITLES.contains(lower(text(s, toks.get(i))))) {
        lastTitle = i;
      }
    }
    // "Russian Foreign Ministry" is an organisation: keep its title words.
    for (int i = lastTitle + 1; i < toks.size(); i++) {
      if (notPerson(lower(text(s, toks.get(i))))) {
        return plain;
      }
    }
    int i = lastTitle + 1;
    while (i < toks.size() - 1 && isLead(s.substring(toks.get(i)[0], toks.get(i)[1]), toks.size() - i)) {
      i++;
    }
    boolean afterOf = s.substring(Math.max(0, toks.get(0)[0] - 4), toks.get(0)[0]).equals(" of ");
    return afterOf && i == 0 && toks.size() >= 3 ? 1 : i;
  }

  /** A nationality adjective only leads when two more tokens follow ("Russian Ilya Petrov"). */
  private static String text(String s, int[] tok) {
    return s.substring(tok[0], tok[1]);
  }

  private static boolean isLead(String token, int remaining) {
    String t = lower(token);
    return LEAD.contains(t) || TITLES.contains(t) || ACRONYM.matcher(token).matches()
        || (remaining >= 3 && NATIONALITY.matcher(t).matches());
  }

  /** "Ostland envoy Marek Holm": a word before a title qualifies the title, it is no person. */
  static boolean modifiesTitle(String text, Name n) {
    String[] next = text.substring(n.end()).trim().split("\\s+", 2);
    return TITLES.contains(lower(next[0]));
  }

  /** The fullest known form of a name: "Sarnov" becomes "Yury Sarnov" when people knows it. */
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
