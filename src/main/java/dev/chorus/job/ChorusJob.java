package dev.chorus.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import dev.chorus.clean.CleanStage;
import dev.chorus.clean.DuplicateStage;
import dev.chorus.clean.SourceRules;
import dev.chorus.clean.TemplateStage;
import dev.chorus.ingest.HadoopFiles;
import dev.chorus.ingest.IngestStage;
import dev.chorus.ingest.InputFiles;
import dev.chorus.ingest.RejectReason;
import dev.chorus.nlp.NlpStage;
import dev.chorus.tables.Schemas;
import dev.chorus.tables.TableWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The Chorus batch job: input files → every table of a run (see README, "The tables"). */
public final class ChorusJob {

  /** Every table a run writes, in the order the summary lists them. */
  static final List<String> TABLES =
      List.of("articles", "sentences", "rejects", "events", "entities", "claims", "claim_frequency", "conflicts",
          "source_agreement", "source_trust");

  private ChorusJob() {}

  public static void main(String[] args) {
    ChorusOptions options;
    try {
      options = ChorusOptions.parse(args);
    } catch (ChorusOptions.UsageException e) {
      if (!e.getMessage().isEmpty()) {
        System.err.println("chorus: " + e.getMessage());
      }
      System.err.println(ChorusOptions.USAGE);
      System.exit(e.getMessage().isEmpty() ? 0 : 2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("chorus")
        // Spark NLP's annotations serialise far smaller and faster with Kryo
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .config("spark.kryoserializer.buffer.max", "512m");
    if (options.master() != null) {
      builder.master(options.master());
    }
    SparkSession spark = builder.getOrCreate();
    int status = 0;
    try {
      System.out.println(run(spark, options).render());
    } catch (IllegalArgumentException e) {
      System.err.println("chorus: " + e.getMessage());
      status = 2;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /**
   * Runs every stage and writes the tables.
   *
   * @throws IllegalArgumentException when an input path or the source map does not exist
   */
  public static RunSummary run(SparkSession spark, ChorusOptions options) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<InputFiles.Root> roots = InputFiles.resolve(hadoop, options.inputs());
    SourceRules rules = SourceRules.of(readSourceMap(hadoop, options.sourceMap()), options.sourceFromFolder());
    // many small files: pack them into few partitions instead of one task per file
    spark.conf().set("spark.sql.files.openCostInBytes", String.valueOf(64 * 1024));

    TableWriter writer = new TableWriter(options.output());
    Dataset<Row> cleaned = TemplateStage.removeTemplates(
            CleanStage.clean(IngestStage.pages(InputFiles.read(spark, roots), new HadoopFiles(hadoop)), rules))
        .localCheckpoint();
    Column skipped = col("reject_reason").equalTo(RejectReason.SKIPPED);
    writer.write("rejects", cleaned.filter(col("reject_reason").isNotNull().and(not(skipped)))
        .withColumnRenamed("reject_reason", "reason").withColumnRenamed("reject_detail", "detail"),
        Schemas.REJECTS, "path");
    Map<String, Long> skippedRecords = new TreeMap<>();
    for (Row r : cleaned.filter(skipped).groupBy("reject_detail").count().collectAsList()) {
      skippedRecords.put(r.getString(0), r.getLong(1));
    }

    Dataset<Row> kept = DuplicateStage.markDuplicates(cleaned.filter(col("reject_reason").isNull()))
        .localCheckpoint();
    writer.write("sentences", NlpStage.sentences(kept), Schemas.SENTENCES, "article_id", "sentence_idx");

    Dataset<Row> counts = spark.read().parquet(writer.path("sentences"))
        .groupBy("article_id")
        .agg(count(lit(1)).cast("int").as("n_sentences"), sum(size(col("tokens"))).cast("int").as("n_tokens"));
    Dataset<Row> events = Analysis.run(spark, writer, kept, spark.read().parquet(writer.path("sentences")));
    Dataset<Row> articles = kept.join(counts, "article_id", "left").join(events, "article_id", "left")
        .withColumn("n_sentences", coalesce(col("n_sentences"), lit(0)))
        .withColumn("n_tokens", coalesce(col("n_tokens"), lit(0)));
    writer.write("articles", articles, Schemas.ARTICLES, "article_id");
    return summarize(spark, writer, options.output(), skippedRecords);
  }

  private static RunSummary summarize(SparkSession spark, TableWriter writer, String output,
      Map<String, Long> skippedRecords) {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : TABLES) {
      rows.put(table, spark.read().parquet(writer.path(table)).count());
    }
    Map<String, Long> byReason = new TreeMap<>();
    for (Row r : spark.read().parquet(writer.path("rejects")).groupBy("reason").count().collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    return new RunSummary(output, rows.get("articles"), byReason, rows, skippedRecords);
  }

  private static List<String> readSourceMap(Configuration hadoop, String sourceMap) {
    if (sourceMap == null) {
      return List.of();
    }
    Path path = new Path(sourceMap);
    try (FSDataInputStream in = path.getFileSystem(hadoop).open(path);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read source map " + sourceMap + ": " + e.getMessage(), e);
    }
  }
}
