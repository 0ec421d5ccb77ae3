package dev.chorus.clean;

import java.util.ArrayList;
import java.util.List;
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
  /**
   * A prompt that cuts an article off: the reader is asked to pay, subscribe or sign in to read the
   * rest ("Subscribe to continue reading", "Already a subscriber? Log in", "This article is for
   * subscribers only", "Sign in to keep reading"). Stricter than {@link #PAYWALL_CUE}: a footer's
   * "Subscribe to our newsletter" or a price list does not say that the article above is cut.
   */
  private static final Pattern TRUNCATION_CUE = Pattern.compile(
      "(?i)\\b(?:to|and|or) (?:continue|keep) reading\\b|\\b(?:continue|keep) reading (?:with|for|by|when)\\b"
          + "|\\bread the full (?:article|story)\\b|\\brest of (?:this|the) (?:article|story)\\b"
          + "|\\balready (?:a subscriber|subscribed|have an account)\\b|\\b(?:for|to) (?:paying )?subscribers only\\b"
          + "|\\bsubscribers? only\\b|\\bexclusive(?:ly)? (?:for|to) (?:subscribers|members)\\b"
          + "|\\bunlock (?:this|the full|full) (?:article|story)\\b");
  /** Non-blank lines after the article's last paragraph in which a truncation prompt counts. */
  private static final int TRUNCATION_WINDOW = 8;
  private static final int KEY_CHARS = 60;
  /** Words of the accounts and payments a prompt asks for. */
  private static final Pattern ACCOUNT = Pattern.compile(
      "(?i)\\bsubscri(?:be|ber|bers|bed|ption)\\b|\\b(?:sign|log) ?in\\b|\\bregister\\b|\\bmembers?(?:hip)?\\b"
          + "|\\baccount\\b|\\bpremium\\b|\\bfree trial\\b|\\bper (?:month|week)\\b|\\bpaywall\\b");
  private static final int PROMPT_WORDS = 25;

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
      // a short news brief under a banner is still news: the text kept must itself be the wall's,
      // most of its paragraphs wall cues (a story may mention a price "a month" once)
      return bodyWords == 0 || mostlyCues(body, cue) ? kind : null;
    }
    return bodyWords == 0 && headlines >= LISTING_LINES ? LISTING : null;
  }

  /**
   * {@link #PAYWALL} when the page shows {@code body} as the first part of an article that a
   * subscription or sign-in prompt cuts off: a prompt line ({@link #cutsOff}) follows the body's
   * last paragraph within a few lines. Null otherwise: for an empty body (a wall with nothing
   * kept is a reject, see {@link #notArticle}), and when the page text does not show the body's
   * last paragraph, since a "Subscribe" link in a site's header says nothing of the article.
   *
   * @param pageText the page's visible text, one block per line
   * @param body the extracted article text, paragraphs separated by blank lines
   */
  public static String access(String pageText, String body) {
    if (body == null || body.isBlank() || pageText == null) {
      return null;
    }
    String[] paragraphs = body.strip().split("\\n\\s*\\n");
    String last = key(paragraphs[paragraphs.length - 1]);
    List<String> lines = new ArrayList<>();
    for (String raw : LINE_BREAK.split(pageText)) {
      if (!raw.isBlank()) {
        lines.add(raw.strip());
      }
    }
    int end = -1;
    for (int i = lines.size() - 1; i >= 0 && end < 0; i--) {
      end = key(lines.get(i)).equals(last) ? i : -1;
    }
    for (int i = end + 1; end >= 0 && i < Math.min(lines.size(), end + 1 + TRUNCATION_WINDOW); i++) {
      if (cutsOff(lines.get(i))) {
        return PAYWALL;
      }
    }
    return null;
  }

  /**
   * A short line asking the reader to subscribe, pay or sign in to read on: both a cue that the
   * text is cut ("to continue reading", "subscribers only") and a word of accounts or payment.
   */
  static boolean cutsOff(String line) {
    return DumpLine.countWords(line) <= PROMPT_WORDS && TRUNCATION_CUE.matcher(line).find()
        && ACCOUNT.matcher(line).find();
  }

  /** Whether a page's raw text holds any cue of {@link #cutsOff}: a cheap test before parsing it. */
  public static boolean mayCutOff(String raw) {
    return raw != null && TRUNCATION_CUE.matcher(raw).find();
  }

  /** The start of a paragraph with its spacing collapsed, to find it among the page's lines. */
  private static String key(String paragraph) {
    String collapsed = paragraph.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return collapsed.substring(0, Math.min(KEY_CHARS, collapsed.length()));
  }

  private static boolean mostlyCues(String body, Pattern cue) {
    String[] paragraphs = body.strip().split("\\n\\s*\\n");
    int cued = 0;
    for (String p : paragraphs) {
      cued += cue.matcher(p).find() ? 1 : 0;
    }
    return 2 * cued > paragraphs.length;
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
