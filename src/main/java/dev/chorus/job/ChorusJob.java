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
import dev.chorus.tables.Schemas;
import dev.chorus.tables.TableWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
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
    } catch (ChorusOptions.InfoRequest e) {
      System.out.println(e.text());
      System.exit(0);
      return;
    } catch (ChorusOptions.UsageException e) {
      System.err.println("chorus: " + e.getMessage());
      System.err.println(ChorusOptions.USAGE);
      System.exit(2);
      return;
    }
    logLevel(options.verbosity());
    if (isLocal(options.output())) {
      // refused in a second rather than after the session's start-up (run checks again, on any file system)
      try {
        OutputFolder.requireOwn(new Configuration(), options.output(), TABLES);
      } catch (IllegalArgumentException e) {
        System.err.println("chorus: " + e.getMessage());
        System.exit(2);
        return;
      }
    }
    SparkSession.Builder builder = SparkSession.builder().appName("chorus")
        // Spark NLP's annotations serialise far smaller and faster with Kryo
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .config("spark.kryoserializer.buffer.max", "512m");
    unlessGiven(new SparkConf()).forEach(builder::config);
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
   * Static settings the job's session takes where the user (spark-submit --conf, spark-defaults,
   * -Dspark.*) gave none. Spark compiles each distinct piece of generated code once and keeps the
   * class in a cache of 100 by default; the job's plans hold more than that, so classes were
   * evicted, compiled again by Janino and again by the JIT: 2,000 entries took the 20,000-article
   * bench from 946 to 848 JVM CPU seconds (docs/benchmarks.md), its peak memory unchanged.
   */
  static Map<String, String> unlessGiven(SparkConf given) {
    Map<String, String> settings = new TreeMap<>();
    if (!given.contains(CODEGEN_CACHE)) {
      settings.put(CODEGEN_CACHE, CODEGEN_CACHE_ENTRIES);
    }
    return settings;
  }

  public static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";
  /** The job's {@link #CODEGEN_CACHE} size (the test sessions take it too). */
  public static final String CODEGEN_CACHE_ENTRIES = "2000";

  /**
   * --quiet and --verbose over the log configuration's levels (jobs/lib/log4j2.properties: Spark's
   * warnings), before the session starts so that its start-up is covered too.
   */
  private static void logLevel(ChorusOptions.Verbosity verbosity) {
    switch (verbosity) {
      case QUIET -> Configurator.setRootLevel(Level.ERROR);
      case VERBOSE -> Configurator.setRootLevel(Level.INFO);
      case NORMAL -> { }
    }
  }

  private static boolean isLocal(String path) {
    String scheme = new Path(path).toUri().getScheme();
    return scheme == null || scheme.equals("file");
  }

  /** The stages a run of {@code command} reports, in order. */
  static List<String> stages(Command command) {
    List<String> stages = new ArrayList<>();
    if (command.cleans()) {
      stages.addAll(List.of("list", "ingest+clean", "nlp", "duplicates"));
    }
    if (command.analyzes()) {
      stages.addAll(List.of("events", "entities", "claims", "agreement/trust"));
    }
    stages.add("publish");
    return stages;
  }

  /** Runs with a progress line per stage on stderr, unless the options say quiet. */
  public static RunSummary run(SparkSession spark, ChorusOptions options) {
    PrintStream lines = options.verbosity() == ChorusOptions.Verbosity.QUIET ? null : System.err;
    return run(spark, options, new RunProgress(lines, stages(options.command()).size()));
  }

  /**
   * Runs the options' command and publishes its tables together with the run record (see
   * {@link OutputFolder}).
   *
   * @throws IllegalArgumentException before any work when an input path or the source map does not
   *     exist, the output folder holds files that are no Chorus output or is not writable, or analyze
   *     finds no articles to analyze
   */
  static RunSummary run(SparkSession spark, ChorusOptions options, RunProgress progress) {
    Instant started = Instant.now();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Command command = options.command();
    List<InputFiles.Root> roots = command.cleans() ? InputFiles.resolve(hadoop, options.inputs()) : List.of();
    SourceRules rules = SourceRules.of(readSourceMap(hadoop, options.sourceMap()), options.sourceFromFolder());
    OutputFolder output = OutputFolder.open(hadoop, options.output(), TABLES);
    if (options.demo()) {
      RunRecord.requireDemoOrNone(output.record(), options.output());
    }
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
      Dataset<Row> files = null;
      InputFiles.Totals totals = new InputFiles.Totals(0, 0);
      if (command.cleans()) {
        progress.start(spark, "list");
        // listed once: the listing is the driver's walk over every input file
        files = InputFiles.read(spark, roots);
        totals = InputFiles.totals(files);
        progress.finish(counts("inputs", roots.size(), "files", totals.files(), "bytes", totals.bytes()),
            "%,d " + plural(roots.size(), "input") + " -> %,d files, " + size(totals.bytes()));
      }
      long inputBytes = command.cleans() ? totals.bytes() : output.bytes("articles") + output.bytes("sentences");
      defaults.choose(SHUFFLE_PARTITIONS, () -> String.valueOf(shufflePartitions(inputBytes,
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
      Run run = new Run(options, roots, totals, started, progress);
      return runSized(spark, run, hadoop, files, rules, output, appending);
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

  /** What a run knows of itself before it ends, for its summary and record. */
  private record Run(ChorusOptions options, List<InputFiles.Root> roots, InputFiles.Totals totals, Instant started,
      RunProgress progress) {}

  private static RunSummary runSized(SparkSession spark, Run run, Configuration hadoop,
      Dataset<Row> files, SourceRules rules, OutputFolder output, boolean appending) {
    ChorusOptions options = run.options();
    Command command = options.command();
    RunProgress progress = run.progress();
    TableWriter staged = output.stage(runName());
    Map<String, Long> skippedRecords = Map.of();
    Map<String, Long> rows = new LinkedHashMap<>();
    if (command.cleans()) {
      Cleaning.Previous previous = appending ? new Cleaning.Previous(read(spark, output.table("articles")),
          read(spark, output.table("sentences")), read(spark, output.table("rejects"))) : null;
      Cleaning.Result cleaned = Cleaning.run(spark, progress, staged, files, new HadoopFiles(hadoop), rules, previous);
      skippedRecords = cleaned.skippedRecords();
      rows.putAll(cleaned.rows());
    }
    if (command.analyzes()) {
      // a published folder may be an older version's, with other columns: its schema is read
      rows.putAll(command.cleans()
          ? Analysis.run(spark, progress, staged, staged.read(spark, "articles", Schemas.ARTICLES),
              staged.read(spark, "sentences", Schemas.SENTENCES))
          : Analysis.run(spark, progress, staged, read(spark, options.output() + "/articles"),
              read(spark, options.output() + "/sentences")));
    }
    progress.start(spark, "publish");
    List<String> written = switch (command) {
      case ALL -> TABLES;
      case CLEAN -> CLEAN_TABLES;
      case ANALYZE -> TABLES.stream().filter(t -> t.equals("articles") || !CLEAN_TABLES.contains(t)).toList();
    };
    RunSummary summary = summarize(spark, staged, output, options.output(), written, rows, skippedRecords, progress);
    output.stageRecord(staged, RunRecord.json(spark, options, run.roots(), run.totals(), summary, progress.stages(),
        run.started()));
    output.publish(staged);
    progress.finish(counts("tables", written.size()), "%,d tables -> " + options.output());
    return summary.withSeconds(progress.seconds());
  }

  /** Counts for {@link RunProgress#finish}: name, value, name, value, ... */
  static Map<String, Long> counts(Object... nameValue) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      counts.put((String) nameValue[i], ((Number) nameValue[i + 1]).longValue());
    }
    return counts;
  }

  static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }

  /** Bytes in kB, MB or GB (powers of 1,000), one decimal. */
  static String size(long bytes) {
    String[] units = {"kB", "MB", "GB", "TB"};
    double n = bytes / 1e3;
    int unit = 0;
    while (n >= 1000 && unit < units.length - 1) {
      n /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%,.1f %s", n, units[unit]);
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
   * bench/run can add up time and memory per stage. {@link RunProgress#start} does this for the
   * stages that get a progress line.
   */
  static void stage(SparkSession spark, String name) {
    spark.sparkContext().setJobGroup(name, name, false);
  }

  /**
   * Rows per table as the writes counted them (counted again only where Spark did not report a
   * write's rows), and rejects by reason from the staged or else the published rejects table.
   */
  private static RunSummary summarize(SparkSession spark, TableWriter staged, OutputFolder output, String name,
      List<String> tables, Map<String, Long> written, Map<String, Long> skippedRecords, RunProgress progress) {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : tables) {
      long n = written.getOrDefault(table, -1L);
      rows.put(table, n >= 0 ? n : read(spark, staged.path(table)).count());
    }
    Map<String, Long> byReason = new TreeMap<>();
    Dataset<Row> rejects = tables.contains("rejects") ? staged.read(spark, "rejects", Schemas.REJECTS)
        : output.has("rejects") ? read(spark, output.table("rejects")) : null;
    if (rejects != null) {
      for (Row r : rejects.groupBy("reason").count().collectAsList()) {
        byReason.put(r.getString(0), r.getLong(1));
      }
    }
    Map<String, Long> notAnalysed = new TreeMap<>();
    for (Row r : staged.read(spark, "articles", Schemas.ARTICLES).filter(not(LanguageStage.analysed()))
        .groupBy(coalesce(col("language"), lit("und"))).count().collectAsList()) {
      notAnalysed.put(r.getString(0), r.getLong(1));
    }
    return new RunSummary(name, rows.get("articles"), byReason, rows, skippedRecords, notAnalysed, progress.seconds());
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
