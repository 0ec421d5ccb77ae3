package dev.chorus.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import dev.chorus.agreement.AgreementStage;
import dev.chorus.agreement.ConflictStage;
import dev.chorus.agreement.TrustStage;
import dev.chorus.claims.ArticleReader;
import dev.chorus.claims.ClusterStage;
import dev.chorus.entities.EntityStage;
import dev.chorus.events.EventFeatures;
import dev.chorus.events.EventStage;
import dev.chorus.events.EventTable;
import dev.chorus.tables.Schemas;
import dev.chorus.tables.TableWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * articles + sentences → events, entities, claims, claim_frequency, conflicts, source_agreement and
 * source_trust, and articles again with their event_id. Wiring only: each step is a stage of its
 * own package; tables used twice are read back from where they were written.
 */
final class Analysis {

  private Analysis() {}

  /**
   * Writes the analysis tables, and articles with event_id set.
   *
   * @param articles the articles table (its event_id is replaced)
   * @param sentences the sentences table
   */
  static void run(SparkSession spark, TableWriter writer, Dataset<Row> articlesTable, Dataset<Row> sentences) {
    // a checkpoint, so that articles can be rewritten where they were read from (a run of all)
    Dataset<Row> articles = articlesTable.drop("event_id", "event_date", "event_place").localCheckpoint();
    ChorusJob.stage(spark, "events");
    // spread over every core and computed once: the mentions and the claims are both read from it,
    // and adaptive execution coalesced it into 3 partitions, whose longest task took 38 of the claim
    // extraction's 68 CPU-seconds while the other core idled (bench/run, 20,000 articles)
    int partitions = 4 * spark.sparkContext().defaultParallelism();
    Dataset<Row> byArticle = ArticleReader.articleSentences(sentences, articles)
        .repartition(partitions, col("article_id")).localCheckpoint();
    // checkpoints, not caches: each result is used several times, and a cache keeps the whole
    // lineage in every plan that uses it, which grows the plans past what the driver can print
    Dataset<Row> mentions = ArticleReader.mentions(byArticle).localCheckpoint();
    Dataset<Row> raw = ArticleReader.claims(byArticle).localCheckpoint();
    Dataset<Row> events = EventStage.assign(EventFeatures.build(articles, mentions, raw)).localCheckpoint();
    Dataset<Row> withEvents = articles.select("article_id", "source", "published", "duplicate_of")
        .join(events.select("article_id", "event_id"), "article_id");
    Dataset<Row> mentionsInContext = mentions.join(withEvents.select("article_id", "event_id", "source"), "article_id");
    ChorusJob.stage(spark, "entities");
    Dataset<Row> names = EntityStage.resolveNames(mentionsInContext).localCheckpoint();

    writer.write("entities", EntityStage.table(mentionsInContext, names), Schemas.ENTITIES, "entity_id");
    ChorusJob.stage(spark, "claims");
    writer.write("claims", ClusterStage.claims(raw, withEvents, names), Schemas.CLAIMS, "claim_id");
    Dataset<Row> claims = spark.read().parquet(writer.path("claims"));
    ChorusJob.stage(spark, "agreement/trust");
    Dataset<Row> conflicts = ConflictStage.conflicts(claims).localCheckpoint();
    Dataset<Row> provides = AgreementStage.independent(claims, withEvents).select("source", "cluster_id");
    Dataset<Row> opposes = conflicts.select(col("conflict_id"), col("cluster_id"))
        .join(conflicts.select(col("conflict_id"), col("cluster_id").as("other")), "conflict_id")
        .filter(col("cluster_id").notEqual(col("other"))).select("cluster_id", "other").distinct();
    TrustStage.Result trust = TrustStage.run(provides, opposes);
    writer.write("source_trust", TrustStage.table(trust, provides, opposes), Schemas.SOURCE_TRUST, "source");
    writer.write("claim_frequency", ClusterStage.frequency(claims, withEvents)
        .join(trust.confidence(), "cluster_id", "left"), Schemas.CLAIM_FREQUENCY, "cluster_id");
    writer.write("conflicts", withVerdicts(conflicts, trust.confidence()), Schemas.CONFLICTS, "conflict_id",
        "cluster_id", "article_id");
    writer.write("source_agreement", AgreementStage.agreement(claims, withEvents, conflicts),
        Schemas.SOURCE_AGREEMENT, "event_id", "source_a", "source_b");
    Dataset<Row> people = mentionsInContext.filter(col("kind").equalTo("person"))
        .join(names, new String[] {"kind", "name"}).select("article_id", "canonical");
    writer.write("events", EventTable.build(withEvents.join(events.select("article_id", "event_date", "event_place"),
        "article_id"), people, claims), Schemas.EVENTS, "event_id");
    writer.write("articles", articles.join(events, "article_id", "left"), Schemas.ARTICLES, "article_id");
  }

  /** Each side's confidence, and which side of each conflict is most likely right. */
  private static Dataset<Row> withVerdicts(Dataset<Row> conflicts, Dataset<Row> confidence) {
    Dataset<Row> rated = conflicts.join(confidence, "cluster_id", "left");
    Dataset<Row> best = rated.groupBy("conflict_id").agg(max("confidence").as("best"));
    return rated.join(best, "conflict_id")
        .withColumn("verdict", when(col("confidence").equalTo(col("best")), "likely_true").otherwise("likely_false"));
  }
}
