package dev.chorus.testing;

import dev.chorus.job.ChorusJob;
import org.apache.spark.sql.SparkSession;

/** The one shared local[2] session a test class starts in @BeforeAll and stops in @AfterAll. */
public final class SparkTestSession {

  private SparkTestSession() {}

  public static SparkSession start() {
    return SparkSession.builder()
        .appName("chorus-test")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        // as the job's session (ChorusJob.unlessGiven): generated code compiled once per test JVM
        .config(ChorusJob.CODEGEN_CACHE, ChorusJob.CODEGEN_CACHE_ENTRIES)
        .getOrCreate();
  }
}
