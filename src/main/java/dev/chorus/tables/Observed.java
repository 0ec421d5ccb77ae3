package dev.chorus.tables;

import static org.apache.spark.sql.functions.lit;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Counts taken while the first action on {@link #rows} runs (Spark's {@code Dataset.observe}),
 * so that a run reports how many rows a stage made without a Spark job of its own to count them.
 */
public final class Observed {

  /** The name of the row count every observation has. */
  public static final String ROWS = "rows";
  /**
   * Spark hands observed metrics to the driver through its listener bus, shortly after the action
   * ends; an action that never runs on these rows would otherwise leave {@link #get} waiting for ever.
   */
  private static final long WAIT_SECONDS = 60;
  /** A thread per wait: one left waiting for metrics that never come must not hold up the next. */
  private static final ExecutorService WAITERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "chorus-observed-metrics");
    t.setDaemon(true);
    return t;
  });

  private final Observation observation = new Observation();
  private final Dataset<Row> rows;
  private Map<String, Object> metrics;

  private Observed(Dataset<Row> rows, Column... metrics) {
    this.rows = rows.observe(observation, functions.count(lit(1)).as(ROWS), metrics);
  }

  /** Counts {@code rows}, and the other aggregate {@code metrics} (each named with {@code as}). */
  public static Observed of(Dataset<Row> rows, Column... metrics) {
    return new Observed(rows, metrics);
  }

  /** The rows to run the action on; the counts come from the first action on them. */
  public Dataset<Row> rows() {
    return rows;
  }

  /** The row count, once the first action on {@link #rows} has run; -1 when Spark gave none. */
  public long count() {
    return get(ROWS);
  }

  /** A named metric (a whole number), once the first action on {@link #rows} has run; -1 when Spark gave none. */
  public long get(String metric) {
    Object value = metrics().get(metric);
    return value instanceof Number n ? n.longValue() : value == null && metrics().containsKey(metric) ? 0 : -1;
  }

  private Map<String, Object> metrics() {
    if (metrics == null) {
      try {
        metrics = CompletableFuture.supplyAsync(() -> {
          try {
            return observation.getAsJava();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.<String, Object>of();
          }
        }, WAITERS).get(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException | ExecutionException e) {
        metrics = Map.of();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        metrics = Map.of();
      }
    }
    return metrics;
  }
}
