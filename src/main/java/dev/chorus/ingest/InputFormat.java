package dev.chorus.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * How an input file holds its records: one page per file, WARC records, or JSON lines. The name
 * decides first ({@code .warc}, {@code .jsonl}, {@code .ndjson}, each optionally {@code .gz});
 * otherwise the first bytes (inflated when gzip): a WARC file starts with {@code WARC/1.},
 * JSON lines with <code>{"</code>, either after a UTF-8 byte-order mark. A {@code .txt} or
 * {@code .htm(l)} name is always a page.
 */
public enum InputFormat {
  PAGE, WARC, JSONL;

  /** Bytes of the file's head that {@link #of} looks at. */
  static final int HEAD_BYTES = 64 * 1024;
  private static final int SNIFF_INFLATED = 16;

  static InputFormat of(String path, byte[] head, int headLength) {
    String name = stripGz(path.toLowerCase(Locale.ROOT));
    if (name.endsWith(".warc")) {
      return WARC;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    String start = stripBom(new String(inflatedHead(head, headLength), StandardCharsets.ISO_8859_1));
    if (start.startsWith("WARC/1.")) {
      return WARC;
    }
    boolean pageName = name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")
        || name.endsWith(".xhtml");
    return !pageName && start.stripLeading().startsWith("{\"") ? JSONL : PAGE;
  }

  static boolean isGzip(byte[] head, int headLength) {
    return headLength >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  /** A UTF-8 byte-order mark, read as ISO-8859-1, is no part of a format's signature. */
  private static String stripBom(String start) {
    return start.startsWith("\u00EF\u00BB\u00BF") ? start.substring(3) : start;
  }

  private static String stripGz(String name) {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  private static byte[] inflatedHead(byte[] head, int headLength) {
    if (!isGzip(head, headLength)) {
      return java.util.Arrays.copyOf(head, Math.min(headLength, SNIFF_INFLATED));
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head, 0, headLength))) {
      return in.readNBytes(SNIFF_INFLATED);
    } catch (IOException | RuntimeException damaged) {
      return new byte[0];
    }
  }
}
