package dev.chorus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.WarcFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReaderTest {

  private static final FileSource LOCAL = (path, offset) -> {
    InputStream in = Files.newInputStream(Path.of(path));
    in.skipNBytes(offset);
    return in;
  };
  private static final String PAGE_A = "<html><head><title>A</title></head><body><p>Story A.</p></body></html>";
  private static final String PAGE_B = "<html><body><p>Story B, with “quotes”.</p></body></html>";

  @TempDir Path dir;

  private List<Page> read(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    List<Page> pages = new ArrayList<>();
    RecordReader.read(file.toString(), name, bytes.length, LOCAL).forEachRemaining(pages::add);
    return pages;
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  private static WarcFixtures crawl() throws IOException {
    return new WarcFixtures()
        .warcinfo()
        .request("https://www.harbor-gazette.test/a")
        .html("https://www.harbor-gazette.test/a", "2025-03-07T08:00:00Z", PAGE_A)
        .metadata("https://www.harbor-gazette.test/a")
        .response("https://www.harbor-gazette.test/logo.png", "2025-03-07T08:00:02Z", 200, "image/png", new byte[] {1, 2, 3})
        .response("https://www.harbor-gazette.test/gone", "2025-03-07T08:00:03Z", 404, "text/html", "<p>gone</p>".getBytes())
        .html("https://civic-ledger.test/b", "2025-03-08T09:30:00Z", PAGE_B);
  }

  @Test
  void aWarcGzYieldsItsHtmlResponsesWithTargetUriCaptureDateAndOffsetAndSkipsTheRest() throws Exception {
    WarcFixtures.Built warc = crawl().build(true);
    List<Page> pages = read("crawl.warc.gz", warc.bytes());
    assertEquals(7, pages.size());
    List<String> skipped = pages.stream().filter(Page::isSkipped).map(Page::rejectDetail).toList();
    assertEquals(List.of("warcinfo", "request", "metadata", "response image/png", "response status 404"), skipped);
    Page a = pages.get(2);
    assertEquals(dir.resolve("crawl.warc.gz") + "#offset=" + warc.offsets().get(2), a.path());
    assertEquals("crawl.warc.gz#offset=" + warc.offsets().get(2), a.recordId());
    assertEquals("https://www.harbor-gazette.test/a", a.url());
    assertEquals("2025-03-07T08:00:00Z", a.captured());
    assertEquals(PAGE_A, a.text());
    assertTrue(a.html());
    assertNull(a.rejectReason());
    Page b = pages.get(6);
    assertEquals("crawl.warc.gz#offset=" + warc.offsets().get(6), b.recordId());
    assertEquals(PAGE_B, b.text(), "the HTTP charset is honoured");
    assertEquals(64, a.contentHash().length());
    assertNotEquals(a.contentHash(), b.contentHash());
  }

  @Test
  void anUncompressedWarcGivesTheSamePagesAtItsOwnOffsets() throws Exception {
    WarcFixtures.Built warc = crawl().build(false);
    List<Page> pages = read("crawl.warc", warc.bytes());
    List<Page> html = pages.stream().filter(p -> !p.isSkipped()).toList();
    assertEquals(List.of("crawl.warc#offset=" + warc.offsets().get(2), "crawl.warc#offset=" + warc.offsets().get(6)),
        html.stream().map(Page::recordId).toList());
    assertEquals(List.of(PAGE_A, PAGE_B), html.stream().map(Page::text).toList());
    WarcFixtures.Built gz = crawl().build(true);
    assertEquals(html.get(0).contentHash(), read("crawl.warc.gz", gz.bytes()).get(2).contentHash(),
        "a record's hash is of its bytes, not of their compression");
  }

  @Test
  void aWarcGzippedAsOneStreamNamesRecordsByTheirInflatedOffset() throws Exception {
    WarcFixtures.Built plain = crawl().build(false);
    List<Page> pages = read("whole.warc.gz", gzip(plain.bytes()));
    assertEquals(plain.offsets().stream().map(o -> "whole.warc.gz#inflated-offset=" + o).toList(),
        pages.stream().map(Page::recordId).toList());
    assertEquals(PAGE_B, pages.get(6).text());
  }

  @Test
  void aWarcIsRecognisedByItsFirstBytesWhateverItsName() throws Exception {
    List<Page> pages = read("download.bin", crawl().build(true).bytes());
    assertEquals(2, pages.stream().filter(p -> !p.isSkipped()).count());
  }

  private static WarcFixtures threePages() throws IOException {
    return new WarcFixtures()
        .html("https://a.test/1", "2025-03-07T08:00:00Z", PAGE_A)
        .html("https://a.test/2", "2025-03-07T08:00:01Z", PAGE_B)
        .html("https://a.test/3", "2025-03-07T08:00:02Z", PAGE_A.replace("Story A", "Story C"));
  }

  @Test
  void aDamagedGzipMemberRejectsThatRecordOnlyAndReadingResumesAtTheNext() throws Exception {
    WarcFixtures.Built warc = threePages().build(true);
    byte[] bytes = warc.bytes().clone();
    long second = warc.offsets().get(1);
    long third = warc.offsets().get(2);
    for (long i = second + 20; i < third - 10; i++) {
      bytes[(int) i] = (byte) 0x55;
    }
    List<Page> pages = read("damaged.warc.gz", bytes);
    assertEquals(List.of("damaged.warc.gz#offset=" + warc.offsets().get(0), "damaged.warc.gz#offset=" + second,
        "damaged.warc.gz#offset=" + third), pages.stream().map(Page::recordId).toList());
    assertNull(pages.get(0).rejectReason());
    assertEquals(RejectReason.CORRUPT_GZIP, pages.get(1).rejectReason(), pages.get(1).rejectDetail());
    assertTrue(pages.get(1).rejectDetail().contains("resumed at byte " + third), pages.get(1).rejectDetail());
    assertTrue(pages.get(2).text().contains("Story C"));
  }

  @Test
  void aGarbledRecordHeaderInAPlainWarcRejectsThatRecordOnly() throws Exception {
    WarcFixtures.Built warc = threePages().build(false);
    byte[] bytes = warc.bytes().clone();
    int second = warc.offsets().get(1).intValue();
    byte[] junk = "XXXX/9.9\r\nnot a header at all".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(junk, 0, bytes, second, junk.length);
    List<Page> pages = read("garbled.warc", bytes);
    assertEquals(3, pages.size(), pages.toString());
    assertEquals(RejectReason.CORRUPT_RECORD, pages.get(1).rejectReason());
    assertEquals("garbled.warc#offset=" + second, pages.get(1).recordId());
    assertTrue(pages.get(2).text().contains("Story C"));
  }

  @Test
  void aDamagedFirstGzipMemberStillLetsTheRestBeRead() throws Exception {
    WarcFixtures.Built warc = threePages().build(true);
    byte[] bytes = warc.bytes().clone();
    Arrays.fill(bytes, 0, 24, (byte) 0x55);
    List<Page> pages = read("head.warc.gz", bytes);
    assertEquals(List.of("head.warc.gz#offset=0", "head.warc.gz#offset=" + warc.offsets().get(1),
        "head.warc.gz#offset=" + warc.offsets().get(2)), pages.stream().map(Page::recordId).toList());
    assertEquals(RejectReason.CORRUPT_GZIP, pages.get(0).rejectReason(), pages.get(0).rejectDetail());
    assertNull(pages.get(1).rejectReason());
  }

  @Test
  void aTruncatedWarcGzKeepsTheRecordsBeforeTheDamage() throws Exception {
    WarcFixtures.Built warc = threePages().build(true);
    long third = warc.offsets().get(2);
    byte[] cut = Arrays.copyOf(warc.bytes(), (int) third + 40);
    List<Page> pages = read("cut.warc.gz", cut);
    assertEquals(3, pages.size());
    assertNull(pages.get(0).rejectReason());
    assertNull(pages.get(1).rejectReason());
    assertEquals(RejectReason.CORRUPT_GZIP, pages.get(2).rejectReason(), pages.get(2).rejectDetail());
    assertEquals("cut.warc.gz#offset=" + third, pages.get(2).recordId());
  }

  @Test
  void jsonLinesAreArticlesWithTheirMetadataAndABadLineIsARejectOfItsOwn() throws Exception {
    String good1 = "{\"url\":\"https://www.harbor-gazette.test/a\",\"title\":\"Talks end\",\"maintext\":\"First.\\nSecond.\","
        + "\"date_publish\":\"2025-03-06 19:30:00\",\"source_domain\":\"www.harbor-gazette.test\","
        + "\"authors\":[\"Ann Lee\",\"Bo Chan\"],\"language\":\"en\",\"date_download\":\"2025-03-07 08:00:00\"}";
    String good2 = "{\"url\":\"https://b.test/x\",\"text\":\"Body.\"}";
    byte[] bytes = String.join("\n", good1, "{\"url\": broken", "", good2, "[1,2]", "{\"url\":\"https://c.test\"}")
        .getBytes(StandardCharsets.UTF_8);
    List<Page> pages = read("news.jsonl", bytes);
    assertEquals(List.of("news.jsonl#line=1", "news.jsonl#line=2", "news.jsonl#line=4", "news.jsonl#line=5",
        "news.jsonl#line=6"), pages.stream().map(Page::recordId).toList());
    Page a = pages.get(0);
    assertTrue(a.extracted());
    assertEquals("First.\nSecond.", a.text());
    assertEquals("Talks end", a.title());
    assertEquals("Ann Lee, Bo Chan", a.byline());
    assertEquals("2025-03-06 19:30:00", a.published());
    assertEquals("www.harbor-gazette.test", a.site());
    assertEquals("2025-03-07 08:00:00", a.captured());
    assertEquals(sha256(good1.getBytes(StandardCharsets.UTF_8)), a.contentHash());
    assertEquals(RejectReason.CORRUPT_RECORD, pages.get(1).rejectReason());
    assertEquals("Body.", pages.get(2).text());
    assertEquals(RejectReason.CORRUPT_RECORD, pages.get(3).rejectReason(), "not an object");
    assertEquals(RejectReason.NO_ARTICLE, pages.get(4).rejectReason(), "no text");
  }

  @Test
  void aJsonLineOfInvalidUtf8OrHostileNestingIsRejectedAlone() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("{\"text\":\"ok\"}\n{\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    out.write(0xE9);
    out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    out.write(("{\"a\":" + "[".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8));
    out.write("{\"text\":\"last\"}".getBytes(StandardCharsets.UTF_8));
    List<Page> pages = read("mixed.jsonl", out.toByteArray());
    assertEquals(4, pages.size());
    assertEquals(RejectReason.UNDECODABLE, pages.get(1).rejectReason());
    assertEquals(RejectReason.CORRUPT_RECORD, pages.get(2).rejectReason());
    assertEquals("last", pages.get(3).text(), "a last line without a newline is read");
  }

  @Test
  void aTruncatedJsonLinesGzKeepsTheLinesBeforeTheDamage() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("{\"text\":\"line ").append(i).append(" ").append("x".repeat(i % 50)).append("\"}\n");
    }
    byte[] gz = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
    List<Page> pages = read("cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
    Page last = pages.get(pages.size() - 1);
    assertEquals(RejectReason.CORRUPT_GZIP, last.rejectReason());
    assertTrue(pages.size() > 100, "lines before the damage are kept: " + pages.size());
    for (Page p : pages.subList(0, pages.size() - 1)) {
      assertNull(p.rejectReason(), p.recordId());
    }
    assertEquals("cut.jsonl.gz#line=" + pages.size(), last.recordId());
  }

  @Test
  void aPlainFileIsOnePageHashedOverItsRawBytes() throws Exception {
    byte[] gz = gzip("Headline\n\nA story long enough.".getBytes(StandardCharsets.UTF_8));
    List<Page> pages = read("story.txt.gz", gz);
    assertEquals(1, pages.size());
    assertEquals("story.txt.gz", pages.get(0).recordId());
    assertEquals(sha256(gz), pages.get(0).contentHash());
    assertFalse(pages.get(0).extracted());
  }

  @Test
  void aFileThatCannotBeOpenedIsUnreadable() {
    List<Page> pages = new ArrayList<>();
    RecordReader.read(dir.resolve("vanished.txt").toString(), "vanished.txt", 10, LOCAL).forEachRemaining(pages::add);
    assertEquals(1, pages.size());
    assertEquals(RejectReason.UNREADABLE, pages.get(0).rejectReason());
    assertTrue(pages.get(0).rejectDetail().startsWith("NoSuchFileException"), pages.get(0).rejectDetail());
  }

  @Test
  void emptyWarcAndJsonLinesFilesAreEmptyRejects() throws Exception {
    assertEquals(RejectReason.EMPTY, read("none.warc.gz", new byte[0]).get(0).rejectReason());
    assertEquals(RejectReason.EMPTY, read("blank.jsonl", "\n\n  \n".getBytes()).get(0).rejectReason());
  }

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(BOM, BOM.length + body.length);
    System.arraycopy(body, 0, out, BOM.length, body.length);
    return out;
  }

  @Test
  void aJsonLinesFileStartingWithAByteOrderMarkKeepsItsFirstLine() throws Exception {
    String lines = "{\"url\":\"https://a.test/1\",\"maintext\":\"First story.\"}\n"
        + "{\"url\":\"https://a.test/2\",\"maintext\":\"Second story.\"}\n";
    for (String name : List.of("bom.jsonl", "bom-by-content.txt.json")) {
      List<Page> pages = read(name, withBom(lines));
      assertEquals(2, pages.size(), name);
      assertNull(pages.get(0).rejectReason(), name + ": " + pages.get(0).rejectDetail());
      assertEquals("https://a.test/1", pages.get(0).url(), name);
      assertEquals("First story.", pages.get(0).text(), name);
      assertEquals(name + "#line=1", pages.get(0).recordId());
    }
  }

  @Test
  void aByteOrderMarkIsNoPartOfATextOrHtmlPage() throws Exception {
    Page text = read("bom.txt", withBom("Headline\n\nA story.")).get(0);
    assertEquals("Headline\n\nA story.", text.text());
    Page html = read("bom-page", withBom(PAGE_A)).get(0);
    assertTrue(html.html(), "recognised as HTML behind its byte-order mark");
    assertEquals(PAGE_A, html.text());
    assertEquals("bom", html.charsetSource());
  }

  @Test
  void aStreamThatNeverEndsIsReadOnlyUpToTheLimitAndItsHashSaysSo() throws Exception {
    // what a symlink to /dev/zero, or a file still being written, looks like to the reader
    FileSource endless = (path, offset) -> new InputStream() {
      @Override
      public int read() {
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) 'a');
        return len;
      }
    };
    List<Page> pages = new ArrayList<>();
    RecordReader.read("endless.txt", "endless.txt", 0, endless).forEachRemaining(pages::add);
    assertEquals(1, pages.size());
    Page page = pages.get(0);
    assertEquals(RejectReason.TOO_LARGE, page.rejectReason());
    long read = Decoder.MAX_TEXT_BYTES + 1L;
    byte[] first = new byte[(int) read];
    Arrays.fill(first, (byte) 'a');
    assertEquals(sha256(first), page.contentHash(), "the hash covers exactly the bytes read");
    assertEquals(read, page.bytes());
    assertTrue(page.rejectDetail().contains("reading stopped there, content_hash covers the first " + read + " bytes"),
        page.rejectDetail());
  }

  @Test
  void aFileTheListingFoundIsNoRegularFileIsRejectedWithoutBeingOpened() {
    FileSource mustNotOpen = (path, offset) -> {
      throw new AssertionError("opened " + path);
    };
    List<Page> pages = new ArrayList<>();
    RecordReader.read("file:/in/pipe", "pipe", 0, "a FIFO (named pipe)", mustNotOpen).forEachRemaining(pages::add);
    assertEquals(1, pages.size());
    assertEquals(RejectReason.UNREADABLE, pages.get(0).rejectReason());
    assertEquals("a FIFO (named pipe), not a regular file: not read", pages.get(0).rejectDetail());
  }

  @Test
  void aJsonLineOverTheLimitIsHashedOnlyUpToItAndTheNextLineIsStillRead() throws Exception {
    byte[] text = "0123456789abcdef\nnext\n".getBytes(StandardCharsets.US_ASCII);
    JsonLinePages.LineReader lines = new JsonLinePages.LineReader(new java.io.ByteArrayInputStream(text), 10);
    Bounded.Bytes long1 = lines.next();
    assertTrue(long1.tooLarge());
    assertEquals(16, long1.length(), "the whole line is counted");
    assertEquals(sha256("0123456789a".getBytes(StandardCharsets.US_ASCII)), long1.hash(), "limit + 1 bytes hashed");
    assertEquals("next", new String(lines.next().bytes(), StandardCharsets.US_ASCII));
    assertNull(lines.next());
  }
}
