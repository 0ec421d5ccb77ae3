package dev.chorus.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Banded MinHash signatures of a set of strings, in plain Java, for candidate pairs without an
 * all-pairs comparison (near-copies, events). Spark SQL can express the same with
 * {@code transform} and {@code xxhash64}, but higher-order functions are interpreted row by row,
 * not compiled: 48 passes over every article's ~600 shingles cost 67 of the 2,000-article
 * benchmark's 340 CPU-seconds (bench/run). Here each element is hashed once and each of the
 * {@code bands x rows} hash functions is one xor and mix of that hash. Spark's own MinHashLSH
 * buckets on single min-hashes, which puts every set whose smallest hash is a common element
 * into one bucket.
 */
public final class MinHashBands {

  private MinHashBands() {}

  /** The sorted, distinct {@link #hash}es of a set of strings. */
  public static List<Long> hashes(List<String> set) {
    long[] h = new long[set.size()];
    for (int i = 0; i < h.length; i++) {
      h[i] = hash(set.get(i));
    }
    Arrays.sort(h);
    List<Long> out = new ArrayList<>(h.length);
    for (int i = 0; i < h.length; i++) {
      if (i == 0 || h[i] != h[i - 1]) {
        out.add(h[i]);
      }
    }
    return out;
  }

  /**
   * One key per band: the band number and its {@code rows} min-hashes, mixed into one long. Two
   * sets share a band's key (almost only) when all of that band's min-hashes agree, which happens
   * with probability Jaccard^rows.
   *
   * @param hashes the set's elements, already hashed ({@link #hashes})
   * @return {@code bands} keys; band b of one set is comparable only with band b of another
   */
  public static List<Long> keys(List<Long> hashes, int bands, int rows) {
    long[] salts = salts(bands * rows);
    long[] min = new long[salts.length];
    // one pass per hash function over the unboxed hashes: the profile of a 20,000-article run had
    // this loop as the job's hottest method while it divided by the seeds' length for every pair
    long[] h = new long[hashes.size()];
    int n = 0;
    for (long x : hashes) {
      h[n++] = x;
    }
    for (int f = 0; f < salts.length; f++) {
      long salt = salts[f];
      long m = Long.MAX_VALUE;
      for (long x : h) {
        long v = mix(x ^ salt);
        if (v < m) {
          m = v;
        }
      }
      min[f] = m;
    }
    List<Long> keys = new ArrayList<>(bands);
    for (int b = 0; b < bands; b++) {
      long key = mix(b + 1L);
      for (int r = 0; r < rows; r++) {
        key = mix(key ^ min[b * rows + r]);
      }
      keys.add(key);
    }
    return keys;
  }

  /** Hash function f xors each element's hash with salt f before mixing. */
  private static long[] salts(int functions) {
    long[] salts = new long[functions];
    for (int f = 0; f < functions; f++) {
      salts[f] = SEEDS[f % SEEDS.length] * (f + 1);
    }
    return salts;
  }

  /** 64-bit FNV-1a over the UTF-16 chars, finished with {@link #mix}: stable across JVMs and runs. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The SplitMix64 finaliser: every input bit affects every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static final long[] SEEDS = {
    0x9e3779b97f4a7c15L, 0xc2b2ae3d27d4eb4fL, 0x165667b19e3779f9L, 0xd6e8feb86659fd93L,
    0xff51afd7ed558ccdL, 0xc4ceb9fe1a85ec53L, 0x2545f4914f6cdd1dL, 0x5851f42d4c957f2dL
  };
}
