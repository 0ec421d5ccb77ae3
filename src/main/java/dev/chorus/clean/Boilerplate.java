package dev.chorus.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Generic lexicon of page chrome shared by the text and HTML extractors. Phrases are outlet
 * independent: consent banners, share bars, subscription prompts, comment forms, footers.
 */
final class Boilerplate {

  /**
   * Lines longer than this (in words), or ending like a sentence, are prose even when they start
   * with a cue word ("Shares in the company fell.").
   */
  static final int SHORT_LINE_WORDS = 8;

  /** Phrases that mark chrome whatever the line length: no article sentence says these. */
  private static final Pattern STRONG = Pattern.compile(
      "(?i)all rights reserved|email address will not be published|required fields are marked"
          + "|^leave a (?:comment|reply)|by using this (?:site|website)|(?:we|this (?:site|website)) uses? cookies"
          + "|(?:accept|allow|manage) (?:all )?cookies|cookie (?:policy|settings|preferences|consent)"
          + "|sign up for (?:our|the|free)|subscribe to our|\\bnewsletters?\\b.{0,40}\\b(?:sign up|subscribe|inbox)"
          + "|\\bdaily email\\b|in your inbox|javascript (?:is )?(?:disabled|required)"
          + "|(?:requires|enable) javascript"
          + "|follow (?:us|him|her|them|me) on (?:twitter|facebook|instagram|x\\b)"
          + "|lost your password|username or email|^advertisement\\b|scroll to continue"
          + "|^(?:sponsored|promoted) content|you (?:may|might) (?:also )?like"
          + "|^(?:recommended|suggested) (?:for you|stories|articles)"
          + "|^(?:most (?:read|popular|viewed)|trending now|latest (?:news|videos|stories))\\b"
          + "|share (?:it|this(?: story| article| post)?) with (?:your )?friends");
  /**
   * A word of every phrase of STRONG, lower case: a line holding none of them cannot match it.
   * STRONG's alternatives are tried at every position of every line, and a profile of a
   * 20,000-article run had that as a third of the clean stage; most lines hold none of these.
   */
  private static final List<String> STRONG_WORDS = List.of("rights reserved", "will not be published",
      "required fields", "leave a ", "by using this", "cookie", "sign up for", "subscribe to our", "newsletter",
      "daily email", "in your inbox", "javascript", "follow ", "lost your password", "username or email",
      "advertisement", "scroll to continue", " content", "you m", "recommended", "suggested", "most ",
      "trending now", "latest ", "friends");
  /** Phrases an article may quote, so they mark chrome only on short lines. */
  private static final Pattern FOOTER = Pattern.compile(
      "(?i)privacy policy|terms (?:of|and conditions of) (?:use|service)|^\\s*(?:©|\\(c\\)\\s*\\d{4}|copyright\\b)"
          + "|\\bcopyright\\s*©|^cookies?\\b");
  private static final int FOOTER_WORDS = 20;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*$");

  /** Cue words of share bars, account links and widget labels. */
  private static final String CUES =
      "(?:share|shares|follow|subscribe|sign (?:in|up)|log ?in|log out|register|read more|also read|related"
          + "|comments?|print|copy link|facebook|twitter|whatsapp|linkedin|telegram|pinterest|reddit|e-?mail"
          + "|search|menu|skip to|min read|minutes? read|reading time|accept|reject|welcome back|get started|password|back to top|tags?"
          + "|topics|more information|advert(?:isement)?|sponsored|watch|click here|download (?:the )?app|listen"
          + "|toggle|load more|(?:next|previous) (?:article|story|post))\\b";
  /** A short line that starts with a cue is a widget label ("Share This Article", "Follow us"). */
  private static final Pattern LEADING_CUE = Pattern.compile("(?i)^\\W*" + CUES);
  /** A line of a few words is a widget label wherever the cue sits ("4 Min Read"). */
  private static final Pattern ANY_CUE = Pattern.compile("(?i)\\b" + CUES);
  private static final int LABEL_WORDS = 3;

  /** An ad slot's label, possibly with an instruction: "Advertisement · Scroll to continue". */
  private static final Pattern AD_MARKER = Pattern.compile(
      "(?i)^(?:advert(?:isement)?|ad|sponsored|promoted)\\b[^.!?]{0,40}$");

  /** In-body pointers to other stories; the article continues after them. */
  private static final Pattern INLINE_TEASER = Pattern.compile(
      "(?i)^(?:also read|read also|read more|related(?: articles?| stories| news)?|see also|more on this"
          + "|recommended|must read|don'?t miss|watch)(?:\\s*[:|\\-–—>»]|\\s*$)"
          + "|^you (?:may|might) (?:also )?like\\s*[:|>»]");

  private Boilerplate() {}

  static boolean isChrome(String line, int words) {
    return strong(line)
        || words <= FOOTER_WORDS && FOOTER.matcher(line).find()
        || words <= SHORT_LINE_WORDS && !SENTENCE_END.matcher(line).find() && LEADING_CUE.matcher(line).find()
        || words <= LABEL_WORDS && ANY_CUE.matcher(line).find();
  }

  private static boolean strong(String line) {
    // STRONG is case-insensitive for ASCII letters only, which lower-casing covers
    String lower = line.toLowerCase(Locale.ROOT);
    for (String word : STRONG_WORDS) {
      if (lower.contains(word)) {
        return STRONG.matcher(line).find();
      }
    }
    return false;
  }

  static boolean isInlineTeaser(String line) {
    return INLINE_TEASER.matcher(line).find();
  }

  static boolean isAdMarker(String line) {
    return AD_MARKER.matcher(line).find();
  }
}
