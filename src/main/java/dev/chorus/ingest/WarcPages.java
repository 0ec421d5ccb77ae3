package dev.chorus.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The pages of a WARC or WARC.gz file, streamed record by record with jwarc (never the whole file
 * in memory). Each HTTP response with an HTML body is a page whose url is the record's target URI
 * and whose capture date is its WARC-Date; other records (warcinfo, request, metadata, revisit,
 * non-HTML or non-2xx responses) come out as skipped pages. A record that cannot be read is a
 * reject, and reading resumes at the next record that can: the next gzip member of a WARC.gz
 * (records are compressed one by one), or the next {@code WARC/1.} line of a plain WARC.
 */
final class WarcPages extends LookAhead<Page> {

  private static final byte[] GZIP_MEMBER = {0x1F, (byte) 0x8B, 0x08};
  private static final byte[] WARC_LINE = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final String path;
  private final String relPath;
  private final long fileLength;
  private final FileSource files;
  private InputStream in;
  private WarcReader reader;
  /** Byte offset in the file where the current reader started (0, or where reading resumed). */
  private long base;
  private boolean gzip;
  /**
   * A WARC.gz compressed as one gzip stream (not record by record) has no compressed offset per
   * record: it is read inflated, records are named by their offset in the inflated file, and a
   * damaged record ends the reading (there is no next gzip member to resume at).
   */
  private boolean oneStream;
  private String offsetKey = "offset=";
  private long lastOffset = -1;
  private boolean damagedAny;

  WarcPages(String path, String relPath, long fileLength, FileSource files) {
    this.path = path;
    this.relPath = relPath;
    this.fileLength = fileLength;
    this.files = files;
    try {
      openAt(0);
      // the name counts too: a .warc.gz whose first member is damaged does not look like gzip
      gzip = reader.compression() == WarcCompression.GZIP || path.toLowerCase(Locale.ROOT).endsWith(".gz");
      if (reader.compression() == WarcCompression.GZIP && isOneStream()) {
        close();
        oneStream = true;
        offsetKey = "inflated-offset=";
        openAt(0);
      }
    } catch (IOException | RuntimeException e) {
      close();
      push(Page.rejected(path, relPath, fileLength, null, RejectReason.UNREADABLE, RecordReader.describe(e)));
    }
  }

  @Override
  protected Page advance() {
    if (reader == null) {
      return null;
    }
    WarcRecord record;
    long offset;
    try {
      Optional<WarcRecord> read = reader.next();
      if (read.isEmpty()) {
        close();
        return lastOffset < 0 && !damagedAny ? Page.rejected(path, relPath, fileLength, null, RejectReason.EMPTY,
            "no WARC record in the file") : null;
      }
      record = read.get();
      offset = base + reader.position();
    } catch (IOException | RuntimeException e) {
      // a failure in the previous record's trailer leaves the position on that record
      return damaged(Math.max(base + reader.position(), lastOffset + 1), e);
    }
    Bounded.Bytes block;
    try {
      block = readBlock(record);
    } catch (IOException | RuntimeException e) {
      return damaged(offset, e);
    }
    lastOffset = offset;
    return page(record, offset, block);
  }

  /** The record's block, read through so that a damaged gzip member is this record's fault, not the next one's. */
  private static Bounded.Bytes readBlock(WarcRecord record) throws IOException {
    InputStream body = record.body().stream();
    return record instanceof WarcResponse ? Bounded.readThrough(body, Decoder.MAX_TEXT_BYTES) : Bounded.hashOnly(body);
  }

