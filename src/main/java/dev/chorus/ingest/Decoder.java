package dev.chorus.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns the bytes of one input file into text: inflates gzip, detects binary files, honours a
 * byte-order mark and an HTML charset declaration, and otherwise reads UTF-8 when the bytes are
 * valid UTF-8; bytes that are not are read in the charset {@link CharsetDetection} names
 * (windows-1251, Shift_JIS, GB18030, ...), else in windows-1252 (ISO-8859-1 for the five bytes
 * windows-1252 leaves undefined). Pure Java, thread-safe, never throws on bad input.
 */
public final class Decoder {

  /** Inflated files larger than this are refused, so a gzip bomb is never inflated into memory. */
  public static final int MAX_TEXT_BYTES = 64 * 1024 * 1024;

  private static final int SNIFF_BYTES = 4096;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_START =
      Pattern.compile("^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private Decoder() {}

  /**
   * @param name the file's name or path: ".gz" means gzip, ".htm(l)" means HTML
   * @param bytes the file's raw bytes
   */
  public static Decoded decode(String name, byte[] bytes) {
    return decode(name, bytes, null);
  }

  /**
   * @param transportCharset the charset the transport declared (an HTTP Content-Type's charset
   *     parameter), or null; it is read like a page's own {@code <meta charset>} and wins over it
   */
  public static Decoded decode(String name, byte[] bytes, String transportCharset) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    byte[] raw = bytes == null ? new byte[0] : bytes;
    if (isGzip(lower, raw)) {
      Inflated inflated = gunzip(raw);
      if (inflated.reject != null) {
        return inflated.reject;
      }
      raw = inflated.bytes;
      lower = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
    }
    if (raw.length > MAX_TEXT_BYTES) {
      return Decoded.reject(RejectReason.TOO_LARGE, raw.length + " bytes; the limit is " + MAX_TEXT_BYTES);
    }
    if (isBlank(raw)) {
      return Decoded.reject(RejectReason.EMPTY, raw.length == 0 ? "0 bytes" : "only whitespace");
    }
    if (looksBinary(raw)) {
      return Decoded.reject(RejectReason.BINARY, "NUL or control bytes in the first " + SNIFF_BYTES + " bytes");
    }
    String sniff = new String(raw, 0, Math.min(raw.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
        || HTML_START.matcher(stripBom(sniff)).find();
    Charset declared = charsetFor(transportCharset);
    return decodeText(raw, declared != null ? declared : html ? declaredCharset(sniff) : null, html);
  }

  private static Decoded decodeText(byte[] raw, Charset declared, boolean html) {
    if (startsWith(raw, 0xEF, 0xBB, 0xBF)) {
      return fromCharset(raw, 3, StandardCharsets.UTF_8, Decoded.BOM, html);
    }
    if (startsWith(raw, 0xFF, 0xFE)) {
      return fromCharset(raw, 2, StandardCharsets.UTF_16LE, Decoded.BOM, html);
    }
    if (startsWith(raw, 0xFE, 0xFF)) {
      return fromCharset(raw, 2, StandardCharsets.UTF_16BE, Decoded.BOM, html);
    }
    // A page that declares UTF-8 but is not valid UTF-8 is common; the bytes win over the label.
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return fromCharset(raw, 0, singleByteRefinement(declared, raw), Decoded.DECLARED, html);
    }
    String utf8 = strictUtf8(raw);
    if (utf8 != null) {
      return Decoded.ok(utf8, "UTF-8", Decoded.UTF8, html);
    }
    Charset detected = CharsetDetection.detect(raw);
    if (detected != null) {
      Decoded d = fromCharset(raw, 0, singleByteRefinement(detected, raw), Decoded.DETECTED, html);
      // a guess that decodes to replacement or control characters is no better than the default
      if (!d.isRejected() && d.text().indexOf('\uFFFD') < 0) {
        return d;
      }
    }
    return fromCharset(raw, 0, singleByteRefinement(WINDOWS_1252, raw), Decoded.DEFAULT, html);
  }

  /** windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined: such bytes mean ISO-8859-1. */
  private static Charset singleByteRefinement(Charset charset, byte[] raw) {
    if (!charset.equals(WINDOWS_1252)) {
      return charset;
    }
    for (byte b : raw) {
      int v = b & 0xFF;
      if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
        return StandardCharsets.ISO_8859_1;
      }
    }
    return charset;
  }

  private static Decoded fromCharset(byte[] raw, int offset, Charset charset, String source, boolean html) {
    String text = new String(raw, offset, raw.length - offset, charset);
    if (text.isBlank()) {
      return Decoded.reject(RejectReason.EMPTY, "only a byte-order mark or whitespace");
    }
    if (controlRatio(text) > 0.05) {
      return Decoded.reject(RejectReason.UNDECODABLE, "control characters after decoding as " + charset.name());
    }
    return Decoded.ok(text, charset.name(), source, html);
  }

  private static Charset declaredCharset(String sniff) {
    Matcher m = META_CHARSET.matcher(sniff);
    return m.find() ? charsetFor(m.group(1)) : null;
  }

  private static Charset charsetFor(String declaredLabel) {
    if (declaredLabel == null || declaredLabel.isBlank()) {
      return null;
    }
    String label = declaredLabel.strip().replace("\"", "").toLowerCase(Locale.ROOT);
    // Browsers read latin-1 and ascii labels as windows-1252 (WHATWG encoding standard).
    if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(label);
    } catch (IllegalArgumentException unknownOrIllegalLabel) {
      return null;
    }
  }

  /** The bytes as UTF-8, or null when they are not valid UTF-8. */
  static String strictUtf8(byte[] raw) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }

  private static boolean isGzip(String lower, byte[] raw) {
    return raw.length >= 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B
        || lower.endsWith(".gz") && raw.length > 0;
  }

  private record Inflated(byte[] bytes, Decoded reject) {}

  private static Inflated gunzip(byte[] raw) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(MAX_TEXT_BYTES, raw.length * 4 + 64));
      byte[] buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > MAX_TEXT_BYTES) {
          return new Inflated(null, Decoded.reject(RejectReason.TOO_LARGE,
              "inflates past " + MAX_TEXT_BYTES + " bytes (" + raw.length + " compressed)"));
        }
        out.write(buf, 0, n);
      }
      return new Inflated(out.toByteArray(), null);
    } catch (IOException | RuntimeException e) {
      return new Inflated(null, Decoded.reject(RejectReason.CORRUPT_GZIP, String.valueOf(e.getMessage())));
    }
  }

  private static boolean isBlank(byte[] raw) {
    for (byte b : raw) {
      if (!Character.isWhitespace(b & 0xFF) && (b & 0xFF) != 0xA0) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes, or many C0 control bytes, in the head of the file: not text in any 8-bit encoding. */
  private static boolean looksBinary(byte[] raw) {
    if (startsWith(raw, 0xFF, 0xFE) || startsWith(raw, 0xFE, 0xFF)) {
      return false;
    }
    int n = Math.min(raw.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int v = raw[i] & 0xFF;
      if (v == 0) {
        return true;
      }
      if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') {
        control++;
      }
    }
    return control > n / 20;
  }

  private static double controlRatio(String text) {
    int n = Math.min(text.length(), SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') {
        control++;
      }
    }
    return n == 0 ? 0 : (double) control / n;
  }

  private static boolean startsWith(byte[] raw, int... prefix) {
    if (raw.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((raw[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String stripBom(String s) {
    return s.startsWith("\u00EF\u00BB\u00BF") ? s.substring(3) : s;
  }
}
