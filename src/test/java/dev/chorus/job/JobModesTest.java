package dev.chorus.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.SparkTestSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One full run on the sample corpus is the reference; a rerun with other partitioning, clean then
 * analyze, and two appended halves must each publish exactly its tables.
 */
class JobModesTest {

  private static final Path SAMPLE = Path.of("data/sample").toAbsolutePath();
  private static final Path WORK = Path.of("target/job-modes").toAbsolutePath();
  private static final Path FULL = WORK.resolve("full");
  private static SparkSession spark;

  @BeforeAll
  static void fullRun() throws Exception {
    spark = SparkTestSession.start();
    run("--input", SAMPLE.toString(), "--output", FULL.toString());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static RunSummary run(String... args) throws Exception {
    return ChorusJob.run(spark, ChorusOptions.parse(args));
  }

  private static String sample(String file) {
    return SAMPLE.resolve(file).toString();
  }

  /** Same rows in every table (as multisets: row order in files is not compared). */
  private static void assertSameTables(Path expected, Path actual) {
    List<String> differing = new ArrayList<>();
    for (String table : ChorusJob.TABLES) {
      Dataset<Row> a = spark.read().parquet(expected.resolve(table).toString());
      Dataset<Row> b = spark.read().parquet(actual.resolve(table).toString());
      assertEquals(List.of(a.columns()), List.of(b.columns()), table + " columns");
      List<Row> onlyA = a.exceptAll(b).limit(3).collectAsList();
      List<Row> onlyB = b.exceptAll(a).limit(3).collectAsList();
      if (!onlyA.isEmpty() || !onlyB.isEmpty() || a.count() != b.count()) {
        differing.add(table + ": only in " + expected.getFileName() + " " + onlyA + "; only in "
            + actual.getFileName() + " " + onlyB);
      }
      assertTrue(a.count() > 0, table + " is not empty");
    }
    assertEquals(List.of(), differing);
  }

  @Test
  void aRerunWithOtherPartitioningPublishesTheSameRows() throws Exception {
    Path again = WORK.resolve("repartitioned");
    // other shuffle partitions, and input files split over more scan partitions
    spark.conf().set("spark.sql.shuffle.partitions", "7");
    spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(8 * 1024));
    try {
      run("--input", SAMPLE.toString(), "--output", again.toString());
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", "4");
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }
    assertSameTables(FULL, again);
  }

  @Test
  void cleanThenAnalyzePublishesWhatOneFullRunDoes() throws Exception {
    Path out = WORK.resolve("clean-analyze");
    RunSummary clean = run("clean", "--input", SAMPLE.toString(), "--output", out.toString());
    assertEquals(ChorusJob.CLEAN_TABLES, List.copyOf(clean.rowsPerTable().keySet()));
    assertEquals(0, spark.read().parquet(out.resolve("articles").toString()).filter("event_id is not null").count(),
        "clean leaves events to analyze");
    run("analyze", "--output", out.toString());
    assertSameTables(FULL, out);
  }

  @Test
  void twoAppendedHalvesAndAFileReadTwicePublishWhatOneFullRunDoes() throws Exception {
    Path out = WORK.resolve("appended");
    // copies across the halves: the mirror's original and the NPA reprints are split between batches
    run("clean", "--output", out.toString(),
        "--input", sample("northgate-herald"), "--input", sample("meridian-post"), "--input", sample("mirror"),
        "--input", sample("harbourline-envoy-orvel-npa.txt"), "--input", sample("courant-vostrikov-envoy-marathon.txt"),
        "--input", sample("empty.txt"));
    RunSummary appended = run("all", "--append", "--output", out.toString(),
        "--input", sample("tidewater-observer"), "--input", sample("civic-ledger-orvel-talks.html"),
        "--input", sample("eastbank-chronicle-orvel.txt.gz"), "--input", sample("lowfield-gazette-kadrovo-envoy.txt"),
        "--input", sample("pinecrest-times-kadrovo.html"), "--input", sample("scan.bin"),
        "--input", sample("valemont-review-orvel.txt"),
        "--input", sample("northgate-herald/nh-brennick-flood.txt"));
    assertEquals(18, appended.filesRead(), "the file read in both batches counts once");
    assertSameTables(FULL, out);
  }
}
