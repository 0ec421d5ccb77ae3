package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContainerMetadataTest {

  private static final Extraction BARE = new Extraction(null, "Body.", null, null, null, null, null, 7);

  @Test
  void anExtractedArticleKeepsOneParagraphPerLine() {
    assertEquals("First paragraph.\n\nSecond one.", ContainerMetadata.extracted("  First paragraph.\n\n\nSecond one.\r\n").body());
  }

  @Test
  void theCaptureDateIsTheLastResortForPublished() {
    ContainerMetadata warc = new ContainerMetadata("https://www.harbor-gazette.test/a", null, null, null, null, null,
        "2025-03-07T08:00:00Z");
    Extraction e = warc.complete(BARE);
    assertEquals("2025-03-07T08:00:00Z", e.published());
    assertEquals("harbor-gazette.test", e.source(), "the record's host names the outlet");
    assertEquals("https://www.harbor-gazette.test/a", e.url());
    Extraction dated = warc.complete(new Extraction(null, "Body.", null, null, "2025-03-06", null, null, 7));
    assertEquals("2025-03-06", dated.published(), "the page's own date wins");
  }

  @Test
  void aJsonLinesMetadataFillsTheBlanksAndThePageWins() {
    ContainerMetadata line = new ContainerMetadata("https://b.test/x", "www.Tidewater.test", "Line title", "Ann Lee",
        "2025-03-06 19:30:00", "en", "2025-03-07 08:00:00");
    Extraction e = line.complete(BARE);
    assertEquals("tidewater.test", e.source());
    assertEquals("Line title", e.title());
    assertEquals("Ann Lee", e.byline());
    assertEquals("2025-03-06T19:30:00", e.published());
    assertEquals("en", e.language());
    assertEquals(7, e.boilerplateChars());
    Extraction page = line.complete(new Extraction("Page title", "Body.", "The Tidewater Observer", null, null, null,
        "de", 7));
    assertEquals("Page title", page.title());
    assertEquals("The Tidewater Observer", page.source());
    assertEquals("de", page.language());
  }

  @Test
  void aSiteNameThatIsNoDomainIsKeptAsWritten() {
    assertEquals("The Meridian Post", ContainerMetadata.siteName(" The Meridian Post "));
    assertNull(ContainerMetadata.host("file:/corpus/a.html"));
  }
}
