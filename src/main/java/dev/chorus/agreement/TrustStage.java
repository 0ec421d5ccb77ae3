package dev.chorus.agreement;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Source trust and claim confidence computed together, by TruthFinder (Yin, Han and Yu, "Truth
 * discovery with multiple conflicting information providers on the web", KDD 2007). A claim
 * cluster is a fact; the (independent) sources reporting it are its providers.
 *
 * <ol>
 *   <li>every source starts with trust {@value #INITIAL_TRUST};
 *   <li>a fact's score is the sum over its providers of -ln(1 - trust);
 *   <li>facts that contradict it (the other side of a conflict) lower it: score - rho * their
 *       scores (the paper's implication, here -1 between conflicting facts, 0 otherwise; facts
 *       with compatible values already share a cluster, so similar values support each other);
 *   <li>confidence = 1 / (1 + e^(-gamma * score));
 *   <li>a source's trust is the mean confidence of its tested facts (those another source also
 *       reports or contradicts); repeat until no trust moves more than {@value #TOLERANCE}, at
 *       most {@value #MAX_ROUNDS} rounds.
 * </ol>
 *
 * Unlike a majority vote, a side backed by fewer but more trustworthy sources (sources that the
 * rest of the corpus corroborates) can win.
 */
public final class TrustStage {

  static final double INITIAL_TRUST = 0.9;
  /** Weight of contradicting facts (the paper's rho). */
  static final double RHO = 0.5;
  /** Dampening of the logistic (the paper's gamma). */
  static final double GAMMA = 0.3;
  static final double TOLERANCE = 1e-4;
  static final int MAX_ROUNDS = 20;
  /** -ln(1 - t) is infinite at t = 1. */
  private static final double MAX_TRUST = 0.9999;

  private TrustStage() {}

  /** The result: per source its trust, per cluster its confidence. */
  public record Result(Dataset<Row> trust, Dataset<Row> confidence) {}

  /**
   * @param provides (source, cluster_id): which independent source reports which fact
   * @param opposes (cluster_id, other): pairs of facts that contradict each other, both directions
   */
  public static Result run(Dataset<Row> provides, Dataset<Row> opposes) {
    Dataset<Row> p = provides.distinct().localCheckpoint();
    Dataset<Row> tested = testedFacts(p, opposes);
    Dataset<Row> trust = p.select("source").distinct().withColumn("trust", lit(INITIAL_TRUST));
    Dataset<Row> confidence = null;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      confidence = confidence(p, trust, opposes).localCheckpoint();
      Dataset<Row> measured = p.join(tested, "cluster_id").join(confidence, "cluster_id")
          .groupBy("source").agg(orderedSum(col("confidence")).divide(count(col("confidence"))).as("measured"));
      // a source nobody else checks keeps the prior: its own exclusive claims say nothing of it
      Dataset<Row> next = trust.join(measured, "source", "left")
          .select(col("source"), coalesce(col("measured"), lit(INITIAL_TRUST)).as("trust"))
          .localCheckpoint();
      Row moved = next.join(trust.withColumnRenamed("trust", "old"), "source")
          .agg(max(abs(col("trust").minus(col("old"))))).first();
      trust = next;
      if (moved.isNullAt(0) || moved.getDouble(0) < TOLERANCE) {
        break;
      }
    }
    return new Result(trust, confidence);
  }

  /**
   * Facts another source speaks to, by reporting them too or by contradicting them. A variation on
   * the paper, which averages over all of a source's facts: there, an outlet with many exclusive
   * stories (which no one can confirm) would look less trustworthy than one that only reprints.
   */
  static Dataset<Row> testedFacts(Dataset<Row> provides, Dataset<Row> opposes) {
    Dataset<Row> corroborated = provides.groupBy("cluster_id").agg(countDistinct("source").as("n"))
        .filter(col("n").geq(2)).select("cluster_id");
    return corroborated.union(opposes.select("cluster_id")).distinct();
  }

  /**
   * A sum of doubles in ascending order. Spark's sum adds in the order rows reach each partition,
   * so the last bits of every score, confidence and trust would depend on the partitioning.
   */
  static Column orderedSum(Column values) {
    return aggregate(array_sort(collect_list(values)), lit(0.0), (total, v) -> total.plus(v));
  }

  static Dataset<Row> confidence(Dataset<Row> provides, Dataset<Row> trust, Dataset<Row> opposes) {
    Column tau = log(lit(1.0).minus(least(col("trust"), lit(MAX_TRUST)))).multiply(-1);
    Dataset<Row> score = provides.join(trust, "source").groupBy("cluster_id").agg(orderedSum(tau).as("score"));
    Dataset<Row> against = opposes.join(score.withColumnRenamed("cluster_id", "other")
            .withColumnRenamed("score", "other_score"), "other")
        .groupBy("cluster_id").agg(orderedSum(col("other_score")).as("against"));
    Column adjusted = col("score").minus(coalesce(col("against"), lit(0.0)).multiply(RHO));
    return score.join(against, "cluster_id", "left")
        .select(col("cluster_id"), lit(1.0).divide(lit(1.0).plus(exp(adjusted.multiply(-GAMMA)))).as("confidence"));
  }

  /**
   * The source_trust table.
   *
   * @param provides (source, cluster_id)
   * @param opposes (cluster_id, other)
   */
  public static Dataset<Row> table(Result result, Dataset<Row> reports, Dataset<Row> opposes) {
    Dataset<Row> provides = reports.distinct();
    Dataset<Row> sourcesPerFact = provides.groupBy("cluster_id").agg(countDistinct("source").as("n_providers"));
    Dataset<Row> losing = opposes.join(result.confidence(), "cluster_id")
        .join(result.confidence().toDF("other", "other_confidence"), "other")
        .filter(col("confidence").lt(col("other_confidence")))
        .select("cluster_id").distinct().withColumn("lost", lit(true));
    return provides.join(sourcesPerFact, "cluster_id").join(losing, "cluster_id", "left")
        .groupBy("source")
        .agg(countDistinct("cluster_id").cast("int").as("n_claims"),
            count(when(col("n_providers").geq(2), 1)).cast("int").as("n_corroborated"),
            count(when(col("lost"), 1)).cast("int").as("n_contradicted"),
            count(when(col("n_providers").equalTo(1), 1)).cast("int").as("n_exclusive"))
        .join(result.trust(), "source")
        .select("source", "trust", "n_claims", "n_corroborated", "n_contradicted", "n_exclusive");
  }
}
