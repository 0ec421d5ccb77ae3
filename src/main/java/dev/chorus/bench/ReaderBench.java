package dev.chorus.bench;

import dev.chorus.reading.ArticleReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The article reader's two passes alone ({@link ArticleReader#mentionsOf}: names;
 * {@link ArticleReader#claimsOf}: typed claims and assertions), and both in one read as the job
 * runs them ({@link ArticleReader#readOf}), on one thread, over the articles of
 * a Chorus output folder held in memory: milliseconds of CPU per article for each pass in each of
 * several rounds (the first warms the JIT), and a checksum of every row each pass gives, so that a
 * faster reader can be shown to give the same rows. Both run once per article before the events'
 * pair model, and at 20,000 bench articles they were the largest piece of Chorus code in the job
 * (bench/profile).
 *
 * <pre>  ReaderBench OUTPUT_DIR [ROUNDS [ARTICLES]]</pre>  (ARTICLES: the first that many, by id)
 */
public final class ReaderBench {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private ReaderBench() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: ReaderBench OUTPUT_DIR [ROUNDS [ARTICLES]]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    List<Row> articles;
    // a bench's own session: reading and grouping the tables is all Spark does here
    SparkSession spark = SparkSession.builder().master("local[1]").appName("reader-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      Dataset<Row> sentences = spark.read().parquet(args[0] + "/sentences");
      Dataset<Row> table = spark.read().parquet(args[0] + "/articles");
      articles = ArticleReader.articleSentences(sentences, table).orderBy("article_id").limit(limit)
          .collectAsList();
    } finally {
      spark.stop();
    }
    for (int round = 1; round <= rounds; round++) {
      Count mentions = new Count();
      Count claims = new Count();
      long start = CPU.getCurrentThreadCpuTime();
      for (Row r : articles) {
        mentions.add(ArticleReader.mentionsOf(r));
      }
      long middle = CPU.getCurrentThreadCpuTime();
      for (Row r : articles) {
        claims.add(ArticleReader.claimsOf(r));
      }
      long end = CPU.getCurrentThreadCpuTime();
      // the job's way: both in one read of each article, its sentences' names found once
      Count readMentions = new Count();
      Count readClaims = new Count();
      for (Row r : articles) {
        ArticleReader.readOf(r).forEachRemaining(row -> {
          if (row.isNullAt(1)) {
            readMentions.add(row.getStruct(0));
          } else {
            readClaims.add(row.getStruct(1));
          }
        });
      }
      long together = CPU.getCurrentThreadCpuTime();
      System.out.printf("round %d: %,d articles; mentions %.3f ms per article (%,d rows), claims %.3f ms per article"
          + " (%,d rows); checksums %016x %016x; read together %.3f ms per article, checksums %016x %016x%n", round,
          articles.size(), (middle - start) / 1e6 / Math.max(1, articles.size()), mentions.rows,
          (end - middle) / 1e6 / Math.max(1, articles.size()), claims.rows, mentions.sum, claims.sum,
          (together - end) / 1e6 / Math.max(1, articles.size()), readMentions.sum, readClaims.sum);
    }
  }

  /** Rows seen and an order-dependent checksum of their contents. */
  private static final class Count {
    long rows;
    long sum;

    void add(Iterator<Row> it) {
      while (it.hasNext()) {
        add(it.next());
      }
    }

    void add(Row row) {
      rows++;
      sum = sum * 31 + row.toString().hashCode();
    }
  }
}
