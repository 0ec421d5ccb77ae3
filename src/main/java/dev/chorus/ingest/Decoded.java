package dev.chorus.ingest;

/**
 * One input file turned into text, or the reason it could not be.
 *
 * @param text decoded text, null when rejected
 * @param charset the charset the bytes were read with (e.g. "UTF-8", "windows-1252")
 * @param charsetSource how that charset was chosen: {@link #BOM}, {@link #DECLARED}, {@link #UTF8},
 *     {@link #DETECTED} or {@link #DEFAULT}
 * @param html whether the text is an HTML page rather than a plain-text dump
 * @param rejectReason null when decoded; otherwise a short machine-readable reason
 * @param rejectDetail a human-readable explanation of the reason
 */
public record Decoded(String text, String charset, String charsetSource, boolean html, String rejectReason,
    String rejectDetail) {

  /** A byte-order mark at the start of the bytes named the charset. */
  public static final String BOM = "bom";
  /** The page's {@code <meta charset>} or the transport's Content-Type named it. */
  public static final String DECLARED = "declared";
  /** Nothing was declared and the bytes are valid UTF-8 (a JSON line always is: JSON is UTF-8). */
  public static final String UTF8 = "utf8";
  /** Nothing usable was declared, the bytes are not UTF-8, and charset detection named the charset. */
  public static final String DETECTED = "detected";
  /** As {@link #DETECTED}, but detection named no charset it could read: windows-1252, as browsers do. */
  public static final String DEFAULT = "default";

  static Decoded ok(String text, String charset, String charsetSource, boolean html) {
    return new Decoded(text, charset, charsetSource, html, null, null);
  }

  static Decoded reject(String reason, String detail) {
    return new Decoded(null, null, null, false, reason, detail);
  }

  public boolean isRejected() {
    return rejectReason != null;
  }
}
