package dev.chorus.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Descriptions that stand for a person by office and country: "the Russian leader", "the US
 * leader", "the leader of the Kremlin", "the president of the United States", "@POTUS". Each is a
 * mention of kind {@link #KIND} whose text is a key "country|office"; {@link EntityStage} resolves
 * it to the one person the corpus gives that office (see {@link #keys}).
 */
public final class Descriptions {

  /** The kind of a description mention before it is resolved. */
  public static final String KIND = "description";

  private static final String OFFICE = "(leader|president|prime\\s+minister|premier|chancellor|king|queen"
      + "|head\\s+of\\s+state|head\\s+of\\s+government)";
  /** "the Russian leader", "the US president" (not "the Russian President Ilya X", a title). */
  private static final Pattern ADJECTIVE = Pattern.compile(
      "\\b[Tt]he\\s+((?:\\p{Lu}[\\p{L}.]*\\s+){1,2})" + OFFICE + "\\b(?!\\s+\\p{Lu})(?!['’]s\\s+\\p{Lu})");
  /** "the leader of the Kremlin", "the president of the United States". */
  private static final Pattern OF = Pattern.compile(
      "\\b[Tt]he\\s+" + OFFICE + "\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.]*)(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})");
  /** Prefix of a key that names an office and no country: it is answered within an event only. */
  public static final String LOCAL = "*";
  // compiled once: keys() runs for every title of every mention
  private static final Pattern OFFICE_WORD = Pattern.compile("(?i)\\b" + OFFICE + "\\b");
  private static final Pattern NOT_CURRENT = Pattern.compile("(?i)\\b(?:former|ex|onetime|late)\\b");
  private static final Pattern OF_THE = Pattern.compile("(?i)\\b(of|the)\\b");
  /** Offices that one person holds at a time in a story's setting ("the governor", "the mayor"). */
  private static final String SOLE_OFFICE = "(leader|president|prime\\s+minister|premier|chancellor|governor|mayor"
      + "|king|queen)";
  /**
   * "the governor", "the President", "the country's leader": an office standing alone, not a title
   * before a name ("the President Ilya X"), not "of" something (the OF pattern's), not one of
   * several ("the presidents").
   */
  private static final Pattern BARE = Pattern.compile(
      "\\b[Tt]he\\s+(?:(?:country|nation|region|state|city|province)['’]s\\s+)?(?i:" + SOLE_OFFICE
          + ")\\b(?!['’]s\\s+\\p{Lu})(?!\\s+(?:of\\b|\\p{Lu}|-))");
  /** The first words of OFFICE and SOLE_OFFICE ("prime" of "prime minister", "head" of "head of state"). */
  private static final Set<String> OFFICE_WORDS = Set.of("leader", "president", "prime", "premier", "chancellor",
      "king", "queen", "head", "governor", "mayor");
  /** Prefix of a key that describes a public body in lower case: "org|rescue service". */
  static final String ORG = "org|";
  private static final String BODY = "(?:service|inspectorate|ministry|agency|authority|committee|commission"
      + "|directorate|department|bureau|inspection|office)";
  private static final Set<String> BODY_WORDS = Set.of("service", "inspectorate", "ministry", "agency", "authority",
      "committee", "commission", "directorate", "department", "bureau", "inspection", "office");
  /**
   * "the regional rescue service", "the environmental inspectorate": a public body referred to in
   * lower case by its words after "the" (the description starts after "the", as its name would).
   */
  private static final Pattern BODY_REF = Pattern.compile(
      "\\b[Tt]he\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}" + BODY + ")\\b(?!['’]s)(?!-)");
  /** "Moscow’s old citadel": a capital's building, with up to two words before the building. */
  private static final Pattern LANDMARK = Pattern.compile(
      "\\b(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)['’]s\\s+((?:\\p{Ll}+\\s+){0,2}\\p{Ll}+)\\b");
  private static final Pattern WORD = Pattern.compile("\\p{Ll}+");
  /** Office handles: the President of the United States. */
  private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}])@?POTUS\\b");

  private Descriptions() {}

  /** Description mentions in a sentence, with offsets of the whole description. */
  public static List<Mention> find(String s) {
    List<Mention> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    // ADJECTIVE, OF and BARE each need an office word, BODY_REF a body's: most sentences have none
    boolean office = Cues.hasWord(s, OFFICE_WORDS);
    Matcher a = ADJECTIVE.matcher(s);
    while (office && a.find()) {
      String country = countryIn(a.group(1).strip());
      if (country != null) {
        out.add(new Mention(key(country, a.group(2)), KIND, null, a.start(), a.end()));
      }
    }
    Matcher o = OF.matcher(s);
    while (office && o.find()) {
      String country = countryIn(o.group(2).strip());
      if (country != null) {
        // the sentence's full stop is not part of the description, an acronym's dots are
        boolean stop = o.group(2).endsWith(".") && Countries.named(o.group(2).strip()) == null;
        out.add(new Mention(key(country, o.group(1)), KIND, null, o.start(), stop ? o.end() - 1 : o.end()));
      }
    }
    Matcher bare = BARE.matcher(s);
    while (office && bare.find()) {
      out.add(new Mention(key(LOCAL, bare.group(1)), KIND, null, bare.start(), bare.end()));
    }
    Matcher h = HANDLE.matcher(s);
    while (h.find()) {
      out.add(new Mention(key("United States", "president"), KIND, null, h.start(), h.end()));
    }
    Matcher body = BODY_REF.matcher(s);
    while (Cues.hasWord(s, BODY_WORDS) && body.find()) {
      String core = OrgNames.levelCore(body.group(1));
      if (core != null) {
        out.add(new Mention(ORG + core, KIND, null, body.start(1), body.end(1)));
      }
    }
    Matcher landmark = LANDMARK.matcher(s);
    while (landmark.find()) {
      Matcher word = WORD.matcher(landmark.group(2));
      while (word.find()) {
        String seat = Countries.seatDescribed(landmark.group(1), word.group());
        if (seat != null) {
          out.add(new Mention(seat, Mention.ORG, null, landmark.start(), landmark.start(2) + word.end()));
          break;
        }
      }
    }
    return out;
  }

  /** The level-free name words a lower-case description of a public body gives ({@link #ORG}), or null. */
  public static String orgCore(String key) {
    return key != null && key.startsWith(ORG) ? key.substring(ORG.length()) : null;
  }

  private static final Pattern HEADS_ORG = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:ceo|head|leader|chief|chairman|chairwoman|chair|director|president|boss)\\s+of\\s+"
          + "(?:the\\s+)?(.+?)(?:\\s+and\\s+.*)?$");

  /**
   * The organisation a title heads ("CEO of the X Fund and ..." → "X Fund", "head of Russia’s
   * sovereign wealth fund" → "Russia’s sovereign wealth fund"), or null.
   */
  public static String headedOrg(String role) {
    if (role == null) {
      return null;
    }
    Matcher m = HEADS_ORG.matcher(role.strip());
    return m.matches() ? m.group(1).strip() : null;
  }

  /** True for an organisation described rather than named: "Russia’s sovereign wealth fund". */
  public static boolean isDescribedOrg(String org) {
    String[] words = org.strip().split("\\s+");
    String last = words[words.length - 1];
    return words.length >= 2 && Character.isLowerCase(last.charAt(0));
  }

  /**
   * The description keys a person's title answers: "Russian President" gives "Russia|president" and
   * "Russia|leader"; a former title answers none.
   */
  public static List<String> keys(String role) {
    List<String> out = new ArrayList<>();
    if (role == null || NOT_CURRENT.matcher(role).find()) {
      return out;
    }
    Matcher office = OFFICE_WORD.matcher(role);
    String found = null;
    while (office.find()) {
      found = office.group(1);
    }
    if (found == null) {
      return out;
    }
    String country = countryIn(OF_THE.matcher(OFFICE_WORD.matcher(role).replaceAll(" ")).replaceAll(" "));
    if (country == null) {
      return out;
    }
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key(country, found));
    keys.add(key(country, "leader"));
    out.addAll(keys);
    return out;
  }

  private static final Pattern SOLE = Pattern.compile("(?i)\\b" + SOLE_OFFICE + "\\b");
  private static final Pattern NOT_THE_HOLDER = Pattern.compile(
      "(?i).*\\b(?:former|ex|onetime|late|deputy|vice|lieutenant|assistant)\\b.*");
  private static final Pattern OF_SOMETHING = Pattern.compile("(?i).*\\b(?:president|leader|chancellor)\\s+of\\b.*");

  /**
   * The keys of a bare description ({@link #LOCAL}) that a title answers within its event: "regional
   * governor" and "governor of the X region" give "*|governor", "President" gives "*|president" and
   * "*|leader" ("the country's leader"). None for a former or deputy title, nor for the head of
   * something other than a country ("president of the X Fund").
   */
  public static List<String> localKeys(String role) {
    List<String> out = new ArrayList<>();
    if (role == null || NOT_THE_HOLDER.matcher(role).matches()) {
      return out;
    }
    Matcher sole = SOLE.matcher(role);
    String held = null;
    while (sole.find()) {
      held = sole.group(1);
    }
    if (held == null || OF_SOMETHING.matcher(role).matches() && keys(role).isEmpty()) {
      return out;
    }
    out.add(key(LOCAL, held));
    if (!held.toLowerCase(Locale.ROOT).matches("governor|mayor|leader")) {
      out.add(key(LOCAL, "leader"));
    }
    return out;
  }

  /**
   * The country a whole phrase names through a country name, demonym, acronym or seat of government
   * the lexicon knows; for one or two other capitalised words a key that a country's name and its
   * adjective share ("Vesnia", "Vesnian": their first five letters), so that descriptions and titles
   * of countries the lexicon lacks still meet; null for longer phrases ("Russian Direct Investment
   * Fund" names no country).
   */
  static String countryIn(String phrase) {
    String p = phrase.strip().replaceAll("\\s+", " ");
    if (p.endsWith(".") && Countries.named(p) == null) {
      p = p.substring(0, p.length() - 1); // the sentence's full stop ("the leader of the Kremlin.")
    }
    String c = Countries.named(p);
    if (c != null) {
      return c;
    }
    String[] words = p.split(" ");
    if (words.length > 2) {
      return null;
    }
    StringBuilder key = new StringBuilder("~");
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return null;
      }
      String l = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      key.append(key.length() > 1 ? " " : "").append(l, 0, Math.min(5, l.length()));
    }
    return key.toString();
  }

  private static String key(String country, String office) {
    String o = office.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (o.equals("head of state") || o.equals("head of government")) {
      o = "leader";
    }
    return country + "|" + (o.equals("premier") ? "prime minister" : o);
  }
}
