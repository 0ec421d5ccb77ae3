package dev.chorus.reading;

import dev.chorus.text.Cues;
import dev.chorus.text.Reporting;
import dev.chorus.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Direct quotes with their speaker, and reported speech ("X said that ..."). */
final class QuoteFinder {

  // „…” and „…“ are how German, Polish and Ukrainian print a quote (and translations keep them)
  private static final Pattern QUOTED = Pattern.compile(
      "“([^”“]+)(?:”|$)|\"([^\"]+)\"|(?<![\\p{L}\\d])‘(.+?)’(?=[\\s,.;:!?)—-]|$)"
          + "|(?<![\\p{L}\\d])'(\\p{L}.+?)'(?=[\\s,.;:!?)—-]|$)|„([^”“„]+)[”“]");
  private static final Pattern LEADING_CLOSE = Pattern.compile("^([^“\"„]+)”");
  /**
   * A straight quote mark that closes a quote opened in an earlier sentence: it follows the
   * quote's last punctuation ("They are a system," she said), where an opening mark follows a
   * space. Looked for only when the sentence holds an odd number of straight marks.
   */
  private static final Pattern LEADING_STRAIGHT_CLOSE = Pattern.compile("^([^“”„\"]+[,.!?…])\"(?=[\\s)]|$)");
  /** A sentence that opens a quote it does not close: the quote goes on in the next sentence. */
  private static final Pattern OPENS_UNCLOSED = Pattern.compile("^\\s*(?:“([^”]+)|\"([^\"]+))$");
  /**
   * A direct quote of fewer words than this inside reported speech is a fragment of it ("said the
   * roof had collapsed “within minutes”, leaving ..."): the reported clause is the claim.
   */
  static final int FRAGMENT_WORDS = 4;
  private static final Pattern VERB = Pattern.compile("\\b(?:" + Reporting.SPEECH_VERBS + ")\\b");
  private static final Pattern AFTER = Pattern.compile(
      "^[\\s,.]*([^“”\"]{0,80}?)\\b(?:" + Reporting.SPEECH_VERBS + ")\\b");
  private static final Pattern BY = Pattern.compile("^[\\s,]*(?:by|from|according to)\\s+");
  private static final Pattern INDIRECT = Pattern.compile(
      "\\b(?:" + Reporting.SPEECH_VERBS + ")(?:\\s+(?:reporters|journalists|the press|the media"
          + "|lawmakers|parliament|(?:his|her|their|its)\\s+(?:view|belief|position|opinion|assessment)"
          // "told Radio Free 24 that": a named listener, up to three words or numbers
          + "|\\p{Lu}\\p{L}+(?:\\s+(?:\\p{Lu}\\p{L}+|\\d+)){0,2}))?\\s+that\\s+(.+)$"
          + "|\\b(?:said|says|told reporters|told journalists)\\s+(?=(?:the|it|he|she|they|there"
          + "|\\p{Lu}\\p{L}+)\\s)(.+)$");
  private static final Pattern DESCRIBED = Pattern.compile(
      "(?<!\\b(?:was|were|is|are|been|be)\\s)\\b(?:described|describes|called|calls|termed)"
          + "\\s+(?:the|a|an|their|his|her|its|this)\\s[^,;]{1,60}?\\s+as\\s+([^,;.]+)");
  /** "she called this the darkest day in its history": what it was called is what was said. */
  private static final Pattern CALLED = Pattern.compile(
      "(?<!\\b(?:was|were|is|are|been|be)\\s)\\b(?:called|calls|termed)\\s+(?:it|this|that|them|the\\s+\\p{Ll}+)"
          + "\\s+((?:the|a|an)\\s+\\p{L}[^,;.]{3,100})");
  private static final Pattern TRAIL = Pattern.compile("(?:,\\s*\\p{Ll}+ing)?[\\s,.;:!?]+$");
  private static final Pattern ASKED = Pattern.compile(
      "(?i)\\b(?:when|after\\s+being|if|once)?\\s*asked\\s+((?:if|whether|about|what|when|why|how)\\s+[^,;:“\"]{3,120})");
  private static final Pattern OPEN_QUOTE = Pattern.compile("^[\\s“\"‘']");

