package dev.chorus.reading;

import dev.chorus.text.Countries;
import dev.chorus.text.Cues;
import dev.chorus.text.EventNames;
import dev.chorus.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements: what a named actor proposes, rejects, demands or feels ("Washington has floated the
 * idea of ...", "Ukraine will not recognise ...", "he expressed frustration over ..."), and
 * superlatives measured against a reference ("the bloodiest conflict since the Second World War").
 * The actor is a person, a country or an organisation; a capital city acting as a government
 * stands for its country. Slots: {@code statement:<actor>} and {@code since:<reference>}.
 *
 * <p>Also descriptions, kind {@code description}, slot {@code description:<actor>}: what an actor
 * has become or now is in the story ("X has become the government's chief negotiator", "X is now
 * a key figure in the talks"). Outlets word these freely, so they share few words: their claims
 * meet by meaning within an event ({@link MeaningMatch}), not by their words.
 */
final class StatementFinder {

  private static final String AUX = "(?:(?:has|have|had|is|was|are|were|will|would|could|does|did|do|cannot|can)"
      + "(?:\\s+(?:not|never|been|also|now|already|still|long|n't))*\\s+)?";
  /** Verbs of stance and pressure; meetings and speech have kinds of their own. */
  private static final String VERBS = "(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|float(?:s|ed|ing)?"
      + "|offer(?:s|ed|ing)?|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|accept(?:s|ed|ing)?|agree(?:s|d|ing)?"
      + "|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|express(?:es|ed|ing)?|press(?:es|ed|ing)?"
      + "|pressur(?:e|es|ed|ing)|vow(?:s|ed)?|pledg(?:e|es|ed)|threaten(?:s|ed|ing)?|den(?:y|ies|ied)"
      + "|critici[sz](?:e|es|ed|ing)|accus(?:e|es|ed|ing)|recogni[sz](?:e|es|ed|ing)|back(?:s|ed)?"
      + "|support(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|want(?:s|ed)?|seek(?:s|ing)?|sought|insist(?:s|ed)?"
      + "|frustrated|angered|condemn(?:s|ed)?|welcom(?:e|es|ed)|prais(?:e|es|ed)|blam(?:e|es|ed)"
      + "|push(?:es|ed|ing)?|call(?:s|ed)\\s+for|fear(?:s|ed)?|doubt(?:s|ed)?|hop(?:e|es|ed)\\s+(?:to|that)"
      + "|plan(?:s|ned)?\\s+to|intend(?:s|ed)?\\s+to|aim(?:s|ed)?\\s+to)";
  /** Compiled once: String.split and replaceAll compile their pattern on every call. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
  private static final Pattern PREDICATE = Pattern.compile(
      "^(?:\\s*,[^,;.]{1,80},)?\\s+(" + AUX + "(?:\\p{Ll}+ly\\s+)*[‘'“\"]?(?:\\p{Ll}+ly\\s+)?" + VERBS + ")\\b");
  /**
   * A description's verb and the determiner its noun phrase starts with. A plain "X is a ..." is
   * left out: it mostly explains who someone is (a title, which {@link RoleFinder} reads), while
   * "has become", "remains", "is now" or "is seen as" say what the story made of them.
   */
  private static final Pattern DESCRIPTION = Pattern.compile(
      "^(?:\\s*,[^,;.]{1,80},)?\\s+((?:(?:has|have|had)\\s+(?:now\\s+|also\\s+|since\\s+|already\\s+|effectively\\s+)?"
          + "become|becomes|became|remains|remained|(?:serves|served|acts|acted)\\s+as"
          + "|(?:is|was|are|were)\\s+(?:now|also|still|increasingly|effectively"
          + "|(?:widely\\s+)?(?:seen|regarded|viewed|considered)\\s+as))"
          + "\\s+(?:a|an|the|one\\s+of|his|her|its|their|\\p{Lu}[\\p{L}.]*['’]s)\\s)");
  /** One of these words is in every description's verb: sentences without one are not tried. */
  private static final Set<String> DESCRIPTION_WORDS = Set.of("become", "becomes", "became", "remains", "remained",
      "serves", "served", "acts", "acted", "now", "also", "still", "increasingly", "effectively", "seen", "regarded",
      "viewed", "considered");
  /** Where a description ends: punctuation, or a word that joins another clause. */
  private static final Pattern DESCRIPTION_END = Pattern.compile("[,;:()–—]|\\s-\\s|\\s(?:while|amid|as|after|before"
      + "|because|although|though|whereas|when|since|but|which|who|and\\s+(?:has|have|had|is|was|will))\\s");
  private static final Pattern PRONOUN = Pattern.compile("(?i)(?<![\\p{L}])(he|she)(?=\\s)");
  /** Words before a name that make it an object, not the subject of a clause. */
  private static final Set<String> NOT_SUBJECT = Set.of("of", "with", "to", "for", "by", "from", "in", "at",
      "on", "between", "against", "about", "into", "over", "under", "than", "toward", "towards", "met",
      "meet", "meeting", "told", "urged", "pressed", "asked", "visited", "and");
  private static final Pattern TRAIL = Pattern.compile("[\\s,.;:!?”’\"')]+$");
  private static final Pattern SUPERLATIVE = Pattern.compile(
      "\\b(most\\s+\\p{Ll}+|\\p{Ll}{3,}est)\\b[^.;:]{0,40}?\\bsince\\s+(?:the\\s+)?"
          + "((?:\\p{Lu}\\p{L}+\\s+){0,3}(?:\\p{Lu}\\p{L}*|[IVX]+\\b|\\d+)|\\d{4})");
  private static final Set<String> NOT_SUPERLATIVE = Set.of("interest", "protest", "request", "forest",
      "harvest", "conquest", "contest", "suggest", "arrest", "invest", "modest", "honest", "earnest",
      "digest", "manifest", "unrest", "behest", "pest", "attest", "detest");

  private StatementFinder() {}

  static List<Claim> find(String s, ClaimContext ctx) {
    List<Claim> out = new ArrayList<>();
    boolean describes = Cues.hasWord(s, DESCRIPTION_WORDS);
    for (Names.Name n : Names.find(s)) {
      if (!n.possessive() && clauseStart(s, n.begin())) {
        actor(s, n.end(), n.begin(), Countries.actor(Names.resolve(n.text(), ctx.people())), describes, out);
      }
    }
    Matcher p = PRONOUN.matcher(s);
    while (p.find()) {
      if (clauseStart(s, p.start())) {
        String who = Names.resolvePronoun(ctx);
        if (who != null) {
          actor(s, p.end(), p.start(), who, describes, out);
        }
      }
    }
    superlative(s, out);
    return out;
  }

  private static void actor(String s, int nameEnd, int begin, String actor, boolean describes, List<Claim> out) {
    if (describes) {
      description(s, nameEnd, begin, actor, out);
    }
    Matcher m = PREDICATE.matcher(s.substring(nameEnd));
    if (!m.find()) {
      return;
    }
    int from = nameEnd + m.start(1);
    String value = TRAIL.matcher(s.substring(from)).replaceAll("");
    if (value.split("\\s+").length < 3) {
      return;
    }
    for (Claim c : out) {
      if (c.slot().equals("statement:" + actor)) {
        return;
      }
    }
    out.add(new Claim("statement", "statement:" + actor, actor, value, null, null, null, null, begin,
        from + value.length()));
  }

  /** "X has become the chief negotiator": the description runs from the verb to the clause's end. */
  private static void description(String s, int nameEnd, int begin, String actor, List<Claim> out) {
    String rest = s.substring(nameEnd);
    Matcher m = DESCRIPTION.matcher(rest);
    if (!m.find()) {
      return;
    }
    Matcher end = DESCRIPTION_END.matcher(rest);
    int stop = end.find(m.end(1)) ? end.start() : rest.length();
    if (stop <= m.end(1)) {
      return;
    }
    String value = TRAIL.matcher(rest.substring(m.start(1), stop)).replaceAll("");
    String slot = "description:" + actor;
    for (Claim c : out) {
      if (c.slot().equals(slot)) {
        return;
      }
    }
    out.add(new Claim("description", slot, actor, value, null, null, null, null, begin,
        nameEnd + m.start(1) + value.length()));
  }

  /** A name starts a clause unless a preposition, object-taking verb or "and" comes right before it. */
  static boolean clauseStart(String s, int begin) {
    String before = s.substring(0, begin).stripTrailing();
    // titles ("US President") belong to the name
    String[] words = SPACES.split(before);
    int i = words.length - 1;
    while (i >= 0 && !words[i].isEmpty() && (Character.isUpperCase(words[i].charAt(0))
        || Lexicon.isTitleWord(words[i].toLowerCase(Locale.ROOT))) && !words[i].endsWith(",")) {
      i--;
    }
    if (i < 0 || words[i].isEmpty()) {
      return true;
    }
    String w = words[i].toLowerCase(Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      return false;
    }
    return !NOT_SUBJECT.contains(NOT_LETTER.matcher(w).replaceAll(""));
  }

  /** "the deadliest war since World War II": a standing comparison with its reference. */
  private static void superlative(String s, List<Claim> out) {
    Matcher m = SUPERLATIVE.matcher(s);
    // the pattern is tried at every position; it needs "since", which few sentences hold
    while (s.contains("since") && m.find()) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      if (NOT_SUPERLATIVE.contains(word)) {
        continue;
      }
      String reference = EventNames.canonical(m.group(2).strip());
      out.add(new Claim("statement", "since:" + reference, reference, s.substring(m.start(), m.end()), null, null,
          null, null, m.start(), m.end()));
      return;
    }
  }
}
