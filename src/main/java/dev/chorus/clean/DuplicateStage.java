package dev.chorus.clean;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.chorus.util.Components;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Finds exact and near copies among articles (a wire story reprinted under another headline,
 * with a local intro added or a sentence dropped) with MinHash LSH over word 5-gram shingles, so
 * that no two articles are compared unless they share shingle buckets. Each group of copies is
 * one connected component; its original is the earliest published member (unknown dates last,
 * then the smallest id, so the choice is stable), and every other member gets
 * {@code status = duplicate} and {@code duplicate_of} = the original's id.
 */
public final class DuplicateStage {

  public static final String STATUS_DUPLICATE = "duplicate";

  /** Candidate pairs farther apart than this Jaccard distance are not even considered. */
  static final double MAX_DISTANCE = 0.7;
  /** A pair is a copy when its shingle sets overlap this much (Jaccard)... */
  static final double MIN_JACCARD = 0.5;
  /** ...or when this share of the shorter article's shingles is in the longer one. */
  static final double MIN_CONTAINMENT = 0.8;
  static final int SHINGLE_WORDS = 5;

  private DuplicateStage() {}

  /**
   * @param articles rows with at least article_id, body, published and status; other columns are kept
   * @return the same rows with status and duplicate_of set for copies
   */
  public static Dataset<Row> markDuplicates(Dataset<Row> articles) {
    Dataset<Row> shingled = shingles(articles.select("article_id", "body", "body_hash", "published"));
    Dataset<Row> edges = nearCopyPairs(shingled).union(exactCopyPairs(shingled));
    Dataset<Row> originals = propagateOriginals(shingled.select(col("article_id"), rank()), edges);
    return articles.drop("duplicate_of").join(originals, "article_id")
        .withColumn("duplicate_of",
            when(col("original").notEqual(col("article_id")), col("original")).otherwise(lit(null).cast("string")))
        .withColumn("status", when(col("duplicate_of").isNotNull(), lit(STATUS_DUPLICATE)).otherwise(col("status")))
        .drop("original")
        .select(java.util.Arrays.stream(articles.columns()).map(c -> col(c)).toArray(Column[]::new));
  }

  /** Earliest published first, unknown dates last, then the smallest id: a total, stable order. */
  private static Column rank() {
    return struct(col("published").isNull().as("undated"), col("published").as("published"),
        col("article_id").as("id")).as("rank");
  }

  static Dataset<Row> shingles(Dataset<Row> articles) {
    Column words = array_remove(split(lower(regexp_replace(col("body"), "[^\\p{L}\\p{N}]+", " ")), " "), "");
    Dataset<Row> tokenized = articles.withColumn("words", words);
    NGram ngram = new NGram().setN(SHINGLE_WORDS).setInputCol("words").setOutputCol("grams");
    // every set gets one token of its own: MinHash rejects an empty set, and Spark may evaluate the
    // hash before any filter that would drop short texts, so none may be empty
    return ngram.transform(tokenized).withColumn("shingles",
        array_distinct(array_union(col("grams"), array(concat(lit("\u0000id:"), col("article_id"))))));
  }

  /** Each article paired with the smallest id sharing its body hash: catches texts too short to shingle. */
  static Dataset<Row> exactCopyPairs(Dataset<Row> articles) {
    Dataset<Row> first = articles.groupBy("body_hash").agg(min("article_id").as("a"));
    return articles.join(first, "body_hash")
        .filter(col("article_id").notEqual(col("a")))
        .select(col("a"), col("article_id").as("b"));
  }

  /** Pairs (a, b) with a &lt; b whose bodies are copies, exact or near. */
  static Dataset<Row> nearCopyPairs(Dataset<Row> shingled) {
    // a text too short to shingle holds only its own token: it is matched exactly, by body hash
    HashingTF tf = new HashingTF().setInputCol("shingles").setOutputCol("features")
        .setNumFeatures(1 << 22).setBinary(true);
    Dataset<Row> features = tf.transform(shingled).select("article_id", "shingles", "features");
    MinHashLSHModel model = new MinHashLSH().setInputCol("features").setOutputCol("hashes")
        .setNumHashTables(8).setSeed(20250306L).fit(features);
    // the shingle arrays are joined back to the distinct candidate pairs: taken from the similarity
    // join's output, the exact test was pushed below its de-duplication and array_intersect ran once
    // per shared bucket rather than once per pair (bench/run's profile: the job's hot spot)
    Dataset<Row> candidates = model.approxSimilarityJoin(features, features, MAX_DISTANCE, "distance")
        .select(col("datasetA.article_id").as("a"), col("datasetB.article_id").as("b"))
        .filter(col("a").lt(col("b")));
    Dataset<Row> pairs = candidates
        .join(shingled.select(col("article_id").as("a"), col("shingles").as("sa")), "a")
        .join(shingled.select(col("article_id").as("b"), col("shingles").as("sb")), "b");
    Column common = size(array_intersect(col("sa"), col("sb")));
    Column union = size(col("sa")).plus(size(col("sb"))).minus(common);
    Column shorter = least(size(col("sa")), size(col("sb")));
    return pairs
        .filter(common.divide(union).geq(MIN_JACCARD).or(common.divide(shorter).geq(MIN_CONTAINMENT)))
        .select("a", "b");
  }

  /** Every article labelled with the best-ranked article of its connected component of copies. */
  static Dataset<Row> propagateOriginals(Dataset<Row> ranks, Dataset<Row> edges) {
    return Components.minLabel(ranks.withColumnRenamed("article_id", "id"), edges)
        .select(col("id").as("article_id"), col("label.id").as("original"));
  }
}
