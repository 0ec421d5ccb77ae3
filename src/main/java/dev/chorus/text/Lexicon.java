package dev.chorus.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Closed-class English word lists the rules rely on; no names of people, places or organisations. */
public final class Lexicon {

  /** Capitalised only because they start a sentence or quote; never the start of a name there. */
  private static final Set<String> SENTENCE_STARTERS = Set.of(
      "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "however", "while", "when",
      "after", "before", "during", "meanwhile", "earlier", "later", "according", "this", "that",
      "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
      "its", "my", "your", "as", "if", "with", "without", "whether", "although", "though", "since",
      "until", "despite", "amid", "under", "over", "from", "to", "by", "of", "why", "what", "how",
      "who", "whom", "whose", "which", "where", "yes", "no", "not", "all", "some", "many", "most",
      "several", "both", "each", "every", "other", "another", "such", "here", "there", "now",
      "then", "today", "yesterday", "tomorrow", "also", "only", "even", "still", "just", "so",
      "thus", "too", "let", "once", "because", "instead", "indeed", "asked", "speaking", "more",
      "less", "last", "next", "first", "one", "two", "three", "four", "five", "nor", "yet", "do",
      "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
      "could", "should", "may", "might", "must", "there's", "it's", "that's", "we're", "i'm",
      "things", "people", "officials", "sources", "share", "read", "watch", "see", "click",
      "advertisement", "related", "photo", "video", "image", "updated", "published", "posted",
      "sign", "subscribe", "follow", "home", "latest", "breaking", "live", "opinion", "analysis",
      "into", "about", "across", "against", "among", "around", "between", "within", "upon", "via",
      "again", "already", "almost", "never", "always", "often", "perhaps", "maybe", "much", "very");

