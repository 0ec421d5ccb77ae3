package dev.chorus.reading;

import dev.chorus.text.Cues;
import dev.chorus.text.Measures;
import dev.chorus.text.NumberWords;
import dev.chorus.text.Reporting;
import dev.chorus.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts, money amounts and measures: "19 people", "forty-eight detainees", "€21 billion ($24
 * billion)", "25 km" (see {@link Measures}).
 */
public final class QuantityParser {

  /** Compiled once: String.split, matches and replaceAll compile their pattern on every call. */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}-]");
  private static final Pattern CLAUSE_END = Pattern.compile("[,.;:]$");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern AMOUNT = Pattern.compile(
      "(?i)(?<![\\p{L}\\d.,:/-])(US\\$|C\\$|A\\$|[€$£¥₹]|(?:EUR|USD|GBP)\\s?)?(" + NumberWords.NUMBER
          + ")(?!(?<=\\p{L})\\p{L})(?:\\s*(million|billion|trillion|bn|mn|tn|m|k)\\b)?"
          + "(\\s*\\((?:US)?[€$£¥][^)]{1,30}\\))?"
          + "(?:(-)(\\p{L}+)((?:\\s+\\p{L}[\\p{L}'’-]*){0,4})"
          + "|\\s+((?:\\p{L}[\\p{L}'’-]*\\s*){1,4}))?");
  private static final Map<String, String> CURRENCY = Map.of("€", "EUR", "$", "USD", "us$", "USD",
      "£", "GBP", "¥", "JPY", "₹", "INR", "eur", "EUR", "usd", "USD", "gbp", "GBP");
  private static final Set<String> PERSON_NOUNS = Set.of("people", "persons", "residents",
      "civilians", "inhabitants", "citizens", "individuals", "villagers", "passengers");
  private static final Pattern VERB_AROUND = Pattern.compile(
      "(?i)\\b(killed|killing|died|dead|deaths?|death toll|lost their lives|missing|evacuated|injured|injuring"
          + "|wounded|hurt|displaced|arrested|detained|released|freed|rescued|homeless)\\b");
  private static final Map<String, String> VERB_SUFFIX = Map.ofEntries(
      Map.entry("killed", "killed"), Map.entry("killing", "killed"), Map.entry("injuring", "injured"),
      Map.entry("died", "killed"), Map.entry("dead", "killed"),
      Map.entry("death", "killed"), Map.entry("deaths", "killed"), Map.entry("death toll", "killed"),
      Map.entry("lost their lives", "killed"), Map.entry("missing", "missing"),
      Map.entry("evacuated", "evacuated"), Map.entry("injured", "injured"),
      Map.entry("wounded", "injured"), Map.entry("hurt", "injured"),
      Map.entry("displaced", "displaced"), Map.entry("arrested", "detained"),
      Map.entry("detained", "detained"), Map.entry("released", "released"),
      Map.entry("freed", "released"), Map.entry("rescued", "rescued"),
      Map.entry("homeless", "displaced"));
  private static final Set<String> STOP = Set.of("of", "for", "to", "in", "on", "at", "and", "or",
      "that", "which", "who", "were", "was", "are", "is", "have", "has", "had", "the", "a", "an",
      "with", "from", "by", "as", "than", "including", "since", "this", "their", "his", "her",
      "would", "will", "could", "been", "be", "per", "each", "more", "after", "before", "while",
      "between", "among", "across", "into", "over", "under", "during", "without", "within",
      "against", "through", "near", "held", "met", "said", "says", "still", "also", "now",
      "already", "say", "told", "remain", "remained", "when", "where", "but", "so", "if");
  private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women",
      "children", "police", "staff", "personnel", "troops", "cattle", "feet", "geese", "mice");
  private static final Pattern NOUN_OF = Pattern.compile("(?i)\\b(\\p{L}{3,})\\s+(?:of|worth)\\s*$");
  private static final Pattern MONTH = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug"
      + "|sep|sept|oct|nov|dec)[a-z]*\\.?\\s*$");
  private static final Pattern TOLL = Pattern.compile("(?i)\\b(?:death toll|toll)\\b[^.]{0,30}$");

  private QuantityParser() {}

  static List<Claim> find(String s) {
    List<Claim> out = new ArrayList<>();
    // AMOUNT reads a number: most sentences have none
    if (!Cues.hasNumber(s)) {
      return out;
    }
    Matcher m = AMOUNT.matcher(s);
    int from = 0;
    // the search goes on where the counted noun ends, not where the words read after it end: in
    // "three men died and eight people were hurt" those words reach the second count
    while (from < s.length() && m.find(from)) {
      Claim c = toClaim(s, m);
      if (c != null) {
        out.add(c);
      }
      from = c == null ? m.end() : Math.max(m.end(2), c.end());
    }
    return out;
  }

  private static Claim toClaim(String s, Matcher m) {
    Double n = NumberWords.parse(m.group(2));
    if (n == null || skip(s, m, n)) {
      return null;
    }
    double value = n * NumberWords.scale(m.group(3));
    String before = s.substring(0, m.start());
    int begin = m.start() - Reporting.qualifierLength(before);
    String qualifier = Reporting.qualifier(before);
    if (m.group(1) != null) {
      String cur = CURRENCY.getOrDefault(m.group(1).trim().toLowerCase(Locale.ROOT), "USD");
      String noun = headNoun(m.group(8), false);
      if (noun == null) {
        Matcher of = NOUN_OF.matcher(before);
        noun = of.find() ? of.group(1).toLowerCase(Locale.ROOT) : null;
      }
      return claim(noun == null ? "amount" : "amount:" + noun, value, cur, qualifier, begin, m.end());
    }
    // a unit of measure: "25km", "220 tonnes", "4 per cent", "a 3-km radius"; in its base unit
    Measures.Found unit = m.group(3) != null ? null
        : m.group(5) != null ? Measures.after(m.group(6), 0) : Measures.after(s, m.end(2));
    if (unit != null && (m.group(5) == null || unit.end() == m.group(6).length())) {
      Measures.Unit u = unit.unit();
      int end = m.group(5) == null ? unit.end() : m.end(6);
      // rounded to a millionth: 1.2 km must read 1200 m, not 1200.0000000000002
      double base = Math.round(value * u.factor() * 1e6) / 1e6;
      return claim(u.dimension().equals("percent") ? "percent" : "measure:" + u.dimension(), base, u.base(),
          qualifier, begin, end);
    }
    if (m.group(5) != null) {
      return compound(m, value, qualifier, begin);
    }
    String noun = headNoun(m.group(8), value != 1);
    Matcher partitive = m.group(8) == null ? null : PARTITIVE.matcher(m.group(8));
    if (noun == null && partitive != null && partitive.lookingAt()) {
      // "twelve of our colleagues", "three of them": the count is of what follows "of"
      String rest = m.group(8).substring(partitive.end());
      String pronoun = headNoun(rest, false);
      if (pronoun == null || !PRONOUNS.contains(pronoun)) {
        String whole = headNoun(rest, value != 1);
        return whole == null ? null : counted(s, m, whole, value, qualifier, begin);
      }
      // "three of them died": people, when a casualty verb says so
      String verb = casualtyVerb(s, m.start(), m.start(8) + partitive.end() + pronoun.length());
      return verb == null ? null : claim("count:people_" + verb, value, "people", qualifier, begin, m.end(2));
    }
    if (noun == null) {
      // "and 31 injured", "12 dead": the people are understood
      Matcher bare = BARE_CASUALTY.matcher(s.substring(m.end(2)));
      if (bare.lookingAt()) {
        return claim("count:people_" + VERB_SUFFIX.get(bare.group(1).toLowerCase(Locale.ROOT)), value, "people",
            qualifier, begin, m.end(2) + bare.end());
      }
      // "killing 12 workers and injuring 31,": the verb before a bare count says what it counts
      Matcher verbBefore = VERB_BEFORE.matcher(before.substring(0, before.length() - Reporting.qualifierLength(before)));
      if (verbBefore.find()) {
        return claim("count:people_" + VERB_SUFFIX.get(verbBefore.group(1).toLowerCase(Locale.ROOT)), value, "people",
            qualifier, begin, m.end(2));
      }
      return TOLL.matcher(before).find()
          ? claim("count:people_killed", value, "people", qualifier, begin, m.end()) : null;
    }
    return counted(s, m, noun, value, qualifier, begin);
  }

  /** "a 12-point plan": a count of points of a plan. */
  private static Claim compound(Matcher m, double value, String qualifier, int begin) {
    String unit = m.group(6).toLowerCase(Locale.ROOT);
    if (Reporting.timeUnit(unit) != null || m.group(6).length() < 2) {
      return null;
    }
    String noun = headNoun(m.group(7), false);
    String slot = noun == null ? "count:" + plural(unit) : "count:" + noun + "_" + plural(unit);
    return claim(slot, value, unit, qualifier, begin, m.end());
  }

  private static Claim counted(String s, Matcher m, String noun, double value, String qualifier,
      int begin) {
    String first = SPACES.split(m.group(8).trim())[0];
    if (Reporting.timeUnit(first) != null || Reporting.timeUnit(noun) != null) {
      return null;
    }
    int nounEnd = m.start(8) + m.group(8).indexOf(noun) + noun.length();
    String verb = casualtyVerb(s, m.start(), nounEnd);
    // things are released and rescued too ("released 20 tonnes of gas"); only people are killed or hurt
    boolean objectVerb = "released".equals(verb) || "rescued".equals(verb);
    if (verb != null && (!objectVerb || PERSON_NOUNS.contains(noun))) {
      // "twelve workers were killed" and "12 people died" answer one question: how many were killed
      return claim("count:people_" + verb, value, "people", qualifier, begin, nounEnd);
    }
    if (PERSON_NOUNS.contains(noun)) {
      return claim("count:people", value, "people", qualifier, begin, nounEnd);
    }
    return claim("count:" + noun, value, singular(noun), qualifier, begin, nounEnd);
  }

  /** A casualty verb right before a count that names no noun: "injuring 31", "and injured eight". */
  private static final Pattern VERB_BEFORE = Pattern.compile(
      "(?i)\\b(killing|killed|injuring|injured|wounding|wounded|evacuating|evacuated|detaining|detained"
          + "|arresting|arrested)\\s+$");
  /** A relative clause that starts later than right after the counted noun is about another noun. */
  private static final Pattern LATER_RELATIVE = Pattern.compile("(?i)\\s(?:who|whose|which|that)\\s");

  /** "of", then maybe a determiner: a partitive count ("twelve of our colleagues", "three of them"). */
  private static final Pattern PARTITIVE = Pattern.compile(
      "(?i)of\\s+(?:(?:the|our|their|its|his|her|your|those|these)\\s+)?");
  private static final Set<String> PRONOUNS = Set.of("them", "us", "you", "those", "these", "whom");
  /**
   * An aside between commas right after the counted noun ("twelve workers, all of them on the night
   * shift, died"): the count's verb comes after it. An aside holds no number and no casualty verb;
   * otherwise it is a list or a clause of its own.
   */
  private static final Pattern NUMBER_WORD = Pattern.compile("(?i)(?<!\\p{L})" + NumberWords.NUMBER + "(?!\\p{L})");
  private static final Pattern ASIDE = Pattern.compile("^\\s*,([^,;:.!?()\\d]{3,60}),");

  /** Words that end the clause a count belongs to: its casualty verb is not looked for past them. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?()]|\\s(?:and|but|while|whereas)\\s");
  /** A casualty verb right after a number: "31 injured", "12 dead", "three were killed". */
  private static final Pattern BARE_CASUALTY = Pattern.compile(
      "(?i)\\s+(?:(?:were|was|have been|had been|are|is)\\s+)?(killed|dead|injured|wounded|hurt|missing|detained"
          + "|arrested|evacuated|rescued)\\b");

  /**
   * The casualty verb of a count: the first in the rest of its clause ("twelve workers were
   * killed and 31 people injured": killed for twelve, injured for 31), else the last in the
   * few words before it in its clause ("the blast killed 12 people").
   */
  private static String casualtyVerb(String s, int start, int end) {
    Matcher aside = ASIDE.matcher(s.substring(end, Math.min(s.length(), end + 70)));
    if (aside.find() && !VERB_AROUND.matcher(aside.group(1)).find() && !NUMBER_WORD.matcher(aside.group(1)).find()) {
      end += aside.end();
    }
    String after = s.substring(end, Math.min(s.length(), end + 50));
    Matcher stop = CLAUSE_BREAK.matcher(after);
    if (stop.find()) {
      after = after.substring(0, stop.start());
    }
    // "crowns to the family of each colleague who died": the verb is the colleague's, not the count's
    Matcher relative = LATER_RELATIVE.matcher(after);
    if (relative.find() && relative.start() > 0) {
      after = after.substring(0, relative.start());
    }
    Matcher v = VERB_AROUND.matcher(after);
    if (v.find()) {
      return VERB_SUFFIX.get(v.group(1).toLowerCase(Locale.ROOT));
    }
    String before = s.substring(Math.max(0, start - 30), start);
    Matcher clause = CLAUSE_BREAK.matcher(before);
    int from = 0;
    while (clause.find()) {
      from = clause.end();
    }
    String verb = null;
    Matcher b = VERB_AROUND.matcher(before.substring(from));
    while (b.find()) {
      verb = VERB_SUFFIX.get(b.group(1).toLowerCase(Locale.ROOT));
    }
    return verb;
  }

  /** Years, dates, times and single "one"s are no counts. */
  private static boolean skip(String s, Matcher m, double n) {
    String num = m.group(2).toLowerCase(Locale.ROOT);
    boolean year = FOUR_DIGITS.matcher(num).matches() && n >= 1800 && n <= 2100 && m.group(1) == null;
    boolean date = MONTH.matcher(s.substring(0, m.start())).find()
        || (m.group(8) != null && MONTH.matcher(SPACES.split(m.group(8))[0] + " ").lookingAt());
    boolean time = m.end(2) < s.length() && s.charAt(m.end(2)) == ':';
    boolean lone = num.equals("one") || num.equals("a") || num.equals("an");
    return year || date || time || (lone && m.group(1) == null && m.group(5) == null);
  }

  /**
   * The counted noun: the last word of the short lowercase phrase after the number; for a count
   * above one the last plural word, so "two officials familiar with" counts officials.
   */
  private static String headNoun(String phrase, boolean plural) {
    if (phrase == null) {
      return null;
    }
    String last = null;
    String lastPlural = null;
    for (String w : Words.bySpaces(phrase.trim())) {
      String t = NOT_WORD.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
      if (t.isEmpty() || STOP.contains(t) || t.endsWith("ed") || t.endsWith("ing")
          || Character.isUpperCase(w.charAt(0)) && last != null) {
        break;
      }
      last = t;
      lastPlural = looksPlural(t) ? t : lastPlural;
      if (CLAUSE_END.matcher(w).find()) {
        break;
      }
    }
    return plural ? lastPlural : last;
  }

  private static boolean looksPlural(String w) {
    return IRREGULAR_PLURALS.contains(w) || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
  }

  private static String plural(String unit) {
    return unit.endsWith("s") ? unit : unit + "s";
  }

  private static String singular(String noun) {
    if (noun.endsWith("ies")) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
  }

  private static Claim claim(String slot, double value, String unit, String qualifier, int begin,
      int end) {
    return new Claim("quantity", slot, null, format(value), value, unit, qualifier, null, begin, end);
  }

  /** A value as its digits: 12 not 12.0, 2.5 as 2.5. */
  public static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
