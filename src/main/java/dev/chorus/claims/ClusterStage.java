package dev.chorus.claims;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.chorus.reading.Assertions;
import dev.chorus.reading.DateResolver;
import dev.chorus.text.Words;
import dev.chorus.util.Components;
import dev.chorus.util.OneJob;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Gives every claim its canonical names and its cluster: claims that assert the same thing about
 * the same event. Most kinds cluster on (event, slot, normalised value); quotes cluster on speaker
 * and event when their words overlap, or when each article has only that one quote of the speaker
 * about the event (two translations of one remark share few words). A person's title is a standing
 * fact, not tied to an event, so role claims cluster across events; so do statements (by shared
 * content stems within one actor's block), descriptions (by meaning within one actor's block,
 * {@link DescriptionMatch}), superlatives (by reference) and beginnings (by year).
 * Blocking is by event and slot (by slot alone for standing facts): cost grows with the corpus, not
 * its square. Last, {@link MeaningMatch} joins clusters of one event that state the same claim in
 * other words (sentence embeddings, typed values agreeing).
 */
public final class ClusterStage {

  /** Two statements of one actor are the same when they share this many content stems ... */
  static final int STATEMENT_SHARED = 2;
  /** ... making this share of the shorter statement's stems. */
  static final double STATEMENT_OVERLAP = 0.2;
  /** Statements from articles about different events need one more shared stem and this share. */
  static final double STATEMENT_OVERLAP_ACROSS_EVENTS = 0.3;

