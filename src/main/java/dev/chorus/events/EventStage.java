package dev.chorus.events;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.chorus.util.Components;
import dev.chorus.util.MinHashBands;
import dev.chorus.util.OneJob;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Groups articles into events: the same people at the same place and time, not just similar
 * words. Candidate pairs come from banded MinHash LSH over each article's people, places and dates (no
 * all-pairs comparison); each candidate pair is then scored on the features that separate two
 * meetings of the same people weeks apart: shared participants, compatible meeting places,
 * resolved dates and weekdays, shared quotes and durations, and how much distinctive vocabulary
 * the two bodies share (TF-IDF cosine), and how far apart they were published. A pair is accepted
 * when it scores enough and something specific ties it (see anchored). Events are the connected
 * components of accepted pairs.
 */
public final class EventStage {

  /** A pair scoring at least this is one event. */
  static final double SAME_EVENT = 4.0;
  static final double W_PEOPLE = 2.0;
  static final double W_PLACE_SAME = 2.0;
  static final double W_PLACE_CLASH = -3.0;
  static final double W_DATE_SAME = 3.0;
  static final double W_DATE_CLASH = -4.0;
  static final double W_WEEKDAY_SAME = 1.0;
  static final double W_WEEKDAY_CLASH = -1.0;
  static final double W_QUOTE = 2.0;
  static final double W_DURATION = 1.0;
  static final double W_CONTENT = 3.0;
  /** Reports of one happening appear within days of each other; further apart only a shared date ties them. */
  static final int PUBLISHED_WINDOW_DAYS = 7;
  /**
   * An article with neither a published date nor a meeting date is compared with the others of
   * its LSH buckets only where a bucket holds at most this many articles: a bucket of a person in
   * the news every day would otherwise pair it with every article about them.
   */
  static final int MAX_TIMELESS_BUCKET = 1000;
  /** TF-IDF cosine above which two bodies share distinctive vocabulary. */
  static final double CONTENT_COSINE = 0.25;
  /** Candidate pairs: Jaccard distance over people, places and dates below this. */
  static final double MAX_DISTANCE = 0.85;
  /** LSH bands and min-hashes per band for candidate pairs (see candidatePairs). */
  static final int BANDS = 40;
  static final int ROWS_PER_BAND = 2;

  private EventStage() {}

  /**
   * @param features one row per article: article_id, source, published, people, places (meeting
   *     places), mentioned (every name in the text), dates (resolved ISO meeting dates), weekdays,
   *     quotes (normalised quote keys), durations (hours), words (body tokens for TF-IDF)
   * @return (article_id, event_id) for every article that belongs to an event; an article that
   *     matches no other article is an event of its own
   */
  public static Dataset<Row> assign(Dataset<Row> features) {
    // without the body's words: every candidate pair is joined with both articles' columns, and
    // copying the words (used only for the vectors) was most of the stage's shuffle (bench/run).
    // A checkpoint, not a cache: a cache keeps its lineage, and with it the IDF model (a weight and
    // a document count for each of the 2^18 features, 4 MiB) went into the task binary of every
    // stage that read the vectors: 40 "Broadcasting large task binary" warnings of 4.1 MiB in the
    // events stage of the 18-file sample
    Dataset<Row> withVectors = OneJob.checkpoint(tfidf(features).drop("words"));
    Dataset<Row> pairs = candidatePairs(withVectors);
    Dataset<Row> accepted = score(pairs, withVectors)
        .filter(col("score").geq(SAME_EVENT).and(col("anchored")).and(col("in_window")))
        .select("a", "b");
    Dataset<Row> components = Components.minLabel(withVectors.select(col("article_id").as("id"), col("article_id").as("rank")), accepted)
        .withColumnRenamed("id", "article_id");
    Dataset<Row> members = components.groupBy("label").agg(array_sort(collect_set("article_id")).as("members"));
    Dataset<Row> result = components.join(members, "label")
        .select(col("article_id"), substring(sha2(array_join(col("members"), ","), 256), 1, 16).as("event_id"));
    return result;
  }

