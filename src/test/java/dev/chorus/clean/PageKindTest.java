package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageKindTest {

  private static final String CONSENT_WALL = String.join("\n",
      "The Fenwick Daily",
      "Before you go on to The Fenwick Daily",
      "We and 120 partners use cookies to run this site and, with your consent, to show advertising.",
      "Partners may rely on their legitimate interest for some purposes. You can object under More options.",
      "Your choice applies to this browser. Change it any time under Privacy settings.",
      "Accept all", "Reject all", "More options",
      "Prefer no tracking? Subscribe for 3 crowns a month.");

  @Test
  void consentWallWhoseOnlyProseIsItsOwnNoticeIsAConsentWall() {
    Extraction e = TextDumpExtractor.extract(CONSENT_WALL);
    assertEquals(PageKind.CONSENT_WALL, PageKind.notArticle(CONSENT_WALL, e.body()));
  }

  @Test
  void shortNewsBriefUnderACookieBannerStaysAnArticle() {
    String page = String.join("\n", "We use cookies. Accept all", "Reject all",
        "Ferry service resumes",
        "The harbour ferry resumed its crossings on Monday after a week of repairs, the operator said.",
        "Crossings will run every half hour until the summer timetable starts.");
    Extraction e = TextDumpExtractor.extract(page);
    assertNull(PageKind.notArticle(page, e.body()));
  }

  @Test
  void longArticleIsNeverAWallWhateverItsBanners() {
    String body = "The council voted on the budget. ".repeat(60);
    assertNull(PageKind.notArticle("Accept all\nReject all\nSubscribe to continue reading\n" + body, body));
  }

  @Test
  void paywallErrorPageAndListingAreNamed() {
    assertEquals(PageKind.PAYWALL, PageKind.notArticle(
        "Subscribe to continue reading\nAlready a subscriber? Sign in\nOnly 2 crowns a month", ""));
    assertEquals(PageKind.ERROR_PAGE, PageKind.notArticle("Sorry, this page could not be found\nGo home", ""));
    StringBuilder front = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      front.append("Council approves new budget for bridge number ").append(i).append('\n');
    }
    assertEquals(PageKind.LISTING, PageKind.notArticle(front.toString(), ""));
  }

  @Test
  void headlineIsTheLineAboveBylineAndTimestampNotTheCaptionBelowThem() {
    String page = String.join("\n", "World", "",
        "Ferry crossings resume after week of harbour repairs", "",
        "By Ada Brook", "Tuesday, 3 June 2025 | 16:05", "Updated 3 hours ago", "4 minute read", "",
        "The ferry at the harbour gate, June 3, 2025. FDA/Ben Lee", "",
        "The harbour ferry resumed its crossings on Tuesday after a week of repairs to the landing stage, the operator said.",
        "", "Crossings will run every half hour until the summer timetable starts in July, it added.");
    Extraction e = TextDumpExtractor.extract(page);
    assertEquals("Ferry crossings resume after week of harbour repairs", e.title());
    assertEquals("2025-06-03T16:05", e.published());
    assertEquals(2, e.body().split("\n\n").length, e.body());
  }

  @Test
  void liveBlogEntriesSplitByShareButtonsAreOneBody() {
    String page = String.join("\n", "LIVE", "Harbour storm: live updates", "Updated 15:02, 3 June 2025", "",
        "15:02", "Ferries stop", "The operator has stopped all crossings until the wind drops below gale force tonight. Passengers with tickets for today can travel tomorrow at no extra cost, it said.",
        "Share", "", "13:40", "Roads closed",
        "Police have closed the coast road between the harbour and the lighthouse because of flooding.", "Share");
    Extraction e = TextDumpExtractor.extract(page);
    assertEquals("Harbour storm: live updates", e.title());
    assertEquals(true, e.body().startsWith("The operator has stopped"), e.body());
    assertEquals(true, e.body().contains("Police have closed the coast road"), e.body());
  }

  private static final String PAYWALLED = String.join("\n", "Harbour News", "Business", "",
      "Ferry operator raises fares for the summer season", "", "By Ada Brook", "3 June 2025", "",
      "The harbour ferry operator will raise its fares by a tenth from July, it said on Tuesday, blaming the cost of fuel and repairs.",
      "",
      "Regular passengers, who cross twice a day, will pay about forty crowns more a month, according to the operator's own figures.",
      "", "Subscribe to continue reading.", "Already a subscriber? Log in", "Only 2 crowns a month for the first year", "",
      "Privacy policy | Terms of use");

  @Test
  void paywallAfterTheFirstParagraphsKeepsThemAsTheBodyAndSaysSo() {
    Extraction e = TextDumpExtractor.extract(PAYWALLED);
    assertEquals(2, e.body().split("\n\n").length, e.body());
    assertTrue(e.body().startsWith("The harbour ferry operator will raise"), e.body());
    assertFalse(e.body().contains("Subscribe"), e.body());
    assertNull(PageKind.notArticle(PAYWALLED, e.body()), "the shown paragraphs are an article");
    assertEquals(PageKind.PAYWALL, PageKind.access(PAYWALLED, e.body()));
  }

  @Test
  void paywalledHtmlPageKeepsItsLeadAndSaysSo() {
    String html = "<html><head><title>Ferry fares rise</title></head><body><nav><a href=/>Home</a>"
        + "<a href=/subscribe>Subscribe</a><a href=/login>Sign in</a></nav><article><h1>Ferry fares rise</h1>"
        + "<p>The harbour ferry operator will raise its fares by a tenth from July, it said on Tuesday, blaming the"
        + " cost of fuel and of repairs to the landing stage.</p>"
        + "<p>Regular passengers, who cross twice a day, will pay about forty crowns more a month, according to"
        + " the operator's own figures published with the new timetable.</p>"
        + "<div class=\"gate\"><p>This article is for subscribers only.</p><p>Already a subscriber? Sign in</p>"
        + "</div></article><footer><p>Privacy policy</p></footer></body></html>";
    Extraction e = HtmlExtractor.extract(html, "https://news.example/ferry");
    String visible = String.join("\n", HtmlText.paragraphs(org.jsoup.Jsoup.parse(html).body()));
    assertTrue(PageKind.mayCutOff(html));
    assertTrue(e.body().startsWith("The harbour ferry operator"), e.body());
    assertFalse(e.body().contains("subscribers only"), e.body());
    assertEquals(PageKind.PAYWALL, PageKind.access(visible, e.body()));
  }

  @Test
  void fullArticleWithSubscriptionLinksInItsChromeIsNotCut() {
    String page = String.join("\n", "Subscribe | Sign in", "Harbour News", "",
        "Ferry crossings resume after week of repairs", "", "By Ada Brook", "",
        "The harbour ferry resumed its crossings on Monday after a week of repairs, the operator said.", "",
        "Crossings will run every half hour until the summer timetable starts, it added.", "",
        "Subscribe to our newsletter for the day's news in your inbox", "Become a member: 2 crowns a month",
        "Privacy policy");
    Extraction e = TextDumpExtractor.extract(page);
    assertTrue(e.hasArticle());
    assertNull(PageKind.access(page, e.body()));
    // and an article may quote such words without being cut
    String quoting = "The council said readers could keep reading the notices for free.\n\n"
        + "Members of the public may sign in at the town hall to read the rest of the plans.";
    assertNull(PageKind.access(quoting, quoting));
    assertNull(PageKind.access(PAYWALLED, ""));
  }
}
