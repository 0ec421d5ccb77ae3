package dev.chorus.testing;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/** Counts the Spark jobs a session starts, for tests of how many jobs a step costs. */
public final class JobCounter extends SparkListener {

  private final SparkSession spark;
  private final AtomicLong jobs = new AtomicLong();

  private JobCounter(SparkSession spark) {
    this.spark = spark;
  }

  /** A counter listening from now on. */
  public static JobCounter on(SparkSession spark) {
    JobCounter counter = new JobCounter(spark);
    spark.sparkContext().addSparkListener(counter);
    return counter;
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    jobs.incrementAndGet();
  }

  /** Jobs started so far, once the listener bus has delivered every event posted before this call. */
  public long count() {
    // the listener bus is asynchronous: wait until it has caught up (10 s at most)
    try {
      spark.sparkContext().listenerBus().waitUntilEmpty(10_000);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Spark's listener bus did not catch up in 10 s", e);
    }
    return jobs.get();
  }

  public void stop() {
    spark.sparkContext().removeSparkListener(this);
  }
}