  static Dataset<Row> tfidf(Dataset<Row> features) {
    HashingTF tf = new HashingTF().setInputCol("words").setOutputCol("tf").setNumFeatures(1 << 18);
    Dataset<Row> counted = tf.transform(features);
    if (counted.isEmpty()) {
      // IDF cannot be fitted on no documents; a run whose every input is rejected still writes its tables
      return counted.withColumnRenamed("tf", "tfidf");
    }
    return new IDF().setInputCol("tf").setOutputCol("tfidf").setMinDocFreq(1).fit(counted).transform(counted)
        .drop("tf");
  }

  /**
   * Pairs (a, b), a &lt; b, that share enough people, places or dates to be worth scoring: Jaccard
   * over those tokens at least 1 - {@value #MAX_DISTANCE}, among the pairs that share a band of
   * {@value #ROWS_PER_BAND} min-hashes (of {@value #BANDS}). Two reports of one meeting that share
   * its two participants but name different places (Jaccard 1/3) meet with probability 0.99; a
   * pair that shares a city and nothing else (1/7) is then dropped by the Jaccard test. Spark's
   * MinHashLSH, used before, buckets on single min-hashes: every article whose smallest hash was a
   * common place or date shared one bucket, whose pairs grow with the square of the corpus. A band
   * is shared only within a week slot (see weeks); an article with no date at all meets the
   * others of its bands' buckets that hold at most {@value #MAX_TIMELESS_BUCKET} articles.
   */
  static Dataset<Row> candidatePairs(Dataset<Row> articles) {
    Column tokens = array_distinct(flatten(array(
        transform(col("people"), p -> concat(lit("p:"), p)),
        transform(col("places"), p -> concat(lit("l:"), p)),
        transform(col("dates"), d -> concat(lit("d:"), d)),
        // a token of its own, so that no set is empty (empty sets would all share every band)
        array(concat(lit("a:"), col("article_id"))))));
    Dataset<Row> tokenized = articles.select(col("article_id"), tokens.as("tokens"), weeks().as("weeks"));
    Dataset<Row> buckets = tokenized
        .select(col("article_id"), col("weeks"), explode(BAND_KEYS.apply(col("tokens"))).as("bucket"));
    Dataset<Row> timed = buckets.filter(size(col("weeks")).gt(0))
        .select(col("article_id"), col("bucket"), explode(col("weeks")).as("week"));
    Dataset<Row> sameWeeks = timed.select(col("article_id").as("a"), col("bucket"), col("week"))
        .join(timed.select(col("article_id").as("b"), col("bucket"), col("week")), new String[] {"bucket", "week"})
        .filter(col("a").lt(col("b")))
        .select("a", "b");
    Dataset<Row> small = buckets.groupBy("bucket").count().filter(col("count").leq(MAX_TIMELESS_BUCKET));
    Dataset<Row> withTimeless = buckets.filter(size(col("weeks")).equalTo(0))
        .select(col("article_id").as("t"), col("bucket"))
        .join(small.select("bucket"), "bucket")
        .join(buckets.select(col("article_id").as("o"), col("bucket")), "bucket")
        .filter(col("t").notEqual(col("o")))
        .select(least(col("t"), col("o")).as("a"), greatest(col("t"), col("o")).as("b"));
    Column shared = size(array_intersect(col("ta"), col("tb")));
    Column jaccard = shared.divide(size(col("ta")).plus(size(col("tb"))).minus(shared));
    return sameWeeks.union(withTimeless)
        .distinct()
        .join(tokenized.select(col("article_id").as("a"), col("tokens").as("ta")), "a")
        .join(tokenized.select(col("article_id").as("b"), col("tokens").as("tb")), "b")
        .filter(jaccard.geq(1 - MAX_DISTANCE))
        .select("a", "b");
  }