  private Page page(WarcRecord record, long offset, Bounded.Bytes block) {
    String position = offsetKey + offset;
    String recordPath = Page.recordPath(path, position);
    String recordId = Page.recordPath(relPath, position);
    if (!(record instanceof WarcResponse response)) {
      return Page.skipped(recordPath, recordId, block.length(), block.hash(), record.type());
    }
    if (!"application/http".equals(record.contentType().base().toString())) {
      return Page.skipped(recordPath, recordId, block.length(), block.hash(), "response " + record.contentType().base());
    }
    if (block.tooLarge()) {
      return Page.rejected(recordPath, recordId, block.length(), block.hash(), RejectReason.TOO_LARGE,
          "WARC record of " + block.length() + " bytes; the limit is " + Decoder.MAX_TEXT_BYTES);
    }
    try {
      HttpResponse http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block.bytes())));
      MediaType type = http.contentType();
      if (http.status() < 200 || http.status() > 299) {
        return Page.skipped(recordPath, recordId, block.length(), block.hash(), "response status " + http.status());
      }
      if (!isHtml(type)) {
        return Page.skipped(recordPath, recordId, block.length(), block.hash(), "response " + type.base());
      }
      Bounded.Bytes body = Bounded.read(http.bodyDecoded().stream(), Decoder.MAX_TEXT_BYTES);
      if (body.tooLarge()) {
        return Page.rejected(recordPath, recordId, block.length(), block.hash(), RejectReason.TOO_LARGE,
            "HTTP body inflates past " + Decoder.MAX_TEXT_BYTES + " bytes");
      }
      Decoded d = Decoder.decode("record.html", body.bytes(), type.parameters().get("charset"));
      return Page.decoded(recordPath, recordId, block.length(), block.hash(), d, response.target(), captured(record));
    } catch (IOException | RuntimeException e) {
      return Page.rejected(recordPath, recordId, block.length(), block.hash(), RejectReason.CORRUPT_RECORD,
          "HTTP response in the WARC record at byte " + offset + " cannot be parsed: " + RecordReader.describe(e));
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static String captured(WarcRecord record) {
    try {
      return record.date().toString();
    } catch (RuntimeException noOrBadDate) {
      return null;
    }
  }

  /**
   * A reject for the damaged record at {@code at}; reading goes on at the next readable record.
   * The reject spans the damaged bytes, up to where reading resumed (or the end of the file).
   */
  private Page damaged(long at, Exception e) {
    // in a .gz file, bytes that do not even start a gzip member are damaged compression
    boolean noGzipMember = gzip && !oneStream && reader != null && reader.compression() != WarcCompression.GZIP;
    close();
    damagedAny = true;
    long resume = oneStream ? -1 : resync(at + 1);
    String reason = gzip && (noGzipMember || e instanceof ZipException || e instanceof EOFException || isGzipError(e))
        ? RejectReason.CORRUPT_GZIP : RejectReason.CORRUPT_RECORD;
    String detail = "WARC record at byte " + at + " cannot be read: " + RecordReader.describe(e)
        + (resume >= 0 ? "; reading resumed at byte " + resume : "; no readable record after it");
    String position = offsetKey + at;
    Page reject = Page.rejected(Page.recordPath(path, position), Page.recordPath(relPath, position),
        Math.max(0, (resume >= 0 ? resume : fileLength) - at), null, reason, detail);
    if (resume >= 0) {
      try {
        openAt(resume);
      } catch (IOException | RuntimeException reopenFailed) {
        close();
      }
    }
    return reject;
  }

  private static boolean isGzipError(Exception e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return m.contains("gzip") || m.contains("inflat") || m.contains("deflat") || m.contains("crc");
  }

  /** The offset of the next record at or after {@code from} that parses, or -1. */
  private long resync(long from) {
    byte[] marker = gzip ? GZIP_MEMBER : WARC_LINE;
    long candidate = from;
    while ((candidate = find(marker, candidate)) >= 0) {
      if (readableAt(candidate)) {
        return candidate;
      }
      candidate++;
    }
    return -1;
  }

  private long find(byte[] marker, long from) {
    try (InputStream s = files.open(path, from)) {
      byte[] buf = new byte[64 * 1024];
      byte[] window = new byte[marker.length];
      int filled = 0;
      long pos = from;
      int n;
      while ((n = s.read(buf)) > 0) {
        for (int i = 0; i < n; i++, pos++) {
          System.arraycopy(window, 1, window, 0, window.length - 1);
          window[window.length - 1] = buf[i];
          if (++filled >= marker.length && java.util.Arrays.equals(window, marker)) {
            return pos - marker.length + 1;
          }
        }
      }
      return -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private boolean readableAt(long offset) {
    try (InputStream s = files.open(path, offset); WarcReader r = new WarcReader(s)) {
      return r.next().isPresent();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether the second record starts somewhere that is not a gzip member: then jwarc's positions
   * are where its inflater happened to be, not where records start, and could even repeat.
   */
  private boolean isOneStream() {
    try (InputStream s = files.open(path, 0); WarcReader probe = new WarcReader(s)) {
      if (probe.next().isEmpty() || probe.next().isEmpty()) {
        return false;
      }
      long second = probe.position();
      try (InputStream at = files.open(path, second)) {
        byte[] magic = at.readNBytes(GZIP_MEMBER.length);
        return !java.util.Arrays.equals(magic, GZIP_MEMBER);
      }
    } catch (IOException | RuntimeException damagedEarly) {
      return false;
    }
  }

  private void openAt(long offset) throws IOException {
    base = offset;
    in = files.open(path, offset);
    if (oneStream) {
      in = new java.util.zip.GZIPInputStream(in, 64 * 1024);
    }
    reader = new WarcReader(in);
    reader.setLenient(true);
  }

  private void close() {
    try {
      if (reader != null) {
        reader.close();
      } else if (in != null) {
        in.close();
      }
    } catch (IOException ignored) {
      // nothing more will be read from it
    }
    reader = null;
    in = null;
  }
}
