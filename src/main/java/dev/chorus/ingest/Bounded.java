package dev.chorus.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream into memory only up to a limit. {@link #read} stops reading one byte past the
 * limit, so a stream that never ends (a file still being written, a device) cannot hold up a run;
 * {@link #readThrough} hashes the rest without keeping it, for a stream whose end is known (a
 * WARC record, bounded by its Content-Length).
 */
final class Bounded {

  /**
   * The bytes (null when over the limit), how many were read, their SHA-256, and whether reading
   * stopped before the end of the stream (then {@code length} and {@code hash} cover only what was read).
   */
  record Bytes(byte[] bytes, long length, String hash, boolean stopped) {
    Bytes(byte[] bytes, long length, String hash) {
      this(bytes, length, hash, false);
    }

    boolean tooLarge() {
      return bytes == null;
    }

    /** For a reject's detail: what {@code content_hash} covers when reading stopped early. */
    String hashNote() {
      return stopped ? "; reading stopped there, content_hash covers the first " + length + " bytes" : "";
    }
  }

  private Bounded() {}

  /** At most {@code limit + 1} bytes: past the limit the stream is left unread. */
  static Bytes read(InputStream in, int limit) throws IOException {
    return read(in, limit, false);
  }

  /** Like {@link #read}, but a stream over the limit is read to its end, hashed and dropped. */
  static Bytes readThrough(InputStream in, int limit) throws IOException {
    return read(in, limit, true);
  }

  /** Reads nothing into memory: the length and SHA-256 of what is left of the stream. */
  static Bytes hashOnly(InputStream in) throws IOException {
    return read(in, -1, true);
  }

  private static Bytes read(InputStream in, int limit, boolean through) throws IOException {
    Sha256 sha = new Sha256();
    ByteArrayOutputStream kept = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    boolean over = false;
    int n;
    while ((n = in.read(buf, 0, through ? buf.length : (int) Math.min(buf.length, limit + 1L - total))) > 0) {
      sha.update(buf, 0, n);
      total += n;
      if (!over && total > limit) {
        over = true;
        kept = null;
        if (!through) {
          return new Bytes(null, total, sha.hex(), true);
        }
      }
      if (!over) {
        kept.write(buf, 0, n);
      }
    }
    return new Bytes(over ? null : kept.toByteArray(), total, sha.hex());
  }
}