  private QuoteFinder() {}

  static List<Claim> find(String s, ClaimContext ctx) {
    List<Claim> out = new ArrayList<>();
    direct(s, ctx, out);
    indirect(s, ctx, out);
    return answering(s, out);
  }

  /**
   * "When asked if a meeting was discussed, X said, “Let’s see.”": an answer means little without
   * its question, which becomes the quote's qualifier (and counts when quotes are compared).
   */
  private static List<Claim> answering(String s, List<Claim> quotes) {
    Matcher q = ASKED.matcher(s);
    // the pattern is tried at every position, and needs the word "asked"
    if (!Cues.containsIgnoreCase(s, "asked") || !q.find()) {
      return quotes;
    }
    String question = TRAIL.matcher(q.group(1).strip()).replaceAll("");
    List<Claim> out = new ArrayList<>(quotes.size());
    for (Claim c : quotes) {
      out.add(c.begin() >= q.end() ? new Claim(c.kind(), c.slot(), c.subject(), c.value(), c.valueNum(), c.unit(),
          "asked: " + question, c.speaker(), c.begin(), c.end()) : c);
    }
    return out;
  }

  private static void direct(String s, ClaimContext ctx, List<Claim> out) {
    Matcher lead = LEADING_CLOSE.matcher(s);
    // LEADING_CLOSE needs a closing mark, and QUOTED one of the marks: many sentences have none
    boolean leads = s.indexOf('”') >= 0 && lead.find() && !lead.group(1).contains("“");
    if (!leads && s.chars().filter(ch -> ch == '"').count() % 2 == 1) {
      lead = LEADING_STRAIGHT_CLOSE.matcher(s);
      leads = lead.find();
    }
    int from = 0;
    if (leads) {
      String speaker = speakerAround(s, 0, lead.end(), ctx);
      add(out, opened(ctx) + lead.group(1), speaker != null ? speaker : fromPrevious(ctx), 0, lead.end());
      from = lead.end();
    }
    boolean marked = s.indexOf('“') >= 0 || s.indexOf('"') >= 0 || s.indexOf('‘') >= 0 || s.indexOf('\'') >= 0
        || s.indexOf('„') >= 0;
    Matcher m = QUOTED.matcher(s);
    m.region(from, s.length());
    while (marked && m.find()) {
      String text = firstGroup(m);
      if (text.isBlank()) {
        continue;
      }
      String speaker = speakerAround(s, m.start(), m.end(), ctx);
      if (speaker == null && m.start() <= 1) {
        speaker = fromPrevious(ctx);
      }
      add(out, text, speaker, m.start(), m.end());
    }
  }

  private static String speakerAround(String s, int begin, int end, ClaimContext ctx) {
    String after = s.substring(end);
    Matcher by = BY.matcher(after);
    if (by.find()) {
      String n = Speakers.subject(after.substring(by.end(), Math.min(after.length(), by.end() + 60)), ctx);
      if (n != null) {
        return n;
      }
    }
    Matcher a = AFTER.matcher(after);
    if (a.find()) {
      String who = a.group(1).isBlank()
          ? Speakers.subject(after.substring(a.end(), Math.min(after.length(), a.end() + 60)), ctx)
          : Speakers.nameAtEnd(a.group(1).strip(), ctx);
      if (who != null) {
        return who;
      }
    }
    return speakerBefore(s.substring(0, begin), ctx);
  }

  private static String speakerBefore(String before, ClaimContext ctx) {
    String cited = Speakers.cited(before, ctx);
    if (cited != null) {
      return cited;
    }
    Matcher v = VERB.matcher(before);
    int verb = -1;
    boolean participle = false;
    while (v.find()) {
      verb = v.start();
      participle = v.group().endsWith("ing");
    }
    if (verb < 0) {
      return null;
    }
    if (participle) {
      return Speakers.clauseSubject(before.substring(0, verb), ctx);
    }
    String who = Speakers.before(before, verb, ctx);
    return who != null ? who : Speakers.subject(before.substring(0, verb), ctx);
  }

