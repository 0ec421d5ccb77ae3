package dev.chorus.clean;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.chorus.text.Words;
import dev.chorus.util.Components;
import dev.chorus.util.MinHashBands;
import dev.chorus.util.OneJob;
import java.util.List;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.JavaConverters;

/**
 * Finds exact and near copies among articles (a wire story reprinted under another headline,
 * with a local intro added or a sentence dropped) with banded MinHash LSH over word 5-gram shingles, so
 * that no two articles are compared unless they share shingle buckets. Each group of copies is
 * one connected component; its original is the earliest published member (unknown dates last).
 * Of undated members, the original is the one whose text its copies contain plus additions of
 * their own (a reprint adds a local intro, a credit line): the member most contained in a copy it
 * is paired with. Then the smallest id, so the choice is stable. Every other member gets
 * {@code status = duplicate} and {@code duplicate_of} = the original's id.
 */
public final class DuplicateStage {

  public static final String STATUS_DUPLICATE = "duplicate";

  /** LSH bands, and min-hashes per band (see candidatePairs). */
  static final int BANDS = 48;
  static final int ROWS_PER_BAND = 4;
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
    // cached: the shingles are read by the band keys, by both sides of the pair test and by the ranks
    Dataset<Row> shingled = OneJob.cache(shingles(articles.select("article_id", "body", "body_hash", "published"))
        .select("article_id", "body_hash", "published", "shingles"));
    Dataset<Row> edges = nearCopyPairs(shingled).union(exactCopyPairs(shingled));
    Dataset<Row> contained = edges.select(col("a").as("article_id"), col("a_in_b").as("contained"))
        .union(edges.select(col("b").as("article_id"), col("b_in_a").as("contained")))
        .groupBy("article_id").agg(max("contained").as("contained"));
    Dataset<Row> originals = propagateOriginals(
        shingled.join(contained, new String[] {"article_id"}, "left").select(col("article_id"), rank()),
        edges.select("a", "b"));
    shingled.unpersist();  // the labels are checkpointed: nothing below reads the shingles again
    return articles.drop("duplicate_of").join(originals, "article_id")
        .withColumn("duplicate_of",
            when(col("original").notEqual(col("article_id")), col("original")).otherwise(lit(null).cast("string")))
        .withColumn("status", when(col("duplicate_of").isNotNull(), lit(STATUS_DUPLICATE)).otherwise(col("status")))
        .drop("original")
        .select(java.util.Arrays.stream(articles.columns()).map(c -> col(c)).toArray(Column[]::new));
  }

  /**
   * Earliest published first ({@link PublishedOrder}: zoned times in UTC, a bare date after the
   * times of its day), unknown dates last; of undated copies, the one most contained in a copy
   * (the others hold its text plus additions); then the smallest id: a total, stable order. Dated
   * copies are ordered by their dates alone, as before: the containment key is 0 for them.
   */
  private static Column rank() {
    Column published = PUBLISHED_KEY.apply(col("published"));
    Column lessContained = when(published.isNull(), lit(0.0).minus(coalesce(col("contained"), lit(0.0))))
        .otherwise(lit(0.0));
    return struct(published.isNull().as("undated"), published.as("published"),
        lessContained.as("less_contained"), col("article_id").as("id")).as("rank");
  }

  private static final UserDefinedFunction PUBLISHED_KEY = udf(
      (UDF1<String, String>) PublishedOrder::key, DataTypes.StringType);

  /**
   * Adds {@code shingles}: the sorted, distinct 64-bit hashes of the body's word 5-grams. Hashes,
   * not the strings: each candidate pair is joined with both its sets and intersected, and with
   * strings (about 18 KB per article) that copying was most of the stage's time (bench/run).
   */
  static Dataset<Row> shingles(Dataset<Row> articles) {
    Column words = Words.lowerCase(col("body"));
    Dataset<Row> tokenized = articles.withColumn("words", words);
    NGram ngram = new NGram().setN(SHINGLE_WORDS).setInputCol("words").setOutputCol("grams");
    // every set gets one token of its own: the min-hashes of empty sets would all be null, so every
    // text too short to shingle would share every band with every other one
    return ngram.transform(tokenized).withColumn("shingles",
        SHINGLE_HASHES.apply(array_union(col("grams"), array(concat(lit("\u0000id:"), col("article_id"))))));
  }

  /**
   * Each article paired with the smallest id sharing its body hash: catches texts too short to
   * shingle. Each holds all of the other ({@code a_in_b} = {@code b_in_a} = 1).
   */
  static Dataset<Row> exactCopyPairs(Dataset<Row> articles) {
    Dataset<Row> first = articles.groupBy("body_hash").agg(min("article_id").as("a"));
    return articles.join(first, "body_hash")
        .filter(col("article_id").notEqual(col("a")))
        .select(col("a"), col("article_id").as("b"), lit(1.0).as("a_in_b"), lit(1.0).as("b_in_a"));
  }

  /**
   * Pairs (a, b) with a &lt; b whose bodies are copies, exact or near: each candidate is verified
   * against its bucket's representative only (see candidatePairs). {@code a_in_b} is the share of
   * a's shingles that are in b, {@code b_in_a} the other way round.
   */
  static Dataset<Row> nearCopyPairs(Dataset<Row> shingled) {
    // the shingle arrays are joined back to the distinct candidate pairs, so the exact test runs
    // once per pair rather than once per shared bucket
    Dataset<Row> candidates = candidatePairs(shingled);
    Dataset<Row> pairs = candidates
        .join(shingled.select(col("article_id").as("a"), col("shingles").as("sa")), "a")
        .join(shingled.select(col("article_id").as("b"), col("shingles").as("sb")), "b");
    Column common = size(array_intersect(col("sa"), col("sb")));
    Column union = size(col("sa")).plus(size(col("sb"))).minus(common);
    Column shorter = least(size(col("sa")), size(col("sb")));
    return pairs
        .filter(common.divide(union).geq(MIN_JACCARD).or(common.divide(shorter).geq(MIN_CONTAINMENT)))
        .select(col("a"), col("b"), common.divide(size(col("sa"))).as("a_in_b"),
            common.divide(size(col("sb"))).as("b_in_a"));
  }

  /**
   * Candidate pairs (a, b), a &lt; b: each member b of an LSH bucket with the bucket's smallest id a,
   * its representative. A star per bucket, not a clique: a story reprinted by 500 outlets shares
   * its buckets with 499 others, and all pairs of a bucket were 124,750 candidates to verify where
   * the star has 499 (bench/run with --wire-copies). Members of one bucket are joined through the
   * representative by the connected components, as in the MinHash deduplication of
   * bigcode-dataset and text-dedup, which emit one edge per bucket member. Buckets are
   * {@value #BANDS} bands of {@value #ROWS_PER_BAND} min-hashes each. A band, not a single
   * min-hash, is the bucket: with one min-hash per bucket (Spark's MinHashLSH), every article
   * holding a stock phrase whose hash happens to be small ("according to a statement issued") lands
   * in one bucket. Four min-hashes must agree: a pair with Jaccard 0.5 meets in some band with
   * probability 1 - (1 - 0.5^4)^48 = 0.95 (0.6: 0.999), two reports that share only stock
   * sentences (Jaccard 0.15) with probability 0.024. Two per band were too few: on bench/run's
   * 20,000 articles, whose reports of meetings share templated sentences, a quarter of all pairs of
   * such reports became candidates (Jaccard 0.15 meets with probability 0.42).
   */
  static Dataset<Row> candidatePairs(Dataset<Row> shingled) {
    // the band number is part of each key, so keys from different bands never meet
    Dataset<Row> buckets = shingled
        .select(col("article_id"), explode(BAND_KEYS.apply(col("shingles"))).as("bucket"));
    return buckets.select(col("article_id").as("b"), min("article_id").over(Window.partitionBy("bucket")).as("a"))
        .filter(col("a").notEqual(col("b")))
        .select("a", "b")
        .distinct();
  }

  /** See {@link MinHashBands}: UDFs because Spark's higher-order functions are interpreted. */
  private static final UserDefinedFunction SHINGLE_HASHES = udf(
      (UDF1<scala.collection.Seq<String>, List<Long>>) set -> MinHashBands.hashes(JavaConverters.seqAsJavaList(set)),
      DataTypes.createArrayType(DataTypes.LongType, false));
  private static final UserDefinedFunction BAND_KEYS = udf(
      (UDF1<scala.collection.Seq<Long>, List<Long>>) hashes ->
          MinHashBands.keys(JavaConverters.seqAsJavaList(hashes), BANDS, ROWS_PER_BAND),
      DataTypes.createArrayType(DataTypes.LongType, false));

  /** Every article labelled with the best-ranked article of its connected component of copies. */
  static Dataset<Row> propagateOriginals(Dataset<Row> ranks, Dataset<Row> edges) {
    return Components.minLabel(ranks.withColumnRenamed("article_id", "id"), edges)
        .select(col("id").as("article_id"), col("label.id").as("original"));
  }
}
