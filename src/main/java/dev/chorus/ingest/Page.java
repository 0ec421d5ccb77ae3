package dev.chorus.ingest;

import dev.chorus.tables.NamedRow;
import dev.chorus.tables.Schemas;
import org.apache.spark.sql.Row;

/**
 * One {@code Schemas.PAGES} row: an input record decoded to text (with what its container
 * states about it), or the reason it could not be. See {@code Schemas.PAGES} for the fields.
 */
public record Page(
    String path,
    String recordId,
    long bytes,
    String contentHash,
    String charset,
    String charsetSource,
    boolean html,
    boolean extracted,
    String text,
    String url,
    String captured,
    String title,
    String byline,
    String published,
    String language,
    String site,
    String rejectReason,
    String rejectDetail) {

  /** A record of a multi-record file: its path and id name the file and the record's place in it. */
  static String recordPath(String file, String position) {
    return file + "#" + position;
  }

  static Page decoded(String path, String recordId, long bytes, String hash, Decoded d, String url, String captured) {
    return new Page(path, recordId, bytes, hash, d.charset(), d.charsetSource(), d.html(), false, d.text(), url,
        captured, null, null, null, null, null, d.rejectReason(), d.rejectDetail());
  }

  static Page rejected(String path, String recordId, long bytes, String hash, String reason, String detail) {
    return new Page(path, recordId, bytes, hash, null, null, false, false, null, null, null,
        null, null, null, null, null, reason, detail);
  }

  /** A record that is no page at all (a WARC request, metadata, an image): counted, never an article or a reject. */
  static Page skipped(String path, String recordId, long bytes, String hash, String what) {
    return rejected(path, recordId, bytes, hash, RejectReason.SKIPPED, what);
  }

  public boolean isSkipped() {
    return RejectReason.SKIPPED.equals(rejectReason);
  }

  public Row toRow() {
    return NamedRow.of(Schemas.PAGES).set("path", path).set("record_id", recordId).set("bytes", bytes)
        .set("content_hash", contentHash).set("charset", charset).set("charset_source", charsetSource)
        .set("is_html", html).set("extracted", extracted).set("text", text).set("url", url).set("captured", captured)
        .set("title", title).set("byline", byline).set("published", published).set("language", language)
        .set("site", site).set("reject_reason", rejectReason).set("reject_detail", rejectDetail).build();
  }
}
