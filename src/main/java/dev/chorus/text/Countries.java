package dev.chorus.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * General knowledge about countries that news text relies on: capitals and seats of government
 * used for the government itself ("Washington has proposed", "the leader of the Kremlin"),
 * country acronyms (US, U.S., USA) and adjectives of nationality ("the Russian leader"). No names of
 * people; the same lists serve any corpus.
 */
public final class Countries {

  private static final Map<String, String> CAPITALS = table(
      "washington", "United States", "moscow", "Russia", "kyiv", "Ukraine", "kiev", "Ukraine",
      "beijing", "China", "london", "United Kingdom", "paris", "France", "berlin", "Germany",
      "tokyo", "Japan", "tehran", "Iran", "ankara", "Turkey", "rome", "Italy", "madrid", "Spain",
      "warsaw", "Poland", "minsk", "Belarus", "new delhi", "India", "islamabad", "Pakistan",
      "damascus", "Syria", "baghdad", "Iraq", "cairo", "Egypt", "riyadh", "Saudi Arabia",
      "pyongyang", "North Korea", "seoul", "South Korea", "ottawa", "Canada", "canberra", "Australia",
      "brasilia", "Brazil", "havana", "Cuba", "caracas", "Venezuela", "tbilisi", "Georgia",
      "kabul", "Afghanistan", "doha", "Qatar", "abu dhabi", "United Arab Emirates", "taipei", "Taiwan",
      "budapest", "Hungary", "vienna", "Austria", "stockholm", "Sweden", "helsinki", "Finland",
      "oslo", "Norway", "copenhagen", "Denmark", "athens", "Greece", "lisbon", "Portugal",
      "dublin", "Ireland", "bern", "Switzerland", "prague", "Czech Republic", "bucharest", "Romania",
      "sofia", "Bulgaria", "belgrade", "Serbia", "yerevan", "Armenia", "baku", "Azerbaijan",
      "astana", "Kazakhstan", "hanoi", "Vietnam", "bangkok", "Thailand", "jakarta", "Indonesia",
      "manila", "Philippines", "nairobi", "Kenya", "pretoria", "South Africa", "abuja", "Nigeria",
      "addis ababa", "Ethiopia", "buenos aires", "Argentina", "bogota", "Colombia", "lima", "Peru",
      "beirut", "Lebanon", "amman", "Jordan", "khartoum", "Sudan", "chisinau", "Moldova",
      "vilnius", "Lithuania", "riga", "Latvia", "tallinn", "Estonia", "the hague", "Netherlands");

  /** Buildings that stand for a government. */
  private static final Map<String, String> SEATS = table(
      "kremlin", "Russia", "white house", "United States", "downing street", "United Kingdom",
      "elysee", "France", "elysee palace", "France", "zhongnanhai", "China", "blue house", "South Korea",
      "pentagon", "United States");

  /**
   * The seat named by what building it is in its capital ("Moscow's old citadel" is the
   * Kremlin): country|building to the seat's name as text writes it. Only buildings that one seat is.
   */
  private static final Map<String, String> SEAT_BUILDINGS = Map.of(
      "Russia|fortress", "Kremlin", "Russia|citadel", "Kremlin", "United States|mansion", "White House");

  private static final Map<String, String> ACRONYMS = table(
      "us", "United States", "usa", "United States", "uk", "United Kingdom", "uae", "United Arab Emirates",
      "prc", "China", "dprk", "North Korea", "drc", "Democratic Republic of the Congo");

  private static final Map<String, String> DEMONYMS = table(
      "american", "United States", "us", "United States", "u.s.", "United States", "russian", "Russia",
      "ukrainian", "Ukraine", "chinese", "China", "british", "United Kingdom", "uk", "United Kingdom",
      "french", "France", "german", "Germany", "japanese", "Japan", "iranian", "Iran", "turkish", "Turkey",
      "italian", "Italy", "spanish", "Spain", "polish", "Poland", "belarusian", "Belarus", "indian", "India",
      "pakistani", "Pakistan", "syrian", "Syria", "iraqi", "Iraq", "egyptian", "Egypt", "saudi", "Saudi Arabia",
      "north korean", "North Korea", "south korean", "South Korea", "canadian", "Canada",
      "australian", "Australia", "brazilian", "Brazil", "mexican", "Mexico", "cuban", "Cuba",
      "venezuelan", "Venezuela", "georgian", "Georgia", "afghan", "Afghanistan", "qatari", "Qatar",
      "emirati", "United Arab Emirates", "taiwanese", "Taiwan", "hungarian", "Hungary",
      "austrian", "Austria", "swedish", "Sweden", "finnish", "Finland", "norwegian", "Norway",
      "danish", "Denmark", "greek", "Greece", "portuguese", "Portugal", "irish", "Ireland", "swiss", "Switzerland",
      "czech", "Czech Republic", "romanian", "Romania", "bulgarian", "Bulgaria", "serbian", "Serbia",
      "armenian", "Armenia", "azerbaijani", "Azerbaijan", "kazakh", "Kazakhstan", "vietnamese", "Vietnam",
      "thai", "Thailand", "indonesian", "Indonesia", "filipino", "Philippines", "kenyan", "Kenya",
      "nigerian", "Nigeria", "ethiopian", "Ethiopia", "argentine", "Argentina", "argentinian", "Argentina",
      "colombian", "Colombia", "peruvian", "Peru", "lebanese", "Lebanon", "jordanian", "Jordan",
      "sudanese", "Sudan", "moldovan", "Moldova", "lithuanian", "Lithuania", "latvian", "Latvia",
      "estonian", "Estonia", "dutch", "Netherlands", "israeli", "Israel", "palestinian", "Palestine",
      "chilean", "Chile", "belgian", "Belgium", "south african", "South Africa", "slovak", "Slovakia");

