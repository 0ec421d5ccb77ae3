package dev.chorus.reading;

import dev.chorus.text.Calendar;
import dev.chorus.text.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds who speaks: the name or pronoun next to a speech verb, skipping appositives. */
final class Speakers {

  private static final Pattern TRAILING_ADVERB = Pattern.compile(
      "(?i)\\s+(?:also|later|earlier|then|previously|recently|further|publicly|repeatedly|has|have"
          + "|had|was|is|once|again|separately|quickly|simply|reportedly|had also|has also)\\s*$");
  private static final Pattern ORG_TAIL = Pattern.compile(
      "(?:[Tt]he\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*)$");
  private static final Pattern PRONOUN_TAIL = Pattern.compile("(?i)\\b(he|she|they)$");
  private static final Pattern CALENDAR = Pattern.compile(
      "(?i)\\b(?:" + String.join("|", Calendar.WEEKDAY_NAMES) + "|" + String.join("|", Calendar.MONTH_NAMES)
          + "|on|in|at)\\b");
  private static final Pattern PRONOUN_HEAD = Pattern.compile("(?i)(?:^|,\\s*)(he|she)\\b");
  private static final Pattern CITING = Pattern.compile(
      "(?i)\\b(?:citing|according to|as per|quoting)\\s+");

  private Speakers() {}

  /** The speaker ending right before {@code verbStart}, or null. */
  static String before(String s, int verbStart, ClaimContext ctx) {
    String head = s.substring(0, verbStart).stripTrailing();
    head = TRAILING_ADVERB.matcher(head).replaceAll("").stripTrailing();
    if (head.endsWith(",")) {
      head = skipAppositive(head);
    }
    return nameAtEnd(head, ctx);
  }

  /** When "X, a spokesman for Y, said", the segment between the commas describes X. */
  private static String skipAppositive(String head) {
    String body = head.substring(0, head.length() - 1);
    int prev = Math.max(body.lastIndexOf(','), Math.max(body.lastIndexOf('—'), body.lastIndexOf(':')));
    String segment = body.substring(prev + 1).trim();
    List<Names.Name> names = Names.find(segment);
    boolean segmentIsName = names.size() == 1 && names.get(0).end() == segment.length()
        && onlyTitles(segment.substring(0, names.get(0).begin()));
    return segmentIsName || prev < 0 ? body.stripTrailing() : body.substring(0, prev).stripTrailing();
  }

  /** True when the words before a name are all capitalised or titles ("special envoy"). */
  private static boolean onlyTitles(String words) {
    for (String w : words.trim().split("\\s+")) {
      if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))
          && !Lexicon.isTitleWord(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  static String nameAtEnd(String head, ClaimContext ctx) {
    Matcher p = PRONOUN_TAIL.matcher(head);
    if (p.find()) {
      return Names.resolvePronoun(ctx);
    }
    List<Names.Name> names = Names.find(head);
    if (!names.isEmpty()) {
      Names.Name last = names.get(names.size() - 1);
      // "Diplomats in Kadrovo said": a place modifies the speaker, it is not the speaker.
      if (Names.afterPlacePreposition(head, last.begin()) && last.end() >= head.length() - 1) {
        return null;
      }
      if (last.end() >= head.length() - 1 && !last.possessive()) {
        return Names.resolve(last.text(), ctx.people());
      }
    }
    // Organisations speak too ("the Kremlin said"); calendar words never do.
    Matcher org = ORG_TAIL.matcher(head);
    return org.find() && !CALENDAR.matcher(org.group(1)).find()
        && !Lexicon.isSentenceStarter(org.group(1)) ? org.group(1) : null;
  }

  /** The person introduced by "citing X" or "according to X" in the text, or null. */
  static String cited(String text, ClaimContext ctx) {
    Matcher m = CITING.matcher(text);
    while (m.find()) {
      String rest = text.substring(m.end());
      for (Names.Name n : Names.find(rest)) {
        if (n.begin() >= 40) {
          break;
        }
        if (!Names.modifiesTitle(rest, n)) {
          return Names.resolve(n.text(), ctx.people());
        }
      }
    }
    return null;
  }

  /** The first person in the text, for a sentence subject ("Smith ... by saying:"). */
  static String subject(String text, ClaimContext ctx) {
    for (Names.Name n : Names.find(text)) {
      String p = Names.resolve(n.text(), ctx.people());
      if (!n.possessive() && Names.isPerson(p) && !Names.modifiesTitle(text, n)) {
        return p;
      }
    }
    return null;
  }

  /** The subject of the main clause, a pronoun or a name, for "..., saying:" and "stating:". */
  static String clauseSubject(String text, ClaimContext ctx) {
    Matcher p = PRONOUN_HEAD.matcher(text);
    List<Names.Name> names = Names.find(text);
    if (p.find() && (names.isEmpty() || p.start() < names.get(0).begin())) {
      return Names.resolvePronoun(ctx);
    }
    return subject(text, ctx);
  }
}