  /**
   * Day and month names and their abbreviations, and the zones of a time stamp; not "may", which is
   * also a surname.
   */
  private static final Set<String> CALENDAR = java.util.stream.Stream.concat(
      Calendar.DAY_AND_MONTH_NAMES.stream().filter(w -> !w.equals("may")), java.util.stream.Stream.of(
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
          "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "gmt", "utc", "am", "pm", "bst", "cet", "est", "edt",
          "pst", "pdt"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Head words of a title or role ("envoy", "Foreign Minister", "CEO"). */
  private static final Set<String> ROLE_HEADS = Set.of(
      "president", "vice-president", "president-elect", "premier", "chancellor", "minister",
      "secretary", "envoy", "ambassador", "aide", "assistant", "adviser", "advisor", "spokesperson",
      "spokesman", "spokeswoman", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "chief",
      "director", "head", "leader", "governor", "mayor", "senator", "congressman", "congresswoman",
      "lawmaker", "official", "commander", "general", "admiral", "colonel", "captain", "lieutenant",
      "sergeant", "judge", "prosecutor", "attorney", "lawyer", "king", "queen", "prince", "princess",
      "pope", "emperor", "sheikh", "dr.", "prof.", "professor", "gen.", "col.", "lt.", "sgt.",
      "gov.", "sen.", "rep.", "capt.", "adm.", "maj.", "rev.", "founder", "co-founder", "owner",
      "anchor", "correspondent", "reporter", "editor", "analyst", "economist", "researcher",
      "diplomat", "negotiator", "coach", "manager", "executive", "officer", "candidate", "mp",
      "mep", "commissioner", "ombudsman", "patriarch", "bishop", "archbishop", "cardinal", "rabbi",
      "imam", "businessman", "businesswoman", "banker", "billionaire", "deputy", "representative",
      "councillor", "councilor", "speaker", "presidents", "ministers", "leaders", "son-in-law", "daughter-in-law", "premier-elect",
      "emir", "marshal", "coordinator", "pastor", "ex-president",
      // ranks as written before a name without the point: "Col X", "Lt Y"
      "col", "lt", "capt", "maj", "sgt", "brig", "brig.", "cmdr", "cmdr.");

  /** Words that may sit inside a role before its head ("former foreign policy assistant"). */
  private static final Set<String> ROLE_MODIFIERS = Set.of(
      "former", "acting", "deputy", "vice", "senior", "special", "presidential", "foreign",
      "defence", "defense", "interior", "finance", "economy", "economic", "press", "policy",
      "state", "top", "chief", "interim", "incoming", "outgoing", "then", "late", "prime",
      "first", "second", "executive", "general", "national", "security", "trade", "health",
      "justice", "energy", "culture", "education", "military", "government", "kremlin", "white",
      "house", "regional", "local", "opposition", "party", "union", "cabinet", "royal", "crown",
      "supreme", "grand", "lead", "co", "assistant", "associate", "managing", "public");

  /** Honorifics mark a person but are not a role. */
  private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "mx.", "mr", "mrs", "ms", "dr",
      "sir", "dame", "lord", "lady");

  /**
   * Role modifiers that belong to a title even apart from its head ("the foreign and defence
   * ministers"); the others ("first", "late", "then") are as often plain words after a name.
   */
  private static final Set<String> TITLE_MODIFIERS = Set.of("former", "acting", "deputy", "vice", "special",
      "presidential", "foreign", "defence", "defense", "interior", "finance", "press", "state", "prime", "justice");

  /** A name containing one of these words names an organisation. */
  private static final Set<String> ORG_WORDS = Set.of(
      "ministry", "fund", "agency", "council", "party", "bank", "committee", "commission",
      "department", "union", "organisation", "organization", "association", "institute",
      "university", "college", "school", "company", "corporation", "corp", "corp.", "inc", "inc.",
      "ltd", "ltd.", "llc", "plc", "group", "court", "parliament", "assembly", "authority",
      "trust", "foundation", "navy", "army", "police", "news", "senate", "congress", "cabinet",
      "government", "office", "service", "services", "board", "bureau", "guard", "forces",
      "administration", "affairs", "alliance", "coalition", "front", "movement", "league",
      "federation", "network", "times", "post", "herald", "press", "tribune", "gazette", "journal",
      "media", "television", "tv", "radio", "airlines", "airways", "holdings", "industries",
      "partners", "centre", "center", "society", "club", "church", "team", "brigade", "battalion",
      "directorate", "secretariat", "tribunal", "exchange", "reserve", "treasury", "chamber",
      "inspectorate", "chemicals", "pharmaceuticals", "motors", "technologies", "electronics",
      "laboratories");

  /** A name containing one of these words names a place. */
  private static final Set<String> PLACE_WORDS = Set.of(
      "valley", "river", "bay", "sea", "ocean", "lake", "island", "islands", "mountain",
      "mountains", "mount", "mt.", "hill", "hills", "street", "avenue", "road", "square", "bridge",
      "port", "city", "town", "county", "province", "region", "oblast", "district", "desert",
      "gulf", "strait", "peninsula", "coast", "beach", "park", "airport", "station", "palace",
      "library", "cathedral", "republic", "kingdom", "states", "emirates", "saint", "st.",
      "sainte", "ste.", "fort", "ft.", "cape", "canal", "harbour", "harbor", "heights", "falls",
      "springs", "plaza", "museum", "stadium", "castle", "tower", "dam", "forest", "highway");

  /**
   * Words that make a capitalised sequence no person's name though it names no organisation or
   * place either: events, compass points, publications' kinds, buildings ("the White House", "the
   * Social Review", "South Hall").
   */
  private static final Set<String> NON_PERSON_WORDS = Set.of("house", "war", "social", "st", "north", "south",
      "east", "west", "new", "magazine", "review", "daily", "weekly", "hall", "hotel", "crisis");

  /** Administrative areas written in lower case after their name ("the X region"): part of the name. */
  private static final Set<String> AREA_WORDS = Set.of(
      "region", "province", "district", "oblast", "county", "governorate", "prefecture", "raion", "rayon",
      "voivodeship", "municipality");

  /** Before a name these mark a place ("in X", "at the X"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of(
      "in", "at", "from", "near", "between", "across", "outside", "inside", "into", "throughout",
      "towards", "toward", "around", "via", "visited", "visiting");

  /** After a name these mark a person ("X said"). */
  private static final Set<String> PERSON_VERBS = Set.of(
      "said", "says", "told", "wrote", "writes", "added", "noted", "stated", "argued", "insisted",
      "warned", "announced", "explained", "claimed", "confirmed", "acknowledged", "replied",
      "tweeted", "posted", "recalled", "admitted", "urged", "vowed", "promised", "thinks",
      "believes", "thought", "believed", "himself", "herself");

  /** Particles inside names ("Ludwig van Beethoven", "Charles de Gaulle"). */
  private static final Set<String> PARTICLES = Set.of(
      "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "das", "bin",
      "ibn", "al", "el", "ter", "ten", "la", "le", "zu", "y");

  // Adjectives of nationality ("Russian", "Chinese", "Irish", "American"): never a name alone.
  private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|ean|ese|ish|ican)");
  private static final Set<String> DEMONYMS = Set.of(
      "german", "dutch", "swiss", "greek", "thai", "french", "british", "arab", "israeli", "iraqi",
      "pakistani", "saudi", "yemeni", "qatari", "kuwaiti", "bangladeshi", "nepali", "afghan",
      "welsh", "scots", "czech", "slovak", "filipino", "english", "western", "eastern",
      "northern", "southern");

