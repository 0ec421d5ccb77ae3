package dev.chorus.agreement;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.chorus.util.OneJob;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How far each pair of sources agree, per event and overall. Sources are compared only where
 * both report on the same event (blocking by event: no all-pairs over the corpus). A syndicated
 * copy speaks with its original outlet's voice: it is not a second witness.
 */
public final class AgreementStage {

  /** The scope of the overall rows; written as a null event_id. */
  private static final String OVERALL = "*";

  private AgreementStage() {}

  /**
   * @param claims cluster_id, event_id, article_id, source
   * @param articles article_id, source, duplicate_of
   * @param conflicts the conflicts table
   * @return source_a, source_b, event_id (null overall), shared, agree, conflict, only_a, only_b,
   *     agreement, coverage_jaccard
   */
  public static Dataset<Row> agreement(Dataset<Row> claims, Dataset<Row> articles, Dataset<Row> conflicts) {
    Dataset<Row> reports = OneJob.cache(scoped(independent(claims, articles)).distinct());
    Dataset<Row> counts = reports.groupBy("scope", "source").agg(countDistinct("cluster_id").as("n"));
    Dataset<Row> present = reports.select("scope", "source").distinct();
    Dataset<Row> pairs = present.toDF("scope", "source_a")
        .join(present.toDF("scope", "source_b"), "scope")
        .filter(col("source_a").lt(col("source_b")));
    Dataset<Row> shared = reports.toDF("scope", "source_a", "cluster_id")
        .join(reports.toDF("scope", "source_b", "cluster_id"), new String[] {"scope", "cluster_id"})
        .filter(col("source_a").lt(col("source_b")))
        .groupBy("scope", "source_a", "source_b").agg(countDistinct("cluster_id").as("shared"));
    Dataset<Row> clashes = conflictPairs(conflicts, articles);
    Column sharedN = coalesce(col("shared"), lit(0L));
    Column conflictN = coalesce(col("conflict"), lit(0L));
    Column onlyA = col("n_a").minus(sharedN);
    Column onlyB = col("n_b").minus(sharedN);
    Dataset<Row> out = pairs
        .join(shared, new String[] {"scope", "source_a", "source_b"}, "left")
        .join(clashes, new String[] {"scope", "source_a", "source_b"}, "left")
        .join(counts.toDF("scope", "source_a", "n_a"), new String[] {"scope", "source_a"})
        .join(counts.toDF("scope", "source_b", "n_b"), new String[] {"scope", "source_b"})
        .select(col("source_a"), col("source_b"),
            when(col("scope").equalTo(OVERALL), lit(null).cast("string")).otherwise(col("scope")).as("event_id"),
            sharedN.cast("int").as("shared"), sharedN.cast("int").as("agree"), conflictN.cast("int").as("conflict"),
            onlyA.cast("int").as("only_a"), onlyB.cast("int").as("only_b"),
            when(sharedN.plus(conflictN).gt(0), sharedN.divide(sharedN.plus(conflictN))).as("agreement"),
            sharedN.divide(sharedN.plus(onlyA).plus(onlyB)).as("coverage_jaccard"));
    reports.unpersist();
    return out;
  }

  /** (cluster_id, event_id, source) with a copy's claims credited to its original's outlet. */
  public static Dataset<Row> independent(Dataset<Row> claims, Dataset<Row> articles) {
    Dataset<Row> voice = articles.select(col("article_id"), col("duplicate_of"))
        .join(articles.select(col("article_id").as("duplicate_of"), col("source").as("original_source")),
            "duplicate_of", "left")
        .select(col("article_id"), col("original_source"));
    return claims.join(voice, "article_id", "left")
        .select(col("cluster_id"), col("event_id"), coalesce(col("original_source"), col("source")).as("source"));
  }

  /** Each report twice: once in its event's scope, once in the overall scope. */
  private static Dataset<Row> scoped(Dataset<Row> reports) {
    Column scopes = array_distinct(array(coalesce(col("event_id"), lit(OVERALL)), lit(OVERALL)));
    return reports.select(explode(scopes).as("scope"), col("source"), col("cluster_id"));
  }

  /** Per scope and pair of sources, how many conflicts put them on opposite sides. */
  static Dataset<Row> conflictPairs(Dataset<Row> conflicts, Dataset<Row> articles) {
    Dataset<Row> withSide = independent(conflicts.select(col("cluster_id"), col("event_id"), col("article_id"),
            col("source")), articles)
        .withColumnRenamed("cluster_id", "side")
        .join(conflicts.select(col("cluster_id").as("side"), col("conflict_id")).distinct(), "side")
        .select("conflict_id", "side", "event_id", "source").distinct();
    Dataset<Row> opposed = withSide.toDF("conflict_id", "side_a", "event_id", "source_a")
        .join(withSide.toDF("conflict_id", "side_b", "event_b", "source_b"), "conflict_id")
        .filter(col("side_a").notEqual(col("side_b")).and(col("source_a").lt(col("source_b"))));
    return scopedPairs(opposed)
        .groupBy("scope", "source_a", "source_b").agg(countDistinct("conflict_id").as("conflict"));
  }

  private static Dataset<Row> scopedPairs(Dataset<Row> opposed) {
    Column scopes = array_distinct(array(coalesce(col("event_id"), lit(OVERALL)), lit(OVERALL)));
    return opposed.select(explode(scopes).as("scope"), col("source_a"), col("source_b"), col("conflict_id"));
  }
}
