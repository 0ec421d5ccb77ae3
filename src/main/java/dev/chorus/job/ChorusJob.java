package dev.chorus.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import dev.chorus.clean.SourceRules;
import dev.chorus.ingest.HadoopFiles;
import dev.chorus.ingest.InputFiles;
import dev.chorus.job.ChorusOptions.Command;
import dev.chorus.language.LanguageStage;
import dev.chorus.tables.OutputFolder;
import dev.chorus.tables.TableWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The Chorus batch job: input files → every table of a run (see README, "The tables"). */
public final class ChorusJob {

  /** Every table a run writes, in the order the summary lists them. */
  static final List<String> TABLES =
      List.of("articles", "sentences", "rejects", "events", "entities", "claims", "claim_frequency", "conflicts",
          "source_agreement", "source_trust");
  /** The tables clean writes; analyze writes the others and articles again, with event_id. */
  static final List<String> CLEAN_TABLES = List.of("articles", "sentences", "rejects");

  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  /** Input bytes per shuffle partition when the user does not set spark.sql.shuffle.partitions. */
  static final long BYTES_PER_SHUFFLE_PARTITION = 32L << 20;
  static final String BROADCAST_THRESHOLD = "spark.sql.autoBroadcastJoinThreshold";
  static final String ADAPTIVE_BROADCAST_THRESHOLD = "spark.sql.adaptive.autoBroadcastJoinThreshold";
  /** Spark's own default threshold, applied to measured shuffle bytes instead of estimates. */
  static final long MEASURED_BROADCAST_BYTES = 10L << 20;

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
   * Runs the options' command and publishes its tables together (see {@link OutputFolder}).
   *
   * @throws IllegalArgumentException before any work when an input path or the source map does not
   *     exist, the output folder is not writable, or analyze finds no articles to analyze
   */
  public static RunSummary run(SparkSession spark, ChorusOptions options) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Command command = options.command();
    List<InputFiles.Root> roots = command.cleans() ? InputFiles.resolve(hadoop, options.inputs()) : List.of();
    SourceRules rules = SourceRules.of(readSourceMap(hadoop, options.sourceMap()), options.sourceFromFolder());
    OutputFolder output = OutputFolder.open(hadoop, options.output());
    boolean appending = options.append() && output.has("articles");
    if (!command.cleans() && !(output.has("articles") && output.has("sentences"))) {
      throw new IllegalArgumentException("no articles and sentences under " + options.output()
          + " to analyze: run chorus clean first");
    }
    try (SessionDefaults defaults = new SessionDefaults(spark.conf())) {
      // many small files: pack them into few partitions instead of one task per file
      defaults.choose("spark.sql.files.openCostInBytes", () -> String.valueOf(64 * 1024));
      // Spark also keeps every listed file's status in a session-wide cache (up to 250 MB): on
      // 200,000 files the driver held 150 MB of them for the whole run (bench/driver_memory)
      defaults.choose("spark.sql.hive.filesourcePartitionFileCacheSize", () -> "0");
      // listed once: the listing is the driver's walk over every input file
      Dataset<Row> files = command.cleans() ? InputFiles.read(spark, roots) : null;
      defaults.choose(SHUFFLE_PARTITIONS, () -> String.valueOf(shufflePartitions(
          command.cleans() ? InputFiles.totalBytes(files) : output.bytes("articles") + output.bytes("sentences"),
          spark.sparkContext().defaultParallelism())));
      // Spark builds every broadcast join's table in the driver. The planner chooses a broadcast on
      // estimated sizes, which know nothing of what an explode or a UDF makes of a row: on 20,000
      // articles it broadcast four tables of 60 MB (compressed) at once in the events stage, and
      // the driver kept 413-427 MB after a full collection there, against 140 MB on 2,000
      // (bench/driver_memory); without it, 83 MB. Only adaptive execution broadcasts then, on the
      // bytes a finished shuffle measured.
      if (defaults.choose(BROADCAST_THRESHOLD, () -> "-1")) {
        defaults.choose(ADAPTIVE_BROADCAST_THRESHOLD, () -> String.valueOf(MEASURED_BROADCAST_BYTES));
      }
      return runSized(spark, options, hadoop, files, rules, output, appending);
    }
  }

  /**
   * Spark's default of 200 shuffle partitions made most of a run's time task overhead: the job
   * shuffles hundreds of times (joins, aggregations, label-propagation rounds), and on 2,000 articles
   * bench/run measured 431 s with 200 partitions against 178 s with 4. Two per core, or one per
   * {@value #BYTES_PER_SHUFFLE_PARTITION} bytes of input when that is more; adaptive query
   * execution still coalesces small ones.
   */
  static int shufflePartitions(long inputBytes, int parallelism) {
    long bySize = (inputBytes + BYTES_PER_SHUFFLE_PARTITION - 1) / BYTES_PER_SHUFFLE_PARTITION;
    return (int) Math.min(10_000, Math.max(2L * parallelism, bySize));
  }

  private static RunSummary runSized(SparkSession spark, ChorusOptions options, Configuration hadoop,
      Dataset<Row> files, SourceRules rules, OutputFolder output, boolean appending) {
    Command command = options.command();
    TableWriter staged = output.stage(runName());
    Map<String, Long> skippedRecords = Map.of();
    if (command.cleans()) {
      Cleaning.Previous previous = appending ? new Cleaning.Previous(read(spark, output.table("articles")),
          read(spark, output.table("sentences")), read(spark, output.table("rejects"))) : null;
      skippedRecords = Cleaning.run(spark, staged, files, new HadoopFiles(hadoop), rules, previous);
    }
    if (command.analyzes()) {
      String from = command.cleans() ? staged.root() : options.output();
      Analysis.run(spark, staged, read(spark, from + "/articles"), read(spark, from + "/sentences"));
    }
    output.publish(staged);
    List<String> written = switch (command) {
      case ALL -> TABLES;
      case CLEAN -> CLEAN_TABLES;
      case ANALYZE -> TABLES.stream().filter(t -> t.equals("articles") || !CLEAN_TABLES.contains(t)).toList();
    };
    return summarize(spark, output, options.output(), written, skippedRecords);
  }

  private static Dataset<Row> read(SparkSession spark, String path) {
    return spark.read().parquet(path);
  }

  /** A staging folder's name: the start time, unique enough for one run at a time per output folder. */
  private static String runName() {
    return "run-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC).format(Instant.now());
  }

  /**
   * Labels the Spark jobs that follow with a stage name (Spark UI and event log), so that
   * bench/run can add up time and memory per stage.
   */
  static void stage(SparkSession spark, String name) {
    spark.sparkContext().setJobGroup(name, name, false);
  }

  private static RunSummary summarize(SparkSession spark, OutputFolder output, String name, List<String> tables,
      Map<String, Long> skippedRecords) {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : tables) {
      rows.put(table, read(spark, output.table(table)).count());
    }
    Map<String, Long> byReason = new TreeMap<>();
    if (output.has("rejects")) {
      for (Row r : read(spark, output.table("rejects")).groupBy("reason").count().collectAsList()) {
        byReason.put(r.getString(0), r.getLong(1));
      }
    }
    long articles = rows.containsKey("articles") ? rows.get("articles") : read(spark, output.table("articles")).count();
    Map<String, Long> notAnalysed = new TreeMap<>();
    for (Row r : read(spark, output.table("articles")).filter(not(LanguageStage.analysed()))
        .groupBy(coalesce(col("language"), lit("und"))).count().collectAsList()) {
      notAnalysed.put(r.getString(0), r.getLong(1));
    }
    return new RunSummary(name, articles, byReason, rows, skippedRecords, notAnalysed);
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
