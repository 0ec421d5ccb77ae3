package dev.chorus.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a corpus of hostile inputs into a folder at test time (nothing binary is committed) and
 * says what the job must make of each: {@code article}, or the reject reason. Keys are file names,
 * or {@code name#offset=N} / {@code name#line=N} for records inside WARC and JSON-lines files.
 */
public final class HostileInputs {

  /** Large enough to be over the one-page limit (64 MiB) several times. */
  public static final long HUGE_BYTES = 200L * 1024 * 1024;
  /** What the gzip bomb inflates to; its compressed size is about a thousandth of that. */
  public static final long BOMB_INFLATED = 1L << 30;

  private final Path dir;
  private final Map<String, String> expected = new LinkedHashMap<>();
  private final Map<String, Long> skipped = new LinkedHashMap<>();

  public HostileInputs(Path dir) {
    this.dir = dir;
  }

  /** What the job must make of each input. */
  public Map<String, String> expected() {
    return expected;
  }

  /** Symbolic links that resolve to no file (a loop, a missing target): rejects, not silence. */
  public java.util.List<String> unresolvableLinks() {
    return java.util.List.of("loop-a", "loop-b", "dangling link");
  }

  /** WARC records that are no page, by kind, as the run summary counts them. */
  public Map<String, Long> skipped() {
    return skipped;
  }

  /** A distinct, article-shaped story: every paragraph names its file, so no two pages share a paragraph. */
  public static String story(String tag) {
    return String.join("\n\n",
        "Harbour talks on the " + tag + " plan end after three hours",
        "The delegations of Aldmark and Vesnia met on Thursday in the port city to discuss the " + tag
            + " reconstruction plan, officials said after the meeting ended in the early evening.",
        "According to the statement released by the harbour authority, the two sides agreed to continue the "
            + tag + " talks next month and to publish a joint timetable before the summer.",
        "Envoy Marek Halloran told reporters that the " + tag + " discussions had been frank and useful, "
            + "and that both governments wanted the river crossings reopened before the harvest season.",
        "The next round of the " + tag + " negotiations is expected to take place in Saint Orvel, where the "
            + "committee on water rights will present its first report to both parliaments.");
  }

  private static String html(String tag) {
    StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>")
        .append(tag).append(" talks</title></head><body><article>");
    for (String p : story(tag).split("\n\n")) {
      sb.append("<p>").append(p).append("</p>");
    }
    return sb.append("</article></body></html>").toString();
  }

  private void write(String name, byte[] bytes, String outcome) throws IOException {
    Files.write(dir.resolve(name), bytes);
    expected.put(name, outcome);
  }

  public HostileInputs writeAll(boolean canMakeUnreadable) throws IOException {
    Files.createDirectories(dir);
    write("zero-byte.txt", new byte[0], "empty");
    write("binary.dat", binary(), "binary");
    byte[] gz = gzip(story("truncated").getBytes(StandardCharsets.UTF_8));
    write("truncated.txt.gz", Arrays.copyOf(gz, gz.length / 2), "corrupt_gzip");
    writeBomb("bomb.txt.gz");
    writeHuge("huge.html");
    write("deep.html", deep(100_000), "article");
    write("unclosed.html", html("unclosed").replace("</p>", "").replace("</article></body></html>", "<div><p>")
        .getBytes(StandardCharsets.UTF_8), "article");
    write("invalid-utf8.txt", invalidUtf8Midway(), "article");
    write("mixed-encodings.txt", mixedEncodings(), "article");
    write("one-line-5mb.txt", oneLongLine(5 * 1024 * 1024), "no_article");
    write("Zeitung – Bericht über Gespräche.txt", story("Gespräche").getBytes(StandardCharsets.UTF_8), "article");
    write("file with spaces.html", html("spaces").getBytes(StandardCharsets.UTF_8), "article");
    if (canMakeUnreadable) {
      write("unreadable.txt", story("unreadable").getBytes(StandardCharsets.UTF_8), "unreadable");
      Files.setPosixFilePermissions(dir.resolve("unreadable.txt"), PosixFilePermissions.fromString("---------"));
    }
    Files.createSymbolicLink(dir.resolve("loop-a"), dir.resolve("loop-b"));
    Files.createSymbolicLink(dir.resolve("loop-b"), dir.resolve("loop-a"));
    Files.createSymbolicLink(dir.resolve("dangling link"), dir.resolve("no such file"));
    for (String link : unresolvableLinks()) {
      expected.put(link, "unreadable");
    }
    writeWarc("crawl.warc.gz");
    writeJsonLines("news.jsonl");
    writeNotRegular();
    writeByteOrderMarks();
    writeOtherLanguages();
    return this;
  }

  /** Files that are no regular file: a FIFO blocks the reader until a writer comes, /dev/zero never ends. */
  public Map<String, String> notRegular() {
    return Map.of("feed.fifo", "a FIFO (named pipe)",
        "dev-zero.txt", "a character device (symbolic link to /dev/zero)",
        "listener.sock", "a socket");
  }

  private void writeNotRegular() throws IOException {
    try {
      if (new ProcessBuilder("mkfifo", dir.resolve("feed.fifo").toString()).start().waitFor() != 0) {
        throw new IOException("mkfifo failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    Files.createSymbolicLink(dir.resolve("dev-zero.txt"), Path.of("/dev/zero"));
    // closing the listener leaves its socket file in place
    try (var socket = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      socket.bind(java.net.UnixDomainSocketAddress.of(dir.resolve("listener.sock")));
    }
    notRegular().keySet().forEach(name -> expected.put(name, "unreadable"));
  }

  private void writeByteOrderMarks() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    write("bom.html", concat(bom, html("bom-html").getBytes(StandardCharsets.UTF_8)), "article");
    String lines = "{\"url\":\"https://tidewater.test/bom-1\",\"maintext\":" + quote(story("bom-first")) + "}\n"
        + "{\"url\":\"https://tidewater.test/bom-2\",\"maintext\":" + quote(story("bom-second")) + "}\n";
    Files.write(dir.resolve("bom.jsonl"), concat(bom, lines.getBytes(StandardCharsets.UTF_8)));
    expected.put("bom.jsonl#line=1", "article");
    expected.put("bom.jsonl#line=2", "article");
  }

  /**
   * Articles in other languages, as pages that declare no charset, each in its language's legacy
   * code page: file name → the charset and the language the job must find.
   */
  public Map<String, String[]> otherLanguages() {
    return Map.of(
        "ru-windows-1251.html", new String[] {"windows-1251", "windows-1251", "ru", Languages.RUSSIAN},
        "ja-shift-jis.html", new String[] {"Shift_JIS", "Shift_JIS", "ja", Languages.JAPANESE},
        "zh-gbk.html", new String[] {"GBK", "GB18030", "zh", Languages.CHINESE},
        "de-utf8.html", new String[] {"UTF-8", "UTF-8", "de", Languages.GERMAN});
  }

  private void writeOtherLanguages() throws IOException {
    for (Map.Entry<String, String[]> e : otherLanguages().entrySet()) {
      String text = e.getValue()[3];
      String page = "<!doctype html><html><head><title>" + text.substring(0, 12) + "</title></head><body><article>"
          + "<p>" + text + "</p><p>" + text + " " + e.getKey() + "</p></article></body></html>";
      write(e.getKey(), page.getBytes(Charset.forName(e.getValue()[0])), "article");
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] binary() {
    byte[] b = new byte[4096];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) ((i * 131 + 7) % 251);
    }
    return b;
  }

  /** 1 GiB of zeros in one gzip stream, about 1 MB on disk: the decoder must refuse it, not inflate it. */
  private void writeBomb(String name) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      byte[] zeros = new byte[1 << 20];
      for (long written = 0; written < BOMB_INFLATED; written += zeros.length) {
        out.write(zeros);
      }
    }
    expected.put(name, "too_large");
  }

  private void writeHuge(String name) throws IOException {
    byte[] chunk = "<p>Filler paragraph of a page far larger than any article.</p>\n".repeat(1024)
        .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
      out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
      for (long written = 0; written < HUGE_BYTES; written += chunk.length) {
        out.write(chunk);
      }
    }
    expected.put(name, "too_large");
  }

  /** An article buried under {@code depth} unclosed divs. */
  private static byte[] deep(int depth) {
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>".repeat(depth));
    for (String p : story("deep").split("\n\n")) {
      sb.append("<p>").append(p).append("</p>");
    }
    return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] invalidUtf8Midway() {
    String[] halves = story("invalid-utf8").split("\n\n", 3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((halves[0] + "\n\n" + halves[1] + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, ' '});
    out.writeBytes(halves[2].getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] mixedEncodings() {
    String[] parts = story("Café-Kadrovo").split("\n\n", 3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((parts[0] + "\n\n" + parts[1] + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(parts[2].getBytes(Charset.forName("windows-1252")));
    return out.toByteArray();
  }

  /** One line of words with no line break and no sentence end: nothing reads like an article. */
  private static byte[] oneLongLine(int bytes) {
    StringBuilder sb = new StringBuilder(bytes);
    String[] words = {"menu", "home", "world", "sport", "login", "subscribe", "search", "video"};
    for (int i = 0; sb.length() < bytes; i++) {
      sb.append(words[i % words.length]).append(i % 97 == 0 ? " | " : " ");
    }
    return sb.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Two good pages around a record whose gzip member is damaged, plus records that are no page. */
  private void writeWarc(String name) throws IOException {
    WarcFixtures.Built warc = new WarcFixtures()
        .warcinfo()
        .request("https://harbor-gazette.test/talks")
        .html("https://harbor-gazette.test/talks", "2025-03-07T08:00:00Z", html("warc-first"))
        .html("https://civic-ledger.test/talks", "2025-03-07T08:01:00Z", html("warc-damaged"))
        .metadata("https://civic-ledger.test/talks")
        .html("https://www.eastbank-chronicle.test/talks", "2025-03-07T08:02:00Z", html("warc-third"))
        .build(true);
    byte[] bytes = warc.bytes().clone();
    int damaged = warc.offsets().get(3).intValue();
    int next = warc.offsets().get(4).intValue();
    Arrays.fill(bytes, damaged + 30, next - 12, (byte) 0x55);
    Files.write(dir.resolve(name), bytes);
    expected.put(name + "#offset=" + warc.offsets().get(2), "article");
    expected.put(name + "#offset=" + damaged, "corrupt_gzip");
    expected.put(name + "#offset=" + warc.offsets().get(5), "article");
    skipped.put("warcinfo", 1L);
    skipped.put("request", 1L);
    skipped.put("metadata", 1L);
  }

  private void writeJsonLines(String name) throws IOException {
    String first = "{\"url\":\"https://tidewater.test/a\",\"title\":\"JSON first\",\"maintext\":"
        + quote(story("json-first").replace("\n\n", "\n")) + ",\"date_publish\":\"2025-03-06 19:30:00\","
        + "\"source_domain\":\"tidewater.test\",\"authors\":[\"Jonas Wrede\"],\"language\":\"en\"}";
    String last = "{\"url\":\"https://lowfield.test/b\",\"text\":" + quote(story("json-last")) + "}";
    Files.writeString(dir.resolve(name), first + "\n{\"url\": \"https://broken.test\", \"maintext\": \n" + last + "\n");
    expected.put(name + "#line=1", "article");
    expected.put(name + "#line=2", "corrupt_record");
    expected.put(name + "#line=3", "article");
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }
}
