package dev.chorus.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Average-linkage agglomeration over a sparse graph of pair probabilities, with cannot-link pairs.
 *
 * <p>Why not connected components: one accepted pair between two meetings (an article about the
 * second meeting that names the first one's date and place) joined everything both meetings held,
 * and every further wrong pair chains more. Here two groups merge only when the pairs between them
 * are, on average, at least the threshold likely to be one event; a pair never scored (not a
 * candidate) counts as probability 0, so one strong pair cannot carry two large groups. Two groups
 * holding a cannot-link pair (their signatures clash: different event dates or places for the same
 * participants) never merge at all. Components of the pairs at or above the threshold bound
 * every group this can form (an average at or above it needs one pair at or above it), so the
 * job runs this per component, not over the corpus.
 */
public final class AverageLinkage {

  /** One scored pair. */
  public record Edge(String a, String b, double p, boolean cannot) {}

  private AverageLinkage() {}

  /**
   * @param ids the articles to group
   * @param edges scored pairs among them (others count as probability 0)
   * @param threshold two groups merge while their mean pair probability is at least this
   * @return the groups, each sorted, in order of their first member
   */
  public static List<List<String>> cluster(List<String> ids, List<Edge> edges, double threshold) {
    return cluster(ids, edges, threshold, false);
  }

  /**
   * @param scoredOnly average over the scored pairs between two groups only, instead of over all
   *     their pairs (a pair blocking never proposed then says nothing, rather than "not one event":
   *     long reports of one happening need not share a rare word, see EventStage#contentPairs).
   *     The training command chooses (EventModel#scoredOnly).
   */
  public static List<List<String>> cluster(List<String> ids, List<Edge> edges, double threshold, boolean scoredOnly) {
    List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      index.put(sorted.get(i), i);
    }
    int n = sorted.size();
    int[] size = new int[n];
    int[] version = new int[n];
    boolean[] alive = new boolean[n];
    List<List<Integer>> members = new ArrayList<>();
    // per group, the groups it has scored pairs with: {sum of probabilities, cannot-link flag, pairs}
    List<TreeMap<Integer, double[]>> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      alive[i] = true;
      members.add(new ArrayList<>(List.of(i)));
      links.add(new TreeMap<>());
    }
    for (Edge e : edges) {
      Integer a = index.get(e.a());
      Integer b = index.get(e.b());
      if (a == null || b == null || a.equals(b)) {
        continue;
      }
      double[] ab = links.get(a).computeIfAbsent(b, k -> new double[3]);
      double[] ba = links.get(b).computeIfAbsent(a, k -> new double[3]);
      ab[0] += e.p();
      ba[0] += e.p();
      ab[2] += 1;
      ba[2] += 1;
      if (e.cannot()) {
        ab[1] = 1;
        ba[1] = 1;
      }
    }
    // best merge first; ties go to the smaller indices, so the result does not depend on input order
    PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
        : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
    for (int i = 0; i < n; i++) {
      for (Map.Entry<Integer, double[]> e : links.get(i).entrySet()) {
        double mean = e.getValue()[0] / e.getValue()[2];
        if (e.getKey() > i && e.getValue()[1] == 0 && mean >= threshold) {
          queue.add(new double[] {mean, i, e.getKey(), 0, 0});
        }
      }
    }
    while (!queue.isEmpty()) {
      double[] top = queue.poll();
      int a = (int) top[1];
      int b = (int) top[2];
      if (!alive[a] || !alive[b] || version[a] != (int) top[3] || version[b] != (int) top[4]) {
        continue;
      }
      // merge b into a
      alive[b] = false;
      members.get(a).addAll(members.get(b));
      size[a] += size[b];
      version[a]++;
      links.get(a).remove(b);
      for (Map.Entry<Integer, double[]> e : links.get(b).entrySet()) {
        int k = e.getKey();
        if (k == a) {
          continue;
        }
        double[] ak = links.get(a).computeIfAbsent(k, x -> new double[3]);
        ak[0] += e.getValue()[0];
        ak[1] = Math.max(ak[1], e.getValue()[1]);
        ak[2] += e.getValue()[2];
        TreeMap<Integer, double[]> kl = links.get(k);
        kl.remove(b);
        kl.put(a, new double[] {ak[0], ak[1], ak[2]});
      }
      links.get(b).clear();
      for (Map.Entry<Integer, double[]> e : links.get(a).entrySet()) {
        int k = e.getKey();
        double mean = e.getValue()[0] / (scoredOnly ? e.getValue()[2] : (double) size[a] * size[k]);
        if (e.getValue()[1] == 0 && mean >= threshold) {
          int lo = Math.min(a, k);
          int hi = Math.max(a, k);
          queue.add(new double[] {mean, lo, hi, version[lo], version[hi]});
        }
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (alive[i]) {
        List<String> group = new ArrayList<>();
        for (int m : new TreeSet<>(members.get(i))) {
          group.add(sorted.get(m));
        }
        out.add(group);
      }
    }
    return out;
  }
}
