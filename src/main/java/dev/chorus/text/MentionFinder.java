package dev.chorus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds mentions of people, organisations and places in one sentence with capitalisation rules and
 * closed word lists (no gazetteer, no model), so any corpus's names are found the same way.
 */
public final class MentionFinder {

  private static final Set<String> OPENERS = Set.of("\"", "“", "‘", "'", "(", "[", ":", "—", "–", "-", "•", "*", "»", "«");
  private static final Set<String> JOINERS = Set.of("of", "for");
  private static final Set<String> COORDINATORS = Set.of("and", "or", "&");
  /** First words of place names among the non-person words: compass points, "New", "St". */
  private static final Set<String> PLACE_FIRST_WORDS = Set.of("north", "south", "east", "west", "new", "st");
  // Lower-case name prefixes glued to a capitalised part: "al-Assad", "van't Hoff", "d'Artagnan".
  private static final Pattern PREFIXED_NAME = Pattern.compile("(?:al|el|ad|as|bin|ibn|de|di|da|d|o|van|von)['’\\-‐]\\p{Lu}.*");
  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{Lu}\\d&]{1,4}");
  // Lower-case even in headline style, so they do not count against title case.
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "with", "by", "as", "from", "vs", "is");
  private static final int TITLE_MIN_WORDS = 4;
  private static final int MAX_NAME_WORDS = 4;
  private static final Pattern HYPHEN = Pattern.compile("[\\-‐]");

  private MentionFinder() {
  }

  /** Mentions in one sentence, in text order; empty for null or name-less input. */
  public static List<Mention> find(String sentence) {
    return read(sentence).mentions();
  }

  /**
   * The names (no descriptions) in a sentence or part of one (a clause, the words before a verb, a
   * list item), which may be all capitalised words without being a headline ("President Ilya Vostrin").
   */
  public static List<Mention> namesIn(String part) {
    if (part == null || part.isBlank()) {
      return new ArrayList<>();
    }
    return names(part, splitCompoundAdjectives(Tokenizer.tokens(part)));
  }

  /**
   * A sentence read once for both its readers: its {@code names} as {@link #namesIn} gives them
   * (the claims' view) and its {@code mentions} as {@link #find} does (none in a headline, and the
   * descriptions after the names).
   */
  public record Reading(List<Mention> names, List<Mention> mentions) {}

  /** {@link #namesIn} and {@link #find} of one sentence, tokenised and classified once. */
  public static Reading read(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return new Reading(new ArrayList<>(), new ArrayList<>());
    }
    List<Token> tokens = splitCompoundAdjectives(Tokenizer.tokens(sentence));
    List<Mention> names = names(sentence, tokens);
    List<Mention> mentions = new ArrayList<>();
    if (!isTitleCase(tokens)) { // a headline or menu: capitals carry no information there
      mentions.addAll(names);
      mentions.addAll(Descriptions.find(sentence));
    }
    return new Reading(names, mentions);
  }

  private static List<Mention> names(String sentence, List<Token> tokens) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!isNameToken(tokens, i)) {
        i++;
        continue;
      }
      int end = withArea(tokens, i, runEnd(tokens, i));
      Mention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      final int from = i;
      final int to = end;
      Classifier.classify(sentence, tokens, i, end, previous)
          .map(m -> refine(sentence, tokens, from, to, m)).ifPresent(out::add);
      i = end;
    }
    return out;
  }

  /**
   * The honorific written right before a name at {@code begin} ("Mr", "Ms."), or null: "Mr X" is a
   * form of X's name that readers and the entities table should find.
   */
  public static String honorificBefore(String sentence, int begin) {
    if (sentence == null || begin <= 0 || begin > sentence.length()) {
      return null;
    }
    // only the last word before the name is read: no token spans whitespace, so tokenising from the
    // start of that word gives the tokens the whole prefix would end with (the whole prefix, once
    // per person mention, was a square of the sentence's length)
    int end = begin;
    while (end > 0 && Character.isWhitespace(sentence.charAt(end - 1))) {
      end--;
    }
    int from = end;
    while (from > 0 && !Character.isWhitespace(sentence.charAt(from - 1))) {
      from--;
    }
    List<Token> before = Tokenizer.tokens(sentence.substring(from, begin));
    if (before.isEmpty()) {
      return null;
    }
    Token last = before.get(before.size() - 1);
    return Lexicon.isHonorific(last) && sentence.substring(from + last.end(), begin).isBlank()
        ? sentence.substring(from + last.begin(), from + last.end()) : null;
  }

  /** Auxiliaries and verbs after a capital that make it the government acting ("Washington has ..."). */
  private static final Set<String> ACTING = Set.of("has", "had", "have", "is", "was", "will", "would", "wants",
      "insists", "says", "said", "hopes", "fears", "believes", "rejected", "proposed", "floated", "demanded",
      "denied", "accused", "warned", "urged", "offered", "refused", "accepted", "signalled", "signaled");

  /**
   * Names whose written form is not the entity's name: a country acronym ("U.S.") names the country,
   * a capital that acts ("Washington has floated") its government, and a numbered war ("the Second
   * World War") has one canonical name ("World War II"), its article included in the surface.
   */
  private static Mention refine(String s, List<Token> tokens, int from, int to, Mention m) {
    if (to - from == 1 && !tokens.get(from).isTag()) {
      String country = Countries.ofAcronym(tokens.get(from).word());
      if (country != null) {
        return new Mention(country, Mention.PLACE, null, m.begin(), m.end());
      }
    }
    if (Countries.ofSeat(m.text()) != null) {
      // "at the Kremlin", "the Kremlin said" and "Kremlin says" are one institution, never a place or person
      return new Mention(m.text(), Mention.ORG, null, m.begin(), m.end());
    }
    String capital = Countries.ofCapital(m.text());
    if (capital != null && m.text().equals(s.substring(m.begin(), m.end())) && to < tokens.size()
        && !tokens.get(to - 1).possessive() && ACTING.contains(tokens.get(to).lower())
        && (from == 0 || !Lexicon.isPlacePreposition(tokens.get(from - 1)))) {
      return new Mention(capital, Mention.PLACE, null, m.begin(), m.end());
    }
    String written = s.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    if (EventNames.isNumbered(written)) {
      boolean the = from > 0 && tokens.get(from - 1).is("the") || from > 0 && tokens.get(from - 1).is("The");
      int begin = the ? tokens.get(from - 1).begin() : tokens.get(from).begin();
      return new Mention(EventNames.canonical(written), Mention.EVENT, null, begin, tokens.get(to - 1).end());
    }
    return m;
  }

  /** Four or more content words, all capitalised. */
  private static boolean isTitleCase(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (t.isWord() && !t.isTag() && !FUNCTION_WORDS.contains(t.lower()) && Character.isLetter(t.word().charAt(0))) {
        words++;
        capitalised += t.isCapitalised() ? 1 : 0;
      }
    }
    return words >= TITLE_MIN_WORDS && capitalised == words;
  }

  /** True when tokens[j] starts a sentence or a quote, where any word is capitalised. */
  static boolean isInitial(List<Token> tokens, int j) {
    for (int k = j - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (t.isWord()) {
        return false;
      }
      if (OPENERS.contains(t.word())) {
        return true;
      }
    }
    return true;
  }

  static boolean isAcronym(Token t) {
    return !t.isTag() && ACRONYM.matcher(t.word()).matches();
  }

  /** A token that can be (part of) a name: capitalised, not a calendar word or sentence opener. */
  static boolean isNameToken(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.isWord() || Lexicon.isCalendar(t) || Lexicon.isHonorific(t) || isMonthMay(tokens, i)) {
      return false;
    }
    if (t.isTag()) {
      return t.word().length() > 2;
    }
    boolean capitalised = t.isCapitalised() || PREFIXED_NAME.matcher(t.word()).matches();
    if (!capitalised || Character.isDigit(t.word().charAt(0))) {
      return false;
    }
    return !(isInitial(tokens, i) && Lexicon.isSentenceStarter(t));
  }

  /**
   * The run's end, taking in a lower-case administrative area after a place-like name ("the X
   * region"), which names the area rather than a town of that name; not after a title or an
   * organisation ("Governor X region" is no area).
   */
  private static int withArea(List<Token> tokens, int start, int end) {
    if (end >= tokens.size() || tokens.get(start).isTag() || tokens.get(end - 1).possessive()
        || !Lexicon.isAreaWord(tokens.get(end))) {
      return end;
    }
    for (int i = start; i < end; i++) {
      if (Lexicon.isOrgWord(tokens.get(i)) || Lexicon.isRoleHead(tokens.get(i))) {
        return end;
      }
    }
    return end + 1;
  }

  /** "May 2": the month, which the calendar list leaves out because May is also a given name. */
  private static boolean isMonthMay(List<Token> tokens, int i) {
    return tokens.get(i).lower().equals("may") && i + 1 < tokens.size()
        && Character.isDigit(tokens.get(i + 1).word().charAt(0));
  }

  /** The exclusive end of the name run starting at {@code start}. */
  private static int runEnd(List<Token> tokens, int start) {
    if (tokens.get(start).isTag()) {
      return start + 1; // a tag is always a name of its own
    }
    boolean named = Lexicon.isOrgWord(tokens.get(start)) || Lexicon.isRoleHead(tokens.get(start)) || Lexicon.isPlaceWord(tokens.get(start));
    int i = start;
    while (!tokens.get(i).possessive()) {
      int next = i + 1;
      int afterParticles = next;
      while (afterParticles < tokens.size() && Lexicon.isParticle(tokens.get(afterParticles))) {
        afterParticles++;
      }
      if (afterParticles > next && continues(tokens, afterParticles)) {
        next = afterParticles; // "Charles de Gaulle", "Jan van der Berg"
      } else if (named && next < tokens.size() && JOINERS.contains(tokens.get(next).word())) {
        next++; // "Ministry of Foreign Affairs", "Secretary of State"
        if (next < tokens.size() && tokens.get(next).is("the")) {
          next++;
        }
      }
      if (!continues(tokens, next)) {
        return i + 1;
      }
      i = next;
      Token t = tokens.get(i);
      named |= Lexicon.isOrgWord(t) || Lexicon.isRoleHead(t) || Lexicon.isPlaceWord(t);
    }
    return i + 1;
  }

  private static boolean continues(List<Token> tokens, int i) {
    return i < tokens.size() && !tokens.get(i).isTag() && isNameToken(tokens, i);
  }

  /** "Russia-Ukraine talks": a hyphenated pair of names used as an adjective names both. */
  private static List<Token> splitCompoundAdjectives(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String[] parts = HYPHEN.split(t.word());
      boolean adjective = i + 1 < tokens.size() && tokens.get(i + 1).isLower() && !Lexicon.isParticle(tokens.get(i + 1));
      // "Anna Berg-Holm bought": after a name's first part the hyphenated word is its surname
      boolean surname = i > 0 && tokens.get(i - 1).isCapitalised() && !tokens.get(i - 1).possessive()
          && !Lexicon.isSentenceStarter(tokens.get(i - 1));
      if (parts.length < 2 || !adjective || surname || !allCapitalisedLong(parts)) {
        out.add(t);
        continue;
      }
      int offset = t.begin();
      for (int k = 0; k < parts.length; k++) {
        if (k > 0) {
          out.add(new Token("-", offset - 1, offset, false)); // keeps the parts in separate runs
        }
        out.add(new Token(parts[k], offset, offset + parts[k].length(), false));
        offset += parts[k].length() + 1;
      }
    }
    return out;
  }

  private static boolean allCapitalisedLong(String[] parts) {
    for (String p : parts) {
      if (p.length() < 3 || !Character.isUpperCase(p.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Decides kind, role and extent of one name run. */
  private static final class Classifier {

    private Classifier() {
    }

    static Optional<Mention> classify(String s, List<Token> tokens, int from, int to, Mention previous) {
      int head = lastRoleHead(tokens, from, to);
      if (head >= 0 && hasNamedWordAfter(tokens, head, to)) {
        int afterJoiner = skipJoiner(tokens, head + 1, to);
        return afterJoiner > head + 1 ? classify(s, tokens, afterJoiner, to, previous) // "CEO of | the X Fund"
            : plain(s, tokens, from, to, previous);
      }
      if (head >= 0) {
        int nameFrom = nameAfterRole(tokens, head, to);
        if (nameFrom >= to) {
          return Optional.empty(); // a bare title: "President", "Foreign Minister"
        }
        return Optional.of(mention(s, tokens, nameFrom, to, Mention.PERSON,
            Roles.before(s, tokens, nameFrom, limit(tokens, previous))));
      }
      return plain(s, tokens, from, to, previous);
    }

    /** A run without a title inside it. */
    private static Optional<Mention> plain(String s, List<Token> tokens, int from, int to, Mention previous) {
      if (to - from == 1 && (Lexicon.isDemonym(tokens.get(from)) || Lexicon.isRoleModifier(tokens.get(from)))
          && !isSeatNamed(tokens, from, to)) {
        return Optional.empty(); // "Russian", "Presidential": adjectives, not names
      }
      String role = Roles.before(s, tokens, from, limit(tokens, previous));
      if (role == null) {
        role = Roles.after(s, tokens, to);
      }
      String kind = kind(tokens, from, to, role, previous);
      if (Mention.PERSON.equals(kind) && to - from > MAX_NAME_WORDS) {
        return Optional.empty(); // too long for a person's name: a slogan or a run-on headline
      }
      return Optional.of(mention(s, tokens, from, to, kind, role));
    }

    /**
     * A seat of government named for itself ("the Kremlin said", "at the Kremlin"), not as the
     * modifier of a title ("Kremlin aide", "Kremlin foreign policy assistant").
     */
    private static boolean isSeatNamed(List<Token> tokens, int from, int to) {
      return Countries.ofSeat(tokens.get(from).word()) != null && (to >= tokens.size()
          || !Lexicon.isRoleModifier(tokens.get(to)) && !Lexicon.isRoleHead(tokens.get(to)));
    }

    /** Roles do not reach back over the name of another person. */
    private static int limit(List<Token> tokens, Mention previous) {
      if (previous == null || !Mention.PERSON.equals(previous.kind())) {
        return 0;
      }
      int i = 0;
      while (i < tokens.size() && tokens.get(i).begin() < previous.end()) {
        i++;
      }
      return i;
    }

    private static boolean hasNamedWordAfter(List<Token> tokens, int head, int to) {
      for (int i = head + 1; i < to; i++) {
        if (Lexicon.isOrgWord(tokens.get(i)) || Lexicon.isPlaceWord(tokens.get(i))) {
          return true;
        }
      }
      return false;
    }

    private static int skipJoiner(List<Token> tokens, int i, int to) {
      if (i < to && JOINERS.contains(tokens.get(i).word())) {
        i++;
        if (i < to && tokens.get(i).is("the")) {
          i++;
        }
      }
      return i;
    }

    private static Mention mention(String s, List<Token> tokens, int from, int to, String kind, String role) {
      int begin = tokens.get(from).begin();
      int end = tokens.get(to - 1).end();
      if (Mention.PERSON.equals(kind) && role == null) {
        role = Roles.after(s, tokens, to);
      }
      return new Mention(s.substring(begin, end), kind, role, begin, end);
    }

    /** The last title word in the run. */
    private static int lastRoleHead(List<Token> tokens, int from, int to) {
      int head = -1;
      for (int i = from; i < to; i++) {
        if (Lexicon.isRoleHead(tokens.get(i))) {
          head = i;
        }
      }
      return head;
    }

    /** Where the name starts after a title inside the run: "Secretary of State | Ada Brennan". */
    private static int nameAfterRole(List<Token> tokens, int head, int to) {
      int i = head + 1;
      if (i < to && JOINERS.contains(tokens.get(i).word())) {
        i = skipJoiner(tokens, i, to);
        int rest = to - i;
        return rest >= 3 ? to - 2 : rest == 2 ? to - 1 : to;
      }
      return i;
    }

    private static String kind(List<Token> tokens, int from, int to, String role, Mention previous) {
      Token first = tokens.get(from);
      if (first.isTag()) {
        return tagKind(first);
      }
      if (isCountryOrCapital(tokens, from, to)) {
        // "Norway's envoy", "Estonia said", "Oslo hosted": a nation or its capital acting is
        // no person, whatever cue follows
        return Mention.PLACE;
      }
      if (role != null) {
        return Mention.PERSON;
      }
      for (int i = from; i < to; i++) {
        if (Lexicon.isOrgWord(tokens.get(i))) {
          return Mention.ORG;
        }
      }
      for (int i = from; i < to; i++) {
        if (Lexicon.isPlaceWord(tokens.get(i))) {
          return Mention.PLACE;
        }
      }
      if (to - from == 1 && isAcronym(first)) {
        return Mention.ORG;
      }
      int before = from - 1;
      boolean afterThe = before >= 0 && tokens.get(before).is("the");
      if (!afterThe && hasPersonCue(tokens, from, to)) {
        return Mention.PERSON;
      }
      int prep = afterThe ? before - 1 : before;
      if (prep >= 0 && Lexicon.isPlacePreposition(tokens.get(prep))) {
        return Mention.PLACE;
      }
      if (to - from == 1 && prep >= 0 && COORDINATORS.contains(tokens.get(prep).word()) && previous != null
          && previous.end() <= tokens.get(prep).begin() && tokens.get(prep).begin() - previous.end() <= 1) {
        return previous.kind(); // "between Paris and Berlin"
      }
      if (afterThe) {
        return Mention.ORG; // "the Kremlin", "the White House"
      }
      if (to - from >= 2) {
        // with no cue, two capitalised words are taken for a person, unless one of them is a word no
        // person's name holds (Lexicon.isNonPersonWord): "North Dalmark", "New Velgrad", "St Orla"
        // are places, "Tidewater Weekly", "Kestrel Review" organisations
        for (int i = from; i < to; i++) {
          if (Lexicon.isNonPersonWord(tokens.get(i).lower())) {
            return PLACE_FIRST_WORDS.contains(tokens.get(from).lower()) ? Mention.PLACE : Mention.ORG;
          }
        }
        return Mention.PERSON;
      }
      return Mention.PLACE;
    }

    /** A country, a wider region or a capital by name; not an acronym ("US" stays an organisation). */
    private static boolean isCountryOrCapital(List<Token> tokens, int from, int to) {
      if (to - from == 1 && isAcronym(tokens.get(from))) {
        return false;
      }
      StringBuilder name = new StringBuilder();
      for (int i = from; i < to; i++) {
        name.append(i == from ? "" : " ").append(tokens.get(i).word());
      }
      String n = name.toString();
      return Countries.isCountry(n) || Countries.ofCapital(n) != null;
    }

    /** An honorific before; a speech verb, ", who" or a possessive title ("X's aide") after. */
    private static boolean hasPersonCue(List<Token> tokens, int from, int to) {
      if (from > 0 && Lexicon.isHonorific(tokens.get(from - 1))) {
        return true;
      }
      if (tokens.get(to - 1).possessive()) {
        int i = to;
        while (i < tokens.size() && Lexicon.isRoleModifier(tokens.get(i)) && !Lexicon.isRoleHead(tokens.get(i))) {
          i++;
        }
        if (i < tokens.size() && Lexicon.isRoleHead(tokens.get(i))) {
          return true;
        }
      }
      if (to < tokens.size() && Lexicon.isPersonVerb(tokens.get(to))) {
        return true;
      }
      return to + 1 < tokens.size() && tokens.get(to).is(",") && tokens.get(to + 1).is("who");
    }

    /** "@JaneSmith" names a person; "@NATO" or "#UN" an organisation; "#Paris" is decided later. */
    private static String tagKind(Token tag) {
      String name = tag.word().substring(1);
      if (isAcronym(new Token(name, 0, name.length(), false))) {
        return Mention.ORG;
      }
      return NameFold.splitCamel(name).contains(" ") || tag.word().charAt(0) == '@' ? Mention.PERSON : Mention.PLACE;
    }
  }
}
