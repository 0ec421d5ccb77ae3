package dev.chorus.util;

import java.util.function.Supplier;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/**
 * Runs an action as one Spark job instead of one per shuffle. Adaptive query execution submits
 * every shuffle and every broadcast of a plan as a Spark job of its own, to re-plan on what it
 * measured: on the 20-file sample 449 of a run's 546 jobs were such submissions (304 shuffle map
 * stages, 145 broadcasts; bench/job_sources.py), each with a job's fixed cost, for tables of a few
 * hundred rows where re-planning gains nothing. Planned without it, the same stages run inside the
 * action's job. Used for the table writes (which shuffle to an explicit partition count anyway, so
 * their files never depended on adaptive coalescing), the component rounds and the truth-finding
 * facts; the rows are the same either way, only the joins may differ (sort-merge where adaptive
 * execution would have broadcast a side it measured small).
 *
 * <p>Not for a checkpoint whose rows are later joined with themselves: Spark 3.5 then fails to
 * analyse the self-join ("[INTERNAL_ERROR] Failure when resolving conflicting references in
 * Join"), as it did when the whole analysis ran this way (the claim clusters' value keys).
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
