package dev.chorus.agreement;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.regexp_extract_all;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import dev.chorus.claims.ClusterStage;
import dev.chorus.util.OneJob;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Conflicts: within one event, claim clusters about the same slot whose values cannot both be
 * true. Numbers become intervals from their qualifier ("nearly five hours" is about 4 to 6, "over
 * four hours" is above 4, a plain "three hours" allows a tenth either way for rounding) and clash
 * only when the intervals are disjoint; times of a happening are intervals in minutes (see
 * {@link #CLOCK_EXACT}); dates clash when they differ or their weekdays differ; a
 * title clashes with the same title marked "former". Claims of different events are never
 * compared, so look-alike values about two meetings are not conflicts. Spellings of one name are
 * merged before this stage (entities) and never reach it as values.
 */
public final class ConflictStage {

  /** A plain number allows this relative slack: outlets round. */
  static final double ROUNDING = 0.1;
  /** "about", "nearly", "some": this relative slack. */
  static final double ABOUT = 0.25;
  /** The time of day of the story's happening: the only time that answers one question per event. */
  static final String INCIDENT_TIME = "incident.time";
  /** A plain time of day allows 5 minutes either way, in hours: reports differ by minutes ("03:40", "03:42"). */
  static final double CLOCK_EXACT = 5 / 60.0;
  /** "about 3am": 20 minutes either way. */
  static final double CLOCK_ABOUT = 20 / 60.0;
  /** "shortly before 4am": up to half an hour on that side. */
  static final double CLOCK_SHORTLY = 0.5;
  private static final String ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}$";
  /**
   * A sum of money whose object the reader did not find ("for $200", "$49"; a sum of something is
   * {@code amount:<what>}): it answers no one question, and two of them are no conflict. On aeb-dev's
   * shopping pages such sums, prices of different products, made 262 of its 287 conflicts.
   */
  static final String AMOUNT = "amount";
  /** Distances: two of them answer one question only when measured from one place (see DISTANCE_FROM). */
  static final String DISTANCE = "measure:distance";
  /**
   * The place a distance is measured from, as the sentence writes it after the unit: "25 km from
   * Brenn", "3 km of the plant", "40 miles north-west of the capital" give "brenn", "plant",
   * "capital". Outlets give distances of different things in one story (the radius evacuated, how
   * far away the blast was heard, where the plant lies), and none of them contradicts another: on
   * dev2 "within 3 km of the plant" and "25 km away" were reported as a conflict.
   */
  static final String DISTANCE_FROM = "(?i)\\b(?:km|kms|kilomet(?:er|re)s?|mi|miles?|m|met(?:er|re)s?|ft|feet|foot|yards?)"
      + "\\b\\)?\\s+(?:away\\s+)?(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ward)?\\s+)?(?:of|from)\\s+"
      + "(?:the\\s+|a\\s+|an\\s+)?(?:\\p{Ll}+\\s+(?=\\p{Lu}))?(\\p{L}[\\p{L}'’-]+)";
  private static final String WEEKDAY = "^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$";

  private ConflictStage() {}

  /**
   * @param claims the claims table
   * @return one row per claim on either side of a conflict: conflict_id, event_id, slot, kind,
   *     value, source, article_id, sentence, n_sources (sources on that claim's side)
   */
  public static Dataset<Row> conflicts(Dataset<Row> claims) {
    Dataset<Row> sides = OneJob.cache(sides(claims).join(otherEventDates(claims), new String[] {"cluster_id"},
        "left_anti"));
    Dataset<Row> a = prefixed(sides, "a_");
    Dataset<Row> b = prefixed(sides, "b_");
    Column sameQuestion = col("a_event_id").eqNullSafe(col("b_event_id")).and(col("a_slot").equalTo(col("b_slot")))
        .and(col("a_cluster_id").lt(col("b_cluster_id")));
    Dataset<Row> pairs = a.join(b, sameQuestion).filter(clash())
        .select(col("a_cluster_id"), col("b_cluster_id"), col("a_event_id").as("event_id"), col("a_slot").as("slot"),
            col("a_kind").as("kind"),
            substring(sha2(array_join(array(coalesce(col("a_event_id"), lit("-")), col("a_slot"),
                col("a_cluster_id"), col("b_cluster_id")), "\u001f"), 256), 1, 16).as("conflict_id"));
    Dataset<Row> members = pairs.select(col("conflict_id"), col("event_id"), col("slot"), col("kind"),
            col("a_cluster_id").as("cluster_id"))
        .union(pairs.select(col("conflict_id"), col("event_id"), col("slot"), col("kind"),
            col("b_cluster_id").as("cluster_id")));
    Column shown = ClusterStage.shownValue();
    Dataset<Row> out = members
        .join(claims.select(col("cluster_id"), shown.as("value"), col("source"), col("article_id"), col("sentence")),
            "cluster_id")
        .join(sides.select("cluster_id", "n_sources"), "cluster_id")
        .select("conflict_id", "event_id", "slot", "kind", "value", "source", "article_id", "sentence", "n_sources",
            "cluster_id");
    return out;
  }

  /** One row per cluster that can take part in a conflict, with its value as an interval or a date. */
  static Dataset<Row> sides(Dataset<Row> claims) {
    Column num = col("value_num");
    Column q = coalesce(col("qualifier"), lit("exact"));
    Column lo = when(q.equalTo("more_than").or(q.equalTo("at_least")), num)
        .when(q.equalTo("less_than"), lit(0.0))
        .when(q.equalTo("about"), num.multiply(1 - ABOUT))
        .otherwise(num.multiply(1 - ROUNDING));
    Column hi = when(q.equalTo("more_than").or(q.equalTo("at_least")), lit(Double.MAX_VALUE))
        .when(q.equalTo("less_than"), num)
        .when(q.equalTo("about"), num.multiply(1 + ABOUT))
        .otherwise(num.multiply(1 + ROUNDING));
    Column time = col("slot").equalTo(INCIDENT_TIME);
    lo = when(time, when(q.equalTo("more_than").or(q.equalTo("at_least")), num)
        .when(q.equalTo("less_than"), num.minus(CLOCK_SHORTLY))
        .when(q.equalTo("about"), num.minus(CLOCK_ABOUT))
        .otherwise(num.minus(CLOCK_EXACT))).otherwise(lo);
    hi = when(time, when(q.equalTo("more_than").or(q.equalTo("at_least")), num.plus(CLOCK_SHORTLY))
        .when(q.equalTo("less_than"), num)
        .when(q.equalTo("about"), num.plus(CLOCK_ABOUT))
        .otherwise(num.plus(CLOCK_EXACT))).otherwise(hi);
    Column weekday = when(col("value").rlike(ISO_DATE), lower(col("unit")))
        .when(lower(col("value")).rlike(WEEKDAY), lower(col("value")));
    // generic durations ("three weeks after") and dates ("on Friday morning") answer no one question
    Column numeric = col("kind").equalTo("duration").and(col("slot").startsWith("meeting."))
        .or(col("kind").equalTo("quantity")).or(time).and(num.isNotNull());
    Column comparable = col("event_id").isNotNull().and(numeric.or(happeningDate()))
        .or(col("kind").equalTo("person_role"));
    // a title is a standing fact, asked of the whole corpus rather than of one event
    Column event = when(col("kind").equalTo("person_role"), lit(null).cast("string")).otherwise(col("event_id"));
    // min, not first: a cluster joined by meaning may hold one fact under two slots ("the second
    // meeting", "the second round"), and first() would pick one by row order
    return claims.filter(comparable)
        .groupBy("cluster_id")
        .agg(min(event).as("event_id"), min("slot").as("slot"), min("kind").as("kind"),
            min(lo).as("lo"), max(hi).as("hi"),
            // max, not first: first() may pick a weekday-only row's null by row order
            max(when(col("value").rlike(ISO_DATE), col("value"))).as("date"),
            max(weekday).as("weekday"),
            first(lower(col("value"))).as("role"), first(q).as("qualifier"),
            countDistinct("source").cast("int").as("n_sources"),
            collect_set("source").as("sources"),
            collect_set("article_id").as("articles"),
            array_distinct(flatten(collect_list(when(col("slot").equalTo(DISTANCE),
                transform(regexp_extract_all(col("sentence"), lit(DISTANCE_FROM), lit(1)), w -> lower(w)))
                .otherwise(lit(new String[0]))))).as("measured_from"));
  }

  /** Dates of a meeting or of the story's happening: the dates that answer one question per event. */
  private static Column happeningDate() {
    return col("kind").equalTo("date_time")
        .and(col("slot").startsWith("meeting.").or(col("slot").equalTo("incident.date")));
  }

  /**
   * Date clusters whose date is the date most claims give for another event: a look back at that
   * event ("Vostrikov, whom he first met on March 6", "the blast on May 2 at the other plant"),
   * not a rival date for this one.
   */
  static Dataset<Row> otherEventDates(Dataset<Row> claims) {
    Column isDate = happeningDate().and(col("value").rlike(ISO_DATE));
    Dataset<Row> eventDates = claims.filter(isDate)
        .groupBy("event_id", "value").agg(countDistinct("article_id").as("n"))
        .groupBy("event_id").agg(max(struct(col("n"), col("value"))).getField("value").as("event_date"));
    return claims.filter(isDate)
        .join(eventDates.withColumnRenamed("event_id", "other_event"),
            col("value").equalTo(col("event_date")).and(col("event_id").notEqual(col("other_event"))))
        .select("cluster_id").distinct();
  }

  /** Whether two sides of one question cannot both be true. */
  static Column clash() {
    Column numeric = col("a_kind").isin("duration", "quantity").or(col("a_slot").equalTo(INCIDENT_TIME))
        .and(col("a_hi").lt(col("b_lo")).or(col("b_hi").lt(col("a_lo"))))
        .and(col("a_slot").notEqual(DISTANCE).or(arrays_overlap(col("a_measured_from"), col("b_measured_from"))))
        .and(col("a_slot").notEqual(AMOUNT))
        // an article that gives both counts of one thing ("five companies join the nine chosen a year
        // ago: 14 are eligible", "two inches lower, 195 inches long", a toll of nine updated to twelve)
        // counts two things, or one thing at two times: it does not contradict itself, and the two
        // values answer two questions. By article, not outlet: one outlet's report of another
        // happening looks back at this one's toll. On aeb-dev 5 of 25 conflicts were such counts
        .and(col("a_kind").notEqual("quantity").or(not(arrays_overlap(col("a_articles"), col("b_articles")))));
    Column bothDates = col("a_date").isNotNull().and(col("b_date").isNotNull());
    Column dates = col("a_kind").equalTo("date_time").and(
        bothDates.and(col("a_date").notEqual(col("b_date")))
            .or(col("a_weekday").isNotNull().and(col("b_weekday").isNotNull())
                .and(col("a_weekday").notEqual(col("b_weekday")))));
    Column roles = col("a_kind").equalTo("person_role").and(col("a_role").equalTo(col("b_role")))
        .and(col("a_qualifier").equalTo("former").notEqual(col("b_qualifier").equalTo("former")));
    // one article's own dates and weekdays usually belong to several happenings ("the Sunday talks",
    // "on Tuesday he visited"): within one source only a printed date against its weekday counts
    Column twoSources = size(array_union(col("a_sources"), col("b_sources"))).geq(2);
    Column dateAgainstWeekday = col("a_date").isNull().notEqual(col("b_date").isNull());
    return numeric.or(dates).or(roles).and(twoSources.or(dateAgainstWeekday));
  }

  private static Dataset<Row> prefixed(Dataset<Row> d, String prefix) {
    Dataset<Row> out = d;
    for (String c : d.columns()) {
      out = out.withColumnRenamed(c, prefix + c);
    }
    return out;
  }
}
