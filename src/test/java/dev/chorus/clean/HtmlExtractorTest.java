package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private static final String P1 = "The Harbor Council voted on Monday to close the old ferry pier for repairs, officials said.";
  private static final String P2 = "Council member Lena Ortiz said the work would take about six weeks, weather permitting.";
  private static final String P3 = "Residents will be able to use the north pier while the works continue, she added.";
  private static final String PARAGRAPHS = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
  private static final String BODY = P1 + "\n\n" + P2 + "\n\n" + P3;

  private static Extraction extract(String bodyHtml) {
    return HtmlExtractor.extract("<html><head></head><body>" + bodyHtml + "</body></html>", "https://gazette.example/pier");
  }

  @Test
  void paragraphsAreSeparatedByBlankLines() {
    assertEquals(BODY, extract("<div>" + PARAGRAPHS + "</div>").body());
  }

  @Test
  void navigationAsideFooterAndScriptsAreNotBody() {
    Extraction e = extract("<nav><a href='/'>Home</a> <a href='/local'>Local news and more</a></nav>"
        + "<script>var tracking = 'a long script that must never be read as text';</script>"
        + "<article>" + PARAGRAPHS + "</article>"
        + "<aside><p>Sidebar paragraph about something else entirely, which is long enough.</p></aside>"
        + "<footer><p>Contact the newsroom, send us tips, read our corrections policy.</p></footer>");
    assertEquals(BODY, e.body());
  }

  @Test
  void articleHeadlineAndBylineInsideArticleAreNotBody() {
    Extraction e = extract("<article><header><h1>Pier to close</h1><p class='byline'>By Nora Quill</p></header>"
        + PARAGRAPHS + "</article>");
    assertEquals(BODY, e.body());
  }

  @Test
  void shareBarAndRelatedWidgetsAreRemovedByTheirClassNames() {
    Extraction e = extract("<article>" + "<div class='share-bar'>Share this story on your favourite network</div>"
        + PARAGRAPHS + "<div class='related-stories'><h3>Storm floods the old market, traders count the cost</h3></div>"
        + "</article>");
    assertEquals(BODY, e.body());
  }

  @Test
  void linkListInsideArticleIsRemoved() {
    Extraction e = extract("<article><p>" + P1 + "</p><ul><li><a href='/a'>Storm floods the old market</a></li>"
        + "<li><a href='/b'>Library reopens after the fire</a></li></ul><p>" + P2 + "</p><p>" + P3 + "</p></article>");
    assertEquals(BODY, e.body());
  }

  @Test
  void figureCaptionsAreRemoved() {
    Extraction e = extract("<article><p>" + P1 + "</p><figure><img src='p.jpg'><figcaption>The old pier at dusk,"
        + " photographed from the north side of the bay.</figcaption></figure><p>" + P2 + "</p><p>" + P3 + "</p></article>");
    assertEquals(BODY, e.body());
  }

  @Test
  void inArticleTeaserParagraphIsRemoved() {
    Extraction e = extract("<article><p>" + P1 + "</p><p>Read more: Bridge tolls to rise in spring</p><p>" + P2
        + "</p><p>" + P3 + "</p></article>");
    assertEquals(BODY, e.body());
  }

  @Test
  void bylineTimestampAndSocialPromptParagraphsAreNotBody() {
    Extraction e = extract("<article><p>By Nora Quill</p><p>Updated at 1:23 p.m.</p>" + PARAGRAPHS
        + "<p>Nora Quill covers the waterfront. Follow her on Twitter for more harbor news.</p></article>");
    assertEquals(BODY, e.body());
  }

  @Test
  void markedArticleBodyIsPreferredOverLongerTeaserText() {
    String teasers = "<div><p>" + P3.repeat(3) + "</p><p>" + P2.repeat(3) + "</p></div>";
    Extraction e = extract(teasers + "<div itemprop='articleBody'>" + PARAGRAPHS + "</div>");
    assertEquals(BODY, e.body());
  }

  @Test
  void denseProseWinsOverLinkHeavyBlock() {
    String links = "<div class='list'><p><a href='/1'>" + P3 + "</a></p><p><a href='/2'>" + P3 + "</a></p>"
        + "<p><a href='/3'>" + P3 + "</a></p><p><a href='/4'>" + P3 + "</a></p></div>";
    Extraction e = extract(links + "<div>" + PARAGRAPHS + "</div>");
    assertEquals(BODY, e.body());
  }

  @Test
  void pageWrappedInAFormIsStillRead() {
    assertEquals(BODY, extract("<form method='post'><div>" + PARAGRAPHS + "</div></form>").body());
  }

  @Test
  void articleSplitIntoSectionsByPicturesIsReadWhole() {
    String section = "<section class='outer'><div class='wrap'><div class='post'>%s</div></div></section>";
    Extraction e = extract(String.format(section, "<p>" + P1 + "</p><p>" + P2 + "</p>")
        + String.format(section, "<p>" + P3 + "</p><p>" + P1 + "</p>")
        + String.format(section, "<p>" + P2 + "</p><p>" + P3 + "</p>"));
    assertEquals(String.join("\n\n", P1, P2, P3, P1, P2, P3), e.body());
  }

  @Test
  void metadataComesFromMetaTags() {
    Extraction e = HtmlExtractor.extract("<html lang='en-GB'><head>"
        + "<meta property='og:title' content='Ferry pier to close for repairs | Harbor Gazette'>"
        + "<meta property='og:site_name' content='Harbor Gazette'>"
        + "<meta name='author' content='Nora Quill'>"
        + "<meta property='article:published_time' content='2024-03-03T09:15:00Z'>"
        + "<link rel='canonical' href='https://gazette.example/news/pier'>"
        + "</head><body>" + PARAGRAPHS + "</body></html>", null);
    assertEquals("Ferry pier to close for repairs", e.title());
    assertEquals("Harbor Gazette", e.source());
    assertEquals("Nora Quill", e.byline());
    assertEquals("2024-03-03T09:15:00Z", e.published());
    assertEquals("https://gazette.example/news/pier", e.url());
    assertEquals("en-GB", e.language());
  }

  @Test
  void titleTagLosesSiteSuffixAndSourceFallsBackToDomain() {
    Extraction e = HtmlExtractor.extract("<html><head><title>Ferry pier to close for repairs - Harbor Gazette</title>"
        + "<meta property='og:url' content='https://www.gazette.example/pier'></head><body>" + PARAGRAPHS
        + "</body></html>", null);
    assertEquals("Ferry pier to close for repairs", e.title());
    assertEquals("gazette.example", e.source());
  }

  @Test
  void headlineElementIsTitleWhenThereIsNoOgTitle() {
    Extraction e = extract("<h1>Ferry pier to close</h1><div>" + PARAGRAPHS + "</div>");
    assertEquals("Ferry pier to close", e.title());
  }

  @Test
  void jsonLdGivesDateAndAuthor() {
    Extraction e = HtmlExtractor.extract("<html><head><script type='application/ld+json'>"
        + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-03\",\"author\":{\"@type\":\"Person\","
        + "\"name\":\"Tom Bale\"}}</script></head><body>" + PARAGRAPHS + "</body></html>", null);
    assertEquals("2024-03-03", e.published());
    assertEquals("Tom Bale", e.byline());
  }

  @Test
  void bylineElementLosesItsByPrefix() {
    assertEquals("Nora Quill", extract("<p class='byline'>By Nora Quill</p><div>" + PARAGRAPHS + "</div>").byline());
  }

  @Test
  void timeElementGivesPublishedDate() {
    assertEquals("2024-03-03", extract("<time datetime='2024-03-03'>March 3</time><div>" + PARAGRAPHS + "</div>").published());
  }

  @Test
  void aDateInTheBylineOrADateElementGivesThePublishedDate() {
    // no meta, JSON-LD or <time>: the date is only in the visible byline
    assertEquals("2024-03-03T09:15", extract("<article><h1>Pier to close</h1>"
        + "<p class='byline'>By Nora Quill · 3 March 2024, 09:15</p>" + PARAGRAPHS + "</article>").published());
    // or in an element styled as a date; an earlier one named so without a date is passed over
    assertEquals("2024-03-04", extract("<div class='timeline-nav'>Earlier stories</div><article><h1>Pier to close</h1>"
        + "<div class='meta'><span class='author'>Nora Quill</span> · <span class='post-date'>4 March 2024</span></div>"
        + PARAGRAPHS + "</article>").published());
    // the date element before the byline's date
    assertEquals("2024-03-04", extract("<p class='byline'>By Nora Quill, 3 March 2024</p>"
        + "<p class='published'>Published 4 March 2024</p>" + PARAGRAPHS).published());
    assertNull(extract("<p class='byline'>By Nora Quill</p>" + PARAGRAPHS).published());
  }

  @Test
  void fieldsThePageDoesNotShowAreNull() {
    Extraction e = HtmlExtractor.extract("<div>" + PARAGRAPHS + "</div>", null);
    assertNull(e.title());
    assertNull(e.source());
    assertNull(e.byline());
    assertNull(e.published());
    assertNull(e.url());
    assertNull(e.language());
  }

  @Test
  void pageWithoutProseHasNoArticle() {
    Extraction e = extract("<nav><a href='/'>Home</a></nav><div><a href='/x'>Login</a></div>");
    assertFalse(e.hasArticle());
    assertEquals("", e.body());
  }

  @Test
  void emptyNullAndDeeplyNestedInputDoNotThrow() {
    assertEquals("", HtmlExtractor.extract("", null).body());
    assertEquals("", HtmlExtractor.extract(null, null).body());
    String nested = "<div>".repeat(100_000) + "<p>" + P1 + "</p>" + "</div>".repeat(100_000);
    HtmlExtractor.extract(nested, null);
  }
  @Test
  void publishedDatesAreIso() {
    assertEquals("2024-03-03T09:15:00+01:00", HtmlExtractor.extract("<html><head>"
        + "<meta property='article:published_time' content='2024-03-03T09:15:00.000+0100'></head><body>"
        + PARAGRAPHS + "</body></html>", null).published());
    assertEquals("2024-03-03", extract("<time>March 3, 2024</time><div>" + PARAGRAPHS + "</div>").published());
    assertNull(extract("<time datetime='yesterday'>March 3</time><div>" + PARAGRAPHS + "</div>").published());
  }

  @Test
  void footerCopyrightNamesTheSourceWithoutSiteNameMetaOrAddress() {
    Extraction e = HtmlExtractor.extract("<div>" + PARAGRAPHS + "</div>"
        + "<footer><p>About · Contact</p><p>Copyright © 2024 The Harbor Gazette. All rights reserved.</p></footer>", null);
    assertEquals("The Harbor Gazette", e.source());
  }

  @Test
  void agencyNamedAsAuthorIsTheByline() {
    Extraction e = HtmlExtractor.extract("<html><head><meta name='author' content='XNA'></head><body>"
        + "<p class='meta'>From XNA wire reports</p><div>" + PARAGRAPHS + "</div></body></html>", null);
    assertEquals("XNA", e.byline());
  }
}
