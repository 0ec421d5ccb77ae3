package dev.chorus.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Content-hash ids: the same defining content gives the same id on every run and machine. */
public final class Ids {

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  /** 64 bits: a collision among a million ids has odds of about 1 in 36 million. */
  private static final int ID_BYTES = 8;

  private Ids() {}

  /** Hex SHA-256 prefix of the parts, joined by a separator no text contains. */
  public static String of(String... parts) {
    MessageDigest sha = sha256();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sha.update((byte) 0x1F);
      }
      sha.update(String.valueOf(parts[i]).getBytes(StandardCharsets.UTF_8));
    }
    byte[] digest = sha.digest();
    StringBuilder sb = new StringBuilder(ID_BYTES * 2);
    for (int i = 0; i < ID_BYTES; i++) {
      sb.append(HEX[(digest[i] >> 4) & 0xF]).append(HEX[digest[i] & 0xF]);
    }
    return sb.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM ships SHA-256", e);
    }
  }
}
