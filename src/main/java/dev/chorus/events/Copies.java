package dev.chorus.events;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the analysis does with copies (articles with {@code duplicate_of} set): a wire story
 * reprinted by hundreds of outlets is analysed once. Events are found among originals only, and a
 * copy joins its original's event. Comparing 500 reprints of one story with each other in the
 * events stage grows with the square of the reprints, and finds nothing the original does not
 * already say. A copy is read in full, so that what it adds is read in context, but only what it
 * adds (a local intro, an edited sentence) gives mentions and claims of its own: a sentence it
 * reprints is its original's, and the outlet that reprints it is counted as a source of that claim
 * ({@code claim_frequency.n_sources}), never as a voice of its own in clusters, conflicts or agreement.
 */
public final class Copies {

  private Copies() {}

  /** The articles that are no copy. */
  public static Dataset<Row> originals(Dataset<Row> articles) {
    return articles.filter(col("duplicate_of").isNull());
  }

  /**
   * The sentences copies reprint: (article_id, sentence_idx) of a copy's sentence whose text its
   * original has too, with (original_id, original_idx) of the original's first sentence of that
   * text. Exact text, so that an edited sentence ("killing 14" for "killing 12") is the copy's own.
   *
   * @param sentences article_id, sentence_idx, text
   * @param articles article_id, duplicate_of
   */
  public static Dataset<Row> reprinted(Dataset<Row> sentences, Dataset<Row> articles) {
    Dataset<Row> copies = articles.filter(col("duplicate_of").isNotNull()).select("article_id", "duplicate_of");
    Dataset<Row> copySide = sentences.select("article_id", "sentence_idx", "text").join(copies, "article_id");
    Dataset<Row> originalSide = sentences
        .join(copies.select(col("duplicate_of").as("article_id")).distinct(), new String[] {"article_id"}, "left_semi")
        .select(col("article_id").as("duplicate_of"), col("text"), col("sentence_idx").as("original_idx"));
    return copySide.join(originalSide, new String[] {"duplicate_of", "text"})
        .groupBy(col("article_id"), col("sentence_idx"), col("duplicate_of").as("original_id"))
        .agg(min("original_idx").as("original_idx"));
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
    Dataset<Row> all = withCopies(originalEvents.select("article_id", "event_id"), articles);
    // aggregated and joined back rather than a window: a window copies the member list to every row
    Dataset<Row> named = all.groupBy("event_id").agg(substring(sha2(array_join(array_sort(
        collect_set("article_id")), ","), 256), 1, 16).as("id"));
    return all.join(named, "event_id").select(col("article_id"), col("id").as("event_id"));
  }

  /**
   * (article_id, event_date, event_place) for originals and copies: an original's own reading of its
   * happening's date and place (EventSignature), and each copy its original's, whose text it reprints.
   *
   * @param originalEvents article_id, event_date, event_place of every original, from EventStage
   * @param articles article_id, duplicate_of
   */
  public static Dataset<Row> inheritSignatures(Dataset<Row> originalEvents, Dataset<Row> articles) {
    return withCopies(originalEvents.select("article_id", "event_date", "event_place"), articles);
  }

  /** The originals' rows, and for each copy of one its original's row under the copy's article_id. */
  private static Dataset<Row> withCopies(Dataset<Row> originals, Dataset<Row> articles) {
    Dataset<Row> copies = articles.filter(col("duplicate_of").isNotNull())
        .select(col("article_id"), col("duplicate_of"))
        .join(originals.withColumnRenamed("article_id", "duplicate_of"), "duplicate_of")
        .drop("duplicate_of");
    return originals.unionByName(copies);
  }
}
