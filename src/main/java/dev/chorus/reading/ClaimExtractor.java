package dev.chorus.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed claims from one sentence: quotes, quantities and measures, ordinals, durations, dates,
 * places, roles, meetings and statements. Plain Java, stateless and thread-safe; never throws.
 */
public final class ClaimExtractor {

  /** "after their first meeting in X", "His previous meeting ... lasted": what follows is another meeting. */
  private static final java.util.regex.Pattern EARLIER_MEETING = java.util.regex.Pattern.compile(
      "\\b(first|previous|last|earlier|prior)\\s+(meeting|talks|round|visit|sit-down|encounter)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The words {@link #EARLIER_MEETING} opens on: most sentences hold none, and then it is not tried. */
  private static final java.util.Set<String> EARLIER_WORDS = java.util.Set.of("first", "previous", "last", "earlier",
      "prior");

  /** Longer "sentences" are splitter failures (whole pages); the regexes need a bound. */
  private static final int MAX_LENGTH = 2000;

  private ClaimExtractor() {}

  /**
   * Claims about the meeting that come after a look back at an earlier one ("three weeks after their
   * first meeting in Kadrovo") describe that earlier meeting: their slot says so, so that they are
   * neither taken as this article's setting nor clustered with it.
   */
  static List<Claim> lookingBack(String sentence, List<Claim> claims) {
    java.util.regex.Matcher m = EARLIER_MEETING.matcher(sentence);
    if (!dev.chorus.text.Cues.hasWord(sentence, EARLIER_WORDS) || !m.find()) {
      return claims;
    }
    int cue = m.start();
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      boolean earlier = c.begin() >= cue && c.slot().startsWith("meeting.");
      out.add(earlier ? new Claim(c.kind(), "earlier_" + c.slot(), c.subject(), c.value(), c.valueNum(), c.unit(),
          c.qualifier(), c.speaker(), c.begin(), c.end()) : c);
    }
    return out;
  }

  public static List<Claim> extract(String sentence, ClaimContext ctx) {
    if (sentence == null || sentence.isBlank() || sentence.length() > MAX_LENGTH) {
      return List.of();
    }
    ClaimContext c = safe(ctx);
    // Hashtags and handles ("#Smith", "@Envoy") name people; blanking the sign keeps offsets.
    String s = sentence.replace('#', ' ').replace('@', ' ');
    try {
      List<Claim> out = new ArrayList<>();
      out.addAll(QuoteFinder.find(s, c));
      List<Claim> durations = DurationParser.find(s);
      out.addAll(durations);
      out.addAll(QuantityParser.find(s));
      out.addAll(Ordinals.find(s));
      out.addAll(DateResolver.find(s, c));
      out.addAll(TimeOfDay.find(s));
      out.addAll(PlaceFinder.find(s, c));
      out.addAll(RoleFinder.find(s, c));
      out.addAll(StatementFinder.find(s, c));
      boolean meetingLength = durations.stream().anyMatch(d -> d.slot().equals("meeting.duration"));
      out.addAll(EventFinder.find(s, c, meetingLength));
      out.addAll(IncidentFinder.find(s));
      return List.copyOf(lookingBack(s, out));
    } catch (RuntimeException | StackOverflowError e) {
      // A pathological input must not fail the batch; it simply yields no claims.
      return List.of();
    }
  }

  /** Full person names (two or more words, titles removed) in a sentence, for ClaimContext.people. */
  public static List<String> personNames(String sentence) {
    if (sentence == null || sentence.length() > MAX_LENGTH) {
      return List.of();
    }
    try {
      List<String> out = new ArrayList<>();
      for (Names.Name n : Names.people(sentence.replace('#', ' ').replace('@', ' '))) {
        out.add(n.text());
      }
      return out;
    } catch (RuntimeException | StackOverflowError e) {
      return List.of();
    }
  }

  private static ClaimContext safe(ClaimContext ctx) {
    if (ctx == null) {
      return ClaimContext.empty();
    }
    List<String> people = ctx.people() == null ? List.of() : ctx.people();
    String prev = ctx.previous() != null && ctx.previous().length() > MAX_LENGTH ? null : ctx.previous();
    return new ClaimContext(ctx.published(), prev, people);
  }
}
