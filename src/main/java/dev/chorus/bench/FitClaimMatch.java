package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.claims.AssertionKeys;
import dev.chorus.claims.SentenceEmbedder;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits the cosine above which two claims of one event and one kind, from different articles, are
 * the same claim ({@code claims/MeaningMatch.SAME_CLAIM}), on labelled sentence pairs from gold
 * files in the seeds' schema (claims with a type, an event and evidence sentences per file):
 * <ul>
 *   <li>a positive pair: two evidence sentences, from different files, of one gold claim;
 *   <li>a negative pair: two evidence sentences, from different files, of claims of the same type
 *       and event, that share no gold claim (the confusion the matcher has to avoid).
 * </ul>
 * Prints precision, recall and F1 of "cosine at or above t" for t from 0.30 to 0.95, per gold file
 * and pooled, then the t with the best pooled F1 (the higher t on a tie).
 * With {@code --assertions} first, pairs are of one event whatever the types of their claims: whole
 * sentences ({@code claims/Assertions}) have no type. It fits {@code AssertionMatch.SAME_ASSERTION},
 * the Dice overlap of the two sentences' keys ({@code claims/AssertionKeys}) that the job compares
 * assertions by, and prints the embedding's cosine beside it for comparison (pooled F1 only).
 * usage: FitClaimMatch [--assertions] GOLD.json [GOLD.json ...]
 */
public final class FitClaimMatch {

  private FitClaimMatch() {}

  /** One evidence sentence of one file, with the gold claims (type, event, id) it is evidence of. */
  private record Unit(String set, String file, String sentence, Set<String> claims, Set<String> typeEvents) {}

  private record Pair(String set, boolean same, double cosine) {}

  /** Best pooled F1 of "score at or above t" over t in [0.05, 0.95], and its t (the higher on a tie). */
  private static double[] best(List<Pair> pairs) {
    double bestT = 0;
    double bestF = -1;
    for (int k = 5; k <= 95; k++) {
      double f = prf(pairs, k / 100.0)[2];
      if (f >= bestF) {
        bestF = f;
        bestT = k / 100.0;
      }
    }
    return new double[] {bestF, bestT};
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: FitClaimMatch GOLD.json [GOLD.json ...]");
      System.exit(2);
    }
    // --assertions: pairs of one event whatever their claims' types, the candidates
    // claims/AssertionMatch gives AssertionMatch.SAME_ASSERTION
    boolean assertions = args[0].equals("--assertions");
    Map<String, Unit> units = new LinkedHashMap<>();
    for (String path : assertions ? java.util.Arrays.copyOfRange(args, 1, args.length) : args) {
      String set = new File(path).getParentFile().getName() + "/" + new File(path).getName();
      JsonNode gold = new ObjectMapper().readTree(new File(path));
      for (JsonNode claim : gold.get("claims")) {
        String id = claim.get("id").asText();
        String typeEvent = (assertions ? "" : claim.get("type").asText()) + "\u001f"
            + claim.path("event_id").asText("");
        for (Iterator<Map.Entry<String, JsonNode>> files = claim.get("evidence").fields(); files.hasNext(); ) {
          Map.Entry<String, JsonNode> e = files.next();
          for (JsonNode s : e.getValue()) {
            String key = set + "\u001f" + e.getKey() + "\u001f" + s.asText();
            Unit u = units.computeIfAbsent(key,
                k -> new Unit(set, e.getKey(), s.asText(), new HashSet<>(), new HashSet<>()));
            u.claims().add(id);
            u.typeEvents().add(typeEvent);
          }
        }
      }
    }
    List<Unit> list = new ArrayList<>(units.values());
    List<float[]> vectors = SentenceEmbedder.embed(list.stream().map(Unit::sentence).toList());
    List<Pair> pairs = new ArrayList<>();
    List<Pair> cosines = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        Unit a = list.get(i);
        Unit b = list.get(j);
        if (!a.set().equals(b.set()) || a.file().equals(b.file()) || disjoint(a.typeEvents(), b.typeEvents())) {
          continue;
        }
        boolean same = !disjoint(a.claims(), b.claims());
        double cosine = SentenceEmbedder.cosine(vectors.get(i), vectors.get(j));
        cosines.add(new Pair(a.set(), same, cosine));
        // assertions are compared by the overlap of their keys; other claims by the embedding
        pairs.add(new Pair(a.set(), same, assertions
            ? AssertionKeys.dice(AssertionKeys.of(a.sentence()), AssertionKeys.of(b.sentence())) : cosine));
      }
    }
    Map<String, List<Pair>> bySet = new LinkedHashMap<>();
    for (Pair p : pairs) {
      bySet.computeIfAbsent(p.set(), k -> new ArrayList<>()).add(p);
    }
    bySet.put("pooled", pairs);
    System.out.printf(Locale.ROOT, "%d evidence sentences, %d labelled pairs (%d same claim)%n", list.size(),
        pairs.size(), pairs.stream().filter(Pair::same).count());
    StringBuilder header = new StringBuilder("t   ");
    for (String set : bySet.keySet()) {
      header.append(String.format(Locale.ROOT, " | %-26s", set + " P/R/F1"));
    }
    System.out.println(header);
    double bestT = 0;
    double bestF = -1;
    for (int k = assertions ? 5 : 30; k <= 95; k++) {
      double t = k / 100.0;
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%.2f", t));
      double pooledF = 0;
      for (Map.Entry<String, List<Pair>> e : bySet.entrySet()) {
        double[] prf = prf(e.getValue(), t);
        row.append(String.format(Locale.ROOT, " | %.3f %.3f %.3f          ", prf[0], prf[1], prf[2]));
        pooledF = prf[2];
      }
      System.out.println(row);
      if (pooledF >= bestF) {
        bestF = pooledF;
        bestT = t;
      }
    }
    System.out.printf(Locale.ROOT, "best pooled F1 %.3f at t = %.2f%n", bestF, bestT);
    if (assertions) {
      double[] c = best(cosines);
      System.out.printf(Locale.ROOT, "(the embedding's cosine instead: best pooled F1 %.3f at t = %.2f)%n", c[0], c[1]);
    }
  }

  private static double[] prf(List<Pair> pairs, double t) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Pair p : pairs) {
      boolean said = p.cosine() >= t;
      if (said && p.same()) {
        tp++;
      } else if (said) {
        fp++;
      } else if (p.same()) {
        fn++;
      }
    }
    double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    double recall = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> other = smaller == a ? b : a;
    for (String s : smaller) {
      if (other.contains(s)) {
        return false;
      }
    }
    return true;
  }
}
