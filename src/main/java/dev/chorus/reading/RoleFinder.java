package dev.chorus.reading;

import dev.chorus.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who holds which title: "Foreign Minister Anton Lisk", "Pavel Sarnov, presidential aide,". */
final class RoleFinder {

  /** Title words and the role they name, so "spokesman" and "spokesperson" agree. */
  private static final Map<String, String> HEADS = Map.ofEntries(
      Map.entry("president", "president"), Map.entry("presidents", "president"),
      Map.entry("envoy", "envoy"), Map.entry("envoys", "envoy"),
      Map.entry("representative", "envoy"), Map.entry("aide", "aide"),
      Map.entry("assistant", "aide"), Map.entry("adviser", "aide"), Map.entry("advisor", "aide"),
      Map.entry("spokesperson", "spokesperson"), Map.entry("spokesman", "spokesperson"),
      Map.entry("spokeswoman", "spokesperson"), Map.entry("ceo", "head"),
      Map.entry("head", "head"), Map.entry("chief", "head"), Map.entry("leader", "head"),
      Map.entry("chairman", "head"), Map.entry("chairwoman", "head"), Map.entry("chair", "head"),
      Map.entry("director", "head"), Map.entry("boss", "head"), Map.entry("minister", "minister"),
      Map.entry("ministers", "minister"), Map.entry("secretary", "secretary"),
      Map.entry("chancellor", "chancellor"), Map.entry("mayor", "mayor"),
      Map.entry("governor", "governor"), Map.entry("ambassador", "ambassador"),
      Map.entry("official", "official"), Map.entry("senator", "senator"),
      Map.entry("king", "king"), Map.entry("queen", "queen"), Map.entry("premier", "premier"),
      Map.entry("commissioner", "commissioner"), Map.entry("negotiator", "negotiator"),
      Map.entry("general", "general"), Map.entry("judge", "judge"), Map.entry("emir", "emir"),
      Map.entry("prosecutor", "prosecutor"), Map.entry("founder", "founder"),
      Map.entry("executive", "executive"), Map.entry("officer", "officer"));
  /** "who heads the regional service": a verb that makes its subject the head of what follows. */
  private static final Pattern WHO_HEADS = Pattern.compile(
      "(?i)^who\\s+(?:(?:now|currently)\\s+)?(heads|leads|runs|chairs|directs|headed|led|ran|chaired|directed)"
          + "\\s+(?:the|a|an|its|his|her|their|\\p{L}+['’]s)\\s");
  /** Words that make a compound title with the head: "foreign minister", "press secretary". */
  private static final Set<String> PREFIXES = Set.of("foreign", "defence", "defense", "finance",
      "interior", "prime", "economy", "justice", "health", "press", "home", "energy", "trade",
      "deputy", "vice", "state", "general", "attorney", "chief");
  /** Compiled once: String.replaceAll compiles its pattern on every call. */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}-]");
  private static final Pattern FORMER = Pattern.compile("(?i)\\b(?:former|ex-|ex\\s|onetime|then-)");
  private static final Pattern BEFORE_OF = Pattern.compile(
      "(?i)\\b(\\p{L}+)\\s+of\\s+(?:the\\s+)?\\p{Lu}\\p{L}+\\s+$");
  private static final Pattern APPOSITIVE_LEAD = Pattern.compile(
      "(?i)^(?:who\\s+)?(?:(previously|formerly|once)\\s+)?(?:is\\s+|was\\s+|serves\\s+as\\s+"
          + "|served\\s+as\\s+|serving\\s+as\\s+|now\\s+)?(?:as\\s+)?(?:a|an|the)?\\s*");
  private static final Pattern CUT = Pattern.compile("(?i)\\s(?:of|for|to|at|in|with|from)\\s");
  private static final Pattern AND = Pattern.compile("\\s+and\\s+");
  private static final Pattern SEGMENT_END = Pattern.compile("[,;.(—–]");

  private RoleFinder() {}

  static List<Claim> find(String s, ClaimContext ctx) {
    Map<String, Claim> out = new LinkedHashMap<>();
    String plural = null;
    int previousEnd = -1;
    for (Names.Name n : Names.find(s)) {
      String person = Names.resolve(n.text(), ctx.people());
      if (!Names.isPerson(person) || Names.afterPlacePreposition(s, n.begin())) {
        continue;
      }
      // "Presidents A and B" gives both the title.
      if (plural != null && AND.matcher(s.substring(previousEnd, n.begin())).matches()) {
        put(out, person, plural, false, n.begin(), n.end());
      }
      plural = prenominal(s, n, person, out);
      previousEnd = n.end();
      after(s, n, person, out);
      before(s, n, person, out);
    }
    return new ArrayList<>(out.values());
  }

  /** "former Foreign Minister Anton Lisk", "President of Vesnia Ilya Vostrikov". */
  private static String prenominal(String s, Names.Name n, String person, Map<String, Claim> out) {
    String prefix = s.substring(Math.max(0, n.begin() - 80), n.begin());
    String[] words = Words.bySpaces(prefix);
    String last = words.length == 0 ? "" : clean(words[words.length - 1]);
    int headAt = words.length - 1;
    Matcher of = BEFORE_OF.matcher(prefix);
    if (!HEADS.containsKey(last) && of.find() && HEADS.containsKey(clean(of.group(1)))) {
      last = clean(of.group(1));
      headAt = indexFromEnd(words, of.group(1));
    }
    if (!HEADS.containsKey(last) || headAt < 0) {
      return null;
    }
    String role = compound(words, headAt, HEADS.get(last));
    String lead = String.join(" ", Arrays.copyOfRange(words, Math.max(0, headAt - 4), headAt));
    int comma = lead.lastIndexOf(',');
    boolean former = FORMER.matcher(comma >= 0 ? lead.substring(comma) : lead).find();
    int begin = n.begin() - prefix.length() + prefix.lastIndexOf(words[headAt]);
    put(out, person, role, former, begin, n.end());
    return last.endsWith("s") ? role : null;
  }

  /** "Pavel Sarnov, presidential aide," and "X, who previously served as ambassador,". */
  private static void after(String s, Names.Name n, String person, Map<String, Claim> out) {
    int p = n.end();
    if (p >= s.length() || (s.charAt(p) != ',' && s.charAt(p) != '—' && s.charAt(p) != '–')) {
      return;
    }
    String rest = s.substring(p + 1).stripLeading();
    Matcher end = SEGMENT_END.matcher(rest);
    String segment = end.find() ? rest.substring(0, end.start()) : rest;
    Matcher heads = WHO_HEADS.matcher(segment);
    if (heads.lookingAt()) {
      // "X, who heads the rescue service," and "X, head of the rescue service," say one thing
      // the present forms all end in "s" (heads, leads, runs); the past ones never do
      boolean past = !heads.group(1).toLowerCase(Locale.ROOT).endsWith("s");
      put(out, person, "head", past, n.begin(), p + 1 + segment.length());
      return;
    }
    Matcher lead = APPOSITIVE_LEAD.matcher(segment);
    lead.lookingAt();
    String role = roleOf(segment.substring(lead.end()));
    if (role != null) {
      boolean former = lead.group(1) != null || FORMER.matcher(core(segment)).find();
      put(out, person, role, former, n.begin(),
          p + 1 + segment.length());
    }
  }

  /** "The presidential foreign policy assistant, Pavel Sarnov, said". */
  private static void before(String s, Names.Name n, String person, Map<String, Claim> out) {
    String head = s.substring(0, n.begin()).stripTrailing();
    if (!head.endsWith(",") || n.end() < s.length() && s.charAt(n.end()) != ',') {
      return;
    }
    String body = head.substring(0, head.length() - 1);
    int start = 1 + Math.max(Math.max(Math.max(body.lastIndexOf(','), body.lastIndexOf(':')), body.lastIndexOf(';')),
        Math.max(body.lastIndexOf('—'), body.lastIndexOf('–')));
    String segment = body.substring(start).trim();
    if (Words.bySpaces(segment).length > 12) {
      return;
    }
    String role = roleOf(segment.replaceFirst("(?i)^(?:the|a|an)\\s+", ""));
    if (role != null) {
      put(out, person, role, FORMER.matcher(segment).find(), start, n.end());
    }
  }

  /** The title phrase before its complement: "special envoy" of "special envoy for X". */
  private static String core(String phrase) {
    Matcher cut = CUT.matcher(" " + phrase + " ");
    return cut.find() ? phrase.substring(0, Math.max(0, cut.start())) : phrase;
  }

  /** The role a title phrase names: "special envoy of the president" → "envoy". */
  private static String roleOf(String phrase) {
    String core = core(phrase).trim();
    if (core.isEmpty()) {
      return null;
    }
    int poss = Math.max(core.lastIndexOf("'s "), core.lastIndexOf("’s "));
    if (poss >= 0) {
      core = core.substring(poss + 3);
    }
    String[] words = Words.bySpaces(core.trim());
    String first = clean(words[0]);
    // The title must end the phrase: "met President X" and "becoming the top official" are no roles.
    String h = HEADS.get(clean(words[words.length - 1]));
    boolean verb = !HEADS.containsKey(first) && (first.endsWith("ing") || first.endsWith("ed"));
    if (words.length > 6 || h == null || verb) {
      return null;
    }
    return compound(words, words.length - 1, h);
  }

  private static String compound(String[] words, int headAt, String head) {
    String prev = headAt > 0 ? clean(words[headAt - 1]) : "";
    // "chief executive (officer)" is the head of its firm; an executive or an officer alone is not
    if (head.equals("executive") || head.equals("officer")) {
      String before = headAt > 1 ? clean(words[headAt - 2]) : "";
      boolean chief = head.equals("executive") ? prev.equals("chief")
          : prev.equals("executive") && before.equals("chief");
      return chief ? "head" : head;
    }
    if (!head.equals("minister") && !head.equals("secretary") && !head.equals("president")
        && !head.equals("envoy")) {
      return head;
    }
    if (head.equals("envoy")) {
      return "envoy";
    }
    return PREFIXES.contains(prev) && !prev.equals("chief") ? prev + " " + head : head;
  }

  private static int indexFromEnd(String[] words, String w) {
    for (int i = words.length - 1; i >= 0; i--) {
      if (words[i].equals(w)) {
        return i;
      }
    }
    return -1;
  }

  private static String clean(String w) {
    return NOT_WORD.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  private static void put(Map<String, Claim> out, String person, String role, boolean former,
      int begin, int end) {
    String slot = "role:" + person;
    out.putIfAbsent(slot + "|" + role, new Claim("person_role", slot, person, role, null, null,
        former ? "former" : null, null, Math.max(0, begin), Math.max(begin, end)));
  }
}
