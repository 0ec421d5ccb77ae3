package dev.chorus.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import dev.chorus.agreement.AgreementStage;
import dev.chorus.agreement.ConflictStage;
import dev.chorus.agreement.TrustStage;
import dev.chorus.claims.ClusterStage;
import dev.chorus.entities.EntityStage;
import dev.chorus.events.Copies;
import dev.chorus.events.EventFeatures;
import dev.chorus.events.EventStage;
import dev.chorus.events.EventTable;
import dev.chorus.language.LanguageStage;
import dev.chorus.reading.ArticleReader;
import dev.chorus.tables.Observed;
import dev.chorus.tables.Schemas;
import dev.chorus.tables.TableWriter;
import dev.chorus.util.OneJob;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * articles + sentences → events, entities, claims, claim_frequency, conflicts, source_agreement and
 * source_trust, and articles again with their event_id. Wiring only: each step is a stage of its
 * own package; tables used twice are read back from where they were written. Only the articles in
 * the language the rules are written for are analysed (see {@link LanguageStage}); the others keep
 * a null event_id.
 */
final class Analysis {

  private Analysis() {}

  /**
   * Writes the analysis tables, and articles with event_id set.
   *
   * @param articles the articles table (its event_id is replaced)
   * @param sentences the sentences table
   * @return the rows of each table written
   */
  static Map<String, Long> run(SparkSession spark, RunProgress progress, TableWriter writer, Dataset<Row> articlesTable,
      Dataset<Row> sentences) {
    progress.start(spark, "events");
    // a checkpoint, so that articles can be rewritten where they were read from (a run of all)
    Observed read = Observed.of(articlesTable.drop("event_id", "event_date", "event_place"));
    Dataset<Row> articles = OneJob.checkpoint(read.rows());
    // spread over every core and computed once: the mentions and the claims are both read from it,
    // and adaptive execution coalesced it into 3 partitions, whose longest task took 38 of the claim
    // extraction's 68 CPU-seconds while the other core idled (bench/run, 20,000 articles)
    int partitions = 4 * spark.sparkContext().defaultParallelism();
    // one place decides what is analysed: claims, entities and events all start from these articles
    Dataset<Row> analysed = articles.filter(LanguageStage.analysed());
    // a copy is read in full, but only the sentences it adds give mentions and claims: the ones it
    // reprints are its original's (claim_frequency.n_sources counts the copy's outlet through them,
    // n_independent_sources credits the original), so a reprint is no voice of its own in clusters,
    // conflicts or agreement; checkpointed, as claim_frequency reads it again (see Copies)
    Dataset<Row> reprinted = OneJob.checkpoint(Copies.reprinted(sentences, analysed));
    Dataset<Row> byArticle = OneJob.checkpoint(ArticleReader.articleSentences(sentences, analysed, reprinted)
        .repartition(partitions, col("article_id")));
    // checkpoints, not caches: each result is used several times, and a cache keeps the whole
    // lineage in every plan that uses it, which grows the plans past what the driver can print
    // each article read once for its mentions and its claims: a sentence's names are found once for both
    Observed reading = Observed.of(ArticleReader.read(byArticle), count(col("mention")).as("mentions"),
        count(col("claim")).as("claims"));
    Dataset<Row> readRows = OneJob.checkpoint(reading.rows());
    Dataset<Row> mentions = ArticleReader.mentionRows(readRows);
    Dataset<Row> raw = ArticleReader.claimRows(readRows);
    // events found among originals, copies joining theirs; counted as they are checkpointed: one
    // article per event is its first (a small shuffle of ids within the checkpoint's own job, where
    // counting distinct ids would be a job of its own)
    // (article_id, event_id, event_date, event_place) of the originals; the events table reads the
    // date and place each article gives its own happening
    Dataset<Row> originalEvents = OneJob.checkpoint(
        EventStage.assign(EventFeatures.build(Copies.originals(analysed), mentions, raw)));
    Dataset<Row> assigned = Copies.inheritEvents(originalEvents, analysed);
    Observed grouped = Observed.of(assigned.withColumn("first", min("article_id").over(Window.partitionBy("event_id"))),
        count(when(col("article_id").equalTo(col("first")), true)).as("events"));
    Dataset<Row> events = OneJob.checkpoint(grouped.rows().select("article_id", "event_id"));
    progress.finish(ChorusJob.counts("articles", read.count(), "events", grouped.get("events"),
        "mentions", reading.get("mentions"), "claims", reading.get("claims")),
        "%,d articles -> %,d events; %,d mentions, %,d claims found");
    // materialised: the entities, claims, agreement and events tables all read it (the agreement
    // table alone three times), and each read scanned the articles with their bodies and joined again
    Dataset<Row> withEvents = OneJob.checkpoint(articles.select("article_id", "source", "published", "duplicate_of")
        .join(events, "article_id"));
    Dataset<Row> mentionsInContext = mentions.join(withEvents.select("article_id", "event_id", "source"), "article_id");
    progress.start(spark, "entities");
    Dataset<Row> names = OneJob.checkpoint(EntityStage.resolveNames(mentionsInContext));

    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("entities", writer.write("entities", EntityStage.table(mentionsInContext, names), Schemas.ENTITIES,
        "entity_id"));
    progress.finish(ChorusJob.counts("mentions", reading.get("mentions"), "entities", rows.get("entities")),
        "%,d mentions -> %,d entities");
    progress.start(spark, "claims");
    // each article's own event date and place (originals only: a copy gives none, its original does)
    Dataset<Row> signed = withEvents.join(originalEvents.select("article_id", "event_date", "event_place"),
        "article_id", "left");
    rows.put("claims", writer.write("claims", ClusterStage.claims(raw, withEvents, names,
        EventTable.signatures(signed)), Schemas.CLAIMS, "claim_id"));
    progress.finish(ChorusJob.counts("found", reading.get("claims"), "claims", rows.get("claims")),
        "%,d found -> %,d claims");
    Dataset<Row> claims = writer.read(spark, "claims", Schemas.CLAIMS);
    progress.start(spark, "agreement/trust");
    Dataset<Row> conflicts = OneJob.checkpoint(ConflictStage.conflicts(claims));
    Dataset<Row> provides = AgreementStage.independent(claims, withEvents).select("source", "cluster_id");
    Dataset<Row> opposes = conflicts.select(col("conflict_id"), col("cluster_id"))
        .join(conflicts.select(col("conflict_id"), col("cluster_id").as("other")), "conflict_id")
        .filter(col("cluster_id").notEqual(col("other"))).select("cluster_id", "other").distinct();
    TrustStage.Result trust = TrustStage.run(provides, opposes);
    rows.put("source_trust", writer.write("source_trust", TrustStage.table(trust, provides, opposes),
        Schemas.SOURCE_TRUST, "source"));
    rows.put("claim_frequency", writer.write("claim_frequency", ClusterStage.frequency(claims, withEvents, reprinted)
        .join(trust.confidence(), "cluster_id", "left"), Schemas.CLAIM_FREQUENCY, "cluster_id"));
    rows.put("conflicts", writer.write("conflicts", withVerdicts(conflicts, trust.confidence()), Schemas.CONFLICTS,
        "conflict_id", "cluster_id", "article_id"));
    rows.put("source_agreement", writer.write("source_agreement", AgreementStage.agreement(claims, withEvents,
        conflicts), Schemas.SOURCE_AGREEMENT, "event_id", "source_a", "source_b"));
    Dataset<Row> people = mentionsInContext.filter(col("kind").equalTo("person"))
        .join(names, new String[] {"kind", "name"}).select("article_id", "canonical");
    // the headlines only here (an event that names no one and nowhere is labelled by one), not in
    // the checkpoint every stage reads
    Dataset<Row> headed = signed.join(articles.select("article_id", "title"), "article_id", "left");
    rows.put("events", writer.write("events", EventTable.build(headed, people, claims), Schemas.EVENTS,
        "event_id"));
    rows.put("articles", writer.write("articles", articles.join(events, "article_id", "left")
        .join(Copies.inheritSignatures(originalEvents, analysed), "article_id", "left"), Schemas.ARTICLES,
        "article_id"));
    progress.finish(ChorusJob.counts("claims", rows.get("claims"), "clusters", rows.get("claim_frequency"),
        "conflict rows", rows.get("conflicts"), "source pairs", rows.get("source_agreement"),
        "sources", rows.get("source_trust")),
        "%,d claims -> %,d clusters, %,d conflict rows, %,d source pairs, %,d sources");
    return rows;
  }

  /** Each side's confidence, and which side of each conflict is most likely right. */
  private static Dataset<Row> withVerdicts(Dataset<Row> conflicts, Dataset<Row> confidence) {
    Dataset<Row> rated = conflicts.join(confidence, "cluster_id", "left");
    Dataset<Row> best = rated.groupBy("conflict_id").agg(max("confidence").as("best"));
    return rated.join(best, "conflict_id")
        .withColumn("verdict", when(col("confidence").equalTo(col("best")), "likely_true").otherwise("likely_false"));
  }
}
