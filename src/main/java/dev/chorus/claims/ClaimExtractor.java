package dev.chorus.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed claims from one sentence: quotes, quantities, durations, dates, places, roles and
 * meetings. Plain Java, stateless and thread-safe; never throws.
 */
public final class ClaimExtractor {

  /** Longer "sentences" are splitter failures (whole pages); the regexes need a bound. */
  private static final int MAX_LENGTH = 2000;

  private ClaimExtractor() {}

  public static List<Claim> extract(String sentence, ClaimContext ctx) {
    if (sentence == null || sentence.isBlank() || sentence.length() > MAX_LENGTH) {
      return List.of();
    }
    ClaimContext c = safe(ctx);
    // Hashtags and handles ("#Putin", "@Envoy") name people; blanking the sign keeps offsets.
    String s = sentence.replace('#', ' ').replace('@', ' ');
    try {
      List<Claim> out = new ArrayList<>();
      out.addAll(QuoteFinder.find(s, c));
      List<Claim> durations = DurationParser.find(s);
      out.addAll(durations);
      out.addAll(QuantityParser.find(s));
      out.addAll(DateResolver.find(s, c));
      out.addAll(PlaceFinder.find(s, c));
      out.addAll(RoleFinder.find(s, c));
      boolean meetingLength = durations.stream().anyMatch(d -> d.slot().equals("meeting.duration"));
      out.addAll(EventFinder.find(s, c, meetingLength));
      return List.copyOf(out);
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
