package dev.chorus.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.chorus.clean.CleanStage;
import dev.chorus.clean.DuplicateStage;
import dev.chorus.clean.SourceRules;
import dev.chorus.clean.TemplateStage;
import dev.chorus.ingest.FileSource;
import dev.chorus.ingest.IngestStage;
import dev.chorus.ingest.RejectReason;
import dev.chorus.language.LanguageStage;
import dev.chorus.nlp.NlpStage;
import dev.chorus.tables.Observed;
import dev.chorus.tables.Schemas;
import dev.chorus.tables.TableWriter;
import dev.chorus.util.OneJob;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * input files → articles (event_id still null), sentences, rejects. Wiring only. With a previous
 * output to append to, only files not read before are cleaned and NLP'd; the old rows are kept
 * and duplicates are found again over old and new articles together.
 */
final class Cleaning {

  /** An article's columns before NLP counts and events are known. */
  private static final Column[] CLEANED_ARTICLE = Arrays.stream(Schemas.ARTICLES.fieldNames())
      .filter(c -> !Set.of("event_id", "event_date", "event_place", "n_sentences", "n_tokens").contains(c))
      .map(c -> col(c)).toArray(Column[]::new);

  /** The tables an appended batch is added to. */
  record Previous(Dataset<Row> articles, Dataset<Row> sentences, Dataset<Row> rejects) {}

  /** The records that are no page, by kind, and the rows of each table written. */
  record Result(Map<String, Long> skippedRecords, Map<String, Long> rows) {}

  private Cleaning() {}

