package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static JsonLd read(String... blocks) {
    StringBuilder html = new StringBuilder("<html><head>");
    for (String b : blocks) {
      html.append("<script type=\"application/ld+json\">").append(b).append("</script>");
    }
    return JsonLd.read(Jsoup.parse(html.append("</head><body></body></html>").toString()));
  }

  @Test
  void articleInsideGraphWithNestedAuthorArrayAndPublisher() {
    JsonLd ld = read("{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebPage\",\"name\":\"Page\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Bridge reopens after repairs\","
        + "\"datePublished\":\"2025-06-03T16:05:00Z\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ada Brook\"},{\"name\":\"Ben Lee\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Fenwick Daily\"}}]}");
    assertEquals("Bridge reopens after repairs", ld.headline());
    assertEquals("2025-06-03T16:05:00Z", ld.datePublished());
    assertEquals("Ada Brook", ld.author());
    assertEquals("Fenwick Daily", ld.publisher());
  }

  @Test
  void publisherFromASiteBlockAndInvalidBlocksSkipped() {
    JsonLd ld = read("{not json", "[{\"@type\":\"NewsMediaOrganization\",\"name\":\"Fenwick Daily\"},"
        + "{\"@type\":\"BlogPosting\",\"headline\":\"Notes\",\"author\":\"Ada Brook\"}]");
    assertEquals("Notes", ld.headline());
    assertEquals("Ada Brook", ld.author());
    assertEquals("Fenwick Daily", ld.publisher());
    assertNull(ld.datePublished());
  }

  @Test
  void pageWithoutJsonLdHasNone() {
    assertEquals(JsonLd.NONE, read());
  }

  @Test
  void siteNameDropsItsParentAttribution() {
    assertEquals("Fenwick Daily", SiteName.clean("Fenwick Daily (English service of Marsh Broadcasting)"));
    assertEquals("Fenwick Daily", SiteName.clean("Fenwick Daily - part of Marsh Media Group"));
    assertEquals("Service Weekly", SiteName.clean("Service Weekly"));
  }

  @Test
  void usEnglishPageReadsAmbiguousNumericDatesMonthFirst() {
    assertEquals(DateNormalizer.Order.MONTH_FIRST, DateNormalizer.numericOrder("on 05/06/2025", "en-US"));
    assertEquals(DateNormalizer.Order.DAY_FIRST, DateNormalizer.numericOrder("on 05/06/2025", "en-GB"));
    // the page's own unambiguous dates win over the locale
    assertEquals(DateNormalizer.Order.DAY_FIRST, DateNormalizer.numericOrder("15/05/2025 and 05/06/2025", "en-US"));
  }
}
