package dev.chorus.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory only up to a limit; past it the bytes are hashed and dropped, never held. */
final class Bounded {

  /** The bytes (null when over the limit), how many there were, and their SHA-256. */
  record Bytes(byte[] bytes, long length, String hash) {
    boolean tooLarge() {
      return bytes == null;
    }
  }

  private Bounded() {}

  static Bytes read(InputStream in, int limit) throws IOException {
    Sha256 sha = new Sha256();
    ByteArrayOutputStream kept = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    boolean over = false;
    int n;
    while ((n = in.read(buf)) > 0) {
      sha.update(buf, 0, n);
      total += n;
      if (!over && total > limit) {
        over = true;
        kept = null;
      }
      if (!over) {
        kept.write(buf, 0, n);
      }
    }
    return new Bytes(over ? null : kept.toByteArray(), total, sha.hex());
  }

  /** Reads nothing into memory: the length and SHA-256 of what is left of the stream. */
  static Bytes hashOnly(InputStream in) throws IOException {
    return read(in, -1);
  }
}
