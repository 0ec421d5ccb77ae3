package dev.chorus.language;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * cleaned → cleaned with each article's detected language ({@link LanguageDetection}) in
 * {@code language} and the page's own statement moved to {@code declared_language}; and which
 * articles the analysis reads: the claim, entity and event rules are written for English, so the
 * articles in other languages are kept in {@code articles} but give no claims, entities or events.
 *
 * <p>Two steps, so that the detector runs once behind the caller's checkpoint: {@link #detect}
 * reads each text; {@link #settle} gives a text too short to tell (a headline with no body ranks
 * Latin, Waray or Malagasy within a hair of English) the language its source, or else the whole
 * batch, is written in, when that is one it cannot be told from.
 */
public final class LanguageStage {

  /** The language the analysis stages' rules are written for. */
  public static final String ANALYSED = "en";
  /** The languages a text cannot be told from, its detected language first; dropped by {@link #settle}. */
  static final String CANDIDATES = "language_candidates";

  private static final UserDefinedFunction DETECT = udf(
      (UDF3<String, String, String, List<String>>) LanguageDetection::candidates,
      DataTypes.createArrayType(DataTypes.StringType, false));
  private static final StructType PREVAILING = new StructType()
      .add("source", DataTypes.StringType, true)
      .add("prevailing", DataTypes.StringType, false);

  private LanguageStage() {}

  /**
   * Detects the language of every article row (reject_reason null); rejects get none. Adds
   * {@code language_candidates}, which {@link #settle} reads and drops.
   */
  public static Dataset<Row> detect(Dataset<Row> cleaned) {
    Column article = col("reject_reason").isNull();
    return cleaned.withColumn("declared_language", col("language"))
        .withColumn(CANDIDATES, when(article, DETECT.apply(col("title"), col("body"), col("declared_language"))))
        .withColumn("language", when(size(col(CANDIDATES)).gt(0), element_at(col(CANDIDATES), 1)));
  }

  /**
   * {@link #detect}'s rows with the tie of a text too short to tell broken: such an article takes
   * the language most of its source's clear articles (one candidate) are in, or, when its source
   * has none, most of the batch's, if that language is among its candidates; otherwise the
   * detector's first choice stands. One small aggregation (source × language counts), read on the
   * driver; best run on checkpointed rows, since it reads them twice.
   */
  public static Dataset<Row> settle(Dataset<Row> detected) {
    Column clear = size(col(CANDIDATES)).equalTo(1);
    Map<String, Map<String, Long>> bySource = new HashMap<>();
    Map<String, Long> overall = new TreeMap<>();
    boolean anyUnclear = false;
    for (Row r : detected.filter(col(CANDIDATES).isNotNull())
        .groupBy(col("source"), col("language"), clear.as("clear")).count().collectAsList()) {
      if (!r.getBoolean(2)) {
        anyUnclear = true;
        continue;
      }
      bySource.computeIfAbsent(r.getString(0), s -> new TreeMap<>()).merge(r.getString(1), r.getLong(3), Long::sum);
      overall.merge(r.getString(1), r.getLong(3), Long::sum);
    }
    if (!anyUnclear || overall.isEmpty()) {
      return detected.drop(CANDIDATES);
    }
    List<Row> prevailing = new ArrayList<>();
    bySource.forEach((source, counts) -> {
      if (source != null) {
        prevailing.add(RowFactory.create(source, mostCommon(counts)));
      }
    });
    Dataset<Row> sources = detected.sparkSession().createDataFrame(prevailing, PREVAILING);
    Column tieBreak = coalesce(col("prevailing"), lit(mostCommon(overall)));
    return detected.join(broadcast(sources), detected.col("source").equalTo(sources.col("source")), "left")
        .drop(sources.col("source"))
        .withColumn("language", when(size(col(CANDIDATES)).gt(1).and(array_contains(col(CANDIDATES), tieBreak)),
            tieBreak).otherwise(col("language")))
        .drop(CANDIDATES, "prevailing");
  }

  /** The language with the most articles; of equals, the first by code, so that reruns agree. */
  private static String mostCommon(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow().getKey();
  }

  /** Whether an articles row is one the analysis reads (never null: an article without a language is not). */
  public static Column analysed() {
    return col("language").eqNullSafe(ANALYSED);
  }
}
