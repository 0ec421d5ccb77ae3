package dev.chorus.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.posexplode;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark baseline 2: sentence and token splitting with Spark SQL's built-in regex functions
 * only (no UDF, no Spark NLP), one row per sentence with its tokens, written to Parquet. What the
 * job's NLP stage would cost without Spark NLP; bench/run compares the nlp stage's time with it.
 */
public final class RegexBaseline {

  private RegexBaseline() {}

  public static void main(String[] args) {
    String[] io = BaselineSession.inputAndOutput(args, "RegexBaseline");
    SparkSession spark = BaselineSession.start("baseline-regex");
    try {
      spark.sparkContext().setJobGroup("baseline-regex", "baseline-regex", false);
      BaselineSession.texts(spark, io[0])
          // a sentence ends after . ! or ? followed by white space, or at a blank line
          .select(col("path"), posexplode(expr("split(text, '(?<=[.!?])\\\\s+|\\\\n\\\\s*\\\\n')")).as(
              new String[] {"sentence_idx", "text"}))
          .withColumn("tokens", expr("regexp_extract_all(text, '(\\\\w+|[^\\\\w\\\\s])', 1)"))
          .write().mode(SaveMode.Overwrite).parquet(io[1]);
    } finally {
      spark.stop();
    }
  }
}
