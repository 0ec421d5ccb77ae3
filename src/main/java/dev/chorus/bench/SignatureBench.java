package dev.chorus.bench;

import dev.chorus.events.EventSignature;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@link EventSignature#of} alone, on one thread, over the articles of a Chorus output folder held
 * in memory: milliseconds of CPU per article in each of several rounds (the first warms the JIT).
 * The signature runs once per article in the events stage, and at 20,000 bench articles it was
 * the stage's largest piece of Chorus code (bench/profile).
 *
 * <pre>  SignatureBench OUTPUT_DIR [ROUNDS]</pre>
 */
public final class SignatureBench {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private SignatureBench() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: SignatureBench OUTPUT_DIR [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    List<Row> articles;
    // a bench's own session: reading the articles table is all Spark does here
    SparkSession spark = SparkSession.builder().master("local[1]").appName("signature-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      articles = spark.read().parquet(args[0] + "/articles").filter("body is not null")
          .select("title", "body", "published").collectAsList();
    } finally {
      spark.stop();
    }
    long dated = 0;
    for (int round = 1; round <= rounds; round++) {
      long start = CPU.getCurrentThreadCpuTime();
      for (Row r : articles) {
        dated += EventSignature.of(r.getString(0), r.getString(1), r.getString(2)).date() == null ? 0 : 1;
      }
      double seconds = (CPU.getCurrentThreadCpuTime() - start) / 1e9;
      System.out.printf("round %d: %,d articles in %.2f CPU s, %.3f ms per article%n", round, articles.size(), seconds,
          1000 * seconds / Math.max(1, articles.size()));
    }
    System.out.printf("articles with an event date: %,d a round%n", dated / rounds);
  }
}
