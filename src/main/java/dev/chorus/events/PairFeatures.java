package dev.chorus.events;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log1p;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.zip_with;

import dev.chorus.util.OneJob;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * What a candidate pair of articles has in common, and where they clash, as numbers the pair model
 * weighs ({@link EventModel}): columns {@code f_<name>} over the two articles' columns prefixed
 * {@code a_} and {@code b_} (see {@link EventStage#pairs}). Each is 0 when the articles do not say.
 */
public final class PairFeatures {

  /** The features, in the order the model file and the training command use. */
  public static final List<String> NAMES = List.of(
      "content_cosine", // TF-IDF cosine of title + body words
      "content_relative", // that cosine over the mean of the two articles' best cosine with any candidate
      "title_similarity", // cosine of the two headlines' sentence embeddings (claims/SentenceEmbedder)
      "people_shared", // participants both name (0 to 3)
      "people_none", // one of the two names nobody
      "people_disjoint", // both name people, no surname in common (another meeting of other people)
      "event_date_same", // their own event's date agrees
      "event_date_near", // a day apart: time zones, talks past midnight; neither agreement nor clash
      "event_date_same_people", // the same day and a participant in common: one day holds many stories
      "event_date_near_people", // a day apart and a participant in common
      "event_date_clash", // both give it, further apart
      "event_date_cited", // one's event date is a date the other cites as another happening
      "event_place_same",
      "event_place_clash", // both give one, and neither names the other's anywhere (a country is no clash with a city)
      "meeting_date_same", // the meeting dates the claims give
      "meeting_date_clash",
      "meeting_place_same",
      "meeting_place_clash",
      "weekday_same",
      "weekday_clash",
      "quote_shared", // a four-word run of a quote
      "duration_close",
      "numbers_shared", // numbers other than years both give (0 to 3)
      "years_same",
      "years_clash", // both give years, none in common
      "published_gap"); // log(1 + days between publication), 0 when either is undated

  /**
   * The sign a feature's weight may take: 1 for evidence of one event (a shared person, the same
   * date), -1 for evidence of two (a clash, a gap), 0 for either. Training bounds the weights by
   * it: a fit on a few hundred labelled pairs gave a date clash a positive weight (the cannot-links
   * kept such pairs apart, so the fit never saw them joined), which would join two meetings on
   * different days wherever the cannot-link does not apply (no person in common).
   */
  public static int sign(String name) {
    if (name.endsWith("_clash") || name.equals("people_disjoint") || name.equals("event_date_cited")
        || name.equals("published_gap")) {
      return -1;
    }
    if (name.equals("people_none") || name.equals("event_date_near")) {
      return 0;
    }
    return 1;
  }

  private PairFeatures() {}

  public static Column column(String name) {
    return col("f_" + name);
  }

  /**
   * Every {@code f_} column of pairs joined with both articles' columns.
   *
   * @param keep the joined columns the caller still reads besides {@code a} and {@code b}
   * @return a, b, the {@code keep} columns and one {@code f_} column per feature
   */
  public static Dataset<Row> add(Dataset<Row> joined, String... keep) {
    List<Column> kept = new ArrayList<>(List.of(col("a"), col("b")));
    for (String k : keep) {
      kept.add(col(k));
    }
    List<Column> out = new ArrayList<>(kept);
    for (String name : NAMES) {
      if (!name.equals("content_relative")) {
        out.add(feature(name).cast("double").as("f_" + name));
      }
    }
    // Every feature but one is read off the pair's own row; the joins below then shuffle every pair
    // twice more, and the articles' columns (a TF-IDF vector and 384 floats a side) had made those
    // rows four times the width of these (bench/run, 200,000 articles: 8 of the events stage's 24 GB
    // of shuffle). Checkpointed: the pairs are read three times below (each article's best match as
    // a and as b, and the pairs themselves), and each read joined both articles' columns anew
    Dataset<Row> pairs = OneJob.checkpoint(joined.select(out.toArray(new Column[0])));
    // how alike two texts are depends on their length and the corpus (short ECB+ sentences, long
    // reports): relative to each article's best match, one event's reports stand out the same way
    Dataset<Row> best = pairs.select(col("a").as("id"), col("f_content_cosine").as("c"))
        .union(pairs.select(col("b").as("id"), col("f_content_cosine").as("c")))
        .groupBy("id").agg(org.apache.spark.sql.functions.max("c").as("best"));
    List<Column> ordered = new ArrayList<>(kept);
    for (String name : NAMES) {
      ordered.add(column(name));
    }
    return pairs.join(best.select(col("id").as("a"), col("best").as("best_a")), "a")
        .join(best.select(col("id").as("b"), col("best").as("best_b")), "b")
        .withColumn("f_content_relative", when(col("best_a").plus(col("best_b")).gt(0),
            col("f_content_cosine").multiply(2).divide(col("best_a").plus(col("best_b")))).otherwise(0.0))
        .select(ordered.toArray(new Column[0]));
  }

  /**
   * One place's name holds the other's as whole words: a venue named after its town ("Brenn Town
   * Hall" and "Brenn"), a sea and its shortened name. One may be within the other; no clash.
   */
  private static Column nested(Column a, Column b) {
    Column wa = concat(lit(" "), a, lit(" "));
    Column wb = concat(lit(" "), b, lit(" "));
    return wa.contains(wb).or(wb.contains(wa));
  }

  private static Column feature(String name) {
    return switch (name) {
      case "content_cosine" -> coalesce(COSINE.apply(col("a_tfidf"), col("b_tfidf")), lit(0.0));
      // both vectors have length 1 (or are all zeros for a page without a headline): the dot product
      case "title_similarity" -> coalesce(aggregate(zip_with(col("a_title_vector"), col("b_title_vector"),
          (x, y) -> x.multiply(y)), lit(0.0), (acc, x) -> acc.plus(x)), lit(0.0));
      case "people_shared" -> least(size(array_intersect(col("a_people"), col("b_people"))), lit(3));
      case "people_none" -> flag(size(col("a_people")).equalTo(0).or(size(col("b_people")).equalTo(0)));
      // no surname in common: one outlet's "R. Vell" and another's "Edda Vell" (or a misread first
      // name) are two person keys but likely one person; on ecb-dev, of the candidate pairs within one
      // topic that share no person key, 68 of 542 pairs of one event share a surname, 11 of 1,053 of two
      case "people_disjoint" -> flag(size(col("a_people")).gt(0).and(size(col("b_people")).gt(0))
          .and(not(arrays_overlap(surnames(col("a_people")), surnames(col("b_people"))))));
      case "event_date_same" -> flag(bothDates().and(sameDate(col("a_event_date"), col("b_event_date"))));
      case "event_date_near" -> flag(bothDates().and(not(sameDate(col("a_event_date"), col("b_event_date"))))
          .and(nearDates(col("a_event_date"), col("b_event_date"))));
      case "event_date_same_people" -> flag(bothDates().and(sameDate(col("a_event_date"), col("b_event_date")))
          .and(arrays_overlap(col("a_people"), col("b_people"))));
      case "event_date_near_people" -> flag(bothDates().and(not(sameDate(col("a_event_date"), col("b_event_date"))))
          .and(nearDates(col("a_event_date"), col("b_event_date"))).and(arrays_overlap(col("a_people"), col("b_people"))));
      case "event_date_clash" -> flag(bothDates().and(not(nearDates(col("a_event_date"), col("b_event_date")))));
      case "event_date_cited" -> flag(array_contains(col("b_cited_dates"), col("a_event_date"))
          .or(array_contains(col("a_cited_dates"), col("b_event_date"))));
      case "event_place_same" -> flag(col("a_event_place").equalTo(col("b_event_place")));
      // a country and a city are not at one level: the city may be in it (no gazetteer says otherwise);
      // nor a site and a town (text/Sites: an arena, a court, an agency's acronym read as a place).
      // Each article's event place must also be a name its own text is found to hold: a phrase read
      // after "in"/"at" in a Title Case headline ("in Riverside Hit", "at Accounting Firm") or running on
      // into a title ("in Alaska Gov") is no place, and a clash on it splits one happening in two
      case "event_place_clash" -> flag(col("a_event_place").notEqual(col("b_event_place"))
          .and(array_contains(col("a_mentioned"), col("a_event_place")))
          .and(array_contains(col("b_mentioned"), col("b_event_place")))
          .and(not(nested(col("a_event_place"), col("b_event_place"))))
          .and(IS_COUNTRY.apply(col("a_event_place")).equalTo(IS_COUNTRY.apply(col("b_event_place"))))
          .and(IS_SITE.apply(col("a_event_place_name")).equalTo(IS_SITE.apply(col("b_event_place_name"))))
          .and(not(array_contains(col("b_mentioned"), col("a_event_place"))))
          .and(not(array_contains(col("a_mentioned"), col("b_event_place")))));
      case "meeting_date_same" -> flag(both("dates").and(sameMeetingDate()));
      case "meeting_date_clash" -> flag(both("dates").and(not(nearMeetingDate())));
      case "meeting_place_same" -> flag(both("places").and(arrays_overlap(col("a_places"), col("b_places"))));
      case "meeting_place_clash" -> flag(both("places").and(not(
          arrays_overlap(col("a_places"), col("b_mentioned")).or(arrays_overlap(col("b_places"), col("a_mentioned"))))));
      case "weekday_same" -> flag(both("weekdays").and(arrays_overlap(col("a_weekdays"), col("b_weekdays"))));
      case "weekday_clash" -> flag(both("weekdays").and(not(arrays_overlap(col("a_weekdays"), col("b_weekdays")))));
      case "quote_shared" -> flag(arrays_overlap(col("a_quotes"), col("b_quotes")));
      case "duration_close" -> flag(exists(col("a_durations"), x -> exists(col("b_durations"),
          y -> abs(x.minus(y)).leq(least(x, y).multiply(0.2)))));
      case "numbers_shared" -> least(size(array_intersect(col("a_numbers"), col("b_numbers"))), lit(3));
      case "years_same" -> flag(arrays_overlap(col("a_years"), col("b_years")));
      case "years_clash" -> flag(both("years").and(not(arrays_overlap(col("a_years"), col("b_years")))));
      case "published_gap" -> coalesce(log1p(abs(datediff(day(col("a_published")), day(col("b_published"))))),
          lit(0.0));
      default -> throw new IllegalArgumentException("no pair feature " + name);
    };
  }

  /** The surname part of person keys (NameVariants#personKey: an initial, a space, the folded surname). */
  private static Column surnames(Column people) {
    return transform(people, p -> substring_index(p, " ", -1));
  }

  private static Column flag(Column condition) {
    return when(coalesce(condition, lit(false)), 1.0).otherwise(0.0);
  }

  private static Column both(String array) {
    return size(col("a_" + array)).gt(0).and(size(col("b_" + array)).gt(0));
  }

  private static Column bothDates() {
    return col("a_event_date").isNotNull().and(col("b_event_date").isNotNull());
  }

  /** Same month and day: a page may not print the year. */
  private static Column sameDate(Column x, Column y) {
    return monthDay(x).equalTo(monthDay(y));
  }

  /** Same month and day (a page may not print the year), or a day apart (time zones, past midnight). */
  private static Column nearDates(Column x, Column y) {
    return monthDay(x).equalTo(monthDay(y)).or(coalesce(abs(datediff(to_date(x), to_date(y))).leq(1), lit(false)));
  }

  private static Column sameMeetingDate() {
    return exists(col("a_dates"), x -> exists(col("b_dates"), y -> monthDay(x).equalTo(monthDay(y))));
  }

  private static Column nearMeetingDate() {
    return exists(col("a_dates"), x -> exists(col("b_dates"), y -> nearDates(x, y)));
  }

  private static Column monthDay(Column date) {
    return substring(date, -5, 5);
  }

  /** The date part of a published timestamp or ISO date; null when absent or unparsable. */
  static Column day(Column published) {
    return to_date(substring(published, 1, 10));
  }

  private static final UserDefinedFunction IS_SITE = udf(
      (org.apache.spark.sql.api.java.UDF1<String, Boolean>) dev.chorus.text.Sites::isSite, DataTypes.BooleanType);

  private static final UserDefinedFunction IS_COUNTRY = udf(
      (org.apache.spark.sql.api.java.UDF1<String, Boolean>) dev.chorus.text.Countries::isCountry,
      DataTypes.BooleanType);

  private static final UserDefinedFunction COSINE =
      udf((UDF2<Vector, Vector, Double>) PairFeatures::cosine, DataTypes.DoubleType);

  /** Spark has no built-in for the cosine of two ML vectors. */
  static Double cosine(Vector x, Vector y) {
    if (x == null || y == null) {
      return null;
    }
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
    return norms == 0 ? 0.0 : dot / norms;
  }
}
