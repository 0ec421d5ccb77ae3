package dev.chorus.events;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import dev.chorus.entities.EntityStage;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The events table: one row per event, described by who, where and when. */
public final class EventTable {

  /** A person is a participant when named in at least this share of the event's articles. */
  static final double PARTICIPANT_SHARE = 0.5;
  static final int MAX_PARTICIPANTS = 6;
  /** How much of a headline a label takes when the event names no participant and no place. */
  static final int HEADLINE_CHARS = 100;

  private EventTable() {}

  /**
   * @param articles article_id, source, published, title, event_id, event_date, event_place (each article's
   *     own, see {@link EventSignature})
   * @param people article_id, canonical: the people each article names
   * @param claims the claims table (kind, slot, value, event_id)
   */
  public static Dataset<Row> build(Dataset<Row> articles, Dataset<Row> people, Dataset<Row> claims) {
    Dataset<Row> members = articles.groupBy("event_id")
        .agg(array_sort(collect_set("article_id")).as("article_ids"),
            countDistinct("article_id").cast("int").as("n_articles"),
            countDistinct("source").cast("int").as("n_sources"),
            min(substring(col("published"), 1, 10)).as("first_published"),
            // the headline of the first article by id: a label for an event with no one and nowhere named
            min(when(col("title").isNotNull(), struct(col("article_id"), col("title")))).getField("title")
                .as("headline"));
    Dataset<Row> named = people.join(articles.select("article_id", "event_id"), "article_id")
        .groupBy("event_id", "canonical").agg(countDistinct("article_id").as("n"))
        .join(members.select("event_id", "n_articles"), "event_id")
        .filter(col("n").geq(col("n_articles").multiply(PARTICIPANT_SHARE)))
        .groupBy("event_id")
        .agg(names(byCountThenName(col("n"), col("canonical"))).as("participants"));
    Dataset<Row> places = claims.filter(col("kind").equalTo("place").and(col("slot").equalTo("meeting.place")))
        .groupBy("event_id", "value").agg(count(lit(1)).as("n"))
        .groupBy("event_id")
        .agg(names(byCountThenName(col("n"), col("value"))).as("places"));
    Dataset<Row> dates = claims.filter(col("kind").equalTo("date_time").and(col("slot").equalTo("meeting.date"))
            .and(col("value").rlike("^\\d{4}-\\d{2}-\\d{2}$")))
        .groupBy("event_id", "value").agg(count(lit(1)).as("n"))
        .groupBy("event_id").agg(max(struct(col("n"), col("value"))).getField("value").as("claimed_date"));
    Dataset<Row> signature = signatures(articles);
    Column emptyNames = lit(new String[0]);
    Column participants = slice(coalesce(col("participants"), emptyNames), 1, MAX_PARTICIPANTS);
    Column placeList = coalesce(col("places"), emptyNames);
    Column date = coalesce(col("claimed_date"), col("first_published"));
    Column who = when(size(participants).gt(0), array_join(slice(participants, 1, 2), " & "));
    Column place = coalesce(when(size(placeList).gt(0), placeList.getItem(0)), col("event_place"));
    // a place taken for a person is not said twice ("A & Brenn — Brenn")
    Column where = when(not(coalesce(array_contains(slice(participants, 1, 2), place), lit(false))), place);
    Column what = when(who.isNull().and(where.isNull()), substring(col("headline"), 1, HEADLINE_CHARS));
    return members.join(named, "event_id", "left").join(places, "event_id", "left").join(dates, "event_id", "left")
        .join(signature, "event_id", "left")
        .select(col("event_id"),
            concat_ws(" — ", who, what, where, date).as("label"),
            date.as("date"), col("event_date"), col("event_place"), placeList.as("places"), participants.as("participants"),
            col("article_ids"), col("n_articles"), col("n_sources"));
  }

  /**
   * Each event's own date and place: what most of its articles give for the happening they report.
   *
   * @param articles event_id, event_date, event_place (each article's own, see {@link EventSignature})
   * @return event_id, event_date, event_place
   */
  public static Dataset<Row> signatures(Dataset<Row> articles) {
    Dataset<Row> dates = articles.groupBy("event_id")
        // a full date only: an undated article's "--03-06" (month and day, no year) still compares
        // with others in the pair model, but is no date a reader can use
        .agg(mostCommon(when(col("event_date").rlike("^\\d{4}-\\d{2}-\\d{2}$"), col("event_date")))
            .as("event_date"));
    // the place most articles give, counted by its key ("Velgrad" and "Welgrad" are one place, as
    // the pair model and the look-backs compare them; ties to the smallest key), shown in the
    // spelling most of those articles use
    Dataset<Row> places = articles.withColumn("place_key", EntityStage.placeKey(col("event_place")))
        .filter(col("place_key").isNotNull())
        .groupBy("event_id", "place_key")
        .agg(count(lit(1)).as("n"), mostCommon(col("event_place")).as("name"))
        .groupBy("event_id")
        .agg(min(struct(lit(0L).minus(col("n")), col("place_key"), col("name"))).getField("name").as("event_place"));
    return dates.join(places, new String[] {"event_id"}, "left");
  }

  /** The value most of the event's articles give (nulls left out), ties to the smallest: stable. */
  private static Column mostCommon(Column value) {
    Column counted = transform(array_sort(collect_list(value)), v -> v);
    return org.apache.spark.sql.functions.aggregate(counted, struct(lit(0).as("n"), lit(0).as("best_n"),
            lit(null).cast("string").as("prev"), lit(null).cast("string").as("best")),
        (acc, v) -> {
          Column n = when(acc.getField("prev").equalTo(v), acc.getField("n").plus(1)).otherwise(lit(1));
          Column better = n.gt(acc.getField("best_n"));
          return struct(n.as("n"), when(better, n).otherwise(acc.getField("best_n")).as("best_n"), v.as("prev"),
              when(better, v).otherwise(acc.getField("best")).as("best"));
        },
        acc -> acc.getField("best"));
  }

  /** Names, most frequent first, then alphabetical: a stable order. */
  private static Column byCountThenName(Column count, Column name) {
    return collect_list(struct(lit(0L).minus(count).as("neg"), name.as("name")));
  }

  private static Column names(Column sortable) {
    return transform(array_sort(sortable), p -> p.getField("name"));
  }
}
