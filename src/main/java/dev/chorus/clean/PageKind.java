package dev.chorus.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names what a page without an article is, from lines no article prints: a consent wall (cookie
 * choices), a paywall or subscription prompt, a login page, an error page. A page is only called a
 * wall when what was extracted from it is short: a full article under a cookie banner is an
 * article. Cues are generic phrases of such pages, not any outlet's wording.
 */
public final class PageKind {

  public static final String CONSENT_WALL = "consent_wall";
  public static final String PAYWALL = "paywall";
  public static final String LOGIN = "login";
  public static final String ERROR_PAGE = "error_page";
  public static final String LISTING = "listing";

  /** An extracted text of fewer words than this beside wall cues is the wall's own prose. */
  static final int SHORT_BODY_WORDS = 150;
  /** Lines of one kind's cues a page must show to be called that kind. */
  private static final int MIN_CUE_LINES = 2;
  /** Headline-length lines of a front page or tag list that shows no article. */
  private static final int LISTING_LINES = 12;

  private static final Pattern CONSENT = Pattern.compile(
      "(?i)\\bcookies?\\b|\\byour consent\\b|\\b(?:accept|reject|refuse|decline) all\\b|\\bmanage (?:cookies|preferences|options|choices)"
          + "|\\bprivacy settings\\b|\\blegitimate interest\\b|\\bour partners\\b|\\b\\d+ partners\\b|\\bmore options\\b"
          + "|\\bpersonalised ads\\b|\\bpersonalized ads\\b|\\bconsent\\b");
  private static final Pattern PAYWALL_CUE = Pattern.compile(
      "(?i)\\bsubscribe (?:to|for|now)\\b|\\bsubscribers? only\\b|\\balready a subscriber\\b|\\bto continue reading\\b"
          + "|\\bkeep reading\\b|\\bunlock (?:this|the|full)\\b|\\bsubscription\\b|\\bfree articles?\\b|\\bper (?:month|week)\\b|\\ba month\\b");
  private static final Pattern LOGIN_CUE = Pattern.compile(
      "(?i)\\b(?:sign|log) ?in to (?:continue|read|access|view)\\b|\\bforgot (?:your )?password\\b|\\bcreate (?:an|your) account\\b"
          + "|\\bremember me\\b|^password$|^(?:e-?mail|username)(?: address)?$");
  private static final Pattern ERROR_CUE = Pattern.compile(
      "(?i)\\bpage (?:not found|cannot be found|could not be found|does not exist|doesn'?t exist|is no longer available)\\b"
          + "|^(?:error )?404\\b|\\b404 (?:error|not found)\\b|\\bno longer available\\b|\\bsomething went wrong\\b");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private PageKind() {}

  /**
   * The kind of non-article page {@code pageText} is, or null when its extracted {@code body}
   * should stay an article.
   *
   * @param pageText the page's visible text, one block per line
   * @param body the extracted article text ("" when none)
   */
  public static String notArticle(String pageText, String body) {
    int bodyWords = body == null ? 0 : DumpLine.countWords(body);
    if (bodyWords >= SHORT_BODY_WORDS) {
      return null;
    }
    int consent = 0;
    int paywall = 0;
    int login = 0;
    int error = 0;
    int headlines = 0;
    for (String raw : LINE_BREAK.split(pageText == null ? "" : pageText)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      consent += CONSENT.matcher(line).find() ? 1 : 0;
      paywall += PAYWALL_CUE.matcher(line).find() ? 1 : 0;
      login += LOGIN_CUE.matcher(line).find() ? 1 : 0;
      error += ERROR_CUE.matcher(line).find() ? 1 : 0;
      int words = DumpLine.countWords(line);
      headlines += words >= 4 && words <= 20 ? 1 : 0;
    }
    if (error >= 1 && bodyWords < SHORT_BODY_WORDS / 2) {
      return ERROR_PAGE;
    }
    int best = Math.max(consent, Math.max(paywall, login));
    if (best >= MIN_CUE_LINES) {
      String kind = consent == best ? CONSENT_WALL : paywall == best ? PAYWALL : LOGIN;
      Pattern cue = consent == best ? CONSENT : paywall == best ? PAYWALL_CUE : LOGIN_CUE;
      // a short news brief under a banner is still news: the text kept must itself be the wall's
      return bodyWords == 0 || cue.matcher(body).find() ? kind : null;
    }
    return bodyWords == 0 && headlines >= LISTING_LINES ? LISTING : null;
  }

  /** Whether a line is something a consent wall, paywall, login or error page prints. */
  static boolean wallCue(String line) {
    return CONSENT.matcher(line).find() || PAYWALL_CUE.matcher(line).find() || LOGIN_CUE.matcher(line).find()
        || ERROR_CUE.matcher(line).find();
  }

  /** Lower-case kind for a reject's detail, "no_article" when nothing more is known. */
  public static String label(String kind) {
    return kind == null ? "no_article" : kind.toLowerCase(Locale.ROOT);
  }
}
