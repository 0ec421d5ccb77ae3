package dev.chorus.clean;

public final class TextDumpExtractor {
  private TextDumpExtractor() {}

  public static Extraction extract(String text) {
    String body = text == null ? "" : text.strip();
    return new Extraction(null, body, null, null, null, null, null, 0);
  }
}