  /**
   * @param files {@code Schemas.FILES} rows
   * @param source reads the files' bytes
   * @param previous the published tables to append to, or null for a run from scratch
   * @return the records that are no page (WARC requests, metadata, non-HTML responses), by kind
   */
  static Result run(SparkSession spark, RunProgress progress, TableWriter writer, Dataset<Row> files,
      FileSource source, SourceRules rules, Previous previous) {
    progress.start(spark, "ingest+clean");
    Dataset<Row> pages = IngestStage.pages(files, source);
    if (previous != null) {
      // old files are read again to hash them (a record's hash is known only once it is read), but
      // only pages not seen before are cleaned and NLP'd
      pages = pages.join(seen(previous), new String[] {"path", "content_hash"}, "left_anti")
          .select(Schemas.columns(Schemas.PAGES));
    }
    // checkpointed before the template stage, which reads the cleaned pages several times: without
    // it five Spark stages each read, decoded and parsed every input file (bench/run, 2,000 articles)
    Dataset<Row> batch = OneJob.checkpoint(CleanStage.clean(pages, rules));
    // languages are detected on the final bodies, once: the checkpoint keeps them for every reader
    // (settling a headline's tie reads them twice)
    Dataset<Row> cleaned = LanguageStage.settle(
        OneJob.checkpoint(LanguageStage.detect(TemplateStage.removeTemplates(batch))));
    Column skipped = col("reject_reason").equalTo(RejectReason.SKIPPED);
    Map<String, Long> skippedRecords = new TreeMap<>();
    long newPages = 0;
    long rejected = 0;
    // one small job over the checkpoint: the skipped records by kind, and the pages and rejects
    // the progress line counts
    for (Row r : cleaned.groupBy(col("reject_reason"), when(skipped, col("reject_detail"))).count().collectAsList()) {
      if (r.isNullAt(0)) {
        newPages += r.getLong(2);
      } else if (r.getString(0).equals(RejectReason.SKIPPED)) {
        skippedRecords.merge(String.valueOf(r.getString(1)), r.getLong(2), Long::sum);
      } else {
        rejected += r.getLong(2);
      }
    }
    cleaned = cleaned.filter(not(skipped).or(col("reject_reason").isNull()));
    Dataset<Row> rejects = cleaned.filter(col("reject_reason").isNotNull())
        .withColumnRenamed("reject_reason", "reason").withColumnRenamed("reject_detail", "detail")
        .select(Schemas.columns(Schemas.REJECTS));
    Dataset<Row> fresh = cleaned.filter(col("reject_reason").isNull()).select(CLEANED_ARTICLE);
    Dataset<Row> sentences = NlpStage.sentences(fresh);
    Dataset<Row> articles = fresh;
    if (previous != null) {
      // a file read again with new content replaces every row its old content gave
      Dataset<Row> reread = cleaned.select("path").distinct();
      Dataset<Row> oldArticles = withNewColumns(previous.articles()).join(reread, "path", "left_anti")
          .withColumn("status", lit(CleanStage.STATUS_OK)).withColumn("duplicate_of", lit(null).cast("string"))
          .select(CLEANED_ARTICLE).localCheckpoint();
      requireDistinctIds(oldArticles, fresh);
      articles = oldArticles.unionByName(fresh);
      sentences = sentences.unionByName(previous.sentences().join(oldArticles.select("article_id"), "article_id",
          "left_semi"));
      rejects = rejects.unionByName(previous.rejects().join(reread, "path", "left_anti")
          .select(Schemas.columns(Schemas.REJECTS)));
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("rejects", writer.write("rejects", rejects, Schemas.REJECTS, "path"));
    progress.finish(ChorusJob.counts("records", newPages + rejected, "pages", newPages, "rejects", rejected),
        "%,d records -> %,d pages, %,d rejected");
    progress.start(spark, "nlp");
    // NlpStage hands its rows over partitioned by article (appended old sentences keep the
    // partitions they are read in): sorting each partition is enough for the same files on a rerun
    rows.put("sentences",
        writer.writeSortedPartitions("sentences", sentences, Schemas.SENTENCES, "article_id", "sentence_idx"));
    progress.finish(ChorusJob.counts("articles", newPages, "sentences", rows.get("sentences")),
        "%,d articles -> %,d sentences");
    Dataset<Row> counts = writer.read(spark, "sentences", Schemas.SENTENCES)
        .groupBy("article_id")
        .agg(count(lit(1)).cast("int").as("n_sentences"), sum(size(col("tokens"))).cast("int").as("n_tokens"));
    progress.start(spark, "duplicates");
    Observed marked = Observed.of(DuplicateStage.markDuplicates(articles)
        .join(counts, "article_id", "left")
        .withColumn("n_sentences", coalesce(col("n_sentences"), lit(0)))
        .withColumn("n_tokens", coalesce(col("n_tokens"), lit(0)))
        .withColumn("event_id", lit(null).cast("string"))
        .withColumn("event_date", lit(null).cast("string"))
        .withColumn("event_place", lit(null).cast("string")),
        count(col("duplicate_of")).as("duplicates"));
    rows.put("articles", writer.write("articles", marked.rows(), Schemas.ARTICLES, "article_id"));
    progress.finish(ChorusJob.counts("articles", rows.get("articles"), "duplicates", marked.get("duplicates")),
        "%,d articles, %,d marked duplicate");
    return new Result(skippedRecords, rows);
  }

  /** An output written before a column was added (articles.access) gets it as null, so it can be appended to. */
  private static Dataset<Row> withNewColumns(Dataset<Row> articles) {
    Set<String> has = Set.of(articles.columns());
    for (org.apache.spark.sql.types.StructField f : Schemas.ARTICLES.fields()) {
      if (!has.contains(f.name())) {
        articles = articles.withColumn(f.name(), lit(null).cast(f.dataType()));
      }
    }
    return articles;
  }

  /** (path, content_hash) of every file the previous output holds, as article or reject. */
  private static Dataset<Row> seen(Previous previous) {
    return previous.articles().select("path", "content_hash")
        .union(previous.rejects().select("path", "content_hash")).distinct();
  }

  /**
   * Ids are paths relative to the inputs' common folder: a batch given from another folder can
   * give a new file the id of an old one, which would merge two articles into one.
   */
  private static void requireDistinctIds(Dataset<Row> oldArticles, Dataset<Row> fresh) {
    List<Row> clashes = fresh.select(col("article_id"), col("path").as("new_path"))
        .join(oldArticles.select("article_id", "path"), "article_id").limit(1).collectAsList();
    if (!clashes.isEmpty()) {
      Row c = clashes.get(0);
      throw new IllegalArgumentException("appended file " + c.getAs("new_path") + " gets the article id of "
          + c.getAs("path") + ", already in the output: give appended files under the same folder as the"
          + " first batch (ids are paths relative to the inputs' common folder)");
    }
  }
}
