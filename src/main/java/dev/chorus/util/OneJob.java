package dev.chorus.util;

import java.util.ArrayList;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.SortOrder;
import org.apache.spark.sql.catalyst.plans.physical.UnknownPartitioning;
import org.apache.spark.sql.execution.LogicalRDD;
import scala.Option;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Runs an action as one Spark job instead of one per shuffle. Adaptive query execution submits
 * every shuffle and every broadcast of a plan as a Spark job of its own, to re-plan on what it
 * measured: on the 20-file sample 449 of a run's 546 jobs were such submissions (304 shuffle map
 * stages, 145 broadcasts; bench/job_sources.py), each with a job's fixed cost, for tables of a few
 * hundred rows where re-planning gains nothing. Planned without it, the same stages run inside the
 * action's job. Used for the table writes (which shuffle to an explicit partition count anyway, so
 * their files never depended on adaptive coalescing), every checkpoint of a run, the component
 * rounds and the truth-finding facts; the rows are the same either way, only the joins may differ
 * (sort-merge where adaptive execution would have broadcast a side it measured small). With the
 * checkpoints too, the sample's run took 83 Spark jobs instead of 232, every table identical
 * (bench/compare_tables.py).
 *
 * <p>A checkpoint goes through {@link #checkpoint}, not {@code run(spark, rows::localCheckpoint)}:
 * see there why.
 */
public final class OneJob {

  static final String ADAPTIVE = "spark.sql.adaptive.enabled";

  private OneJob() {}

  /** {@code action}'s result, its queries planned without adaptive execution; the setting is restored after. */
  public static <T> T run(SparkSession spark, Supplier<T> action) {
    return planned(spark, false, action);
  }

  /**
   * {@code rows} checkpointed locally by one Spark job, planned without adaptive execution.
   *
   * <p>Spark 3.5 gives a checkpoint the partitioning and ordering of the physical plan that made
   * it (adaptive execution's plans report none), named by that plan's columns: a flatMap passes its
   * input's partitioning on, a projection may rename the column it names. When such a column is not
   * one of the checkpoint's own, Spark sees input missing from it and stops renaming the columns of
   * any self-join over it ("[INTERNAL_ERROR] Failure when resolving conflicting references in
   * Join": the events' candidate pairs, the claim clusters' value keys). Such a checkpoint is
   * therefore given no partitioning and no ordering, as adaptive execution's checkpoints have; its
   * rows and their partitions are the same.
   */
  public static Dataset<Row> checkpoint(Dataset<Row> rows) {
    SparkSession spark = rows.sparkSession();
    Dataset<Row> done = run(spark, rows::localCheckpoint);
    if (done.queryExecution().analyzed() instanceof LogicalRDD plan && !plan.missingInput().isEmpty()) {
      Seq<SortOrder> none = JavaConverters.asScalaBuffer(new ArrayList<SortOrder>()).toSeq();
      return new Dataset<>(spark, new LogicalRDD(plan.output(), plan.rdd(), new UnknownPartitioning(0), none,
          plan.isStreaming(), spark, Option.empty(), Option.empty()), Encoders.row(done.schema()));
    }
    return done;
  }

  /**
   * {@code rows} cached, the cached plan planned without adaptive execution: with it, each shuffle
   * below the cached plan is a Spark job of its own when the cache fills. The rows are the same.
   */
  public static Dataset<Row> cache(Dataset<Row> rows) {
    return run(rows.sparkSession(), rows::cache);
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
