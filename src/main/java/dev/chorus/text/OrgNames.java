package dev.chorus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Looser forms of organisation names than {@link NameVariants#sameName} accepts: the legal-form and
 * grouping words a company name is written with or without ("X Chemical Group", "X Chemicals"), the
 * bare distinctive word ("X") when the corpus has one company of that word, and a lower-case
 * reference without the level of government ("the regional rescue service" for "State Rescue
 * Service"). General English knowledge only; no names.
 */
public final class OrgNames {

  /** Words of a company's legal form or grouping, which its name is written with or without. */
  private static final Set<String> LEGAL_FORMS = Set.of(
      "group", "company", "co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc",
      "plc", "holding", "holdings", "sa", "ag", "gmbh", "nv", "of", "the", "and", "&");

  /** Levels of government before a public body's name, which a lower-case reference may vary. */
  private static final Set<String> LEVELS = Set.of(
      "state", "national", "federal", "regional", "provincial", "local", "municipal", "central", "city",
      "county", "district", "republican", "oblast", "government");

  private static final int MIN_CORE_WORDS = 2;

  /**
   * Words that make a name a company's: its legal form ("Ltd", "GmbH", "Co") or grouping, and the
   * trades companies are named after ("X Chemicals", "X Steel", "X Mining"). A place is not named
   * so; a plant is ("at X Steel's plant", "at the X Chemicals site").
   */
  private static final Set<String> COMPANY_WORDS = Set.of(
      "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "gmbh", "ag", "sa", "nv",
      "bv", "spa", "co", "company", "group", "holding", "holdings", "chemical", "chemicals", "petrochemicals",
      "steel", "metals", "energy", "industries", "motors", "mining", "minerals", "pharmaceuticals", "pharma",
      "refining", "petroleum", "fertilisers", "fertilizers", "cement", "aluminium", "aluminum", "textiles",
      "electronics", "technologies", "engineering", "manufacturing", "automotive", "aerospace",
      "shipbuilding", "enterprises", "resources", "logistics", "foods");

  private OrgNames() {}

  /**
   * The name's distinctive words in order: folded, plurals made singular, legal-form words left out
   * ("Acme Chemical Group" and "Acme Chemicals" both give [acme, chemical]); empty for none.
   */
  public static List<String> stem(String name) {
    List<String> out = new ArrayList<>();
    for (String w : NameFold.clean(name).split(" ")) {
      if (w.isEmpty() || LEGAL_FORMS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
        continue;
      }
      String f = NameFold.foldWord(w);
      if (!f.isEmpty()) {
        out.add(singular(f));
      }
    }
    return out;
  }

  /** Two names of one company: the same distinctive words, two or more of them. */
  public static boolean sameStem(String a, String b) {
    List<String> x = stem(a);
    return x.size() >= MIN_CORE_WORDS && x.equals(stem(b));
  }

  /**
   * Which names {@link #shortFormOf} compares: the first distinctive word ("acme"), or "" for
   * none. An acronym's block is its own letters, so it meets no expansion here (spelling does that).
   */
  public static String block(String name) {
    List<String> s = stem(name);
    return s.isEmpty() ? "" : s.get(0);
  }

  /** True when the name has a word of a company's legal form or trade ("Varn Chemicals", "Orl Steel Ltd"). */
  public static boolean isCompany(String name) {
    for (String w : NameFold.clean(name).split(" ")) {
      if (isCompanyWord(w)) {
        return true;
      }
    }
    return false;
  }

  /** One word of {@link #isCompany}, in any case, with or without its dot ("Corp."). */
  public static boolean isCompanyWord(String word) {
    return COMPANY_WORDS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** Compass points: "the West" read as an organisation is no short form of "West X Bank". */
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west");

  /**
   * True when {@code shortName} is one distinctive word and {@code longName} is that word followed
   * only by words that say what kind of organisation it is ("X Chemical Group", "X University",
   * "X Media"): not "X Death" or "X National Security Council", where X alone is something else.
   * A demonym ("Palestinians"), a country or capital ("Ukraine" beside "Ukraine Federation"), a
   * compass point or an acronym is no short form.
   */
  public static boolean shortFormOf(String shortName, String longName) {
    List<String> s = stem(shortName);
    List<String> l = stem(longName);
    if (s.size() != 1 || l.size() < 2 || !l.get(0).equals(s.get(0))) {
      return false;
    }
    String word = NameFold.clean(shortName);
    Token token = new Token(word, 0, word.length(), false);
    String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    if (MentionFinder.isAcronym(token) || DIRECTIONS.contains(word.toLowerCase(Locale.ROOT))
        || Countries.named(word) != null || Countries.ofCapital(word) != null
        || Lexicon.isDemonym(token) || Lexicon.isDemonym(new Token(singular, 0, singular.length(), false))) {
      return false;
    }
    List<String> words = new ArrayList<>();
    for (String w : NameFold.clean(longName).split(" ")) {
      if (!w.isEmpty() && !LEGAL_FORMS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
        words.add(w);
      }
    }
    for (String w : words.subList(1, words.size())) {
      if (!Lexicon.isOrgWord(new Token(w, 0, w.length(), false))
          && !Lexicon.isOrgWord(new Token(w + "s", 0, w.length() + 1, false))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A public body's name without its level of government, lower case ("State Rescue Service" and
   * "regional rescue service" give "rescue service"); null when fewer than two words remain, too
   * general to stand for one body.
   */
  public static String levelCore(String name) {
    List<String> out = new ArrayList<>();
    for (String w : NameFold.clean(name).toLowerCase(Locale.ROOT).split(" ")) {
      if (!w.isEmpty() && !LEVELS.contains(w) && !"the".equals(w)) {
        out.add(w);
      }
    }
    return out.size() < MIN_CORE_WORDS ? null : String.join(" ", out);
  }

  private static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }
}
