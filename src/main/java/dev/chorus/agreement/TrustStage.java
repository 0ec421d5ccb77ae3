package dev.chorus.agreement;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import dev.chorus.tables.Observed;
import dev.chorus.util.OneJob;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

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

  private static final StructType TRUST = new StructType()
      .add("source", DataTypes.StringType, false).add("trust", DataTypes.DoubleType, false);
  private static final StructType CONFIDENCE = new StructType()
      .add("cluster_id", DataTypes.StringType, false).add("confidence", DataTypes.DoubleType, false);

  /**
   * One fact with everything a round needs to score it: its providers, the providers of each fact
   * that contradicts it, and whether it is tested. A round is then one pass over the facts plus a
   * per-source sum, instead of three joins and three aggregations per round in Spark SQL (measured
   * by bench/run on 2,000 articles: 358 Spark stages and 146 s for this stage, most of it the
   * per-stage overhead of rounds over small tables).
   */
  record Fact(String clusterId, List<String> providers, List<List<String>> opposers, boolean tested)
      implements Serializable {}

  /**
   * @param provides (source, cluster_id): which independent source reports which fact
   * @param opposes (cluster_id, other): pairs of facts that contradict each other, both directions
   */
  public static Result run(Dataset<Row> provides, Dataset<Row> opposes) {
    return run(provides, opposes, LOCAL_FACTS);
  }

  /**
   * Facts up to this many are scored on the driver after one Spark job that builds them: a round is
   * then a loop over a list, where on Spark each round was a job of its own (about 26 of a run's
   * jobs on the sample and on 2,000 articles, each costing more than the arithmetic it ran). A fact
   * is a cluster id and a few source names; 200,000 of them hold some tens of MB. Beyond it the
   * rounds run on Spark, with the same arithmetic and so the same results.
   */
  static final long LOCAL_FACTS = 200_000;

  static Result run(Dataset<Row> provides, Dataset<Row> opposes, long localFacts) {
    SparkSession spark = provides.sparkSession();
    // built and counted in one job (Observed: no job of its own to count)
    Observed built = Observed.of(facts(provides, opposes));
    Dataset<Row> rows = OneJob.run(spark, built.rows()::localCheckpoint);
    if (built.count() >= 0 && built.count() <= localFacts) {
      return onDriver(spark, rows.collectAsList().stream().map(TrustStage::fact).toList());
    }
    JavaRDD<Fact> facts = rows.javaRDD().map(TrustStage::fact).cache();
    Result result = onSpark(spark, provides, facts);
    facts.unpersist();
    return result;
  }

  /** The rounds over facts held by the driver: every source of a fact is a source of provides. */
  private static Result onDriver(SparkSession spark, List<Fact> facts) {
    Map<String, Double> initial = new TreeMap<>();
    for (Fact f : facts) {
      f.providers().forEach(s -> initial.put(s, INITIAL_TRUST));
    }
    Rounds rounds = iterate(initial, current -> {
      Map<String, Tuple2<Long, Long>> measured = new HashMap<>();
      for (Fact f : facts) {
        if (f.tested()) {
          long c = fixedPoint(confidence(f, current));
          for (String s : f.providers()) {
            measured.merge(s, new Tuple2<>(c, 1L), TrustStage::add);
          }
        }
      }
      return measured;
    });
    List<Row> confidences = new ArrayList<>();
    for (Fact f : facts) {
      confidences.add(RowFactory.create(f.clusterId(), confidence(f, rounds.scoredWith())));
    }
    return result(spark, rounds.trust(), spark.createDataFrame(confidences, CONFIDENCE));
  }

  /** The rounds as Spark jobs, one per round, over facts that stay on the executors. */
  private static Result onSpark(SparkSession spark, Dataset<Row> provides, JavaRDD<Fact> facts) {
    // one entry per source, not per article or claim: sources (outlets) are few next to the corpus
    Map<String, Double> initial = new TreeMap<>();
    for (Row r : provides.select("source").distinct().collectAsList()) {
      initial.put(r.getString(0), INITIAL_TRUST);
    }
    Rounds rounds = iterate(initial, trust -> {
      Broadcast<Map<String, Double>> current = broadcast(spark, trust);
      Map<String, Tuple2<Long, Long>> measured = facts.filter(Fact::tested)
          .flatMapToPair(f -> {
            long c = fixedPoint(confidence(f, current.value()));
            return f.providers().stream().map(s -> new Tuple2<>(s, new Tuple2<>(c, 1L))).iterator();
          })
          .reduceByKey(TrustStage::add)
          .collectAsMap();
      current.destroy();
      return measured;
    });
    Broadcast<Map<String, Double>> last = broadcast(spark, rounds.scoredWith());
    JavaRDD<Row> confidences = facts.map(f -> RowFactory.create(f.clusterId(), confidence(f, last.value())));
    return result(spark, rounds.trust(), spark.createDataFrame(confidences, CONFIDENCE).localCheckpoint());
  }

  /** The final trust, and the trust the final confidences are scored with (the last round's input). */
  private record Rounds(Map<String, Double> trust, Map<String, Double> scoredWith) {}

  /**
   * TruthFinder's rounds from {@code initial}: {@code measure} sums, per source, the fixed-point
   * confidences of its tested facts and counts them under the given trust.
   */
  private static Rounds iterate(Map<String, Double> initial,
      Function<Map<String, Double>, Map<String, Tuple2<Long, Long>>> measure) {
    Map<String, Double> trust = initial;
    Map<String, Double> scoredWith = trust;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Map<String, Tuple2<Long, Long>> measured = measure.apply(trust);
      // a source nobody else checks keeps the prior: its own exclusive claims say nothing of it
      Map<String, Double> next = new TreeMap<>();
      double moved = 0;
      for (Map.Entry<String, Double> e : trust.entrySet()) {
        Tuple2<Long, Long> m = measured.get(e.getKey());
        double t = m == null ? INITIAL_TRUST : fromFixedPoint(m._1()) / m._2();
        next.put(e.getKey(), t);
        moved = Math.max(moved, Math.abs(t - e.getValue()));
      }
      scoredWith = trust;
      trust = next;
      if (moved < TOLERANCE) {
        break;
      }
    }
    return new Rounds(trust, scoredWith);
  }

  private static Tuple2<Long, Long> add(Tuple2<Long, Long> x, Tuple2<Long, Long> y) {
    return new Tuple2<>(x._1() + y._1(), x._2() + y._2());
  }

  private static Result result(SparkSession spark, Map<String, Double> trust, Dataset<Row> confidence) {
    List<Row> trustRows = new ArrayList<>();
    trust.forEach((s, t) -> trustRows.add(RowFactory.create(s, t)));
    return new Result(spark.createDataFrame(trustRows, TRUST), confidence);
  }

  /** Facts with their providers, the providers of the facts that contradict them, and whether tested. */
  static Dataset<Row> facts(Dataset<Row> provides, Dataset<Row> opposes) {
    Dataset<Row> providers = provides.groupBy("cluster_id").agg(array_sort(collect_set("source")).as("providers"));
    Dataset<Row> opposers = opposes.distinct()
        .join(providers.toDF("other", "other_providers"), "other")
        .groupBy("cluster_id").agg(array_sort(collect_list("other_providers")).as("opposers"));
    Dataset<Row> rows = providers.join(opposers, "cluster_id", "left")
        .select(col("cluster_id"), col("providers"), coalesce(col("opposers"), array()).as("opposers"),
            // tested: another source reports it too, or some fact contradicts it. A variation on the
            // paper, which averages over all of a source's facts: there, an outlet with many exclusive
            // stories (which no one can confirm) would look less trustworthy than one that only reprints
            size(col("providers")).geq(2).or(col("opposers").isNotNull()).as("tested"));
    return rows;
  }

  /** A row of {@link #facts} as a Fact. */
  static Fact fact(Row r) {
    return new Fact(r.getString(0), List.copyOf(r.getList(1)),
        r.<scala.collection.Seq<String>>getList(2).stream()
            .map(o -> List.copyOf(scala.collection.JavaConverters.seqAsJavaList(o))).toList(),
        r.getBoolean(3));
  }

  /**
   * TruthFinder's confidence of one fact under the given trust: its providers' -ln(1 - trust)
   * summed, minus rho times the same sum for each contradicting fact, through the logistic.
   */
  static double confidence(Fact fact, Map<String, Double> trust) {
    double score = score(fact.providers(), trust);
    double[] against = new double[fact.opposers().size()];
    for (int i = 0; i < against.length; i++) {
      against[i] = score(fact.opposers().get(i), trust);
    }
    double adjusted = score - RHO * orderedSum(against);
    return 1.0 / (1.0 + StrictMath.exp(-GAMMA * adjusted));
  }

  private static double score(List<String> providers, Map<String, Double> trust) {
    double[] tau = new double[providers.size()];
    for (int i = 0; i < tau.length; i++) {
      tau[i] = -StrictMath.log(1.0 - Math.min(trust.getOrDefault(providers.get(i), INITIAL_TRUST), MAX_TRUST));
    }
    return orderedSum(tau);
  }

  /** Summed in ascending order, so the result does not depend on the order the values came in. */
  private static double orderedSum(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double total = 0;
    for (double v : sorted) {
      total += v;
    }
    return total;
  }

  /**
   * Confidences summed per source as fixed-point longs: integer addition is associative, so the
   * sum (and every trust) is the same bit for bit however Spark partitions and orders the facts.
   * 2^32 steps per unit (far finer than the tolerance) leave room for 2^31 facts per source.
   */
  static long fixedPoint(double confidence) {
    return Math.round(confidence * FIXED_ONE);
  }

  static double fromFixedPoint(long sum) {
    return sum / FIXED_ONE;
  }

  private static final double FIXED_ONE = 0x1p32;

  private static Broadcast<Map<String, Double>> broadcast(SparkSession spark, Map<String, Double> trust) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new HashMap<>(trust));
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
