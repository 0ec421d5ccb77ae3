package dev.chorus.claims;

import static org.apache.spark.sql.functions.col;

import dev.chorus.util.OneJob;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Clusters of descriptions ({@link StatementFinder}: "X has become Washington's key interlocutor",
 * "X is now a key figure in the talks"). What an actor has become is a standing fact, like a
 * title: it is clustered across events, within one actor's block. Outlets word it freely, so two
 * descriptions share few words; they are linked when the cosine of the descriptions' embeddings
 * is at least {@link MeaningMatch#SAME_CLAIM}, the fitted figure that joins claims of one event by
 * meaning. Only the description is embedded: neither its sentence, whose other content would
 * decide across events, nor the actor's name, which every description in the block shares and
 * which made "remains a keen amateur painter" read like "has become the chief negotiator".
 *
 * <p>Every pair of one actor's descriptions is compared: descriptions need one of a few verbs
 * right after a name that starts a clause, and are rare (none in the 20,000 bench articles, see
 * docs/benchmarks.md), so an actor's block stays small.
 */
final class DescriptionMatch {

  private DescriptionMatch() {}

  /**
   * @param descriptions description claims with claim_id, article_id, slot (its actor canonical) and
   *     value
   * @return (claim_id, quote_cluster): one cluster id per claim, shared by linked descriptions
   */
  static Dataset<Row> clusters(Dataset<Row> descriptions) {
    // read by the embedding and by both sides of the pairs: materialised once
    Dataset<Row> d = OneJob.checkpoint(descriptions
        .select(col("claim_id"), col("article_id"), col("slot"), col("value").as("text")));
    Dataset<Row> vectors = OneJob.checkpoint(MeaningMatch.embed(d.select("text").distinct()));
    Dataset<Row> withVector = d.join(vectors.withColumnRenamed("sentence", "text"), "text");
    Column close = MeaningMatch.cosine(col("a_vector"), col("b_vector")).geq(MeaningMatch.SAME_CLAIM);
    Dataset<Row> edges = withVector.toDF("a_text", "a", "a_article", "slot", "a_vector")
        .join(withVector.toDF("b_text", "b", "b_article", "slot", "b_vector"), "slot")
        .filter(col("a").lt(col("b")).and(col("a_article").notEqual(col("b_article"))).and(close))
        .select("a", "b");
    return ClusterStage.standingClusters(d, edges, "description");
  }
}
