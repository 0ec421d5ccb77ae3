package dev.chorus.ingest;

/** The reasons an input ends up in {@code rejects}; README lists them for users. */
public final class RejectReason {
  /** zero bytes, or only whitespace */
  public static final String EMPTY = "empty";
  /** not text: NUL bytes or control characters */
  public static final String BINARY = "binary";
  /** a .gz that cannot be inflated (truncated or corrupt) */
  public static final String CORRUPT_GZIP = "corrupt_gzip";
  /** larger than the size limit, before or after inflating */
  public static final String TOO_LARGE = "too_large";
  /** text that decodes to nothing readable */
  public static final String UNDECODABLE = "undecodable";
  /** readable, but no article text on the page (index pages, cookie walls, menus only) */
  public static final String NO_ARTICLE = "no_article";

  private RejectReason() {}
}
