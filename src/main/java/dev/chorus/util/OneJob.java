package dev.chorus.util;

import java.util.function.Supplier;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/**
 * Runs an action as one Spark job instead of one per shuffle. Adaptive query execution submits
 * every shuffle and every broadcast of a plan as a Spark job of its own, to re-plan on what it
 * measured: on the 20-file sample 464 of a run's 546 jobs were such submissions (319 shuffle map
 * stages, 145 broadcasts), each with a job's fixed cost, for tables of a few hundred rows where
 * re-planning gains nothing. Planned without it, the same stages run inside the action's job. Used
 * for the table writes (which shuffle to an explicit partition count anyway, so their files never
 * depended on adaptive coalescing) and the small iterative steps (component rounds); the rows are
 * the same either way, only the plan's joins may differ (sort-merge where adaptive execution
 * would have broadcast a measured small side).
 */
public final class OneJob {

  static final String ADAPTIVE = "spark.sql.adaptive.enabled";

  private OneJob() {}

  /** {@code action}'s result, its queries planned without adaptive execution; the setting is restored after. */
  public static <T> T run(SparkSession spark, Supplier<T> action) {
    return planned(spark, false, action);
  }

  private static <T> T planned(SparkSession spark, boolean adaptive, Supplier<T> action) {
    RuntimeConfig conf = spark.conf();
    boolean wasSet = conf.contains(ADAPTIVE);
    String before = wasSet ? conf.get(ADAPTIVE) : null;
    conf.set(ADAPTIVE, String.valueOf(adaptive));
    try {
      return action.get();
    } finally {
      if (wasSet) {
        conf.set(ADAPTIVE, before);
      } else {
        conf.unset(ADAPTIVE);
      }
    }
  }
}
