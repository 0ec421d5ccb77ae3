package dev.chorus.reading;

import dev.chorus.text.Cues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of happening a sentence reports: "An explosion tore through the plant", "the blast
 * killed twelve", "a fire broke out on the conveyor". The first thing every outlet says about an
 * accident or a disaster is that it happened, each in its own words, and no number or quote is in
 * that sentence to tie the outlets together: the claim is the kind of happening, one of a closed set
 * of news words ("blast" and "explosion" are one kind, "blaze" and "fire" another). Its slot names
 * the kind ({@code incident:explosion}), so that an explosion and the fire it started are two
 * claims of one event, never two values of one claim in conflict.
 *
 * <p>Not a happening of this story: one counted ("two blasts in three weeks" compares several), one
 * marked as earlier ("the previous fire", "last year's flood"), and the uses of the words that name
 * no happening ("opened fire", "fire chief", "heart attack", "under fire").
 */
final class IncidentFinder {

  /** Each word for a happening, and the kind it names. */
  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("explosion", "explosion"), Map.entry("explosions", "explosion"), Map.entry("blast", "explosion"),
      Map.entry("exploded", "explosion"), Map.entry("fire", "fire"), Map.entry("blaze", "fire"),
      Map.entry("crash", "crash"), Map.entry("crashed", "crash"), Map.entry("collision", "crash"),
      Map.entry("collided", "crash"), Map.entry("collapse", "collapse"), Map.entry("collapsed", "collapse"),
      Map.entry("earthquake", "earthquake"), Map.entry("quake", "earthquake"), Map.entry("flood", "flood"),
      Map.entry("flooding", "flood"), Map.entry("floods", "flood"), Map.entry("landslide", "landslide"),
      Map.entry("derailment", "derailment"), Map.entry("derailed", "derailment"), Map.entry("shooting", "shooting"),
      Map.entry("bombing", "bombing"), Map.entry("attack", "attack"), Map.entry("eruption", "eruption"),
      Map.entry("erupted", "eruption"), Map.entry("leak", "leak"), Map.entry("spill", "spill"));
  private static final Pattern WORD = Pattern.compile("(?i)\\b(?:" + String.join("|", KINDS.keySet()) + ")\\b");
  /** Counted, or marked as another, earlier happening. */
  private static final Pattern OTHER = Pattern.compile(
      "(?i)\\b(?:two|three|four|five|six|both|several|multiple|many|other|\\d+|previous|earlier|first|second"
          + "|last|prior|past|similar|another|(?:last|previous)\\s+(?:week|month|year)['’]s|\\d{4}['’]?s?)"
          + "\\s+(?:[\\p{L}-]+\\s+)?$");
  /** Words before a happening word that make it no happening: "opened fire", "under fire", "heart attack". */
  private static final Pattern NOT_BEFORE = Pattern.compile(
      "(?i)\\b(?:open(?:s|ed)?|ceased?|under|heart|panic|cyber|returned|return|exchange[sd]?|exchanging|no|not)"
          + "\\s+(?:of\\s+)?$");
  /** Words after a happening word that make it a modifier: "fire chief", "fire service", "attack helicopter". */
  private static final Pattern NOT_AFTER = Pattern.compile(
      "(?i)^[\\s-]+(?:chief|chiefs|service|services|brigade|department|station|crews?|fighters?|engines?|trucks?"
          + "|alarms?|safety|officers?|officials?|exits?|doors?|risk|hazard|drills?|helicopters?|dogs?|ban|season"
          + "|warnings?|insurance|victims?\\s+fund)\\b");

  private IncidentFinder() {}

  static List<Claim> find(String s) {
    Set<String> kinds = new LinkedHashSet<>();
    List<Claim> out = new ArrayList<>();
    if (!Cues.hasWord(s, KINDS.keySet())) {
      return out; // WORD is an alternation tried at every position; most sentences hold none of its words
    }
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String before = s.substring(0, m.start());
      if (OTHER.matcher(before).find() || NOT_BEFORE.matcher(before).find()
          || NOT_AFTER.matcher(s.substring(m.end())).find()) {
        continue;
      }
      String kind = KINDS.get(m.group().toLowerCase(Locale.ROOT));
      if (kinds.add(kind)) {
        out.add(new Claim("event", "incident:" + kind, null, kind, null, null, null, null, m.start(), m.end()));
      }
    }
    return out;
  }
}
