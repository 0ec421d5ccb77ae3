package dev.chorus.clean;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import dev.chorus.ingest.RejectReason;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Learns each outlet's page template from the corpus itself and removes it from bodies: a
 * paragraph that recurs verbatim in many of one source's distinct pages is template (a newsletter
 * prompt, a standing disclaimer), not news. The corpus cleans itself better as it grows.
 *
 * <p>The decision is by source, never by count alone: a paragraph found in two or more sources is
 * kept however often it recurs, because a sentence that several outlets carry is a shared quote
 * or wire copy, which is exactly what Chorus counts.
 */
public final class TemplateStage {

  static final String PARAGRAPH_BREAK = "\n\n";
  /** A template paragraph recurs in at least this many distinct pages of its source... */
  static final int MIN_PAGES = 3;
  /** ...and in at least this share of them, so that a background paragraph reused now and then stays. */
  static final double MIN_SHARE = 0.5;

  private TemplateStage() {}

  /**
   * @param cleaned {@code Schemas.CLEANED} rows; rejects pass through unchanged
   * @return the same rows with template paragraphs removed from bodies, {@code boilerplate_chars}
   *     increased by what was removed, {@code body_hash} set, and pages left with no body turned
   *     into {@code no_article} rejects
   */
  public static Dataset<Row> removeTemplates(Dataset<Row> cleaned) {
    Dataset<Row> articles = cleaned.filter(col("reject_reason").isNull());
    Dataset<Row> paragraphs = articles
        .select(col("article_id"), col("source"), xxhash64(col("body")).as("page"),
            posexplode(split(col("body"), PARAGRAPH_BREAK)).as(new String[] {"pos", "para"}))
        .withColumn("key", xxhash64(lower(regexp_replace(col("para"), "\\s+", " "))));
    Dataset<Row> templates = templates(paragraphs);

    Dataset<Row> kept = paragraphs.join(templates, new String[] {"source", "key"}, "left_anti")
        .groupBy("article_id")
        .agg(concat_ws(PARAGRAPH_BREAK, transform(sort_array(collect_list(struct(col("pos"), col("para")))),
            p -> p.getField("para"))).as("new_body"));
    Dataset<Row> removed = paragraphs.join(templates, new String[] {"source", "key"}, "left_semi")
        .groupBy("article_id")
        .agg(sum(length(col("para")).plus(PARAGRAPH_BREAK.length())).as("template_chars"));

    Column newBody = coalesce(col("new_body"), lit(""));
    Column empty = length(regexp_replace(newBody, "\\s", "")).equalTo(0);
    Dataset<Row> rebuilt = articles.join(kept, "article_id", "left").join(removed, "article_id", "left")
        .withColumn("body", when(empty, lit(null).cast("string")).otherwise(newBody))
        .withColumn("boilerplate_chars",
            col("boilerplate_chars").plus(coalesce(col("template_chars"), lit(0L))).cast("int"))
        .withColumn("reject_reason", when(empty, lit(RejectReason.NO_ARTICLE)))
        .withColumn("reject_detail", when(empty, lit("every paragraph is its outlet's page template")))
        .withColumn("status", when(empty, lit(CleanStage.STATUS_REJECTED)).otherwise(col("status")))
        .withColumn("body_hash", bodyHash(col("body")));
    Column[] columns = Arrays.stream(cleaned.columns()).map(c -> col(c)).toArray(Column[]::new);
    return rebuilt.select(columns).unionByName(cleaned.filter(col("reject_reason").isNotNull()));
  }

  /** (source, key) of paragraphs that are template in that source. */
  static Dataset<Row> templates(Dataset<Row> paragraphs) {
    Dataset<Row> pagesPerSource = paragraphs.groupBy("source").agg(countDistinct("page").as("source_pages"));
    Dataset<Row> sourcesPerKey = paragraphs.groupBy("key").agg(countDistinct("source").as("sources"));
    return paragraphs.groupBy("source", "key").agg(countDistinct("page").as("pages"))
        .join(pagesPerSource, "source")
        .join(sourcesPerKey, "key")
        .filter(col("sources").equalTo(1)
            .and(col("pages").geq(MIN_PAGES))
            .and(col("pages").geq(col("source_pages").multiply(MIN_SHARE))))
        .select("source", "key");
  }

  /**
   * Hash of the body with runs of whitespace collapsed: exact copies share it. The first 16 hex
   * digits of SHA-256, like every other id.
   */
  public static Column bodyHash(Column body) {
    Column normalized = regexp_replace(regexp_replace(body, "\\s+", " "), "^ | $", "");
    return when(body.isNull(), lit(null).cast("string")).otherwise(substring(sha2(normalized, 256), 1, 16));
  }
}