  /**
   * The weeks (days since the epoch / 7) in which an article can meet its event's other reports:
   * the week it was published and the weeks of the meeting dates it gives, each with the week
   * after, so that two articles at most {@value #PUBLISHED_WINDOW_DAYS} days apart share one.
   * Without this a person in the news every day made every pair of their articles a candidate
   * (at 200,000 bench articles: 640 million bucket pairs). Empty for an article with no date.
   */
  static Column weeks() {
    Column days = org.apache.spark.sql.functions.filter(
        concat(array(day(col("published"))), transform(col("dates"), d -> to_date(d))), d -> d.isNotNull());
    Column week = transform(days, d -> org.apache.spark.sql.functions.floor(
        datediff(d, lit("1970-01-01")).divide(7)));
    return array_distinct(flatten(transform(week, w -> array(w, w.plus(1)))));
  }

  private static final UserDefinedFunction BAND_KEYS = udf(
      (UDF1<scala.collection.Seq<String>, java.util.List<Long>>) set -> MinHashBands.keys(
          MinHashBands.hashes(scala.collection.JavaConverters.seqAsJavaList(set)), BANDS, ROWS_PER_BAND),
      DataTypes.createArrayType(DataTypes.LongType, false));

  static Dataset<Row> score(Dataset<Row> pairs, Dataset<Row> articles) {
    Dataset<Row> a = prefixed(articles, "a_");
    Dataset<Row> b = prefixed(articles, "b_");
    Dataset<Row> joined = pairs.join(a, col("a").equalTo(col("a_article_id")))
        .join(b, col("b").equalTo(col("b_article_id")));
    return joined
        .withColumn("score", people().plus(place()).plus(date()).plus(weekday()).plus(quote())
            .plus(duration()).plus(content()))
        .withColumn("anchored", anchored())
        .withColumn("in_window", inWindow());
  }

  /**
   * What ties two reports to one happening: their participants (see people), a shared quote, or
   * the same meeting place where one of the two names nobody (a flood report may quote no one). A
   * date and common vocabulary alone are not enough: on a busy news day many unrelated stories
   * share both (measured on the 20,000-article bench corpus, such pairs chained meetings in five
   * cities into one event; bench/score_events.py). Nor is a place when both name people and not
   * the same ones: a palace or a city hosts several meetings a day. Nor is one shared person of
   * several: a minister in the news every day attends two meetings on one Friday.
   */
  private static Column anchored() {
    Column samePlace = size(col("a_places")).gt(0).and(size(col("b_places")).gt(0))
        .and(arrays_overlap(col("a_places"), col("b_places")));
    Column someoneUnnamed = size(col("a_people")).equalTo(0).or(size(col("b_people")).equalTo(0));
    return people().gt(0)
        .or(arrays_overlap(col("a_quotes"), col("b_quotes")))
        .or(samePlace.and(someoneUnnamed));
  }

  /**
   * Articles published more than {@value #PUBLISHED_WINDOW_DAYS} days apart report one happening
   * only when they give the same date for it (a later analysis of a summit names its day); without
   * that, two stories from one city months apart are two events however alike their words. Pairs
   * outside this window are not even candidates (see candidatePairs); the test here makes the rule
   * exact where the week buckets are coarse.
   */
  private static Column inWindow() {
    Column gap = abs(datediff(day(col("a_published")), day(col("b_published"))));
    return gap.isNull().or(gap.leq(PUBLISHED_WINDOW_DAYS)).or(sameDate());
  }

  /** The date part of a published timestamp or ISO date; null when absent or unparsable. */
  private static Column day(Column published) {
    return to_date(substring(published, 1, 10));
  }

  private static Dataset<Row> prefixed(Dataset<Row> articles, String prefix) {
    Dataset<Row> out = articles;
    for (String c : articles.columns()) {
      out = out.withColumnRenamed(c, prefix + c);
    }
    return out;
  }

