package dev.chorus.events;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the analysis does with copies (articles with {@code duplicate_of} set): a wire story
 * reprinted by hundreds of outlets is analysed once. Events are found among originals only, and a
 * copy joins its original's event. Comparing 500 reprints of one story with each other in the
 * events stage grows with the square of the reprints, and finds nothing the original does not
 * already say. Copies are still read for mentions and claims (linear work), since the outlet that
 * reprints a claim reports it.
 */
public final class Copies {

  private Copies() {}

  /** The articles that are no copy. */
  public static Dataset<Row> originals(Dataset<Row> articles) {
    return articles.filter(col("duplicate_of").isNull());
  }

  /**
   * (article_id, event_id) for originals and copies: each copy in its original's event. The id is
   * recomputed over the event's members, copies included, the way EventStage names an event (the
   * hash of its sorted member ids), so an event keeps the id it had when copies were clustered
   * with the others.
   *
   * @param originalEvents (article_id, event_id) of every original, from EventStage
   * @param articles article_id, duplicate_of
   */
  public static Dataset<Row> inheritEvents(Dataset<Row> originalEvents, Dataset<Row> articles) {
    Dataset<Row> copies = articles.filter(col("duplicate_of").isNotNull())
        .select(col("article_id"), col("duplicate_of"))
        .join(originalEvents.select(col("article_id").as("duplicate_of"), col("event_id")), "duplicate_of")
        .select("article_id", "event_id");
    Dataset<Row> all = originalEvents.select("article_id", "event_id").unionByName(copies);
    // aggregated and joined back rather than a window: a window copies the member list to every row
    Dataset<Row> named = all.groupBy("event_id").agg(substring(sha2(array_join(array_sort(
        collect_set("article_id")), ","), 256), 1, 16).as("id"));
    return all.join(named, "event_id").select(col("article_id"), col("id").as("event_id"));
  }
}