  /**
   * The words of a quote the previous sentence opened and left open, with a space, or "": the
   * quote this sentence closes began there ("“Nothing will be hidden. We owe the families ...,” said
   * X" is one quote of X, split in two by the sentence splitter).
   */
  private static String opened(ClaimContext ctx) {
    String prev = ctx.previous();
    if (prev == null) {
      return "";
    }
    Matcher o = OPENS_UNCLOSED.matcher(prev);
    return o.find() ? firstGroup(o).strip() + " " : "";
  }

  /** A quote that opens a sentence without attribution continues the previous speaker. */
  private static String fromPrevious(ClaimContext ctx) {
    String prev = ctx.previous();
    if (prev == null || prev.isBlank()) {
      return null;
    }
    ClaimContext bare = new ClaimContext(ctx.published(), null, ctx.people());
    Matcher m = QUOTED.matcher(prev);
    while (m.find()) {
      String who = speakerAround(prev, m.start(), m.end(), bare);
      if (who != null) {
        return who;
      }
    }
    return speakerBefore(prev, bare);
  }

  /** Reported speech, unless its clause holds a direct quote that already says it better. */
  private static void indirect(String s, ClaimContext ctx, List<Claim> out) {
    // the look-behind that opens DESCRIBED runs at every position of every sentence, which made
    // it a tenth of claim extraction (profile of a 20,000-article run); its verbs are rare
    Matcher d = DESCRIBED.matcher(s);
    if ((s.contains("describe") || s.contains("call") || s.contains("termed")) && d.find()) {
      add(out, d.group(1), Speakers.before(s, d.start(), ctx), d.start(), d.end());
    }
    Matcher c = CALLED.matcher(s);
    if ((s.contains("call") || s.contains("termed")) && !d.find(0) && c.find()) {
      add(out, c.group(1), Speakers.before(s, c.start(), ctx), c.start(), c.end());
    }
    Matcher m = INDIRECT.matcher(s);
    // every branch of INDIRECT opens on a speech verb, a whole word: most sentences have none, and
    // where one has, no match starts before its first (the search from there finds the same match)
    int verb = Cues.firstWord(s, Reporting.SPEECH_VERB_WORDS);
    if (verb >= 0 && m.find(verb)) {
      int g = m.group(1) != null ? 1 : 2;
      String clause = TRAIL.matcher(m.group(g)).replaceAll("");
      String cited = Speakers.cited(s.substring(0, m.start()), ctx);
      String who = cited != null ? cited : Speakers.before(s, m.start(), ctx);
      if (who == null && s.substring(0, m.start()).stripTrailing().endsWith(" and")) {
        // "X, the chief executive, arrived by helicopter and promised that ...": X promised
        who = Speakers.clauseSubject(s.substring(0, m.start()), ctx);
      }
      int clauseStart = m.start(g);
      boolean quoted = out.stream().anyMatch(q -> q.begin() >= clauseStart && !fragment(q.value()));
      if (!quoted && !OPEN_QUOTE.matcher(clause).find() && words(clause) >= 3 && who != null) {
        // a fragment quoted inside the clause is part of what was reported, not a claim of its own
        out.removeIf(q -> q.begin() >= clauseStart);
        add(out, clause.replaceAll("[“”„\"]", ""), who, m.start(), m.end());
      }
    }
  }

  private static void add(List<Claim> out, String text, String speaker, int begin, int end) {
    String value = TRAIL.matcher(text.strip()).replaceAll("");
    if (speaker == null || value.isEmpty()) {
      return;
    }
    out.add(new Claim("quote", "quote:" + speaker, speaker, value, null, null, null, speaker,
        begin, end));
  }

  /** A few words in lower case: a phrase quoted inside a sentence, not a sentence quoted. */
  private static boolean fragment(String quote) {
    return words(quote) < FRAGMENT_WORDS && Character.isLowerCase(quote.strip().charAt(0));
  }

  private static int words(String text) {
    return Words.bySpaces(text.strip()).length;
  }

  private static String firstGroup(Matcher m) {
    for (int i = 1; i <= m.groupCount(); i++) {
      if (m.group(i) != null) {
        return m.group(i);
      }
    }
    return "";
  }
}
