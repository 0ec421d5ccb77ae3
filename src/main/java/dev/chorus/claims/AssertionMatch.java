package dev.chorus.claims;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.split;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Candidate pairs of {@link Assertions} for {@link MeaningMatch}: two outlets' sentences of one
 * event that may state one fact. Embedding and comparing every pair of an event's sentences would
 * grow with the square of its coverage, so pairs come from an inverted index on content stems and
 * numbers, and only sentences sharing {@link #SHARED_KEYS} rare keys meet. A key most of the
 * event's articles use (the event's topic: its place, its main actor, "attack") says nothing about
 * which fact a sentence states, and its postings would pair nearly everything: such keys are
 * dropped before the join.
 */
public final class AssertionMatch {

  /** Rare keys two sentences must share to be compared. */
  static final int SHARED_KEYS = 2;
  /** A key in more articles than this (or than half the event's articles, if more) is the topic. */
  static final int TOPIC_MIN_ARTICLES = 3;

  private AssertionMatch() {}

  /**
   * @param claims claims with claim_id, article_id, source, event_id, sentence, kind, value and
   *     cluster_id
   * @return (a_cluster_id, b_cluster_id, a_sentence, b_sentence): assertion clusters of one event
   *     and different sources worth comparing
   */
  public static Dataset<Row> candidates(Dataset<Row> claims) {
    Dataset<Row> a = claims.filter(col("kind").equalTo(Assertions.KIND).and(col("event_id").isNotNull()))
        .select("claim_id", "article_id", "source", "event_id", "sentence", "value", "cluster_id");
    Dataset<Row> events = a.groupBy("event_id")
        .agg(countDistinct("article_id").as("n_articles"), countDistinct("source").as("n_sources"))
        .filter(col("n_sources").geq(2));
    Dataset<Row> postings = a.join(events.select("event_id", "n_articles"), "event_id")
        .select(col("claim_id"), col("article_id"), col("source"), col("event_id"), col("sentence"),
            col("cluster_id"), col("n_articles"), explode(keys(coalesce(col("value"), lit("")))).as("key"));
    Dataset<Row> rare = postings.groupBy("event_id", "key")
        .agg(countDistinct("article_id").as("key_articles"), count(lit(1)).as("key_sentences"),
            org.apache.spark.sql.functions.first("n_articles").as("n_articles"))
        .filter(col("key_articles").leq(greatest(lit(TOPIC_MIN_ARTICLES), col("n_articles").divide(2)))
            .and(col("key_sentences").leq(col("n_articles"))))
        .select("event_id", "key");
    Dataset<Row> kept = postings.join(rare, new String[] {"event_id", "key"})
        .select("event_id", "key", "claim_id", "source", "sentence", "cluster_id");
    Dataset<Row> left = kept.toDF("event_id", "key", "a", "a_source", "a_sentence", "a_cluster_id");
    Dataset<Row> right = kept.toDF("event_id", "key", "b", "b_source", "b_sentence", "b_cluster_id");
    return left.join(right, new String[] {"event_id", "key"})
        .filter(col("a").lt(col("b")).and(col("a_source").notEqual(col("b_source")))
            .and(col("a_cluster_id").notEqual(col("b_cluster_id"))))
        .groupBy("a", "b", "a_cluster_id", "b_cluster_id", "a_sentence", "b_sentence")
        .agg(count(lit(1)).as("shared"))
        .filter(col("shared").geq(SHARED_KEYS))
        .select("a_cluster_id", "b_cluster_id", "a_sentence", "b_sentence")
        .distinct();
  }

  /** A sentence's keys: its content stems ({@link ClusterStage#stems}) and its numbers. */
  static Column keys(Column text) {
    Column numbers = filter(split(lower(text), "[^\\p{L}\\p{N}]+"), w -> w.rlike("^\\d+$"));
    return array_distinct(array_union(ClusterStage.stems(text), numbers));
  }
}