  // Sentence-initial gerunds and adverbs ("Citing ...", "Recently ...") are common words; a single l
  // after a or o ("-aly", "-oly") ends no common adverb but given names ("Vitaly").
  private static final Pattern COMMON_SHAPE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:ing|(?<![ao])ly)");

  private Lexicon() {
  }

  public static boolean isSentenceStarter(Token t) {
    return isSentenceStarter(t.word());
  }

  /** A word (as written) that is capitalised only because it opens a sentence, never a name there. */
  public static boolean isSentenceStarter(String word) {
    return SENTENCE_STARTERS.contains(word.toLowerCase(Locale.ROOT)) || COMMON_SHAPE.matcher(word).matches();
  }

  /** A lower-case word of a title written next to a name: a role's head, an honorific or a title's modifier. */
  public static boolean isTitleWord(String lowerCaseWord) {
    return ROLE_HEADS.contains(lowerCaseWord) || HONORIFICS.contains(lowerCaseWord)
        || TITLE_MODIFIERS.contains(lowerCaseWord);
  }

  /** A lower-case administrative area after a name ("the X region"). */
  public static boolean isAreaWord(Token t) {
    return t.isLower() && !t.possessive() && AREA_WORDS.contains(t.word());
  }

  public static boolean isCalendar(Token t) {
    return CALENDAR.contains(t.lower());
  }

  public static boolean isRoleHead(Token t) {
    return ROLE_HEADS.contains(t.lower());
  }

  public static boolean isRoleModifier(Token t) {
    return ROLE_MODIFIERS.contains(t.lower());
  }

  public static boolean isHonorific(Token t) {
    return HONORIFICS.contains(t.lower());
  }

  public static boolean isOrgWord(Token t) {
    return isOrgWord(t.lower());
  }

  /** By word: the same words tell the claims' person test ({@code reading.Names}) that a name is no person's. */
  public static boolean isOrgWord(String lowerCaseWord) {
    return ORG_WORDS.contains(lowerCaseWord);
  }

  /** By word: a place's word is no part of a person's name either. */
  /** Whether a lower-case word keeps a name from being a person's ({@link #NON_PERSON_WORDS}). */
  public static boolean isNonPersonWord(String lowerCaseWord) {
    return NON_PERSON_WORDS.contains(lowerCaseWord);
  }

  public static boolean isPlaceWord(String lowerCaseWord) {
    return PLACE_WORDS.contains(lowerCaseWord);
  }

  public static boolean isPlaceWord(Token t) {
    return isPlaceWord(t.lower());
  }

  public static boolean isPlacePreposition(Token t) {
    return PLACE_PREPOSITIONS.contains(t.lower());
  }

  public static boolean isPersonVerb(Token t) {
    return PERSON_VERBS.contains(t.lower());
  }

  public static boolean isParticle(Token t) {
    return PARTICLES.contains(t.word());
  }

  public static boolean isDemonym(Token t) {
    return DEMONYM.matcher(t.word()).matches() || DEMONYMS.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
