package dev.chorus.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the sentence detector's boundaries, measured on news text: it ends a sentence before the
 * closing quote of "…points.” Then" (leaving "”" to open the next one or stand alone), it keeps
 * "deal.'\n\nShe added" together despite the paragraph bound, and it does not end a sentence after
 * "former U.S." or "St." when a title or name follows, nor after "Jan." or "No." when a number
 * follows. Plain Java; spans are [begin, end) offsets into the text.
 */
public final class SentenceBounds {

  /** Closing marks that belong to the sentence before them. */
  private static final Pattern LEADING_CLOSERS = Pattern.compile("^[”’\"'»)\\]]+(?=\\s|$)");
  private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");
  /** Abbreviations written before a name or title, never at the end of a sentence. */
  private static final Set<String> BEFORE_NAME = Set.of("mr.", "mrs.", "ms.", "dr.", "st.", "ste.", "mt.",
      "ft.", "gen.", "lt.", "col.", "capt.", "sgt.", "adm.", "maj.", "gov.", "sen.", "rep.", "prof.", "rev.",
      "pres.", "hon.", "vs.", "v.");
  /** Abbreviations written before a number ("Jan. 5", "No. 10", "pp. 3"): the sentence goes on when one follows. */
  private static final Set<String> BEFORE_NUMBER = Set.of("jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
      "sep.", "sept.", "oct.", "nov.", "dec.", "no.", "nos.", "vol.", "art.", "p.", "pp.", "fig.", "ch.", "para.");
  /** Dotted country and body acronyms ("U.S."), which do end sentences but usually modify what follows. */
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:^|[\\s(“\"])((?:\\p{Lu}\\.){2,3})$");
  /** Words after "U.S." that show it modifies them: a title or an organisation word. */
  private static final Set<String> MODIFIED = Set.of("president", "vice", "secretary", "special", "envoy",
      "ambassador", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "officials",
      "official", "army", "navy", "air", "forces", "military", "state", "department", "treasury", "embassy",
      "government", "administration", "attorney", "defense", "defence", "trade", "national", "federal",
      "house", "senate", "congress", "supreme", "court", "citizens", "troops", "delegation", "negotiators",
      "envoys", "lawmakers", "intelligence", "dollar", "dollars");
  private static final Pattern FIRST_WORD = Pattern.compile("^[“\"‘']?(\\p{L}[\\p{L}.]*)");

  private SentenceBounds() {}

  /** The repaired spans, in order; empty spans and spans of only closing marks are absorbed. */
  public static List<int[]> fix(String text, List<int[]> spans) {
    List<int[]> split = new ArrayList<>();
    for (int[] s : spans) {
      // the detector's offsets can point past the text or be empty: clamp them
      int begin = Math.max(0, Math.min(s[0], text.length()));
      splitParagraphs(text, begin, Math.max(begin, Math.min(s[1], text.length())), split);
    }
    List<int[]> out = new ArrayList<>();
    for (int[] s : split) {
      int begin = s[0];
      int end = s[1];
      int[] prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && !paragraphBetween(text, prev[1], begin)) {
        Matcher closers = LEADING_CLOSERS.matcher(text.substring(begin, end));
        if (closers.find()) {
          prev[1] = begin + closers.end();
          begin = skipSpace(text, prev[1], end);
        }
        if (begin < end && continuesAfter(text.substring(prev[0], prev[1]), text.substring(begin, end))) {
          prev[1] = end;
          continue;
        }
      }
      if (begin < end) {
        out.add(new int[] {begin, end});
      }
    }
    return out;
  }

  /** True when the sentence before ends with an abbreviation that belongs to the next one's words. */
  static boolean continuesAfter(String before, String next) {
    String b = before.stripTrailing();
    int space = Math.max(b.lastIndexOf(' '), b.lastIndexOf('\n'));
    String last = b.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
    if (BEFORE_NAME.contains(last)) {
      return true;
    }
    // "no." ends "They said no." but "No." numbers ("Resolution No. 10"): only the capital counts
    boolean lowerNo = (last.equals("no.") || last.equals("nos.")) && b.charAt(space + 1) == 'n';
    if (BEFORE_NUMBER.contains(last) && !lowerNo && !next.isEmpty() && Character.isDigit(next.charAt(0))) {
      return true;
    }
    Matcher acronym = DOTTED_ACRONYM.matcher(b);
    Matcher first = FIRST_WORD.matcher(next);
    return acronym.find() && first.find()
        && MODIFIED.contains(first.group(1).toLowerCase(java.util.Locale.ROOT));
  }

  private static void splitParagraphs(String text, int begin, int end, List<int[]> out) {
    Matcher m = PARAGRAPH.matcher(text).region(begin, end);
    int from = begin;
    while (m.find()) {
      addTrimmed(text, from, m.start(), out);
      from = m.end();
    }
    addTrimmed(text, from, end, out);
  }

  private static void addTrimmed(String text, int begin, int end, List<int[]> out) {
    int b = skipSpace(text, begin, end);
    int e = end;
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (b < e) {
      out.add(new int[] {b, e});
    }
  }

  private static int skipSpace(String text, int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean paragraphBetween(String text, int from, int to) {
    return from < to && PARAGRAPH.matcher(text.substring(from, to)).find();
  }
}
