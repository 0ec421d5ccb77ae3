package dev.chorus.text;

import java.util.List;
import java.util.Set;

/** Finds the title or role written next to a person's name, before it or in an apposition after it. */
final class Roles {

  private static final Set<String> CONNECTORS = Set.of("of", "for", "the");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their");
  private static final Set<String> APPOSITION_OPENERS = Set.of(",", "—", "–", "(");
  private static final Set<String> APPOSITION_CLOSERS = Set.of(",", ";", "—", "–", ")", "\"", "”", ".", ":");
  private static final int MAX_ROLE_TOKENS = 20;

  private Roles() {
  }

  /** The role right before tokens[nameStart] ("US Special Envoy", "Kremlin aide"), not before tokens[limit], or null. */
  static String before(String sentence, List<Token> tokens, int nameStart, int limit) {
    int j = nameStart - 1;
    if (j > limit && tokens.get(j).is(",") && Lexicon.isRoleHead(tokens.get(j - 1))) {
      j--; // "the president's special envoy, Jane Smith"
    }
    int last = j;
    int first = -1;
    int lastHead = -1;
    boolean complement = false; // "of"/"for" seen between the last head and the name
    for (; j >= limit && last - j < MAX_ROLE_TOKENS; j--) {
      Token t = tokens.get(j);
      if (Lexicon.isRoleHead(t)) {
        lastHead = Math.max(lastHead, j);
        first = j;
      } else if (CONNECTORS.contains(t.lower()) && first >= 0) {
        complement |= lastHead < 0; // "Secretary of State Ada Brennan"
      } else if (isRoleWord(tokens, j)) {
        first = j;
      } else {
        break;
      }
    }
    if (lastHead < 0 || first < 0 || (lastHead != last && !complement)) {
      return null;
    }
    return sentence.substring(tokens.get(first).begin(), tokens.get(last).end());
  }

  /** The role in an apposition after tokens[nameEnd - 1] ("X, CEO of Y,"), or null. */
  static String after(String sentence, List<Token> tokens, int nameEnd) {
    if (nameEnd >= tokens.size() || !APPOSITION_OPENERS.contains(tokens.get(nameEnd).word())) {
      return null;
    }
    int j = nameEnd + 1;
    if (j < tokens.size() && DETERMINERS.contains(tokens.get(j).lower())) {
      j++;
    }
    int first = j;
    while (j < tokens.size() && !Lexicon.isRoleHead(tokens.get(j)) && isRoleWord(tokens, j)) {
      j++;
    }
    if (j >= tokens.size() || !Lexicon.isRoleHead(tokens.get(j))) {
      return null;
    }
    while (j + 1 < tokens.size() && Lexicon.isRoleHead(tokens.get(j + 1))) {
      j++; // "Secretary General"
    }
    if (titlesTheNextSpeaker(tokens, j + 1)) {
      // "X, general manager Ola Brenn said": the title of the next person named, not X's
      // ("X, President Norvane Europe" stays X's title: no verb follows the name)
      return null;
    }
    int last = j;
    for (j++; j < tokens.size() && j - first < MAX_ROLE_TOKENS; j++) {
      if (APPOSITION_CLOSERS.contains(tokens.get(j).word())) {
        break;
      }
      last = j;
    }
    return sentence.substring(tokens.get(first).begin(), tokens.get(last).end());
  }

  /** From tokens[j]: a capitalised name, then a speech verb ("Ola Brenn said"). */
  private static boolean titlesTheNextSpeaker(List<Token> tokens, int j) {
    int i = j;
    while (i < tokens.size() && tokens.get(i).isWord() && !tokens.get(i).isTag() && tokens.get(i).isCapitalised()
        && !Lexicon.isCalendar(tokens.get(i))) {
      i++;
    }
    return i > j && i < tokens.size() && Lexicon.isPersonVerb(tokens.get(i));
  }

  /** A word that may be part of a role: a modifier, or a capitalised word ("Kremlin", "US"). */
  private static boolean isRoleWord(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    if (Lexicon.isRoleModifier(t)) {
      return true;
    }
    boolean initial = MentionFinder.isInitial(tokens, j);
    return t.isWord() && !t.isTag() && t.isCapitalised() && !Lexicon.isCalendar(t)
        && !(initial && Lexicon.isSentenceStarter(t));
  }
}
