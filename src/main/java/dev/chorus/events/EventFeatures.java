package dev.chorus.events;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import dev.chorus.claims.MeaningMatch;
import dev.chorus.entities.EntityStage;
import dev.chorus.tables.Schemas;
import dev.chorus.text.Words;
import dev.chorus.util.OneJob;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/** What each article says about the happening it reports, as {@link Schemas#EVENT_FEATURES}. */
public final class EventFeatures {

  private static final String ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}$";
  /** A full ISO date, or a month and day whose year the page did not print ("--03-28"). */
  private static final String DATE = "^(\\d{4})?-\\d{2}-\\d{2}$|^--\\d{2}-\\d{2}$";
  private static final String WEEKDAY = "^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$";

  private static final String YEAR = "^(19|20)\\d{2}$";

  /** {@link EventSignature#of} as a struct column (date, place, cited). */
  private static final UserDefinedFunction SIGNATURE = udf(
      (UDF3<String, String, String, Row>) (title, body, published) -> {
        EventSignature.Signature s = EventSignature.of(title, body, published);
        return RowFactory.create(s.date(), s.place(), EventSignature.asWritten(s.place(), title, body),
            s.citedDates().toArray(new String[0]));
      },
      DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
          DataTypes.createStructField("date", DataTypes.StringType, true),
          DataTypes.createStructField("place", DataTypes.StringType, true),
          DataTypes.createStructField("written", DataTypes.StringType, true),
          DataTypes.createStructField("cited", DataTypes.createArrayType(DataTypes.StringType), true)}));

  private EventFeatures() {}

  /**
   * @param articles article_id, source, published, title, body
   * @param mentions {@code Schemas.MENTIONS}
   * @param claims {@code Schemas.RAW_CLAIMS}
   */
  public static Dataset<Row> build(Dataset<Row> articles, Dataset<Row> mentions, Dataset<Row> claims) {
    Dataset<Row> names = mentions
        .groupBy("article_id")
        .agg(collect_set(when(col("kind").equalTo("person"), EntityStage.personKey(col("name")))).as("people"),
            collect_set(EntityStage.placeKey(col("name"))).as("mentioned"));
    Dataset<Row> setting = mainSetting(claims);
    Column isDate = col("kind").equalTo("date_time");
    Dataset<Row> said = setting
        .groupBy("article_id")
        .agg(collect_set(when(col("kind").equalTo("place"), col("v"))).as("places"),
            collect_set(when(isDate.and(col("v").rlike(DATE)), col("v"))).as("dates"),
            collect_set(when(isDate.and(col("weekday").rlike(WEEKDAY)), col("weekday"))).as("weekdays"),
            collect_set(when(col("kind").equalTo("duration"), col("value_num"))).as("durations"));
    Dataset<Row> quoted = claims.filter(col("kind").equalTo("quote"))
        .groupBy("article_id").agg(collect_set(lower(col("value"))).as("quote_texts"));
    Column empty = lit(new String[0]);
    Column signature = SIGNATURE.apply(col("title"), col("body"), col("published"));
    Column words = Words.lowerCase(concat_ws(" ", col("title"), col("body")));
    // Headlines by meaning: two reports of one happening word it differently ("quake kills 8",
    // "earthquake death toll rises"), and TF-IDF sees no word in common. The headline alone, not the
    // body: it names the happening, and one short text per article keeps the stage's CPU in budget
    // (bench/run). Distinct first: wire copy reprinted under many mastheads keeps its headline.
    // Checkpointed: the events stage reads the features three times (is there any, the IDF fit, its
    // own checkpoint), and the model would embed every headline each time (bench/run: 3 x 15 s CPU)
    Column headline = coalesce(col("title"), lit(""));
    Dataset<Row> headlines = OneJob.checkpoint(MeaningMatch.embed(articles.select(headline.as("sentence")).distinct())
        .select(col("sentence").as("headline"), col("vector").as("title_vector")));
    return articles.select(col("article_id"), col("source"), col("published"), col("body"), words.as("all_words"),
            signature.as("signature"), headline.as("headline"))
        .withColumn("event_place", EntityStage.placeKey(col("signature.place")))
        .join(headlines, "headline", "left")
        .join(names, "article_id", "left")
        .join(said, "article_id", "left")
        .join(quoted, "article_id", "left")
        .select(col("article_id"), col("source"), col("published"),
            coalesce(col("people"), empty).as("people"),
            coalesce(col("places"), empty).as("places"),
            coalesce(col("mentioned"), empty).as("mentioned"),
            coalesce(col("dates"), empty).as("dates"),
            coalesce(col("weekdays"), empty).as("weekdays"),
            quoteShingles(coalesce(col("quote_texts"), empty)).as("quotes"),
            coalesce(col("durations"), lit(new double[0]).cast(DataTypes.createArrayType(DataTypes.DoubleType)))
                .as("durations"),
            col("all_words").as("words"),
            col("signature.date").as("event_date"),
            col("event_place"),
            col("signature.written").as("event_place_name"),
            coalesce(col("signature.cited"), empty).as("cited_dates"),
            // numbers a report repeats ("$200 million", "8 dead", "6.1 magnitude"); years apart:
            // two happenings of one kind a year apart share words but not their year
            array_distinct(org.apache.spark.sql.functions.filter(col("all_words"),
                w -> w.rlike("^\\d+$").and(not(w.rlike(YEAR))))).as("numbers"),
            array_distinct(org.apache.spark.sql.functions.filter(col("all_words"), w -> w.rlike(YEAR))).as("years"),
            col("title_vector"))
        .select(Schemas.columns(Schemas.EVENT_FEATURES));
  }

  /**
   * Where, when and how long the article's own meeting was: per kind, the value the article gives
   * most often, ties going to the one it gives first. Articles look back at earlier meetings ("the
   * first meeting, in Kadrovo on March 6, lasted three hours") but say their own event's setting
   * in the lead and repeat it.
   */
  static Dataset<Row> mainSetting(Dataset<Row> claims) {
    Column value = when(col("kind").equalTo("place"), EntityStage.placeKey(col("value")))
        .when(col("kind").equalTo("duration"), col("value_num").cast("string"))
        .otherwise(lower(col("value")));
    Column weekday = when(col("value").rlike(ISO_DATE), lower(col("unit"))).otherwise(lower(col("value")));
    Dataset<Row> counted = claims
        .filter(col("kind").isin("place", "date_time", "duration").and(col("slot").startsWith("meeting.")))
        .groupBy(col("article_id"), col("kind"), value.as("v"))
        .agg(count(lit(1)).as("n"), min("sentence_idx").as("first"), first(weekday).as("weekday"),
            first("value_num").as("value_num"));
    return counted
        .withColumn("rank", row_number().over(Window.partitionBy("article_id", "kind")
            .orderBy(col("n").desc(), col("first"), col("v"))))
        .filter(col("rank").equalTo(1));
  }

  /**
   * Four-word runs of every quote: two outlets quoting the same words share one even when one
   * quotes a fragment ("frank, substantive and useful") and the other the whole sentence.
   */
  static Column quoteShingles(Column quotes) {
    Column words = transform(quotes, Words::of);
    Column grams = transform(words, w -> when(size(w).geq(4),
        transform(sequence(lit(1), size(w).minus(3)), i -> array_join(slice(w, i, lit(4)), " ")))
        .otherwise(lit(new String[0])));
    return array_distinct(flatten(grams));
  }

}
