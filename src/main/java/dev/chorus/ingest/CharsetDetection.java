package dev.chorus.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Names the charset of bytes that declare none and are not UTF-8, with juniversalchardet (a Java
 * port of Mozilla's universal charset detector: byte-frequency models of the Cyrillic, Greek,
 * Hebrew, Thai and Western single-byte code pages and state machines of the CJK multi-byte ones).
 * Returns null when it names none, or one Java cannot decode, or one that cannot be right
 * (UTF-8 or UTF-16 for bytes already found not to be valid UTF-8 and to carry no byte-order mark).
 */
final class CharsetDetection {

  private static final int CHUNK = 64 * 1024;

  private CharsetDetection() {}

  static Charset detect(byte[] raw) {
    UniversalDetector detector = new UniversalDetector();
    // fed in chunks: the detector stops once it is sure, so a long page is rarely read whole
    for (int off = 0; off < raw.length && !detector.isDone(); off += CHUNK) {
      detector.handleData(raw, off, Math.min(CHUNK, raw.length - off));
    }
    detector.dataEnd();
    String label = detector.getDetectedCharset();
    if (label == null || !Charset.isSupported(label)) {
      return null;
    }
    Charset charset = Charset.forName(label);
    return charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-") ? null : charset;
  }
}
