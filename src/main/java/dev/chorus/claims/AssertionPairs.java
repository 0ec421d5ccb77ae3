package dev.chorus.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pairs of one event's assertion clusters that state one fact: the rules of {@link
 * AssertionMatch}, in plain Java over one event's assertions at a time, so that they are tested
 * without Spark and cost no shuffle per step (as Spark joins, the postings' self-join and its key
 * counts moved 7.4 million rows at 20,000 bench articles).
 *
 * <p>Every ordering is by content (cluster ids, keys), never by arrival: the same event gives the
 * same pairs however its rows were partitioned.
 */
final class AssertionPairs {

  /** One assertion of the event: its cluster, article, sentence (a hash of its text), value and outlet. */
  record Assertion(String clusterId, String articleId, long sentenceHash, String value, String source) {}

  /** Two clusters (a &lt; b) that are one claim. */
  record Pair(String a, String b) {}

  /** A candidate: clusters a &lt; b, the outlet that states each (its smallest), and their key overlap. */
  record Candidate(String a, String b, String aSource, String bSource, double overlap) {}

  /** Keys are ordered by their code points, as Spark orders strings (by their UTF-8 bytes). */
  private static final Comparator<String> BY_CODE_POINTS = (x, y) -> {
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int cx = x.codePointAt(i);
      int cy = y.codePointAt(j);
      if (cx != cy) {
        return Integer.compare(cx, cy);
      }
      i += Character.charCount(cx);
      j += Character.charCount(cy);
    }
    return Integer.compare(x.length() - i, y.length() - j);
  };

  /** A cluster of the event as the pairing sees it. */
  private static final class Cluster {
    final String id;
    String value;
    String minSource;
    String maxSource;
    Set<String> keys;
    List<String> posted = List.of();

    Cluster(String id) {
      this.id = id;
    }
  }

  private AssertionPairs() {}

  /** The pairs of one event's assertion clusters that are one claim, sorted. */
  static List<Pair> of(List<Assertion> assertions) {
    TreeMap<String, Cluster> clusters = new TreeMap<>();
    Set<String> sources = new HashSet<>();
    for (Assertion a : assertions) {
      Cluster c = clusters.computeIfAbsent(a.clusterId(), Cluster::new);
      // a cluster's sentences are one value (a reprint's are identical): the smallest stands for them
      c.value = min(c.value, a.value());
      c.minSource = min(c.minSource, a.source());
      c.maxSource = c.maxSource == null || a.source() != null && BY_CODE_POINTS.compare(a.source(), c.maxSource) > 0
          ? a.source() : c.maxSource;
      if (a.source() != null) {
        sources.add(a.source());
      }
    }
    if (sources.size() < 2) {
      return List.of(); // one outlet alone does not confirm itself
    }
    for (Cluster c : clusters.values()) {
      c.keys = AssertionKeys.of(c.value);
    }
    post(clusters, assertions);
    return closestPerOutlet(candidates(clusters));
  }

  /**
   * Each cluster's posted keys: its {@link AssertionMatch#POSTED_KEYS} rarest among the keys that
   * are no topic of the event. Sentences, not assertions, are counted: a sentence and its clauses
   * ({@link Assertions#clauses}) use its words once.
   */
  private static void post(Map<String, Cluster> clusters, List<Assertion> assertions) {
    Map<String, Set<String>> articles = new HashMap<>();
    Map<String, Set<Long>> sentences = new HashMap<>();
    for (Assertion a : assertions) {
      for (String k : clusters.get(a.clusterId()).keys) {
        articles.computeIfAbsent(k, x -> new HashSet<>()).add(a.articleId());
        sentences.computeIfAbsent(k, x -> new HashSet<>()).add(a.sentenceHash());
      }
    }
    Map<String, Integer> rare = new HashMap<>();
    for (Map.Entry<String, Set<Long>> e : sentences.entrySet()) {
      int n = e.getValue().size();
      if (n <= Math.min(articles.get(e.getKey()).size() * AssertionMatch.SPREAD, AssertionMatch.MAX_POSTINGS)) {
        rare.put(e.getKey(), n);
      }
    }
    Comparator<String> rarestFirst = Comparator.<String>comparingInt(rare::get).thenComparing(BY_CODE_POINTS);
    for (Cluster c : clusters.values()) {
      c.posted = c.keys.stream().filter(rare::containsKey).sorted(rarestFirst).limit(AssertionMatch.POSTED_KEYS)
          .toList();
    }
  }

  /**
   * Clusters that share {@link AssertionMatch#SHARED_KEYS} posted keys, whose keys overlap by
   * {@link AssertionMatch#SAME_ASSERTION} (Dice) and that not one and the same outlet alone states.
   */
  private static List<Candidate> candidates(TreeMap<String, Cluster> clusters) {
    List<Cluster> ordered = new ArrayList<>(clusters.values()); // by id: i < j is a < b
    Map<String, List<Integer>> postings = new TreeMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      for (String k : ordered.get(i).posted) {
        postings.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    Map<Long, Integer> shared = new HashMap<>();
    for (List<Integer> posting : postings.values()) {
      for (int x = 0; x < posting.size(); x++) {
        for (int y = x + 1; y < posting.size(); y++) {
          shared.merge(((long) posting.get(x) << 32) | posting.get(y), 1, Integer::sum);
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : shared.entrySet()) {
      if (e.getValue() < AssertionMatch.SHARED_KEYS) {
        continue;
      }
      Cluster a = ordered.get((int) (e.getKey() >>> 32));
      Cluster b = ordered.get((int) (e.getKey() & 0xffffffffL));
      boolean oneOutlet = Objects.equals(a.minSource, a.maxSource) && Objects.equals(b.minSource, b.maxSource)
          && Objects.equals(a.minSource, b.minSource);
      double overlap = AssertionKeys.dice(a.keys, b.keys);
      if (!oneOutlet && overlap >= AssertionMatch.SAME_ASSERTION) {
        out.add(new Candidate(a.id, b.id, a.minSource, b.minSource, overlap));
      }
    }
    return out;
  }

  /**
   * The candidates in which one sentence is the other's closest among that outlet's candidates. An
   * outlet states one fact once, in one sentence; a sentence that sums up two facts ("the mayor, who
   * arrived by train at noon, said the bridge would reopen in May") is close to several of another
   * outlet's sentences, and joining every close pair chained the facts of a story into one cluster
   * through such sentences (57 sentences in one cluster on dev2). Each sentence joins at most one
   * sentence per other outlet, its closest; it may still be another sentence's closest (requiring
   * both at once lost a fifth of dev2's found facts). Ties go to the smaller cluster id: stable.
   */
  static List<Pair> closestPerOutlet(List<Candidate> candidates) {
    // each candidate seen from both of its clusters: x's best candidate per outlet of the other
    Map<List<String>, Candidate> best = new HashMap<>();
    for (Candidate c : candidates) {
      choose(best, c, c.a(), c.bSource());
      choose(best, c, c.b(), c.aSource());
    }
    TreeSet<Pair> out = new TreeSet<>(Comparator.comparing(Pair::a).thenComparing(Pair::b));
    for (Candidate c : best.values()) {
      out.add(new Pair(c.a(), c.b()));
    }
    return new ArrayList<>(out);
  }

  private static void choose(Map<List<String>, Candidate> best, Candidate c, String x, String otherSource) {
    List<String> key = List.of(x, otherSource);
    Candidate held = best.get(key);
    if (held == null || c.overlap() > held.overlap()
        || c.overlap() == held.overlap() && other(c, x).compareTo(other(held, x)) < 0) {
      best.put(key, c);
    }
  }

  /** The cluster of a candidate that is not x. */
  private static String other(Candidate c, String x) {
    return c.a().equals(x) ? c.b() : c.a();
  }

  private static String min(String held, String next) {
    return held == null || next != null && BY_CODE_POINTS.compare(next, held) < 0 ? next : held;
  }
}
