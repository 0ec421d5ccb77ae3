package dev.chorus.claims;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.chorus.entities.EntityStage;
import dev.chorus.text.NameVariants;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * A report of one happening often looks back at another ("a month after the flood in the valley
 * drowned 40 sheep", "the 2 March storm"): that fact is the other event's, and the outlet is one
 * more source for it. A claim joins the other event's cluster when its sentence names that one
 * other event, by the other event's date or place ({@code events.event_date}, {@code event_place}),
 * and the other event has a cluster of the same kind whose value agrees. The value decides which of
 * a sentence's claims look back: in "a fire in the old town destroyed six shops, weeks after the
 * flood in the valley destroyed 40" only the 40 is a value the other event reports. The claim's event
 * becomes the other event's, so that it is counted and compared there, never against this event's
 * own count. A sentence naming two other events is left alone: which one it means is unknown.
 */
public final class LookBacks {

  /** Kinds whose typed value can agree with another event's: numbers, dates, times, lengths. */
  static final String[] KINDS = {"quantity", "date_time", "duration"};
  private static final String ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}$";
  /** A run of capitalised words: the names a sentence may give a place by. */
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*");
  /** Words of a run kept together as one place name at most. */
  private static final int MAX_PLACE_WORDS = 3;

  private static final UserDefinedFunction PLACE_KEYS = udf(
      (UDF1<String, String[]>) s -> placeKeys(s).toArray(new String[0]),
      DataTypes.createArrayType(DataTypes.StringType));

  private LookBacks() {}

  /**
   * @param claims claims with claim_id, article_id, source, event_id, sentence_idx, sentence, kind,
   *     slot, value, value_key and cluster_id
   * @param signatures event_id, event_date, event_place: each event's own date and place (the place as
   *     written: compared by its key, so "Velgrad" and "Welgrad" are one place)
   * @return the same rows; a claim that looks back at another event in that event's cluster, with
   *     that event's id
   */
  public static Dataset<Row> join(Dataset<Row> claims, Dataset<Row> signatures) {
    // with the claim's own event's date and place: a value its own event shares names no other one
    Dataset<Row> typed = claims.filter(col("kind").isin((Object[]) KINDS).and(col("event_id").isNotNull()))
        .join(signatures.select(col("event_id"), col("event_date").as("own_date"),
                EntityStage.placeKey(col("event_place")).as("own_place")),
            new String[] {"event_id"}, "left");
    Dataset<Row> others = signatures.select(col("event_id").as("other"), col("event_date"),
        EntityStage.placeKey(col("event_place")).as("event_place"));
    Dataset<Row> byDate = typed.filter(col("kind").equalTo("date_time").and(col("value").rlike(ISO_DATE))
            .and(col("value").notEqual(col("own_date")).or(col("own_date").isNull())))
        .join(others, col("value").equalTo(col("event_date")).and(col("event_id").notEqual(col("other"))))
        .select("article_id", "sentence_idx", "other");
    Dataset<Row> byPlace = typed.select("article_id", "sentence_idx", "event_id", "sentence", "own_place").distinct()
        .withColumn("place", explode(PLACE_KEYS.apply(col("sentence"))))
        .filter(col("place").notEqual(col("own_place")).or(col("own_place").isNull()))
        .join(others, col("place").equalTo(col("event_place")).and(col("event_id").notEqual(col("other"))))
        .select("article_id", "sentence_idx", "other");
    Dataset<Row> refs = byDate.union(byPlace).groupBy("article_id", "sentence_idx")
        .agg(countDistinct("other").as("n_others"), min("other").as("other"))
        .filter(col("n_others").equalTo(1)).drop("n_others");
    // the other event's clusters a value may join: the one most sources state, then the smallest id
    Dataset<Row> targets = typed.groupBy(col("event_id").as("other"), col("kind"), question().as("question"),
            col("value_key"), col("cluster_id").as("target"))
        .agg(countDistinct("source").as("n"))
        .groupBy("other", "kind", "question", "value_key")
        .agg(min(struct(lit(0L).minus(col("n")), col("target"))).getField("target").as("target"));
    Dataset<Row> moves = typed.join(refs, new String[] {"article_id", "sentence_idx"})
        .join(targets, new String[] {"other", "kind", "value_key"})
        .filter(col("question").equalTo(question()))
        .select(col("claim_id").as("moved"), col("other"), col("target"));
    return claims.join(moves, col("claim_id").equalTo(col("moved")), "left")
        .withColumn("cluster_id", when(col("target").isNotNull(), col("target")).otherwise(col("cluster_id")))
        .withColumn("event_id", when(col("target").isNotNull(), col("other")).otherwise(col("event_id")))
        .drop("moved", "other", "target");
  }

  /**
   * What a value answers: its slot, except that a date is one date whichever slot found it, and a
   * look back at an earlier meeting ("earlier_meeting.duration") asks what that meeting's own does.
   */
  private static Column question() {
    return when(col("kind").equalTo("date_time").and(col("value").rlike(ISO_DATE)), lit("date"))
        .otherwise(regexp_replace(col("slot"), "^earlier_", ""));
  }

  /**
   * The place keys ({@link NameVariants#placeKey}) of the capitalised runs of a sentence and of
   * their parts of up to {@link #MAX_PLACE_WORDS} words: "the Acme mill in Upper Marsh" gives
   * "acme", "upper", "marsh", "upper marsh" among others (as place keys).
   */
  static Set<String> placeKeys(String sentence) {
    Set<String> out = new LinkedHashSet<>();
    if (sentence == null) {
      return out;
    }
    Matcher m = CAPITALISED.matcher(sentence);
    while (m.find()) {
      List<String> words = new ArrayList<>(List.of(m.group().split("\\s+")));
      for (int i = 0; i < words.size(); i++) {
        // "Millbrook's": the possessive is no part of the name
        words.set(i, words.get(i).replaceAll("['’]s$", ""));
      }
      for (int i = 0; i < words.size(); i++) {
        for (int j = i + 1; j <= Math.min(words.size(), i + MAX_PLACE_WORDS); j++) {
          String key = NameVariants.placeKey(String.join(" ", words.subList(i, j)));
          if (key != null && !key.isEmpty()) {
            out.add(key);
          }
        }
      }
    }
    return out;
  }
}
