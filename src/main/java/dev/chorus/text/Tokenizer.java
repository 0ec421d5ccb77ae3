package dev.chorus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into word, tag and punctuation tokens with offsets. */
public final class Tokenizer {

  // Order matters: tags, dotted acronyms ("U.S."), dotted abbreviations and initials ("St.", "J."),
  // then words with inner apostrophes/hyphens ("O'Brien", "Jean-Pierre"), then any other character.
  private static final Pattern TOKEN = Pattern.compile(
      "[#@][\\p{L}\\p{M}\\p{N}_]+"
          + "|(?:\\p{Lu}\\.){2,}"
          + "|(?i:St|Ste|Mt|Ft|Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Capt|Adm|Maj|Jr|Sr|Gens|Rev)\\.(?=\\s|$)"
          + "|\\p{Lu}\\.(?=\\s)"
          + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-‐][\\p{L}\\p{M}\\p{N}]+)*['’]?"
          + "|\\S");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’][sS]|(?<=[sS])['’])$");

  private Tokenizer() {
  }

  public static List<Token> tokens(String sentence) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      String raw = m.group();
      Matcher p = POSSESSIVE.matcher(raw);
      // a possessive ends in s, S or an apostrophe: the anchored regex is tried only on those
      if (raw.length() > 2 && endsPossessive(raw) && p.find()) {
        out.add(new Token(raw.substring(0, p.start()), m.start(), m.start() + p.start(), true));
      } else if (raw.length() > 1 && (raw.endsWith("'") || raw.endsWith("’"))) {
        out.add(new Token(raw.substring(0, raw.length() - 1), m.start(), m.end() - 1, false));
      } else {
        out.add(new Token(raw, m.start(), m.end(), false));
      }
    }
    return out;
  }

  private static boolean endsPossessive(String raw) {
    char last = raw.charAt(raw.length() - 1);
    return last == 's' || last == 'S' || last == '\'' || last == '’';
  }
}
