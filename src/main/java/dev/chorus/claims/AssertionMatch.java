package dev.chorus.claims;

import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.xxhash64;

import dev.chorus.util.OneJob;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Joins {@link Assertions} of one event that two outlets word differently: pairs (a, b) of
 * assertion clusters that state one fact.
 *
 * <p>Two sentences are one fact when their keys ({@link AssertionKeys}: content stems and numbers)
 * overlap by at least {@link #SAME_ASSERTION} (Dice), and one is the other's closest in its outlet
 * ({@link #closestPerOutlet}). The overlap of keys, not the sentence embedding, decides: on the labelled
 * evidence pairs of the seeds and dev2 it separates one fact from two better (best pooled F1 0.762
 * against 0.577 for the embedding's cosine, {@code bench/fit-claim-match --assertions}), and it
 * costs no model call: embedding every checkable sentence of 20,000 articles took most of a run.
 *
 * <p>Comparing every pair of an event's sentences would grow with the square of its coverage, so
 * pairs come from an inverted index, and only sentences that share {@link #SHARED_KEYS} of their
 * {@link #POSTED_KEYS} rarest keys meet. Which keys are rare is told by how often the articles that
 * use a key repeat it, not by how many articles use it: the event's topic (its place, its main
 * actor, "bridge", "storm") runs through many sentences of every article, a fact's words are said
 * about once by each outlet that reports it. Counting articles instead would drop exactly the words
 * of the facts most outlets report. A key the event's sentences use more than {@link #SPREAD}
 * times per article using it is the topic, and so is a key of more than {@link #MAX_POSTINGS}
 * sentences: no key's postings pair more than a bounded number of sentences, whatever the event's
 * size. Identical sentences (a reprint's) are one cluster and one posting.
 */
public final class AssertionMatch {

  /**
   * The Dice overlap of keys at or above which two assertions are one claim: fitted by {@code
   * bench/fit-claim-match --assertions} on the labelled evidence sentences of the seeds and dev2
   * (best pooled F1 0.762 at 0.24 over 6,617 pairs of one event, 540 of one claim).
   */
  static final double SAME_ASSERTION = 0.24;
  /** Posted keys two sentences must share to be compared. */
  static final int SHARED_KEYS = 2;
  /** Keys a sentence is posted under: its rarest in the event. */
  static final int POSTED_KEYS = 6;
  /**
   * Sentences per article using it above which a key is the event's topic: a fact's words come
   * once per report, and a second time where the lead is repeated further down.
   */
  static final double SPREAD = 2.0;
  /** Distinct sentences of one event above which a key's postings are not joined. */
  static final int MAX_POSTINGS = 200;

  private static final UserDefinedFunction KEYS = udf(
      (UDF1<String, String[]>) s -> AssertionKeys.of(s).toArray(new String[0]),
      DataTypes.createArrayType(DataTypes.StringType));

  private AssertionMatch() {}

  /**
   * @param claims claims with article_id, source, event_id, kind, value and cluster_id
   * @return (a, b): assertion clusters of one event, stated by two outlets, that are one claim
   */
  public static Dataset<Row> edges(Dataset<Row> claims) {
    Dataset<Row> a = claims.filter(col("kind").equalTo(Assertions.KIND).and(col("event_id").isNotNull()))
        .select("article_id", "source", "event_id", "sentence", "value", "cluster_id");
    Dataset<Row> events = a.groupBy("event_id").agg(countDistinct("source").as("n_sources"))
        .filter(col("n_sources").geq(2)).select("event_id");
    Dataset<Row> inEvents = a.join(events, "event_id");
    // one row per cluster: a cluster's sentences are one value (a reprint's are identical), so keys
    // are computed, and pairs made, once per value however many outlets print it
    Dataset<Row> clusters = OneJob.checkpoint(inEvents.groupBy("event_id", "cluster_id")
        .agg(KEYS.apply(min("value")).as("keys"), min("source").as("min_source"), max("source").as("max_source")));
    Dataset<Row> clusterKeys = clusters.select(col("event_id"), col("cluster_id"), explode(col("keys")).as("key"));
    // sentences, not assertions, are counted: a sentence and its clauses ({@link Assertions#clauses})
    // use its words once. A sentence is counted by a 64-bit hash of its text: the rows joined with
    // every key of their cluster were 7.4 million at 20,000 bench articles, and carrying the text
    // through that join, the distinct and the count was most of this stage's cost
    Dataset<Row> rare = inEvents.select(col("event_id"), col("cluster_id"), col("article_id"),
            xxhash64(col("sentence")).as("sentence_hash")).distinct()
        .join(clusterKeys, new String[] {"event_id", "cluster_id"})
        .groupBy("event_id", "key")
        .agg(countDistinct("article_id").as("key_articles"), countDistinct("sentence_hash").as("key_sentences"))
        .filter(col("key_sentences").leq(least(col("key_articles").multiply(SPREAD), lit(MAX_POSTINGS))));
    WindowSpec rarestFirst = Window.partitionBy("event_id", "cluster_id").orderBy(col("key_sentences"), col("key"));
    // materialised: both sides of the pairs' self-join read the postings
    Dataset<Row> postings = OneJob.checkpoint(clusterKeys.join(rare.select("event_id", "key", "key_sentences"),
            new String[] {"event_id", "key"})
        .withColumn("rank", row_number().over(rarestFirst))
        .filter(col("rank").leq(POSTED_KEYS))
        .select("event_id", "key", "cluster_id"));
    Dataset<Row> sides = clusters.select("cluster_id", "keys", "min_source", "max_source");
    Dataset<Row> pairs = postings.toDF("event_id", "key", "a_cluster_id")
        .join(postings.toDF("event_id", "key", "b_cluster_id"), new String[] {"event_id", "key"})
        .filter(col("a_cluster_id").lt(col("b_cluster_id")))
        .groupBy("a_cluster_id", "b_cluster_id").agg(count(lit(1)).as("shared"))
        .filter(col("shared").geq(SHARED_KEYS))
        .join(sides.toDF("a_cluster_id", "a_keys", "a_source", "a_max"), "a_cluster_id")
        .join(sides.toDF("b_cluster_id", "b_keys", "b_source", "b_max"), "b_cluster_id");
    // two clusters one and the same outlet alone states: an outlet does not confirm itself
    Column oneOutlet = col("a_source").equalTo(col("a_max")).and(col("b_source").equalTo(col("b_max")))
        .and(col("a_source").equalTo(col("b_source")));
    Column dice = size(array_intersect(col("a_keys"), col("b_keys"))).multiply(2.0)
        .divide(size(col("a_keys")).plus(size(col("b_keys"))));
    // materialised once: closestPerOutlet reads the pairs from both of their sides
    return closestPerOutlet(OneJob.checkpoint(pairs.filter(not(oneOutlet)).withColumn("overlap", dice)
            .filter(col("overlap").geq(SAME_ASSERTION))))
        .select(col("a_cluster_id").as("a"), col("b_cluster_id").as("b"));
  }

  /**
   * The pairs in which one sentence is the other's closest among that outlet's candidates. An
   * outlet states one fact once, in one sentence; a sentence that sums up two facts ("the mayor, who
   * arrived by train at noon, said the bridge would reopen in May") is close to
   * several of another outlet's sentences, and joining every close pair chained the facts of a
   * story into one cluster through such sentences (57 sentences in one cluster on dev2). Each
   * sentence joins at most one sentence per other outlet, its closest; it may still be another
   * sentence's closest (requiring both at once lost a fifth of dev2's found facts). Ties go to
   * the smaller cluster id: stable.
   *
   * @param pairs a_cluster_id, b_cluster_id, a_source, b_source (an outlet of each) and overlap
   */
  static Dataset<Row> closestPerOutlet(Dataset<Row> pairs) {
    // each pair seen from both of its sentences, then each sentence's closest per outlet
    Dataset<Row> both = pairs.select(col("a_cluster_id").as("x"), col("b_cluster_id").as("y"),
            col("b_source").as("y_source"), col("overlap"))
        .union(pairs.select(col("b_cluster_id").as("x"), col("a_cluster_id").as("y"), col("a_source").as("y_source"),
            col("overlap")));
    WindowSpec closest = Window.partitionBy("x", "y_source").orderBy(col("overlap").desc(), col("y"));
    Dataset<Row> chosen = both.withColumn("rank", row_number().over(closest)).filter(col("rank").equalTo(1))
        .select("x", "y");
    return chosen.select(least(col("x"), col("y")).as("a_cluster_id"), greatest(col("x"), col("y")).as("b_cluster_id"))
        .distinct();
  }

}
