package dev.chorus.ingest;

/** The reasons an input ends up in {@code rejects}; README lists them for users. */
public final class RejectReason {
  /** zero bytes, or only whitespace */
  public static final String EMPTY = "empty";
  /** not text: NUL bytes or control characters */
  public static final String BINARY = "binary";
  /** a .gz that cannot be inflated (truncated or corrupt), or a WARC/JSONL record inside one */
  public static final String CORRUPT_GZIP = "corrupt_gzip";
  /** a WARC record or JSON line that cannot be parsed; the file's other records are still read */
  public static final String CORRUPT_RECORD = "corrupt_record";
  /** larger than the size limit, before or after inflating */
  public static final String TOO_LARGE = "too_large";
  /** text that decodes to nothing readable */
  public static final String UNDECODABLE = "undecodable";
  /** the file system refused to open or read the file (permissions, vanished, I/O error) */
  public static final String UNREADABLE = "unreadable";
  /** readable, but no article text on the page (index pages, cookie walls, menus only) */
  public static final String NO_ARTICLE = "no_article";
  /**
   * Not a reject: a WARC record that is not an HTML page (request, metadata, an image response).
   * Such rows are counted in the run summary and kept out of both articles and rejects.
   */
  public static final String SKIPPED = "skipped";

  private RejectReason() {}
}