  private Countries() {}

  /** The country a capital city stands for ("Washington" → "United States"), or null. */
  public static String ofCapital(String name) {
    return CAPITALS.get(key(name));
  }

  /** The country a seat of government stands for ("the Kremlin" → "Russia"), or null. */
  public static String ofSeat(String name) {
    return SEATS.get(key(name));
  }

  /** The seat of government a capital's building stands for ("Moscow", "fortress" → "Kremlin"), or null. */
  public static String seatDescribed(String capital, String building) {
    String country = ofCapital(capital);
    return country == null || building == null ? null
        : SEAT_BUILDINGS.get(country + "|" + building.toLowerCase(Locale.ROOT));
  }

  /** The country a country acronym names ("U.S." → "United States"), or null. */
  public static String ofAcronym(String name) {
    return ACRONYMS.get(key(name).replace(".", ""));
  }

  /** The country of an adjective of nationality ("Russian" → "Russia", "US" → "United States"), or null. */
  public static String ofDemonym(String word) {
    String k = key(word);
    String c = DEMONYMS.get(k);
    return c != null ? c : ACRONYMS.get(k.replace(".", ""));
  }

  /**
   * The country a word or name refers to when used for a nation: a country's own name, its
   * adjective, acronym or seat of government ("Russian", "US", "the Kremlin"), else null.
   */
  public static String named(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    for (String c : new String[] {ofAcronym(name), ofDemonym(name), ofSeat(name)}) {
      if (c != null) {
        return c;
      }
    }
    String k = key(name);
    for (String c : DEMONYMS.values()) {
      if (key(c).equals(k)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Whether a place name is a whole country ("Ukraine", "the US") or wider (a continent, "the
   * Middle East"), not a city, region or venue in one: a story names countries in passing, and a country is never a clash with a city it may hold.
   */
  public static boolean isCountry(String name) {
    if (name == null || name.isBlank()) {
      return false;
    }
    String k = key(name);
    return ACRONYMS.containsKey(k.replace(".", "")) || CountryKeys.ALL.contains(k) || WIDER.contains(k);
  }

  /** Continents and world regions: wider than a country, so no more an event's place than one. */
  private static final java.util.Set<String> WIDER = java.util.Set.of("europe", "asia", "africa", "america",
      "north america", "south america", "latin america", "middle east", "oceania", "antarctica", "arctic",
      "eastern europe", "western europe", "central asia", "southeast asia", "east asia", "balkans", "caucasus",
      "scandinavia", "gulf", "persian gulf", "west", "world");

  /** A holder, so that the set is built after the patterns key() uses (static fields initialise in order). */
  private static final class CountryKeys {
    static final java.util.Set<String> ALL = build();

    private static java.util.Set<String> build() {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (Map<String, String> m : List.of(CAPITALS, SEATS, ACRONYMS, DEMONYMS)) {
        for (String c : m.values()) {
          out.add(key(c));
        }
      }
      return out;
    }
  }

  /** The country a name stands for as a word or adjective: itself, its capital, seat, acronym or demonym. */
  public static String country(String name) {
    for (String c : new String[] {ofAcronym(name), ofDemonym(name), ofSeat(name)}) {
      if (c != null) {
        return c;
      }
    }
    return name;
  }

  /** The actor a name stands for when it acts: a capital or country acronym is the country's government. */
  public static String actor(String name) {
    if (name == null) {
      return null;
    }
    String c = ofCapital(name);
    if (c == null) {
      c = ofAcronym(name);
    }
    return c != null ? c : name;
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String key(String name) {
    if (name == null) {
      return "";
    }
    // compiled once: String.replaceAll compiles its pattern on every call, and this runs for
    // every place-like mention
    String s = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
    s = LEADING_THE.matcher(POSSESSIVE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ");
  }

  private static Map<String, String> table(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return Map.copyOf(m);
  }
}
