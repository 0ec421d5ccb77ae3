package dev.chorus.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A streaming SHA-256 of a file's or a record's bytes, written as 64 hex digits ({@code content_hash}). */
final class Sha256 {

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final MessageDigest digest;

  Sha256() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM ships SHA-256", e);
    }
  }

  static String hex(byte[] bytes, int length) {
    Sha256 sha = new Sha256();
    sha.update(bytes, 0, length);
    return sha.hex();
  }

  void update(byte[] bytes, int offset, int length) {
    digest.update(bytes, offset, length);
  }

  String hex() {
    byte[] d = digest.digest();
    StringBuilder sb = new StringBuilder(d.length * 2);
    for (byte b : d) {
      sb.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
    return sb.toString();
  }
}
