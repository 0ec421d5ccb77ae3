package dev.chorus.claims;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.zip_with;

import dev.chorus.tables.Schemas;
import dev.chorus.util.Components;
import dev.chorus.util.OneJob;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Joins claim clusters that say the same thing in other words. Two claims of one event, from
 * different articles, are one claim when they are the same kind of value about the same subject,
 * their typed values agree, and their sentences are close in meaning: the cosine of their sentence
 * embeddings ({@link SentenceEmbedder}) is at least {@link #SAME_CLAIM}. The typed slots decide
 * agreement, never the embedding: "12 killed" and "at least 14 dead" read alike but stay apart (and
 * meet in conflicts). Whole sentences ({@link Assertions}) have no typed value: they join only
 * each other, by the overlap of their words ({@link AssertionMatch}). What agrees:
 * <ul>
 *   <li>the same slot with a value that agrees: the same value ("a dozen" and "12"), or times of
 *       day within minutes ("shortly before 4am" and "03:40", see {@link #CLOCK_ABOUT}); a
 *       quote's slot is its speaker, and two quotes of one speaker agree whatever their words
 *       (a paraphrase, a translation);
 *   <li>another slot with the same value: "4,500 people" and "4,500 residents were evacuated"; but
 *       never a date the extractor found to be of another act ("questioned on Thursday", slot
 *       {@code date}) with the date of the happening or meeting.
 * </ul>
 * Only what matching needs is embedded: sentences of claims that have such a partner, in events
 * that two or more outlets report. Standing facts (titles, statements) and look-backs are
 * clustered elsewhere and left alone. Clusters joined this way take the smallest id among them.
 */
public final class MeaningMatch {

  /**
   * The cosine at or above which two compatible claims are one: fitted by {@code
   * bench/fit-claim-match} on the labelled evidence sentences of the seeds' and dev2's gold (best
   * pooled F1 0.686 at 0.42 over 2,532 pairs, 540 of one claim).
   */
  static final double SAME_CLAIM = 0.42;
  /** Two times of day stated plainly agree within 5 minutes ("03:40" and "03:42": reports differ) ... */
  static final double CLOCK_EXACT = 5 / 60.0;
  /** ... and within half an hour when one is approximate ("shortly before 4am" and "03:40"). */
  static final double CLOCK_ABOUT = 0.5;
  /** Sentences embedded per call of the model. */
  static final int BATCH = 64;

  private MeaningMatch() {}

  /**
   * @param claims claims with claim_id, article_id, source, event_id, sentence, kind, slot, value_key,
   *     value_num, unit, qualifier and cluster_id
   * @return the same rows, cluster_id joined across paraphrases
   */
  public static Dataset<Row> join(Dataset<Row> claims) {
    Dataset<Row> labels = labels(claims);
    return claims.join(labels, col("cluster_id").equalTo(col("id")), "left")
        .withColumn("cluster_id", coalesce(col("label"), col("cluster_id")))
        .drop("id", "label");
  }

  /** (id, label): for every cluster in a joined group, the group's smallest cluster id. */
  static Dataset<Row> labels(Dataset<Row> claims) {
    // materialised once: the nodes below and every round of the components read the edges, and each
    // read recomputed their whole lineage (two self-joins and the assertions' postings) without it
    Dataset<Row> edges = OneJob.checkpoint(edges(claims));
    Dataset<Row> nodes = edges.select(col("a").as("id")).union(edges.select(col("b").as("id"))).distinct()
        .withColumn("rank", col("id"));
    return Components.minLabel(nodes, edges);
  }

  /** (a, b): two clusters with claims that are one claim. */
  static Dataset<Row> edges(Dataset<Row> claims) {
    Dataset<Row> candidates = claims
        .filter(col("event_id").isNotNull()
            .and(col("kind").isin("quantity", "date_time", "duration", "place", "event", "quote", "ordinal"))
            .and(not(col("slot").startsWith("began:")).and(not(col("slot").startsWith("since:")))
                .and(not(col("slot").startsWith("earlier_")))
                // a kind of happening is its own value: its claims are one cluster per event already
                .and(not(col("slot").startsWith("incident:")))))
        .select("claim_id", "article_id", "source", "event_id", "sentence", "kind", "slot", "value_key",
            "value_num", "unit", "qualifier", "cluster_id");
    Dataset<Row> reported = candidates.groupBy("event_id").agg(countDistinct("source").as("n_sources"))
        .filter(col("n_sources").geq(2)).select("event_id");
    Dataset<Row> c = OneJob.checkpoint(candidates.join(reported, "event_id"));
    // read three times (the sentences to embed, and both sides of the vectors' join): materialised once
    Dataset<Row> typed = OneJob.checkpoint(prefixed(c, "a_").join(prefixed(c, "b_"),
            col("a_event_id").equalTo(col("b_event_id")).and(col("a_kind").equalTo(col("b_kind")))
                .and(col("a_article_id").lt(col("b_article_id")))
                .and(col("a_cluster_id").notEqual(col("b_cluster_id"))))
        .filter(agree())
        .select(col("a_cluster_id"), col("b_cluster_id"), col("a_sentence"), col("b_sentence")));
    Dataset<Row> needed = typed.select(col("a_sentence").as("sentence"))
        .union(typed.select(col("b_sentence").as("sentence"))).distinct();
    Dataset<Row> vectors = OneJob.checkpoint(embed(needed));
    Column cosine = cosine(col("a_vector"), col("b_vector"));
    Dataset<Row> typedEdges = withVectors(typed, vectors).filter(cosine.geq(SAME_CLAIM))
        .select(col("a_cluster_id").as("a"), col("b_cluster_id").as("b"));
    // assertions only join assertions, by their own measure: no typed value vouches for them
    return typedEdges.union(AssertionMatch.edges(claims)).distinct();
  }

  /** The cosine of two of the model's vectors (unit length: their dot product). */
  static Column cosine(Column a, Column b) {
    return aggregate(zip_with(a, b, (x, y) -> x.multiply(y)), lit(0.0), (acc, x) -> acc.plus(x));
  }

  private static Dataset<Row> withVectors(Dataset<Row> pairs, Dataset<Row> vectors) {
    return pairs.join(vectors.toDF("a_sentence", "a_vector"), "a_sentence")
        .join(vectors.toDF("b_sentence", "b_vector"), "b_sentence");
  }

  /** Whether two claims' typed values can be one claim (see the class comment). */
  static Column agree() {
    Column sameSlot = col("a_slot").equalTo(col("b_slot"));
    Column sameValue = col("a_value_key").eqNullSafe(col("b_value_key"));
    Column a = col("a_value_num");
    Column b = col("b_value_num");
    Column loose = not(coalesce(col("a_qualifier"), lit("exact")).equalTo("exact")
        .and(coalesce(col("b_qualifier"), lit("exact")).equalTo("exact")));
    // times of day (hours) agree within minutes, not within a share of the hour of day
    // other numbers agree only when equal: "nearly five hours" and "more than four hours" are both
    // compatible with 4.5 hours, yet two different claims (only a conflict needs disjoint intervals)
    Column slack = when(col("a_slot").isin("time", "incident.time"), when(loose, lit(CLOCK_ABOUT)).otherwise(lit(CLOCK_EXACT)))
        .otherwise(lit(0.0));
    Column numbersAgree = a.isNotNull().and(b.isNotNull()).and(col("a_unit").eqNullSafe(col("b_unit")))
        .and(abs(a.minus(b)).leq(slack));
    Column sameSlotAgrees = sameSlot.and(col("a_kind").equalTo("quote").or(sameValue).or(numbersAgree));
    // a date the extractor found to be no happening's ("questioned on Thursday", slot "date") is no
    // answer to when the happening was, however close the sentences read
    Column otherAct = col("a_kind").equalTo("date_time")
        .and(col("a_slot").equalTo("date").or(col("b_slot").equalTo("date")));
    return sameSlotAgrees.or(not(sameSlot).and(sameValue).and(not(otherAct)));
  }

  /**
   * (sentence, vector) for each row of one text column, embedded where the rows are, in batches; the
   * caller makes the texts distinct. The events stage embeds headlines with it.
   */
  public static Dataset<Row> embed(Dataset<Row> sentences) {
    return sentences.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> embedAll(rows),
        Encoders.row(Schemas.SENTENCE_VECTORS));
  }

  private static Iterator<Row> embedAll(Iterator<Row> rows) {
    List<Row> out = new ArrayList<>();
    List<String> batch = new ArrayList<>(BATCH);
    while (rows.hasNext()) {
      batch.add(rows.next().getString(0));
      if (batch.size() == BATCH || !rows.hasNext()) {
        List<float[]> vectors = SentenceEmbedder.embed(batch);
        for (int i = 0; i < batch.size(); i++) {
          out.add(RowFactory.create(batch.get(i), boxed(vectors.get(i))));
        }
        batch.clear();
      }
    }
    return out.iterator();
  }

  private static Float[] boxed(float[] v) {
    Float[] out = new Float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }

  private static Dataset<Row> prefixed(Dataset<Row> d, String prefix) {
    Dataset<Row> out = d;
    for (String c : d.columns()) {
      out = out.withColumnRenamed(c, prefix + c);
    }
    return out;
  }
}
