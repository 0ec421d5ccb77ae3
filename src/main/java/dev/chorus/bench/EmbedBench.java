package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.claims.SentenceEmbedder;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence embedding throughput on one core ({@link SentenceEmbedder}, as the claims stage calls
 * it): the distinct evidence sentences of gold files (real news sentences, 10 to 60 words),
 * embedded in batches of 64 for a warm-up of SECONDS and then for SECONDS, in this thread's CPU
 * time (the machine is shared; CPU time is what a sentence costs a core).
 * usage: EmbedBench SECONDS GOLD.json [GOLD.json ...]
 */
public final class EmbedBench {

  private static final int BATCH = 64;

  private EmbedBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: EmbedBench SECONDS GOLD.json [GOLD.json ...]");
      System.exit(2);
    }
    double seconds = Double.parseDouble(args[0]);
    Set<String> distinct = new LinkedHashSet<>();
    for (int i = 1; i < args.length; i++) {
      for (JsonNode claim : new ObjectMapper().readTree(new File(args[i])).get("claims")) {
        claim.get("evidence").forEach(file -> file.forEach(s -> distinct.add(s.asText())));
      }
    }
    List<String> sentences = new ArrayList<>(distinct);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long words = sentences.stream().mapToLong(s -> s.split("\\s+").length).sum();
    run(sentences, seconds, cpu); // warm-up: model load, JIT, ONNX Runtime's first runs
    long start = cpu.getCurrentThreadCpuTime();
    long done = run(sentences, seconds, cpu);
    double used = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
    System.out.printf(Locale.ROOT,
        "sentence_embedding %.1f sentences/s/core (%d sentences, mean %.1f words, in %.1f s of this thread's CPU)%n",
        done / used, done, words / (double) sentences.size(), used);
  }

  private static long run(List<String> sentences, double seconds, ThreadMXBean cpu) {
    long deadline = cpu.getCurrentThreadCpuTime() + (long) (seconds * 1e9);
    long done = 0;
    while (cpu.getCurrentThreadCpuTime() < deadline) {
      for (int i = 0; i < sentences.size() && cpu.getCurrentThreadCpuTime() < deadline; i += BATCH) {
        List<String> batch = sentences.subList(i, Math.min(sentences.size(), i + BATCH));
        done += SentenceEmbedder.embed(batch).size();
      }
    }
    return done;
  }
}
