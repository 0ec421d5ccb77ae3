package dev.chorus.job;

import static org.apache.spark.sql.functions.col;

import dev.chorus.agreement.ConflictStage;
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
 * articles + sentences → events, entities, claims, claim_frequency and conflicts. Wiring only: each step is a
 * stage of its own package; tables used twice are read back from where they were written.
 */
final class Analysis {

  private Analysis() {}

  /**
   * Writes the analysis tables and returns (article_id, event_id) for every article.
   *
   * @param articles article_id, source, published, body, duplicate_of
   * @param sentences the sentences table
   */
  static Dataset<Row> run(SparkSession spark, TableWriter writer, Dataset<Row> articles, Dataset<Row> sentences) {
    Dataset<Row> byArticle = ArticleReader.articleSentences(sentences, articles);
    // checkpoints, not caches: each result is used several times, and a cache keeps the whole
    // lineage in every plan that uses it, which grows the plans past what the driver can print
    Dataset<Row> mentions = ArticleReader.mentions(byArticle).localCheckpoint();
    Dataset<Row> raw = ArticleReader.claims(byArticle).localCheckpoint();
    Dataset<Row> events = EventStage.assign(EventFeatures.build(articles, mentions, raw)).localCheckpoint();
    Dataset<Row> withEvents = articles.select("article_id", "source", "published", "duplicate_of")
        .join(events, "article_id");
    Dataset<Row> mentionsInContext = mentions.join(withEvents.select("article_id", "event_id", "source"), "article_id");
    Dataset<Row> names = EntityStage.resolveNames(mentionsInContext).localCheckpoint();

    writer.write("entities", EntityStage.table(mentionsInContext, names), Schemas.ENTITIES, "entity_id");
    writer.write("claims", ClusterStage.claims(raw, withEvents, names), Schemas.CLAIMS, "claim_id");
    Dataset<Row> claims = spark.read().parquet(writer.path("claims"));
    writer.write("claim_frequency", ClusterStage.frequency(claims, withEvents), Schemas.CLAIM_FREQUENCY,
        "cluster_id");
    writer.write("conflicts", ConflictStage.conflicts(claims), Schemas.CONFLICTS, "conflict_id", "cluster_id",
        "article_id");
    Dataset<Row> people = mentionsInContext.filter(col("kind").equalTo("person"))
        .join(names, new String[] {"kind", "name"}).select("article_id", "canonical");
    writer.write("events", EventTable.build(withEvents, people, claims), Schemas.EVENTS, "event_id");
    return events;
  }
}
