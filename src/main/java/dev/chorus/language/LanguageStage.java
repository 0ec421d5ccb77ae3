package dev.chorus.language;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * cleaned → cleaned with each article's detected language ({@link LanguageDetection}) in
 * {@code language} and the page's own statement moved to {@code declared_language}; and which
 * articles the analysis reads: the claim, entity and event rules are written for English, so the
 * articles in other languages are kept in {@code articles} but give no claims, entities or events.
 */
public final class LanguageStage {

  /** The language the analysis stages' rules are written for. */
  public static final String ANALYSED = "en";

  private static final UserDefinedFunction DETECT = udf(
      (UDF3<String, String, String, String>) LanguageDetection::language, DataTypes.StringType);

  private LanguageStage() {}

  /** Detects the language of every article row (reject_reason null); rejects get none. */
  public static Dataset<Row> detect(Dataset<Row> cleaned) {
    return cleaned.withColumn("declared_language", col("language"))
        .withColumn("language", when(col("reject_reason").isNull(),
            DETECT.apply(col("title"), col("body"), col("declared_language"))));
  }

  /** Whether an articles row is one the analysis reads (never null: an article without a language is not). */
  public static Column analysed() {
    return col("language").eqNullSafe(ANALYSED);
  }
}
