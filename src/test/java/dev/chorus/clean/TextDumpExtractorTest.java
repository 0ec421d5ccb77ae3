package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextDumpExtractorTest {

  private static final String P1 = "The Harbor Council voted on Monday to close the old ferry pier for repairs.";
  private static final String P2 = "Council member Lena Ortiz said the work would take about six weeks to finish.";
  private static final String P3 = "Residents will be able to use the north pier while the works continue, officials said.";
  private static final String BODY = P1 + "\n\n" + P2 + "\n\n" + P3;

  private static String dump(String... lines) {
    return String.join("\n", lines);
  }

  @Test
  void menuBulletsAndBreadcrumbsAreNotBody() {
    Extraction e = TextDumpExtractor.extract(dump(
        "• Home", "• Local", "• Sports", "Home » Local » Pier closes", "", P1, "", P2, "", P3));
    assertEquals(BODY, e.body());
  }

  @Test
  void headlineRepeatedInBreadcrumbIsTitleAndNotBody() {
    Extraction e = TextDumpExtractor.extract(dump(
        "• Home/", "  • Ferry pier to close for repairs", "", "Ferry pier to close for repairs", "",
        "Ferry pier to close for repairs", "", P1, "", P2, "", P3));
    assertEquals("Ferry pier to close for repairs", e.title());
    assertEquals(BODY, e.body());
  }

  @Test
  void nearestHeadlineShapedLineAboveBodyIsTitleWhenNothingRepeats() {
    Extraction e = TextDumpExtractor.extract(dump("Ferry pier to close for repairs", "", P1, P2, P3));
    assertEquals("Ferry pier to close for repairs", e.title());
    assertEquals(BODY, e.body());
  }

  @Test
  void dumpStartingWithAgencyCreditHasNoTitle() {
    Extraction e = TextDumpExtractor.extract(dump("XNA", P1, P2, P3));
    assertNull(e.title());
  }

  @Test
  void cookieBannerAndShareLinesAreDropped() {
    Extraction e = TextDumpExtractor.extract(dump(
        "We use cookies to improve your experience on this website.", "Accept",
        "Pier closes", "Share and Follow", "", P1, "", P2, "", P3, "", "Share and Follow", "Tweet this story"));
    assertEquals(BODY, e.body());
  }

  @Test
  void advertisementMarkerInsideBodyDoesNotSplitTheArticle() {
    Extraction e = TextDumpExtractor.extract(dump(P1, "", "Advertisement · Scroll to continue", "", P2, "", P3));
    assertEquals(BODY, e.body());
  }

  @Test
  void proseStartingLikeAnAdLabelIsBody() {
    String advertisers = "Advertisers left the harbor fair early.";
    Extraction e = TextDumpExtractor.extract(dump(P1, advertisers, P2, P3));
    assertEquals(P1 + "\n\n" + advertisers + "\n\n" + P2 + "\n\n" + P3, e.body());
  }

  @Test
  void inlineTeasersInsideBodyAreDropped() {
    Extraction e = TextDumpExtractor.extract(dump(
        P1, "ALSO READ: Bridge tolls to rise in spring", P2, "RELATED", "Mayor opens new bus depot", P3));
    assertEquals(BODY, e.body());
  }

  @Test
  void crossheadsInsideBodyAreKept() {
    Extraction e = TextDumpExtractor.extract(dump(P1, "", "What happens next?", "", P2, "", P3));
    assertEquals(P1 + "\n\nWhat happens next?\n\n" + P2 + "\n\n" + P3, e.body());
  }

  @Test
  void commentFormAndVideoShelfAfterBodyAreDropped() {
    Extraction e = TextDumpExtractor.extract(dump(
        P1, "", P2, "", P3, "", "Leave a Comment", "",
        "Your email address will not be published. Required fields are marked *", "Name*", "Email*",
        "", "Latest Videos"));
    assertEquals(BODY, e.body());
  }

  @Test
  void relatedStoryTeasersAfterBodyAreDropped() {
    Extraction e = TextDumpExtractor.extract(dump(
        P1, "", P2, "", P3, "", "You May Also Like", "Storm floods the old market",
        "Heavy rain flooded the old market hall on Sunday, and traders were forced to…",
        "Library reopens after fire", "The city library reopened its doors to readers..."));
    assertEquals(BODY, e.body());
  }

  @Test
  void bylineBecomesMetadataAndNotBody() {
    Extraction e = TextDumpExtractor.extract(dump("Ferry pier to close for repairs", "By Nora Quill", "", P1, P2, P3));
    assertEquals("Nora Quill", e.byline());
    assertEquals(BODY, e.body());
  }

  @Test
  void sentenceStartingWithByIsNotAByline() {
    String byEnd = "By the end of March, the pier will reopen.";
    Extraction e = TextDumpExtractor.extract(dump(P1, byEnd, P2, P3));
    assertNull(e.byline());
    assertEquals(P1 + "\n\n" + byEnd + "\n\n" + P2 + "\n\n" + P3, e.body());
  }

  @Test
  void bylineKeepsCoAuthorsAndDropsAffiliation() {
    Extraction e = TextDumpExtractor.extract(dump("By Nora Quill and Tom Bale, Staff Writers", P1, P2, P3));
    assertEquals("Nora Quill and Tom Bale", e.byline());
  }

  @Test
  void timestampAboveBodyIsPublishedAndDatelineStaysInFirstLine() {
    String dateline = "Portvale [Norland], March 3 (XNA): " + P1;
    Extraction e = TextDumpExtractor.extract(dump("XNA", "3 Mar 2024, 09:15 GMT+1", dateline, P2, P3));
    assertEquals("2024-03-03T09:15+01:00", e.published());
    assertEquals(dateline + "\n\n" + P2 + "\n\n" + P3, e.body());
  }

  @Test
  void wireSignOffEndsTheBody() {
    Extraction e = TextDumpExtractor.extract(dump(
        P1, P2, P3 + " (XNA)",
        "Publish news of your club, school or business by sending a short note to our editors today."));
    assertEquals(BODY + " (XNA)", e.body());
  }

  @Test
  void copyrightLineNamesTheSource() {
    Extraction e = TextDumpExtractor.extract(dump(P1, P2, P3, "", "© 2019-2024 Harbor Gazette. All Rights Reserved."));
    assertEquals("Harbor Gazette", e.source());
  }

  @Test
  void subscriptionPromoNamesTheSourceWhenThereIsNoCopyright() {
    Extraction e = TextDumpExtractor.extract(dump(
        P1, P2, P3 + " (XNA)", "Get a daily dose of Harbor Gazette news through our daily email, free."));
    assertEquals("Harbor Gazette", e.source());
  }

  @Test
  void sourceIsNullWhenTheDumpNamesNoOutlet() {
    assertNull(TextDumpExtractor.extract(dump(P1, P2, P3)).source());
  }

  @Test
  void standfirstRestatedByALaterParagraphIsDropped() {
    String standfirst = "The old ferry pier will close for six weeks of repairs, the council said.";
    String fuller = "The old ferry pier will close for six weeks of repairs, the council said on Monday after a long vote.";
    Extraction e = TextDumpExtractor.extract(dump(standfirst, "", P2, "", fuller));
    assertEquals(P2 + "\n\n" + fuller, e.body());
  }

  @Test
  void truncatedTeaserCopyOfTheLeadIsNotBody() {
    Extraction e = TextDumpExtractor.extract(dump(P1, P2, P3, "", "The Harbor Council voted on Monday to close the old..."));
    assertEquals(BODY, e.body());
  }

  @Test
  void shortProseStartingWithACueWordIsStillBody() {
    String shares = "Shares in Harbor Ferries fell on Monday.";
    Extraction e = TextDumpExtractor.extract(dump(P1, shares, P2, P3));
    assertEquals(P1 + "\n\n" + shares + "\n\n" + P2 + "\n\n" + P3, e.body());
  }

  @Test
  void bodySentenceAboutCookiesIsNotAConsentBanner() {
    String cookies = "The bakery on the pier sold more than two thousand cookies to commuters last year.";
    Extraction e = TextDumpExtractor.extract(dump(P1, cookies, P2));
    assertEquals(P1 + "\n\n" + cookies + "\n\n" + P2, e.body());
  }

  @Test
  void bylineStopsBeforeThePublicationDate() {
    Extraction e = TextDumpExtractor.extract(dump("By Nora Quill Published 3 March 2024", P1, P2, P3));
    assertEquals("Nora Quill", e.byline());
  }

  @Test
  void singleShortPromoSentenceIsNotAnArticle() {
    Extraction e = TextDumpExtractor.extract(dump("• Home", "Quick Quiz", "How much do you know about ferries? Try it.", "Get Started"));
    assertFalse(e.hasArticle());
  }

  @Test
  void menuOnlyDumpHasNoArticle() {
    Extraction e = TextDumpExtractor.extract(dump("• Home", "• News", "Search", "Sign in"));
    assertFalse(e.hasArticle());
    assertEquals("", e.body());
  }

  @Test
  void emptyAndNullInputGiveEmptyBody() {
    assertEquals("", TextDumpExtractor.extract("").body());
    assertEquals("", TextDumpExtractor.extract(null).body());
  }

  @Test
  void hugeLineDoesNotThrow() {
    String huge = "word ".repeat(400_000) + ".";
    assertEquals(huge.strip(), TextDumpExtractor.extract(huge).body());
  }
  @Test
  void copyrightWithYearAfterTheNameDropsTheYear() {
    Extraction e = TextDumpExtractor.extract(dump(P1, P2, P3, "", "Copyright Harbor Gazette 2024"));
    assertEquals("Harbor Gazette", e.source());
  }

  @Test
  void copyrightHolderStartingWithTheIsKeptAsPrinted() {
    Extraction e = TextDumpExtractor.extract(dump(
        P1, P2, P3, "", "Leave a Comment", "Name*", "Email*", "Copyright © 2024 The Harbor Gazette. All rights reserved."));
    assertEquals("The Harbor Gazette", e.source());
  }

  @Test
  void copyrightHolderMayBeADomainFollowedByAPlatformCredit() {
    Extraction e = TextDumpExtractor.extract(dump(P1, P2, P3, "", "© Harbor.example 2003 - 2024 powered by Nimbus Press"));
    assertEquals("Harbor.example", e.source());
  }

  @Test
  void webDesignerCreditIsNoOutlet() {
    assertNull(TextDumpExtractor.extract(dump(P1, P2, P3, "", "Copyright © 2002-2024 - Designed by Nimbus Web")).source());
  }

  @Test
  void copyrightOfTheAuthorsIsNoOutlet() {
    assertNull(TextDumpExtractor.extract(dump(P1, P2, P3, "", "© 2024 the authors")).source());
  }

  @Test
  void companyWordIsDroppedWhenThePageNamesTheOutletWithoutIt() {
    Extraction e = TextDumpExtractor.extract(dump(
        "HARBOR GAZETTE", "Follow the Harbor Gazette on X", "", P1, P2, P3, "", "Copyright Harbor Gazette Media 2024"));
    assertEquals("Harbor Gazette", e.source());
  }

  @Test
  void companyWordIsKeptWhenThePageNeverNamesTheOutletWithoutIt() {
    Extraction e = TextDumpExtractor.extract(dump(P1, P2, P3, "", "Copyright Harbor Gazette Media 2024"));
    assertEquals("Harbor Gazette Media", e.source());
  }

  @Test
  void footerCopyrightWinsOverPhotoCreditAboveTheArticle() {
    Extraction e = TextDumpExtractor.extract(dump(
        "© Nora Quill", "", P1, P2, P3, "", "© 2024 Harbor Gazette. All rights reserved."));
    assertEquals("Harbor Gazette", e.source());
  }

  @Test
  void staffCreditWithoutByIsBylineAndNotTitle() {
    Extraction e = TextDumpExtractor.extract(dump(
        "World News", "", "Ferry pier to close for repairs after storm damage", "", "Published: 2024-03-03",
        "Harbor Gazette Staff", "", P1, P2, P3));
    assertEquals("Ferry pier to close for repairs after storm damage", e.title());
    assertEquals("Harbor Gazette Staff", e.byline());
    assertEquals("2024-03-03", e.published());
    assertEquals(BODY, e.body());
  }

  @Test
  void agencyAndNewsroomCreditIsByline() {
    Extraction e = TextDumpExtractor.extract(dump(
        "Ferry pier to close for repairs", "", "Published: 2024-03-03", "XNA / Harbor staff", "", P1, P2, P3));
    assertEquals("Ferry pier to close for repairs", e.title());
    assertEquals("XNA / Harbor staff", e.byline());
  }

  @Test
  void crossheadEndingInStaffIsNotAByline() {
    String crosshead = "Hospital short of staff";
    Extraction e = TextDumpExtractor.extract(dump(P1, P2, crosshead, P3));
    assertNull(e.byline());
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + crosshead + "\n\n" + P3, e.body());
  }

  @Test
  void bareNameNextToTheTimestampIsBylineAndNotTitle() {
    Extraction e = TextDumpExtractor.extract(dump(
        "Ferry pier to close", "", "Thu 7 Mar 2024 21:12 GMT", "Nora Quill", "Share", "", P1, P2, P3,
        "", "© 2024 Harbor Gazette. All rights reserved."));
    assertEquals("Nora Quill", e.byline());
    assertEquals("Ferry pier to close", e.title());
    assertEquals("2024-03-07T21:12Z", e.published());
  }

  @Test
  void outletNameNextToTheTimestampIsNotAByline() {
    Extraction e = TextDumpExtractor.extract(dump(
        "Ferry pier to close", "", "7 March 2024", "Harbor Gazette", "", P1, P2, P3,
        "", "© 2024 Harbor Gazette. All rights reserved."));
    assertNull(e.byline());
  }

  @Test
  void sectionLabelNextToTheTimestampIsNotAByline() {
    Extraction e = TextDumpExtractor.extract(dump("Ferry pier to close", "World News", "7 March 2024", "", P1, P2, P3));
    assertNull(e.byline());
  }

  @Test
  void headlineAboveAnUnpunctuatedStandfirstIsTheTitle() {
    Extraction e = TextDumpExtractor.extract(dump(
        "Analysis", "", "Six weeks without a pier: what the council decided, and what it didn't", "",
        "The vote settled the repairs but left the question of the ferry timetable open", "",
        "March 4, 2024", "By Nora Quill", "", P1, P2, P3));
    assertEquals("Six weeks without a pier: what the council decided, and what it didn't", e.title());
    assertEquals("Nora Quill", e.byline());
    assertEquals("2024-03-04", e.published());
  }

  @Test
  void shortSectionLabelAboveTheHeadlineIsNotTheTitle() {
    Extraction e = TextDumpExtractor.extract(dump("Local council news", "", "Ferry pier to close for repairs", "", P1, P2, P3));
    assertEquals("Ferry pier to close for repairs", e.title());
  }

  @Test
  void publishedIsIsoOrNull() {
    assertEquals("2024-03-07T10:04", TextDumpExtractor.extract(dump("07/03/2024 10:04", P1, P2, P3)).published());
    assertNull(TextDumpExtractor.extract(dump("PORTVALE, March 7 -", P1, P2, P3)).published());
  }

  @Test
  void numericDateFollowsTheOrderOfThePagesOtherDates() {
    Extraction e = TextDumpExtractor.extract(dump("03/07/2024 10:04", P1, P2, P3, "", "Corrections: updated 03/15/2024"));
    assertEquals("2024-03-07T10:04", e.published());
  }

  @Test
  void dateInsideTheBylineIsPublished() {
    Extraction e = TextDumpExtractor.extract(dump("By Nora Quill Published 3 March 2024", P1, P2, P3));
    assertEquals("2024-03-03", e.published());
  }

  @Test
  void mastheadTheFooterNamesAgainIsTheSourceWhenNothingElseNamesOne() {
    Extraction e = TextDumpExtractor.extract(dump("Skip to content", "HARBOR EVENING STAR", "Home", "Local",
        "Pier to close for repairs", "", P1, "", P2, "", P3, "", "Get the Harbor Evening Star app", "Contact us"));
    assertEquals("Harbor Evening Star", e.source());
    Extraction titled = TextDumpExtractor.extract(dump("Voice of the Coast", "Pier to close for repairs", "",
        P1, "", P2, "", P3, "", "About Voice of the Coast | Advertise"));
    assertEquals("Voice of the Coast", titled.source());
  }

  @Test
  void mastheadNamedOnlyOnceOrOnlySectionWordsOrBelowTheBodyIsNoSource() {
    assertNull(TextDumpExtractor.extract(dump("Harbor Evening Star", "Pier to close for repairs", "",
        P1, "", P2, "", P3, "", "Contact us")).source(), "a name printed once may be a tagline or a label");
    assertNull(TextDumpExtractor.extract(dump("World News", "Pier to close for repairs", "",
        P1, "", P2, "", P3, "", "More World News from the region")).source(), "a section label repeats too");
    assertNull(TextDumpExtractor.extract(dump(P1, "", P2, "", P3, "", "Harbor Evening Star",
        "Get the Harbor Evening Star app")).source(), "a masthead stands above the article");
  }

  @Test
  void copyrightHolderWinsOverTheMasthead() {
    Extraction e = TextDumpExtractor.extract(dump("Harbor Evening Star", "Pier to close for repairs", "",
        P1, "", P2, "", P3, "", "Get the Harbor Evening Star app", "© 2025 Harbor Star Media Group"));
    assertEquals("Harbor Star Media Group", e.source());
  }
}
