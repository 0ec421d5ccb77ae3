package dev.chorus.claims;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.xxhash64;

import dev.chorus.reading.Assertions;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Joins {@link Assertions} of one event that two outlets word differently: pairs (a, b) of
 * assertion clusters that state one fact.
 *
 * <p>Two sentences are one fact when their keys ({@link AssertionKeys}: content stems and numbers)
 * overlap by at least {@link #SAME_ASSERTION} (Dice), and one is the other's closest in its outlet
 * ({@link AssertionPairs#closestPerOutlet}). The overlap of keys, not the sentence embedding, decides: on the labelled
 * evidence pairs of the seeds and dev2 it separates one fact from two better (best pooled F1 0.762
 * against 0.577 for the embedding's cosine, {@code bench/fit-claim-match --assertions}), and it
 * costs no model call: embedding every checkable sentence of 20,000 articles took most of a run.
 *
 * <p>Comparing every pair of an event's sentences would grow with the square of its coverage, so
 * pairs come from an inverted index, and only sentences that share {@link #SHARED_KEYS} of their
 * {@link #POSTED_KEYS} rarest keys meet. Which keys are rare is told by how often the articles that
 * use a key repeat it, not by how many articles use it: the event's topic (its place, its main
 * actor, "bridge", "storm") runs through many sentences of every article, a fact's words are said
 * about once by each outlet that reports it. Counting articles instead would drop exactly the words
 * of the facts most outlets report. A key the event's sentences use more than {@link #SPREAD}
 * times per article using it is the topic, and so is a key of more than {@link #MAX_POSTINGS}
 * sentences: no key's postings pair more than a bounded number of sentences, whatever the event's
 * size. Identical sentences (a reprint's) are one cluster and one posting.
 */
public final class AssertionMatch {

  /**
   * The Dice overlap of keys at or above which two assertions are one claim: fitted by {@code
   * bench/fit-claim-match --assertions} on the labelled evidence sentences of the seeds and dev2
   * (best pooled F1 0.762 at 0.24 over 6,617 pairs of one event, 540 of one claim).
   */
  static final double SAME_ASSERTION = 0.24;
  /** Posted keys two sentences must share to be compared. */
  static final int SHARED_KEYS = 2;
  /** Keys a sentence is posted under: its rarest in the event. */
  static final int POSTED_KEYS = 6;
  /**
   * Sentences per article using it above which a key is the event's topic: a fact's words come
   * once per report, and a second time where the lead is repeated further down.
   */
  static final double SPREAD = 2.0;
  /** Distinct sentences of one event above which a key's postings are not paired. */
  static final int MAX_POSTINGS = 200;

  /** A pair of clusters, as {@link #PAIRS} returns it. */
  private static final StructType PAIR = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);

  private static final UserDefinedFunction PAIRS = udf((UDF1<Seq<Row>, Row[]>) rows -> {
    List<AssertionPairs.Assertion> assertions = new ArrayList<>(rows.size());
    for (Row r : JavaConverters.seqAsJavaList(rows)) {
      assertions.add(new AssertionPairs.Assertion(r.getString(0), r.getString(1), r.getLong(2), r.getString(3),
          r.getString(4)));
    }
    return AssertionPairs.of(assertions).stream().map(p -> RowFactory.create(p.a(), p.b())).toArray(Row[]::new);
  }, DataTypes.createArrayType(PAIR));

  private AssertionMatch() {}

  /**
   * @param claims claims with article_id, source, event_id, kind, sentence, value and cluster_id
   * @return (a, b): assertion clusters of one event, stated by two outlets, that are one claim
   */
  public static Dataset<Row> edges(Dataset<Row> claims) {
    // one event's assertions are paired in one task ({@link AssertionPairs}), as the events stage
    // clusters one component's articles in one: the rules need the whole event (which keys are its
    // topic, each sentence's closest per outlet), and as Spark joins and aggregations the same
    // rules shuffled the postings' self-join (7.4 million rows at 20,000 bench articles) three
    // times over. A sentence is carried as a 64-bit hash of its text: it is only counted
    Dataset<Row> byEvent = claims.filter(col("kind").equalTo(Assertions.KIND).and(col("event_id").isNotNull()))
        .groupBy("event_id")
        .agg(collect_list(struct(col("cluster_id"), col("article_id"), xxhash64(col("sentence")), col("value"),
            col("source"))).as("assertions"));
    return byEvent.select(explode(PAIRS.apply(col("assertions"))).as("pair"))
        .select(col("pair.a").as("a"), col("pair.b").as("b"));
  }
}
