package dev.chorus.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The pages of a JSON-lines file (optionally gzip), one article per line as news crawlers such as
 * news-please write them: {@code url}, {@code title}, {@code maintext} or {@code text},
 * {@code date_publish}, {@code source_domain}, {@code authors}, {@code language}. Such a line is
 * already extracted: its text is the article. A line with only {@code html} is a page to extract.
 * A line that is not a JSON object is a reject of its own; the lines around it are still read.
 */
final class JsonLinePages extends LookAhead<Page> {

  /** Nesting deeper than this is refused by the parser (a hostile line, not an article). */
  static final int MAX_NESTING = 200;
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING)
          .maxStringLength(Decoder.MAX_TEXT_BYTES)
          .build())
      .build());

  private final String path;
  private final String relPath;
  private final long fileLength;
  private final boolean gzip;
  private LineReader lines;
  private long lineNo;
  private boolean any;

  JsonLinePages(String path, String relPath, long fileLength, boolean gzip, FileSource files) {
    this.path = path;
    this.relPath = relPath;
    this.fileLength = fileLength;
    this.gzip = gzip;
    InputStream raw = null;
    try {
      raw = files.open(path, 0);
      lines = new LineReader(gzip ? new GZIPInputStream(raw, 64 * 1024) : raw, Decoder.MAX_TEXT_BYTES);
    } catch (IOException | RuntimeException e) {
      closeQuietly(raw);
      push(Page.rejected(path, relPath, fileLength, null,
          gzip ? RejectReason.CORRUPT_GZIP : RejectReason.UNREADABLE, RecordReader.describe(e)));
    }
  }

  @Override
  protected Page advance() {
    if (lines == null) {
      return null;
    }
    try {
      while (true) {
        Bounded.Bytes line = lines.next();
        if (line == null) {
          finish();
          return any ? null : Page.rejected(path, relPath, fileLength, null, RejectReason.EMPTY, "no JSON line in the file");
        }
        lineNo++;
        if (line.tooLarge() || !isBlank(line.bytes())) {
          any = true;
          return page(line);
        }
      }
    } catch (IOException | RuntimeException e) {
      finish();
      any = true;
      long at = lineNo + 1;
      String position = "line=" + at;
      return Page.rejected(Page.recordPath(path, position), Page.recordPath(relPath, position), 0, null,
          gzip ? RejectReason.CORRUPT_GZIP : RejectReason.UNREADABLE,
          "reading stopped at line " + at + ": " + RecordReader.describe(e) + "; the lines before it are kept");
    }
  }

  private Page page(Bounded.Bytes line) {
    String position = "line=" + lineNo;
    String recordPath = Page.recordPath(path, position);
    String recordId = Page.recordPath(relPath, position);
    if (line.tooLarge()) {
      return Page.rejected(recordPath, recordId, line.length(), line.hash(), RejectReason.TOO_LARGE,
          "line " + lineNo + " has " + line.length() + " bytes; the limit is " + Decoder.MAX_TEXT_BYTES
              + "; content_hash covers its first " + (Decoder.MAX_TEXT_BYTES + 1L) + " bytes");
    }
    String text = Decoder.strictUtf8(line.bytes());
    if (text == null) {
      return Page.rejected(recordPath, recordId, line.length(), line.hash(), RejectReason.UNDECODABLE,
          "line " + lineNo + " is not valid UTF-8");
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (IOException | RuntimeException e) {
      return Page.rejected(recordPath, recordId, line.length(), line.hash(), RejectReason.CORRUPT_RECORD,
          "line " + lineNo + " is not JSON: " + RecordReader.describe(e));
    }
    if (node == null || !node.isObject()) {
      return Page.rejected(recordPath, recordId, line.length(), line.hash(), RejectReason.CORRUPT_RECORD,
          "line " + lineNo + " is not a JSON object");
    }
    String body = text(node, "maintext", "text", "content", "body", "article");
    String html = text(node, "html", "raw_html");
    if (body == null && html == null && text(node, "title") != null) {
      // a record with a headline and no text is still a report: the clean stage decides whether
      // the headline stands as its article (dev.chorus.clean.HeadlineOnly)
      body = "";
    }
    if (body == null && html == null) {
      return Page.rejected(recordPath, recordId, line.length(), line.hash(), RejectReason.NO_ARTICLE,
          "line " + lineNo + " has no maintext, text or html");
    }
    // JSON text is UTF-8 (RFC 8259), and a line that is not is rejected above
    return new Page(recordPath, recordId, line.length(), line.hash(), "UTF-8", Decoded.UTF8, body == null, body != null,
        body != null ? body : html,
        text(node, "url"),
        text(node, "date_download", "date_crawled"),
        text(node, "title"),
        authors(node),
        text(node, "date_publish", "published", "date_published", "date"),
        text(node, "language", "lang"),
        text(node, "source_domain", "site_name", "source", "domain"),
        null, null);
  }

  /** The first of the fields that holds a non-blank string. */
  private static String text(JsonNode node, String... fields) {
    for (String f : fields) {
      JsonNode v = node.get(f);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  private static String authors(JsonNode node) {
    JsonNode v = node.get("authors");
    if (v == null) {
      return text(node, "author", "byline");
    }
    if (v.isTextual()) {
      return v.asText().isBlank() ? null : v.asText();
    }
    List<String> names = new ArrayList<>();
    for (JsonNode a : v) {
      if (a.isTextual() && !a.asText().isBlank()) {
        names.add(a.asText().strip());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
        return false;
      }
    }
    return true;
  }

  private void finish() {
    if (lines != null) {
      closeQuietly(lines.in);
      lines = null;
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      if (in != null) {
        in.close();
      }
    } catch (IOException ignored) {
      // nothing more will be read from it
    }
  }

  /**
   * Lines split at '\n' (a trailing '\r' dropped); of a line longer than the limit only the first
   * limit + 1 bytes are hashed, and none is held.
   */
  static final class LineReader {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private final InputStream in;
    private final int limit;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private boolean eof;
    private boolean atStart = true;

    LineReader(InputStream in, int limit) {
      this.in = in;
      this.limit = limit;
    }

    /** The next line, or null at the end of the stream. */
    Bounded.Bytes next() throws IOException {
      if (atStart) {
        atStart = false;
        skipByteOrderMark();
      }
      Sha256 sha = new Sha256();
      java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
      long length = 0;
      boolean over = false;
      boolean sawAny = false;
      while (true) {
        if (pos == end) {
          if (eof || !fill()) {
            if (!sawAny) {
              return null;
            }
            break;
          }
        }
        sawAny = true;
        int nl = -1;
        for (int i = pos; i < end; i++) {
          if (buf[i] == '\n') {
            nl = i;
            break;
          }
        }
        int stop = nl >= 0 ? nl : end;
        int n = stop - pos;
        // past the limit the line is only counted on to its end: the hash covers its first limit + 1 bytes
        int hashed = (int) Math.max(0, Math.min(n, limit + 1L - length));
        sha.update(buf, pos, hashed);
        length += n;
        if (!over && length > limit) {
          over = true;
          kept = null;
        }
        if (!over) {
          kept.write(buf, pos, n);
        }
        pos = nl >= 0 ? nl + 1 : end;
        if (nl >= 0) {
          break;
        }
      }
      if (over) {
        return new Bounded.Bytes(null, length, sha.hex(), true);
      }
      byte[] line = kept.toByteArray();
      if (line.length > 0 && line[line.length - 1] == '\r') {
        line = java.util.Arrays.copyOf(line, line.length - 1);
      }
      return new Bounded.Bytes(line, line.length, Sha256.hex(line, line.length));
    }

    /** A UTF-8 byte-order mark is no part of the first line (JSON parsers refuse it as a character). */
    private void skipByteOrderMark() throws IOException {
      byte[] head = in.readNBytes(UTF8_BOM.length);
      if (!java.util.Arrays.equals(head, UTF8_BOM)) {
        System.arraycopy(head, 0, buf, 0, head.length);
        pos = 0;
        end = head.length;
      }
    }

    private boolean fill() throws IOException {
      int n = in.read(buf);
      if (n <= 0) {
        eof = true;
        return false;
      }
      pos = 0;
      end = n;
      return true;
    }
  }
}
