package dev.chorus.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chorus.testing.SparkTestSession;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts a real Spark standalone master and worker on 127.0.0.1 from a Spark distribution
 * (CHORUS_TEST_SPARK_HOME; jobs/test installs PyPI's pyspark, which ships one), submits the
 * shaded job jar through jobs/submit in client mode, and checks that the cluster's tables equal
 * the tables of a local-mode run on the same input. Master and worker are stopped by process id
 * whatever happens.
 */
class ClusterSubmitIT {

  private static final Path REPO = Path.of("").toAbsolutePath();
  private static final Path WORK = REPO.resolve("target/cluster-it");
  private static final List<Process> DAEMONS = new ArrayList<>();
  private static String sparkHome;
  private static SparkSession spark;

  @BeforeAll
  static void setUp() throws IOException {
    sparkHome = System.getenv("CHORUS_TEST_SPARK_HOME");
    boolean required = "1".equals(System.getenv("CHORUS_REQUIRE_CLUSTER_TEST"));
    if (required) {
      assertTrue(sparkHome != null && new File(sparkHome, "bin/spark-submit").canExecute(),
          "CHORUS_TEST_SPARK_HOME must name a Spark distribution: " + sparkHome);
    }
    assumeTrue(sparkHome != null, "CHORUS_TEST_SPARK_HOME not set: no Spark distribution to start a cluster from");
    Files.createDirectories(WORK);
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void tearDown() {
    for (Process p : DAEMONS) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
    }
    for (Process p : DAEMONS) {
      try {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void tablesFromTheStandaloneClusterEqualTheLocalModeTables() throws Exception {
    int masterPort = freePort();
    String masterUrl = "spark://127.0.0.1:" + masterPort;
    Path masterLog = WORK.resolve("master.log");
    Path workerLog = WORK.resolve("worker.log");
    DAEMONS.add(daemon(masterLog, sparkHome + "/bin/spark-class", "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort())));
    awaitLine(masterLog, "I have been elected leader", Duration.ofSeconds(90));
    DAEMONS.add(daemon(workerLog, sparkHome + "/bin/spark-class", "org.apache.spark.deploy.worker.Worker",
        "--host", "127.0.0.1", "--cores", "2", "--memory", "3g", "--webui-port", String.valueOf(freePort()),
        "--work-dir", WORK.resolve("work").toString(), masterUrl));
    awaitLine(workerLog, "Successfully registered with master", Duration.ofSeconds(90));

    Path clusterOut = WORK.resolve("out-cluster");
    Path submitLog = WORK.resolve("submit.log");
    ProcessBuilder submitter = new ProcessBuilder(REPO.resolve("jobs/submit").toString(),
        "--master", masterUrl, "--deploy-mode", "client",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.ui.enabled=false", "--executor-memory", "2g", "--driver-memory", "2g",
        "--", "--input", REPO.resolve("data/sample").toString(), "--output", clusterOut.toString())
        .redirectErrorStream(true).redirectOutput(submitLog.toFile());
    submitter.environment().put("SPARK_HOME", sparkHome);
    submitter.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process submit = submitter.start();
    DAEMONS.add(submit);
    assertTrue(submit.waitFor(10, TimeUnit.MINUTES), "spark-submit did not finish in 10 minutes; see " + submitLog);
    assertEquals(0, submit.exitValue(), "spark-submit failed; see " + submitLog);
    String submitted = Files.readString(submitLog);
    assertTrue(submitted.contains("Chorus run summary"), "the job printed its summary on the cluster");
    assertTrue(Files.readString(workerLog).contains("Asked to launch executor"), "the worker ran an executor");

    Path localOut = WORK.resolve("out-local");
    ChorusJob.run(spark, ChorusOptions.parse("--input", REPO.resolve("data/sample").toString(),
        "--output", localOut.toString()));

    for (String table : List.of("articles", "sentences", "rejects")) {
      Dataset<Row> cluster = spark.read().parquet(clusterOut.resolve(table).toString());
      Dataset<Row> local = spark.read().parquet(localOut.resolve(table).toString());
      assertTrue(local.count() > 0, table + " is not empty");
      assertEquals(local.count(), cluster.count(), table + " row count");
      assertEquals(0, local.exceptAll(cluster).count(), table + ": rows only in local mode");
      assertEquals(0, cluster.exceptAll(local).count(), table + ": rows only on the cluster");
    }
  }

  private static Process daemon(Path log, String... command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_HOME", sparkHome);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    // without it, executors fail with "Cannot find any build directories" (see shared spark-facts)
    pb.environment().put("SPARK_SCALA_VERSION", "2.12");
    pb.environment().put("SPARK_LOG_DIR", WORK.toString());
    return pb.start();
  }

  private static void awaitLine(Path log, String needle, Duration timeout) throws Exception {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      if (Files.exists(log) && Files.readString(log).contains(needle)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no '" + needle + "' in " + log + " after " + timeout + ":\n" + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
