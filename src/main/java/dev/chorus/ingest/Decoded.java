package dev.chorus.ingest;

/**
 * One input file turned into text, or the reason it could not be.
 *
 * @param text decoded text, null when rejected
 * @param charset the charset the bytes were read with (e.g. "UTF-8", "windows-1252")
 * @param html whether the text is an HTML page rather than a plain-text dump
 * @param rejectReason null when decoded; otherwise a short machine-readable reason
 * @param rejectDetail a human-readable explanation of the reason
 */
public record Decoded(String text, String charset, boolean html, String rejectReason, String rejectDetail) {

  static Decoded ok(String text, String charset, boolean html) {
    return new Decoded(text, charset, html, null, null);
  }

  static Decoded reject(String reason, String detail) {
    return new Decoded(null, null, false, reason, detail);
  }

  public boolean isRejected() {
    return rejectReason != null;
  }
}
