package dev.chorus.events;

import dev.chorus.text.Calendar;
import dev.chorus.text.OrgNames;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The happening an article reports, told apart from the happenings it only cites: the date it
 * took place (resolved from "on Tuesday", "yesterday", "March 6", a dateline, against the
 * publication date) and the place where it happened. Plain text logic, no Spark.
 *
 * <p>News writes its own event in the headline, the dateline and the first sentences; earlier
 * happenings come later and behind words that mark them as past ("the first round, in X on
 * March 6", "a truce agreed in the summer of 2024", "two weeks ago"). So a date or place is the
 * event's when it is in the lead and not marked as cited; otherwise the one the body gives most
 * often among those not marked as cited.
 */
public final class EventSignature {

  /** What an article says about its own happening; fields null when it does not say. */
  public record Signature(String date, String place, List<String> citedDates) {}

  private static final String MONTHS = Calendar.MONTH;
  private static final String WEEKDAYS = Calendar.WEEKDAY;
  private static final Pattern WHEN = Pattern.compile("(?i)\\b(?:"
      + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?"
      + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "(?:,?\\s+(\\d{4})\\b)?"
      + "|(\\d{4})-(\\d{2})-(\\d{2})"
      + "|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"
      + "|(?:on|early\\s+(?:on\\s+)?|late\\s+(?:on\\s+)?|(?:early|late)\\s+hours\\s+of|morning\\s+of|night\\s+of)\\s+"
      + WEEKDAYS + "|" + WEEKDAYS + "\\s+(?:morning|afternoon|evening|night)"
      + "|(yesterday|today|tonight|last\\s+night|this\\s+morning|this\\s+afternoon|this\\s+evening))\\b");
  /**
   * Words that mark a date in the same clause as another happening's: an earlier round, a date
   * something lasted since, a time span back from now.
   */
  private static final Pattern CITED = Pattern.compile("(?i)\\b(?:first|earlier|previous|prior|preceding|former"
      + "|original|initial|last\\s+(?:week|month|year|time)|since|ago|until|before|after|anniversary|agreed"
      + "|signed|began|started|dating|back\\s+(?:on|in)|as\\s+early\\s+as|then)\\b");
  private static final Pattern APPOSITIVE = Pattern.compile("(?i)^\\s*(?:in|at|on|near)\\b");
  /** "PARIS, Oct 9 (Reuters) -", "Lyon, 9 October 2025 —", "LONDON (AP) —": where the story was filed. */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})(?:,\\s*([^()—–:\\n]{2,40}?))?\\s*"
          + "(\\(\\s*[\\p{L} .&-]{2,30}\\)\\s*)?(?:[–—:]|-\\s|--)\\s*");
  /**
   * Place names open with an abbreviated Saint, Mount, Fort or Port ("St. Louis", "Mt. Hood"):
   * its dot ends no sentence, and the place reads on to the capitalised word after it (NameFold
   * spells the abbreviation out, so "St. Louis" and "Saint Louis" are one place).
   */
  private static final String ABBREVIATED = "(?:(?:St|Ste|Mt|Ft|Pt)\\.\\s*)";
  /** A place the sentence puts the happening in: "in Geneva", "at the Kremlin", "near Lyon". */
  private static final Pattern AT = Pattern.compile(
      "\\b(?:in|at|near|outside|inside)\\s+(?:the\\s+)?(" + ABBREVIATED + "?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:of\\s+|de\\s+)?"
          + "\\p{Lu}[\\p{L}'’-]+){0,3})");
  /**
   * What a plant, site or works is called after, right behind the name ("at the X plant", "at X's
   * steel plant"): its town, or its owner. A lower-case word or two may stand between.
   */
  private static final Pattern FACILITY = Pattern.compile("^(?:[’']s)?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?"
      + "(?:plants?|sites?|factory|factories|works|mills?|refinery|mines?|facility|facilities|complex|smelter"
      + "|warehouses?|depot)\\b");
  /** A run of capitalised words: where a company's name ("X Chemical Group") is looked for. */
  private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}&.’'-]*(?:\\s+\\p{Lu}[\\p{L}&.’'-]*)+");
  /** Capitalised words that open a sentence or a phrase rather than a company's name. */
  private static final Set<String> RUN_OPENERS = Set.of("the", "a", "an", "at", "in", "on", "by",
      "from", "for", "of", "and", "to", "with", "as", "after", "before", "when", "while");
  /** A sentence ends at . ! or ? before a capital, but not after an abbreviation or an initial ("U.S.", "J. Smith"). */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<!\\b(?:St|Ste|Mt|Ft|Pt|Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|Col|Lt|Capt|Prof|\\p{Lu})\\.)"
          + "(?<=[.!?][\"”’]?)\\s+(?=[\"“‘]?\\p{Lu})|\\n+");
  /**
   * A date followed by a news agency and a colon or dash ("Moscow [Russia], April 12 (ANI): ..."):
   * a dateline's filing date, which need not be the day of the happening.
   */
  private static final Pattern FILED = Pattern.compile("^(?:,?\\s*\\d{4})?\\s*\\(\\s*[\\p{L} .&-]{2,30}\\)\\s*(?:[:–—]|-\\s|--)");
  /**
   * A date used as a modifier after an article or determiner ("a deadly April 4 missile strike",
   * "the March 6 talks"): it names a happening by its date, and outside the lead that happening
   * is one the article cites, not the one it reports ("on the 4th of April" is no modifier).
   */
  private static final Pattern ATTRIBUTIVE = Pattern.compile(
      "(?i)(?<!\\b(?:on|by|from|until|since)\\s)\\b(?:a|an|the|this|that|its|their|his|her)\\s+(?:\\p{L}+\\s+)?$");
  /** A day told relative to publication: unreadable without a publication date. */
  private static final Pattern UNREAD_DAY = Pattern.compile("(?i)\\b(?:" + WEEKDAYS.substring(1, WEEKDAYS.length() - 1)
      + "|yesterday|today|tonight|last\\s+night)\\b");
  /** A line without end punctuation and of fewer words (two letters or more) than this is a byline, agency or time stamp, not a sentence. */
  private static final int MIN_FRAGMENT_WORDS = 4;
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  // compiled once: String.matches, split and replaceAll compile their pattern on every call, and
  // these run for every sentence and place of every article
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern APOSTROPHE_ON = Pattern.compile("[’'].*$");
  private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s?$");
  private static final Pattern DOT_END = Pattern.compile("[.]$");
  private static final Pattern POSSESSIVE_NAME = Pattern.compile(".*[’']s?$");
  private static final Pattern OWNED = Pattern.compile("[’']s\\s+");
  /** Capitalised words that follow "in" or "at" without being places. */
  private static final java.util.Set<String> NOT_PLACE = Calendar.andDayAndMonthNames("the", "a", "an", "his", "her",
      "their", "its", "this", "that", "english", "french", "german", "russian", "spanish", "arabic",
      "chinese", "total", "addition", "fact", "order", "part", "response", "person", "public", "reuters",
      "ap", "afp", "first", "least", "last", "times", "news", "time", "all", "one");
  /** The lead: headline, dateline and the first body sentences, where news states its own happening. */
  static final int LEAD_SENTENCES = 2;
  /** Article dates this far after publication are forecasts or misreadings, not the happening. */
  private static final int MAX_DAYS_AFTER = 2;

  private EventSignature() {}

  /**
   * @param title the headline, or null
   * @param body the article text, or null
   * @param published an ISO date or timestamp (only its first ten characters are read), or null
   */
  public static Signature of(String title, String body, String published) {
    LocalDate pub = parse(published);
    List<String> sentences = new ArrayList<>();
    String text = body == null ? "" : body;
    String datelinePlace = null;
    String datelineDate = null;
    Matcher d = DATELINE.matcher(text);
    if (d.find() && d.end() < 80 && isPlace(d.group(1))) {
      List<Found> ds = d.group(2) == null ? List.of() : dates(d.group(2), pub);
      // a heading ("Analysis: ...") looks like a dateline too: a dateline's city is in capitals,
      // or followed by a date or an agency
      boolean capitals = d.group(1).equals(d.group(1).toUpperCase(Locale.ROOT));
      if (capitals || !ds.isEmpty() || d.group(3) != null) {
        datelinePlace = normalisePlace(d.group(1));
        datelineDate = ds.isEmpty() ? null : ds.get(0).date;
        text = text.substring(d.end());
      }
    }
    for (String s : SENTENCE_END.split(text)) {
      if (!s.isBlank() && !fragment(s.strip())) {
        sentences.add(s.strip());
      }
    }
    Map<String, Integer> ownDates = new LinkedHashMap<>();
    List<String> cited = new ArrayList<>();
    String leadDate = null;
    List<String> lead = new ArrayList<>();
    if (title != null && !title.isBlank()) {
      lead.add(title);
    }
    lead.addAll(sentences.subList(0, Math.min(LEAD_SENTENCES, sentences.size())));
    // the lead names its day but it cannot be read ("on Tuesday" with no publication date): a date
    // later in the body is then more likely another happening's than this one's
    boolean leadDayUnread = false;
    for (int i = 0; i < lead.size(); i++) {
      leadDayUnread |= pub == null && UNREAD_DAY.matcher(lead.get(i)).find();
      for (Found f : dates(lead.get(i), pub)) {
        if (f.cited) {
          cited.add(f.date);
        } else if (f.filed) {
          datelineDate = datelineDate == null ? f.date : datelineDate;
        } else if (leadDate == null && !tooLate(f.date, pub)) {
          leadDate = f.date;
        }
      }
    }
    for (int i = Math.min(LEAD_SENTENCES, sentences.size()); i < sentences.size(); i++) {
      for (Found f : dates(sentences.get(i), pub)) {
        if (f.cited || f.attributive) {
          cited.add(f.date);
        } else if (!tooLate(f.date, pub)) {
          ownDates.merge(f.date, 1, Integer::sum);
        }
      }
    }
    // the lead's own date before the dateline's: a dateline gives the day the story was filed,
    // the lead the day of the happening ("PARIS, Oct 10 - ... attacked on Thursday")
    String date = leadDate != null ? leadDate : datelineDate != null ? datelineDate
        : leadDayUnread ? null : mostFrequent(ownDates);
    // who a plant is named after matters only for a place right before a plant word ("at the X
    // plant"), which few articles have: the scan of the whole text for company names waits for one
    String afterDateline = text;
    String dateline = datelinePlace;
    Owners[] known = new Owners[1];
    Supplier<Owners> owners = () -> known[0] != null ? known[0] : (known[0] = Owners.of(title, afterDateline, dateline));
    String place = datelinePlace;
    // a country is named in passing ("talks on Ukraine", "in the US"); it is the event's place only
    // when the article names no city or venue at all
    if (place == null) {
      place = firstPlace(lead, false, owners);
    }
    Map<String, Integer> cities = new LinkedHashMap<>();
    Map<String, Integer> countries = new LinkedHashMap<>();
    for (String s : sentences) {
      for (String p : places(s, owners)) {
        (dev.chorus.text.Countries.isCountry(p) ? countries : cities).merge(p, 1, Integer::sum);
      }
    }
    if (place == null) {
      place = mostFrequent(cities);
    }
    if (place == null) {
      place = firstPlace(lead, true, owners);
    }
    if (place == null) {
      place = mostFrequent(countries);
    }
    cited.removeIf(c -> c.equals(date));
    return new Signature(date, place, List.copyOf(new java.util.LinkedHashSet<>(cited)));
  }

  /**
   * @param filed a dateline's filing date (see FILED)
   * @param attributive names a happening by its date (see ATTRIBUTIVE)
   */
  private record Found(String date, boolean cited, boolean filed, boolean attributive) {}

  /** Every date a sentence gives, resolved where it can be, each marked cited or not. */
  static List<Found> dates(String s, LocalDate pub) {
    List<Found> out = new ArrayList<>();
    if (!mayGiveDate(s)) {
      return out;
    }
    Matcher m = WHEN.matcher(s);
    while (m.find()) {
      String date = resolve(m, pub);
      if (date != null) {
        out.add(new Found(date, cited(s, m.start()), FILED.matcher(s.substring(m.end())).find(),
            ATTRIBUTIVE.matcher(s.substring(Math.max(0, m.start() - 40), m.start())).find()));
      }
    }
    return out;
  }

  /**
   * False when no part of WHEN can match: every date it reads has a digit, and every day without
   * one is a weekday, yesterday, today, tonight, last night or this morning/afternoon/evening. Most
   * sentences give no date, and the test is far cheaper than the regex (matcher set-up included).
   */
  static boolean mayGiveDate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.contains("day") || lower.contains("night") || lower.contains("morning")
        || lower.contains("afternoon") || lower.contains("evening");
  }

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside");

  /**
   * False when AT cannot match: no capital (or surrogate) that follows "in", "at", "near",
   * "outside" or "inside" and white space, with "the" perhaps between. Cheaper than setting up
   * the matcher for every sentence, and most sentences name no place.
   */
  static boolean mayNamePlace(String s) {
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isUpperCase(c) || Character.isSurrogate(c)) || !Character.isWhitespace(s.charAt(i - 1))) {
        continue;
      }
      int end = i;
      for (int words = 0; words < 2; words++) {
        int j = end - 1;
        while (j >= 0 && Character.isWhitespace(s.charAt(j))) {
          j--;
        }
        int wordEnd = j + 1;
        while (j >= 0 && Character.isLetter(s.charAt(j))) {
          j--;
        }
        String word = s.substring(j + 1, wordEnd);
        if (PLACE_PREPOSITIONS.contains(word)) {
          return true;
        }
        if (!word.equals("the")) {
          break;
        }
        end = j + 1;
      }
    }
    return false;
  }

  /** A line such as "Reuters" or "12 Apr 2025, 10:04 GMT": no end punctuation and few words. */
  private static boolean fragment(String s) {
    return !closed(s) && WORD.matcher(s).results().count() < MIN_FRAGMENT_WORDS;
  }

  /** Ends with . ! or ?, perhaps before a closing quote or bracket (s is stripped). */
  private static boolean closed(String s) {
    int last = s.length() - 1;
    if (last >= 0 && "\"”’)".indexOf(s.charAt(last)) >= 0) {
      last--;
    }
    return last >= 0 && ".!?".indexOf(s.charAt(last)) >= 0;
  }

  /** A cue in the clause before the date, or right after it ("on March 6, the first round"). */
  private static boolean cited(String s, int at) {
    int from = at;
    while (from > 0 && ",;:(—–".indexOf(s.charAt(from - 1)) < 0) {
      from--;
    }
    // "the first round, in Geneva on March 6": when the clause is only a place or time phrase,
    // the cue sits one comma further back, in the noun it describes
    int clauseStart = from;
    if (from > 0 && APPOSITIVE.matcher(s.substring(from, at)).find()) {
      clauseStart = Math.max(0, s.lastIndexOf(',', from - 2) + 1);
    }
    String before = s.substring(Math.max(clauseStart, at - 60), at);
    return CITED.matcher(before).find();
  }

  private static String resolve(Matcher m, LocalDate pub) {
    try {
      if (m.group(1) != null) {
        return calendar(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), pub);
      }
      if (m.group(5) != null) {
        return calendar(month(m.group(5)), Integer.parseInt(m.group(4)), m.group(6), pub);
      }
      if (m.group(7) != null) {
        return LocalDate.of(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)),
            Integer.parseInt(m.group(9))).toString();
      }
      if (m.group(10) != null) {
        return LocalDate.of(Integer.parseInt(m.group(12)), Integer.parseInt(m.group(11)),
            Integer.parseInt(m.group(10))).toString();
      }
      String weekday = m.group(13) != null ? m.group(13) : m.group(14);
      if (weekday != null) {
        return pub == null ? null : lastWeekday(pub, DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT))).toString();
      }
      String relative = m.group(15).toLowerCase(Locale.ROOT);
      if (pub == null) {
        return null;
      }
      return (relative.equals("yesterday") || relative.startsWith("last") ? pub.minusDays(1) : pub).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** A month and day; without a year, the year that puts it nearest before the publication. */
  private static String calendar(int month, int day, String year, LocalDate pub) {
    if (year != null) {
      return LocalDate.of(Integer.parseInt(year), month, day).toString();
    }
    if (pub == null) {
      return String.format("--%02d-%02d", month, day);
    }
    LocalDate d = LocalDate.of(pub.getYear(), month, day);
    return (d.isAfter(pub.plusDays(MAX_DAYS_AFTER)) ? d.minusYears(1) : d).toString();
  }

  /** The weekday on or before publication: news reports happenings of the past week by weekday. */
  private static LocalDate lastWeekday(LocalDate pub, DayOfWeek day) {
    LocalDate d = pub;
    while (d.getDayOfWeek() != day) {
      d = d.minusDays(1);
    }
    return d;
  }

  private static boolean tooLate(String date, LocalDate pub) {
    LocalDate d = parse(date);
    return d != null && pub != null && d.isAfter(pub.plusDays(MAX_DAYS_AFTER));
  }

  /** The lead's first place that is (or is not) a whole country. */
  private static String firstPlace(List<String> lead, boolean country, Supplier<Owners> owners) {
    for (String s : lead) {
      for (String p : places(s, owners)) {
        if (dev.chorus.text.Countries.isCountry(p) == country) {
          return p;
        }
      }
    }
    return null;
  }

  /** Places the sentence puts something in, leaving out those in a clause that cites another happening. */
  static List<String> places(String s) {
    return places(s, () -> Owners.NONE);
  }

  private static List<String> places(String s, Supplier<Owners> owners) {
    List<String> out = new ArrayList<>();
    if (!mayNamePlace(s)) {
      return out;
    }
    Matcher m = AT.matcher(s);
    while (m.find()) {
      if (isPlace(m.group(1)) && !cited(s, m.start())) {
        // "at Acme Group's Riverside plant": the place is what follows the owner's possessive
        String[] owned = OWNED.split(m.group(1));
        String name = owned[owned.length - 1];
        if (!(facility(s, m.end()) && owners.get().owner(name))) {
          out.add(normalisePlace(name));
        }
      }
    }
    return out;
  }

  /** True when a plant, site or works follows the name that ends at {@code end}. */
  private static boolean facility(String s, int end) {
    return FACILITY.matcher(s).region(end, s.length()).lookingAt();
  }

  /**
   * Who a plant may be named after, for one article: the names it gives companies ("X" of
   * "X Chemical Group") and the places it puts something in other than before a plant ("in X",
   * "near X", a dateline's X).
   */
  private record Owners(Set<String> companies, Set<String> places) {
    static final Owners NONE = new Owners(Set.of(), Set.of());

    static Owners of(String title, String body, String datelinePlace) {
      Set<String> companies = new HashSet<>();
      Set<String> places = new HashSet<>();
      if (datelinePlace != null) {
        places.add(datelinePlace);
      }
      for (String text : new String[] {title == null ? "" : title, body}) {
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
          String owner = companyOwner(SPACES.split(run.group()));
          if (owner != null) {
            companies.add(owner);
          }
        }
        // "at X" also names companies and venues ("the fire at X"); "in X" names places
        Matcher m = AT.matcher(text);
        while (m.find()) {
          if (!m.group().startsWith("at") && !facility(text, m.end())) {
            places.add(normalisePlace(m.group(1)));
          }
        }
      }
      return new Owners(Set.copyOf(companies), Set.copyOf(places));
    }

    /**
     * The words before the first company word of a run of capitalised words ("Varn" of "At Varn
     * Chemical Group"), lower case, the run's opening words left out; null when the run names no company.
     */
    private static String companyOwner(String[] words) {
      int from = 0;
      while (from < words.length && RUN_OPENERS.contains(words[from].toLowerCase(Locale.ROOT))) {
        from++;
      }
      for (int i = from + 1; i < words.length; i++) {
        if (OrgNames.isCompanyWord(words[i])) {
          return normalisePlace(String.join(" ", Arrays.asList(words).subList(from, i)));
        }
      }
      return null;
    }

    /**
     * True when a plant's name before its plant word ("X" of "at the X plant") names who owns it, not
     * where it is: a possessive ("Smith's"), a company ("X Chemicals"), or the name the article gives
     * a company, unless the article also puts something in a place of that name ("the X works" of
     * the town of X).
     */
    boolean owner(String name) {
      if (POSSESSIVE_NAME.matcher(name).matches() || OrgNames.isCompany(name)) {
        return true;
      }
      String key = normalisePlace(name);
      return !places.contains(key) && companies.stream().anyMatch(c -> c.equals(key) || c.startsWith(key + " "));
    }
  }

  private static boolean isPlace(String name) {
    String first = APOSTROPHE_ON.matcher(SPACES.split(name)[0].toLowerCase(Locale.ROOT)).replaceAll("");
    return !NOT_PLACE.contains(first) && name.length() >= 3;
  }

  /** Lower case, no possessive or trailing dot: "Geneva's" and "GENEVA" are one place. */
  static String normalisePlace(String name) {
    return DOT_END.matcher(POSSESSIVE_END.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("").strip();
  }

  /**
   * The place as the article prints it ("Port Orla", "New Zealand"), for a reader: the signature's
   * place is lower case so that "GENEVA" in a dateline and "Geneva" in the lead count as one. The
   * first spelling in the headline or text that is not all capitals, else the first at all; the
   * place itself when neither holds it (it always should).
   */
  public static String asWritten(String place, String title, String body) {
    if (place == null) {
      return null;
    }
    String capitals = null;
    for (String text : new String[] {title, body}) {
      if (text == null) {
        continue;
      }
      for (int i = 0; i + place.length() <= text.length(); i++) {
        if (text.regionMatches(true, i, place, 0, place.length())) {
          String found = text.substring(i, i + place.length());
          if (!found.equals(found.toUpperCase(Locale.ROOT))) {
            return found;
          }
          capitals = capitals == null ? found : capitals;
        }
      }
    }
    return capitals != null ? capitals : place;
  }

  private static <K> K mostFrequent(Map<K, Integer> counts) {
    K best = null;
    int n = 0;
    for (Map.Entry<K, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  private static int month(String name) {
    return Math.max(0, Calendar.month(name));
  }

  static LocalDate parse(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