  /** Two shared participants, or one when either article names only one. */
  private static Column people() {
    Column shared = size(array_intersect(col("a_people"), col("b_people")));
    Column fewest = least(size(col("a_people")), size(col("b_people")));
    return when(shared.geq(2).or(shared.geq(1).and(fewest.leq(1))), W_PEOPLE).otherwise(0.0);
  }

  /**
   * The same meeting place scores; a place one article gives for the meeting that the other never
   * mentions at all is a clash (a venue inside a named city, "the Kremlin" and "Moscow", is not:
   * the other article names the venue somewhere).
   */
  private static Column place() {
    Column both = size(col("a_places")).gt(0).and(size(col("b_places")).gt(0));
    Column same = arrays_overlap(col("a_places"), col("b_places"));
    Column compatible = arrays_overlap(col("a_places"), col("b_mentioned"))
        .or(arrays_overlap(col("b_places"), col("a_mentioned")));
    return when(both.and(same), W_PLACE_SAME).when(both.and(not(compatible)), W_PLACE_CLASH).otherwise(0.0);
  }

  /**
   * Dates: the same month and day scores (a page may not print the year), a day apart is neutral
   * (time zones, talks past midnight), anything else is a clash.
   */
  private static Column date() {
    Column both = size(col("a_dates")).gt(0).and(size(col("b_dates")).gt(0));
    Column same = sameDate();
    Column near = exists(col("a_dates"), x -> exists(col("b_dates"),
        y -> monthDay(x).equalTo(monthDay(y)).or(abs(datediff(to_date(x), to_date(y)))
            .leq(1))));
    return when(both.and(same), W_DATE_SAME).when(both.and(not(near)), W_DATE_CLASH).otherwise(0.0);
  }

  private static Column sameDate() {
    return exists(col("a_dates"), x -> exists(col("b_dates"), y -> monthDay(x).equalTo(monthDay(y))));
  }

  private static Column monthDay(Column date) {
    return substring(date, -5, 5);
  }

  private static Column weekday() {
    Column both = size(col("a_weekdays")).gt(0).and(size(col("b_weekdays")).gt(0));
    return when(both.and(arrays_overlap(col("a_weekdays"), col("b_weekdays"))), W_WEEKDAY_SAME)
        .when(both, W_WEEKDAY_CLASH).otherwise(0.0);
  }

  private static Column quote() {
    return when(arrays_overlap(col("a_quotes"), col("b_quotes")), W_QUOTE).otherwise(0.0);
  }

  /** Durations within a fifth of each other ("three hours", "three-hour") support one event. */
  private static Column duration() {
    Column close = exists(col("a_durations"), x -> exists(col("b_durations"),
        y -> abs(x.minus(y)).leq(least(x, y).multiply(0.2))));
    return when(close, W_DURATION).otherwise(0.0);
  }

  private static Column content() {
    return when(cosine().apply(col("a_tfidf"), col("b_tfidf")).geq(CONTENT_COSINE), W_CONTENT).otherwise(0.0);
  }

  /** Spark has no built-in for the cosine of two ML vectors. */
  private static UserDefinedFunction cosine() {
    return udf((UDF2<Vector, Vector, Double>) EventStage::cosine, DataTypes.DoubleType);
  }

  static double cosine(Vector x, Vector y) {
    SparseVector a = x.toSparse();
    SparseVector b = y.toSparse();
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < a.indices().length && j < b.indices().length) {
      int ia = a.indices()[i];
      int ib = b.indices()[j];
      if (ia == ib) {
        dot += a.values()[i++] * b.values()[j++];
      } else if (ia < ib) {
        i++;
      } else {
        j++;
      }
    }
    double norms = org.apache.spark.ml.linalg.Vectors.norm(a, 2) * org.apache.spark.ml.linalg.Vectors.norm(b, 2);
    return norms == 0 ? 0 : dot / norms;
  }
}