  /** Two quotes of one speaker about one event are the same remark when this share of words overlaps. */
  static final double QUOTE_OVERLAP = 0.2;
  /** ... or when this share of their content stems (at least {@link #STATEMENT_SHARED}) overlaps. */
  static final double QUOTE_STEM_OVERLAP = 0.3;
  private static final String SEP = "\u001f";
  private static final String ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}$";

  private ClusterStage() {}

  /**
   * @param raw {@code Schemas.RAW_CLAIMS} rows
   * @param articles article_id, source, event_id
   * @param names name, canonical (every name the corpus uses, with its entity's canonical name)
   * @return the claims table
   */
  public static Dataset<Row> claims(Dataset<Row> raw, Dataset<Row> articles, Dataset<Row> names) {
    return claims(raw, articles, names, null);
  }

  /**
   * As {@link #claims(Dataset, Dataset, Dataset)}, and a claim that looks back at another event
   * joins that event's cluster ({@link LookBacks}).
   *
   * @param signatures event_id, event_date, event_place; null to leave look-backs where they are
   */
  public static Dataset<Row> claims(Dataset<Row> raw, Dataset<Row> articles, Dataset<Row> names,
      Dataset<Row> signatures) {
    Dataset<Row> canonical = names.groupBy("name").agg(min("canonical").as("canonical"));
    // the names are broadcast: one row per name the corpus uses, against one per claim (708,284 at
    // 20,000 bench articles). Inside a checkpoint, planned without adaptive execution and with the
    // job's size-based broadcasts off (ChorusJob), each join with them shuffled every claim row
    Dataset<Row> withNames = raw
        .join(articles.select("article_id", "source", "event_id"), "article_id")
        .join(broadcast(canonical.withColumnRenamed("name", "speaker").withColumnRenamed("canonical", "speaker_c")),
            "speaker", "left")
        .join(broadcast(canonical.withColumnRenamed("name", "subject").withColumnRenamed("canonical", "subject_c")),
            "subject", "left")
        .withColumn("speaker", coalesce(col("speaker_c"), col("speaker")))
        .withColumn("subject", coalesce(col("subject_c"), col("subject")))
        .withColumn("slot", when(col("slot").startsWith("quote:"), concat(lit("quote:"), col("speaker")))
            .when(col("slot").startsWith("role:"), concat(lit("role:"), col("subject")))
            .when(col("slot").startsWith("statement:"), concat(lit("statement:"), col("subject")))
            .when(col("slot").startsWith("description:"), concat(lit("description:"), col("subject")))
            .otherwise(col("slot")))
        .withColumn("claim_id", substring(sha2(concat_ws(SEP, col("article_id"), col("sentence_idx"), col("kind"),
            col("slot"), col("begin"), col("end"), coalesce(col("value"), lit(""))), 256), 1, 16))
        .drop("speaker_c", "subject_c");
    // materialised once: quotes, statements and the value clusters each read it, and each read
    // recomputed its joins with the articles and the names
    Dataset<Row> keyed = OneJob.checkpoint(valueKeys(introductions(withNames), canonical));
    Dataset<Row> quotes = quoteClusters(keyed.filter(col("kind").equalTo("quote")))
        .union(statementClusters(keyed.filter(col("kind").equalTo("statement").and(col("slot").startsWith("statement:")))))
        .union(DescriptionMatch.clusters(keyed.filter(col("kind").equalTo("description"))));
    Dataset<Row> byValue = OneJob.checkpoint(keyed.join(quotes, "claim_id", "left")
        .withColumn("cluster_id", coalesce(col("quote_cluster"), substring(sha2(concat_ws(SEP,
            coalesce(clusterEvent(), lit("-")), col("kind"), col("slot"), col("value_key")), 256), 1, 16))));
    // then the same claim in other words: clusters whose claims agree and whose sentences mean the same
    Dataset<Row> joined = MeaningMatch.join(byValue);
    return withoutLoneAssertions(signatures == null ? joined : LookBacks.join(joined, signatures))
        .select("claim_id", "article_id", "source", "event_id", "sentence_idx", "sentence", "begin", "end", "kind",
            "subject", "slot", "value", "value_num", "unit", "qualifier", "speaker", "cluster_id");
  }

  /**
   * Drops assertion clusters that one source alone states: every checkable sentence is an
   * assertion, and those no other outlet repeats would flood the tables with one-source rows that
   * say nothing about agreement.
   */
  static Dataset<Row> withoutLoneAssertions(Dataset<Row> claims) {
    Column sources = size(collect_set("source").over(
        org.apache.spark.sql.expressions.Window.partitionBy("cluster_id")));
    return claims.withColumn("cluster_sources", sources)
        .filter(not(col("kind").equalTo(Assertions.KIND)).or(col("cluster_sources").geq(2)))
        .drop("cluster_sources");
  }

  /**
   * An article states a person's title where it introduces them; later mentions repeat or shorten
   * it ("the aide"). Only the first statement of each title (and of its "former" form) joins the
   * corpus-wide role cluster; a repetition is kept in a cluster of its own article, so one article
   * never counts twice and never drags unrelated sentences into a cross-event cluster. A different
   * title stated later ("X, head of the fund" after "X, an official") is an introduction of its own.
   */
  static Dataset<Row> introductions(Dataset<Row> claims) {
    Column first = min("sentence_idx").over(
        org.apache.spark.sql.expressions.Window.partitionBy(col("article_id"), col("slot"),
            coalesce(col("qualifier"), lit("")), lower(col("value"))));
    return claims.withColumn("repeat", col("kind").equalTo("person_role").and(col("sentence_idx").gt(first)));
  }

  /**
   * Roles, when something began ("the war began in 2022"), statements and descriptions are standing
   * facts: not tied to the event of the article that states them.
   */
  static Column clusterEvent() {
    return when(standing(), lit(null).cast("string")).otherwise(col("event_id"));
  }

  /**
   * A claim's value as the tables show it: a former title reads "former foreign minister", as the
   * claim states it. The qualifier alone would leave "foreign minister" in a value column, read as
   * the current title. claim_frequency and conflicts both show values through this one column.
   */
  public static Column shownValue() {
    return when(col("kind").equalTo("person_role").and(col("qualifier").equalTo("former")),
        concat_ws(" ", lit("former"), col("value"))).otherwise(col("value"));
  }

  static Column standing() {
    return col("kind").isin("person_role", "statement", "description").or(col("slot").startsWith("began:"));
  }

  /** What "the same value" means per kind. */
  static Dataset<Row> valueKeys(Dataset<Row> claims, Dataset<Row> canonical) {
    // a weekday stands for the date that other outlets give for the same event and slot
    Dataset<Row> weekdayDates = claims
        .filter(col("kind").equalTo("date_time").and(col("value").rlike(ISO_DATE)).and(col("unit").isNotNull()))
        .groupBy(col("event_id").as("wd_event"), col("slot").as("wd_slot"), lower(col("unit")).as("weekday"))
        .agg(max("value").as("weekday_date"));
    Dataset<Row> participants = claims.filter(col("kind").equalTo("event"))
        .select(col("claim_id"), explode(split(col("value"), ";\\s*")).as("name"))
        .withColumn("name", trim(col("name")))
        .join(broadcast(canonical), "name", "left")
        .groupBy("claim_id")
        .agg(array_join(array_sort(array_distinct(collect_list(coalesce(col("canonical"), col("name"))))), "; ")
            .as("participants_key"));
    Dataset<Row> places = broadcast(canonical.withColumnRenamed("name", "value").withColumnRenamed("canonical", "place_c"));
    return claims
        // columns renamed, not referenced through their datasets: both sides derive from `claims`
        // one row per event, slot and weekday: broadcast, as the names
        .join(broadcast(weekdayDates), col("event_id").eqNullSafe(col("wd_event"))
            .and(col("slot").equalTo(col("wd_slot"))).and(lower(col("value")).equalTo(col("weekday"))), "left")
        .drop("wd_event", "wd_slot")
        .join(participants, "claim_id", "left")
        .join(places, "value", "left")
        .withColumn("value_key",
            // outlets date a beginning by year or by month: compared by year
            when(col("slot").startsWith("began:"), substring(col("value"), 1, 4))
                // a date stated as a weekday is one claim, as a calendar date another (they agree)
                .when(col("kind").equalTo("date_time"), concat_ws(" ",
                    coalesce(col("weekday_date"), lower(col("value"))),
                    when(col("qualifier").equalTo(DateResolver.WEEKDAY), lit(DateResolver.WEEKDAY))))
                .when(col("kind").equalTo("quantity"), concat_ws(" ", col("value_num").cast("string"), col("unit")))
                // "90 minutes" (PT90M) and "an hour and a half" (PT1H30M) are one length: compared in hours
                .when(col("kind").equalTo("duration").and(col("value_num").isNotNull()),
                    concat(lit("hours "), col("value_num").cast("string")))
                .when(col("kind").equalTo("place"), lower(coalesce(col("place_c"), col("value"))))
                .when(col("kind").equalTo("event"), coalesce(col("participants_key"), col("value")))
                // "the deadliest since X": superlatives of one reference are one comparison
                .when(col("slot").startsWith("since:"), lit(""))
                .when(col("kind").equalTo("person_role"), concat_ws(":", coalesce(col("qualifier"), lit("")),
                    lower(col("value")), when(col("repeat"), col("article_id"))))
                .otherwise(lower(col("value"))))
        .drop("weekday", "weekday_date", "participants_key", "place_c", "repeat");
  }

  /**
   * Quote clusters: within one (event, speaker) block, quotes are linked when their words overlap
   * or when both articles carry only that one quote of the speaker; the clusters are the connected
   * components. Returns (claim_id, quote_cluster).
   */
  static Dataset<Row> quoteClusters(Dataset<Row> quotes) {
    // an answer's question (its qualifier) is part of what it says
    Column text = concat_ws(" ", coalesce(col("value"), lit("")), coalesce(col("qualifier"), lit("")));
    // planned without adaptive execution: these two caches were 54 of the sample's 202 jobs
    // (bench/job_sources.py)
    Dataset<Row> q = OneJob.cache(quotes
        .withColumn("words", array_distinct(Words.lowerCase(text)))
        .withColumn("stems", stems(text))
        .withColumn("per_article", count(lit(1)).over(
            org.apache.spark.sql.expressions.Window.partitionBy("article_id", "event_id", "slot")))
        .select("claim_id", "article_id", "event_id", "slot", "words", "stems", "per_article"));
    Dataset<Row> a = q.toDF("a", "a_article", "a_event", "a_slot", "a_words", "a_stems", "a_n");
    Dataset<Row> b = q.toDF("b", "b_article", "b_event", "b_slot", "b_words", "b_stems", "b_n");
    Column shared = size(array_intersect(col("a_words"), col("b_words")));
    Column union = size(array_union(col("a_words"), col("b_words")));
    // content stems catch a paraphrase ("might discuss ... meeting" for "a meeting was discussed")
    Column sharedStems = size(array_intersect(col("a_stems"), col("b_stems")));
    Column stemUnion = size(array_union(col("a_stems"), col("b_stems")));
    Dataset<Row> edges = a.join(b, col("a_event").eqNullSafe(col("b_event")).and(col("a_slot").equalTo(col("b_slot")))
            .and(col("a").lt(col("b"))).and(col("a_article").notEqual(col("b_article"))))
        .filter(shared.divide(union).geq(QUOTE_OVERLAP)
            .or(sharedStems.geq(STATEMENT_SHARED).and(sharedStems.divide(stemUnion).geq(QUOTE_STEM_OVERLAP)))
            .or(col("a_n").equalTo(1).and(col("b_n").equalTo(1))))
        .select("a", "b");
    Dataset<Row> labels = Components.minLabel(q.select(col("claim_id").as("id"), col("claim_id").as("rank")), edges);
    Dataset<Row> out = labels.join(q.select(col("claim_id").as("id"), col("event_id"), col("slot")), "id")
        .select(col("id").as("claim_id"), substring(sha2(concat_ws(SEP, coalesce(col("event_id"), lit("-")),
            lit("quote"), col("slot"), col("label")), 256), 1, 16).as("quote_cluster"));
    q.unpersist();
    return out;
  }

  /** Content stems of a text: words of four letters or more, not stop words, cut to five letters. */
  static Column stems(Column text) {
    return array_distinct(transform(
        filter(split(lower(text), Words.BREAK),
            w -> length(w).geq(4).and(not(w.isin((Object[]) AssertionKeys.STOP_WORDS)))),
        w -> substring(w, 1, 5)));
  }

  /**
   * Statement clusters: within one actor's block (statements are standing facts, so across events),
   * two statements are linked when they share at least {@link #STATEMENT_SHARED} content stems and
   * those make {@link #STATEMENT_OVERLAP} of the shorter one's stems (outlets word one position very
   * differently), or from articles about different events one stem more and
   * {@link #STATEMENT_OVERLAP_ACROSS_EVENTS}; the clusters are the connected components. Returns
   * (claim_id, quote_cluster).
   */
  static Dataset<Row> statementClusters(Dataset<Row> statements) {
    Dataset<Row> q = OneJob.cache(statements.withColumn("words", stems(coalesce(col("value"), lit(""))))
        .select("claim_id", "article_id", "event_id", "slot", "words"));
    // an inverted index, not all pairs of an actor's statements: only statements sharing a stem meet,
    // and the number of postings they meet on is the number of stems they share
    Dataset<Row> postings = q.select(col("claim_id"), col("article_id"), col("slot"), explode(col("words")).as("stem"));
    Dataset<Row> sharing = postings.toDF("a", "a_article", "slot", "stem")
        .join(postings.toDF("b", "b_article", "slot", "stem"), new String[] {"slot", "stem"})
        .filter(col("a").lt(col("b")).and(col("a_article").notEqual(col("b_article"))))
        .groupBy("a", "b").agg(count(lit(1)).as("shared"));
    Dataset<Row> sizes = q.select(col("claim_id"), col("event_id"), size(col("words")).as("n"));
    Column shared = col("shared");
    Column share = shared.divide(least(col("a_n"), col("b_n")));
    // across events, where the setting no longer vouches for the topic, more must be shared
    Column sameEvent = col("a_event").eqNullSafe(col("b_event"));
    Dataset<Row> edges = sharing.filter(shared.geq(STATEMENT_SHARED))
        .join(sizes.toDF("a", "a_event", "a_n"), "a")
        .join(sizes.toDF("b", "b_event", "b_n"), "b")
        .filter(when(sameEvent, share.geq(STATEMENT_OVERLAP))
            .otherwise(shared.geq(STATEMENT_SHARED + 1).and(share.geq(STATEMENT_OVERLAP_ACROSS_EVENTS))))
        .select("a", "b");
    Dataset<Row> out = standingClusters(q, edges, "statement");
    q.unpersist();
    return out;
  }

  /**
   * (claim_id, quote_cluster) for standing facts of one kind linked by {@code edges} (a, b): the
   * connected components, each named by a hash of the kind, the slot and its smallest claim id.
   *
   * @param claims claim_id and slot of every claim of the kind, linked or not
   */
  static Dataset<Row> standingClusters(Dataset<Row> claims, Dataset<Row> edges, String kind) {
    Dataset<Row> labels = Components.minLabel(claims.select(col("claim_id").as("id"), col("claim_id").as("rank")),
        edges);
    return labels.join(claims.select(col("claim_id").as("id"), col("slot")), "id")
        .select(col("id").as("claim_id"), substring(sha2(concat_ws(SEP, lit(kind), col("slot"), col("label")),
            256), 1, 16).as("quote_cluster"));
  }

  /**
   * One row per cluster: how many sources and independent sources (a syndicated copy counts with
   * its original's outlet) report it, with a representative sentence.
   *
   * @param claims the claims table
   * @param articles article_id, source, published, duplicate_of
   */
  public static Dataset<Row> frequency(Dataset<Row> claims, Dataset<Row> articles) {
    return frequency(claims, articles, null);
  }

  /**
   * The same, where the copies that reprint a claim's sentence count as its articles and sources:
   * a copy's reprinted sentences give no claims of their own (see {@link dev.chorus.events.Copies}).
   *
   * @param reprinted article_id, sentence_idx of a copy's sentence, original_id, original_idx of the
   *     original's sentence it reprints
   */
  public static Dataset<Row> frequency(Dataset<Row> claims, Dataset<Row> articles, Dataset<Row> reprinted) {
    Dataset<Row> originals = articles.select(col("article_id").as("duplicate_of"), col("source").as("original_source"));
    Dataset<Row> reports = claims;
    if (reprinted != null) {
      Dataset<Row> reprints = claims
          .join(reprinted.select(col("original_id").as("article_id"), col("original_idx").as("sentence_idx"),
              col("article_id").as("copy_id")), new String[] {"article_id", "sentence_idx"})
          .drop("article_id", "source")
          .join(articles.select(col("article_id").as("copy_id"), col("source")), "copy_id")
          .withColumnRenamed("copy_id", "article_id");
      reports = claims.unionByName(reprints);
    }
    Dataset<Row> enriched = reports
        .join(articles.select("article_id", "published", "duplicate_of"), "article_id")
        .join(originals, "duplicate_of", "left")
        .withColumn("independent", coalesce(col("original_source"), col("source")))
        // the representative: the first claim of the cluster, by publication, article and offset, then
        // by its own content, so that no tie is left to row order. Its slot and kind are the
        // cluster's: claims joined by meaning may word one fact under two slots ("the second
        // meeting", "the second round"), and first() over them changed with the partitioning
        .withColumn("rep", struct(col("published").isNull().as("undated"), col("published"), col("article_id"),
            col("begin"), col("slot"), col("kind"), shownValue().as("value"), col("qualifier"),
            col("sentence")));
    return enriched.groupBy("cluster_id")
        .agg(min(clusterEvent()).as("event_id"), min("rep").as("rep"),
            countDistinct("source").cast("int").as("n_sources"),
            countDistinct("independent").cast("int").as("n_independent_sources"),
            countDistinct("article_id").cast("int").as("n_articles"),
            array_sort(collect_set("source")).as("sources"),
            array_sort(collect_set("article_id")).as("article_ids"),
            min("published").as("first_published"))
        // the qualifier is the representative's too: "former" tells a former title's row from the
        // current one's (it is part of a role's cluster key)
        .select(col("cluster_id"), col("event_id"), col("rep.kind").as("kind"), col("rep.slot").as("slot"),
            col("n_sources"), col("n_independent_sources"), col("n_articles"), col("sources"), col("article_ids"),
            col("first_published"), col("rep.value").as("value"), col("rep.qualifier").as("qualifier"),
            col("rep.sentence").as("text"));
  }
}
