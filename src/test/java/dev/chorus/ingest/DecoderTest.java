package dev.chorus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.Languages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DecoderTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void readsValidUtf8AsUtf8() {
    Decoded d = Decoder.decode("a.txt", "Café “quoted” — ok".getBytes(StandardCharsets.UTF_8));
    assertEquals("Café “quoted” — ok", d.text());
    assertEquals("UTF-8", d.charset());
    assertEquals(Decoded.UTF8, d.charsetSource());
    assertFalse(d.html());
  }

  @Test
  void dropsTheUtf8ByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Decoded d = Decoder.decode("a.txt", concat(bom, "Hello".getBytes(StandardCharsets.UTF_8)));
    assertEquals("Hello", d.text());
    assertEquals(Decoded.BOM, d.charsetSource());
  }

  @Test
  void fallsBackToWindows1252WhenTheBytesAreNotUtf8() {
    Decoded d = Decoder.decode("a.txt", "He said “no” — café".getBytes(CP1252));
    assertEquals("He said “no” — café", d.text());
    assertEquals("windows-1252", d.charset());
    assertEquals(Decoded.DETECTED, d.charsetSource());
  }

  @Test
  void readsBytesWindows1252LeavesUndefinedAsIso88591() {
    byte[] text = "A long enough line of plain text, then a stray byte: ".getBytes(StandardCharsets.US_ASCII);
    Decoded d = Decoder.decode("a.txt", concat(text, new byte[] {(byte) 0x81, ' ', (byte) 0xE9}));
    assertEquals("ISO-8859-1", d.charset());
    assertTrue(d.text().endsWith("\u0081 é"));
  }

  @Test
  void honoursTheHtmlMetaCharset() {
    String page = "<html><head><meta charset=\"windows-1252\"><title>t</title></head><body>“Oui” — é</body></html>";
    Decoded d = Decoder.decode("page.html", page.getBytes(CP1252));
    assertTrue(d.html());
    assertEquals("windows-1252", d.charset());
    assertEquals(Decoded.DECLARED, d.charsetSource());
    assertTrue(d.text().contains("“Oui” — é"));
  }

  @Test
  void aPageDeclaringUtf8ThatIsNotUtf8IsReadByItsBytes() {
    String page = "<html><head><meta charset=\"utf-8\"></head><body>“Oui” — é</body></html>";
    Decoded d = Decoder.decode("page.html", page.getBytes(CP1252));
    assertEquals("windows-1252", d.charset());
    assertTrue(d.text().contains("“Oui” — é"));
  }

  @Test
  void recognisesHtmlByContentWhateverTheName() {
    assertTrue(Decoder.decode("page.txt", "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)).html());
    assertFalse(Decoder.decode("page.txt", "A story about <b> tags".getBytes(StandardCharsets.UTF_8)).html());
  }

  @Test
  void inflatesGzipAndTakesTheFormatFromTheInnerName() throws IOException {
    Decoded d = Decoder.decode("story.html.gz", gzip("<html><body><p>Hi</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(d.html());
    assertEquals("<html><body><p>Hi</p></body></html>", d.text());
  }

  @Test
  void rejectsATruncatedGzip() throws IOException {
    byte[] whole = gzip("some text that is long enough to be cut in half".repeat(20).getBytes(StandardCharsets.UTF_8));
    Decoded d = Decoder.decode("a.txt.gz", Arrays.copyOf(whole, whole.length / 2));
    assertEquals(RejectReason.CORRUPT_GZIP, d.rejectReason());
  }

  @Test
  void refusesAGzipBombWithoutInflatingItAll() throws IOException {
    byte[] bomb = gzip(new byte[Decoder.MAX_TEXT_BYTES + 1024]);
    assertTrue(bomb.length < 200_000, "a bomb is small on disk");
    Decoded d = Decoder.decode("bomb.txt.gz", bomb);
    assertEquals(RejectReason.TOO_LARGE, d.rejectReason());
  }

  @Test
  void rejectsEmptyAndWhitespaceOnlyFiles() {
    assertEquals(RejectReason.EMPTY, Decoder.decode("e.txt", new byte[0]).rejectReason());
    assertEquals(RejectReason.EMPTY, Decoder.decode("e.txt", " \n\t\r\n".getBytes(StandardCharsets.US_ASCII)).rejectReason());
  }

  @Test
  void rejectsBinaryFiles() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Decoded d = Decoder.decode("photo.png", png);
    assertEquals(RejectReason.BINARY, d.rejectReason());
    assertNull(d.text());
  }

  @Test
  void readsUtf16WithItsByteOrderMark() {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    Decoded d = Decoder.decode("a.txt", concat(bom, "Zürich talks".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("Zürich talks", d.text());
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aTransportCharsetWinsOverTheMetaCharsetButNotOverValidUtf8() {
    byte[] cyrillic = "<html><head><meta charset=\"utf-8\"></head><body>Привет</body></html>"
        .getBytes(Charset.forName("windows-1251"));
    assertEquals("windows-1251", Decoder.decode("r.html", cyrillic, "windows-1251").charset());
    assertTrue(Decoder.decode("r.html", cyrillic, "windows-1251").text().contains("Привет"));
    byte[] utf8 = "<html><body>Café</body></html>".getBytes(StandardCharsets.UTF_8);
    assertEquals("UTF-8", Decoder.decode("r.html", utf8, "utf-8").charset());
    assertEquals("UTF-8", Decoder.decode("r.html", utf8, "no-such-charset").charset());
  }

  @Test
  void undeclaredLegacyEncodingsAreDetectedNotReadAsWindows1252() {
    assertDetected("windows-1251", "windows-1251", Languages.RUSSIAN, "r.txt");
    assertDetected("Shift_JIS", "Shift_JIS", Languages.JAPANESE, "j.txt");
    // GB18030 is the superset of GBK that the detector names; it reads GBK bytes the same
    assertDetected("GBK", "GB18030", Languages.CHINESE, "c.txt");
  }

  @Test
  void anHtmlPageWithoutACharsetDeclarationIsDetectedToo() {
    String page = "<html><head><title>Бюджет</title></head><body><p>" + Languages.RUSSIAN + "</p></body></html>";
    Decoded d = Decoder.decode("page.html", page.getBytes(Charset.forName("windows-1251")));
    assertEquals("windows-1251", d.charset());
    assertEquals(Decoded.DETECTED, d.charsetSource());
    assertTrue(d.text().contains(Languages.RUSSIAN));
  }

  @Test
  void aDeclaredCharsetIsTakenWithoutDetection() {
    String page = "<html><head><meta charset=\"shift_jis\"></head><body><p>" + Languages.JAPANESE
        + "</p></body></html>";
    Decoded d = Decoder.decode("page.html", page.getBytes(Charset.forName("Shift_JIS")));
    assertEquals("Shift_JIS", d.charset());
    assertEquals(Decoded.DECLARED, d.charsetSource());
    assertTrue(d.text().contains(Languages.JAPANESE));
  }

  @Test
  void westernTextStaysWindows1252() {
    for (String text : new String[] {Languages.GERMAN, Languages.FRENCH, Languages.SPANISH}) {
      Decoded d = Decoder.decode("w.txt", text.getBytes(CP1252));
      assertEquals("windows-1252", d.charset(), text);
      assertEquals(text, d.text());
    }
  }

  private static void assertDetected(String encoding, String expectedCharset, String text, String name) {
    Decoded d = Decoder.decode(name, text.getBytes(Charset.forName(encoding)));
    assertEquals(expectedCharset, d.charset(), encoding);
    assertEquals(Decoded.DETECTED, d.charsetSource(), encoding);
    assertEquals(text, d.text(), encoding);
  }
}
