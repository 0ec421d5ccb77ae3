package dev.chorus.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.SparkTestSession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A run killed with SIGKILL after it has staged some tables leaves the previous output as it was,
 * and the next run cleans up and succeeds. The killed run is a real job in a JVM of its own.
 */
class JobKillTest {

  private static final Path REPO = Path.of("").toAbsolutePath();
  private static final Path WORK = REPO.resolve("target/job-kill");
  private static final String SMALL = REPO.resolve("data/sample/northgate-herald").toString();
  private static SparkSession spark;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkTestSession.start();
    deleteTree(WORK);
    Files.createDirectories(WORK);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void aRunKilledBeforePublishingLeavesThePreviousTablesIntactAndTheNextRunSucceeds() throws Exception {
    Path out = WORK.resolve("out");
    ChorusJob.run(spark, ChorusOptions.parse("--input", SMALL, "--output", out.toString()));
    Map<String, byte[]> before = files(out);
    Map<String, List<Row>> rowsBefore = rows(out);

    Process job = startJob("--input", REPO.resolve("data/sample").toString(), "--output", out.toString());
    Path staged = awaitStagedTable(out, job, Duration.ofMinutes(6));
    job.destroyForcibly();
    assertTrue(job.waitFor(1, TimeUnit.MINUTES), "the killed job exited");
    assertTrue(Files.exists(staged), "the kill came after a staged table was complete");
    assertFalse(Files.exists(staged.getParent().getParent().resolve("_COMMITTED")), "and before publishing");

    assertEquals(before.keySet(), files(out).keySet(), "the same published files");
    files(out).forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(before.get(file), bytes), file));
    Map<String, List<Row>> rowsAfter = rows(out);
    for (String table : ChorusJob.TABLES) {
      assertEquals(rowsBefore.get(table), rowsAfter.get(table), table + " reads the same rows");
    }

    RunSummary next = ChorusJob.run(spark, ChorusOptions.parse("--input", SMALL, "--output", out.toString()));
    assertEquals(3, next.filesRead());
    try (Stream<Path> staging = Files.list(out.resolve("_staging"))) {
      assertEquals(List.of(), staging.toList(), "the killed run's staging folder is gone");
    }
    assertEquals(rowsBefore, rows(out), "the next run on the same input publishes the same rows");
  }

  @Test
  void analyzeWithoutCleanedTablesAndAnUnwritableOutputFailBeforeAnyWork() throws Exception {
    Path empty = Files.createDirectories(WORK.resolve("empty"));
    var noTables = assertThrows(IllegalArgumentException.class,
        () -> ChorusJob.run(spark, ChorusOptions.parse("analyze", "--output", empty.toString())));
    assertEquals("no articles and sentences under " + empty + " to analyze: run chorus clean first",
        noTables.getMessage());
    Path file = Files.writeString(WORK.resolve("a-file"), "x");
    var unwritable = assertThrows(IllegalArgumentException.class,
        () -> ChorusJob.run(spark, ChorusOptions.parse("--input", SMALL, "--output", file + "/out")));
    assertTrue(unwritable.getMessage().startsWith("output folder is not writable: " + file + "/out"),
        unwritable.getMessage());
  }

  /** The job as jobs/chorus starts it: Spark's Java 17 flags (this JVM's), target/classes and the classpath file. */
  private static Process startJob(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"));
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (flag.startsWith("--add-opens") || flag.startsWith("-XX:+IgnoreUnrecognized") || flag.startsWith("-Djdk.reflect")) {
        command.add(flag);
      }
    }
    command.addAll(List.of("-Xmx2g", "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
        "-Dlog4j2.configurationFile=" + REPO.resolve("jobs/lib/log4j2.properties"),
        "-cp", REPO.resolve("target/classes") + ":" + Files.readString(REPO.resolve("target/classpath.txt")).strip(),
        "dev.chorus.job.ChorusJob"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(WORK.resolve("killed-job.log").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  /** Polls the staging folder until a second table (sentences, after rejects) is complete. */
  private static Path awaitStagedTable(Path out, Process job, Duration timeout) throws Exception {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end) && job.isAlive()) {
      if (Files.isDirectory(out.resolve("_staging"))) {
        try (Stream<Path> runs = Files.list(out.resolve("_staging"))) {
          for (Path run : runs.toList()) {
            Path done = run.resolve("sentences/_SUCCESS");
            if (Files.exists(done)) {
              return done;
            }
          }
        }
      }
      Thread.sleep(20);
    }
    job.destroyForcibly();
    throw new AssertionError("no staged table before the job ended or timed out; see " + WORK.resolve("killed-job.log"));
  }

  /** Every published file (staging and replaced folders aside) with its bytes. */
  private static Map<String, byte[]> files(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = out.relativize(p).toString();
        if (!rel.startsWith("_")) {
          files.put(rel, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  private static Map<String, List<Row>> rows(Path out) {
    Map<String, List<Row>> rows = new TreeMap<>();
    for (String table : ChorusJob.TABLES) {
      Dataset<Row> t = spark.read().parquet(out.resolve(table).toString());
      rows.put(table, t.orderBy(t.columns()[0], t.columns()).collectAsList());
    }
    return rows;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
