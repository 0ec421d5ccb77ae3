package dev.chorus.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.tables.OutputFolder;
import dev.chorus.testing.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One full run on the sample corpus is the reference; a rerun with other partitioning, clean then
 * analyze, and two appended halves must each publish exactly its tables. The reference run's
 * progress lines and run record must agree with the tables it published.
 */
class JobModesTest {

  private static final Path SAMPLE = Path.of("data/sample").toAbsolutePath();
  private static final Path WORK = Path.of("target/job-modes").toAbsolutePath();
  private static final Path FULL = WORK.resolve("full");
  private static SparkSession spark;
  private static RunSummary fullSummary;
  private static List<String> progressLines;

  @BeforeAll
  static void fullRun() throws Exception {
    spark = SparkTestSession.start();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    ChorusOptions options = ChorusOptions.parse("--input", SAMPLE.toString(), "--output", FULL.toString());
    RunProgress progress = new RunProgress(new PrintStream(stderr, true, StandardCharsets.UTF_8),
        ChorusJob.stages(options.command()).size());
    fullSummary = ChorusJob.run(spark, options, progress);
    progressLines = stderr.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static long rows(Path output, String table) {
    return spark.read().parquet(output.resolve(table).toString()).count();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static RunSummary run(String... args) throws Exception {
    return ChorusJob.run(spark, ChorusOptions.parse(args));
  }

  private static String sample(String file) {
    return SAMPLE.resolve(file).toString();
  }

  /** Same rows in every table (as multisets: row order in files is not compared). */
  private static void assertSameTables(Path expected, Path actual) {
    List<String> differing = new ArrayList<>();
    for (String table : ChorusJob.TABLES) {
      Dataset<Row> a = spark.read().parquet(expected.resolve(table).toString());
      Dataset<Row> b = spark.read().parquet(actual.resolve(table).toString());
      assertEquals(List.of(a.columns()), List.of(b.columns()), table + " columns");
      List<Row> onlyA = a.exceptAll(b).limit(3).collectAsList();
      List<Row> onlyB = b.exceptAll(a).limit(3).collectAsList();
      if (!onlyA.isEmpty() || !onlyB.isEmpty() || a.count() != b.count()) {
        differing.add(table + ": only in " + expected.getFileName() + " " + onlyA + "; only in "
            + actual.getFileName() + " " + onlyB);
      }
      assertTrue(a.count() > 0, table + " is not empty");
    }
    assertEquals(List.of(), differing);
  }

  @Test
  void aRerunWithOtherPartitioningPublishesTheSameRows() throws Exception {
    Path again = WORK.resolve("repartitioned");
    // other shuffle partitions, and input files split over more scan partitions
    spark.conf().set("spark.sql.shuffle.partitions", "7");
    spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(8 * 1024));
    try {
      run("--input", SAMPLE.toString(), "--output", again.toString());
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", "4");
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }
    assertSameTables(FULL, again);
  }

  @Test
  void cleanThenAnalyzePublishesWhatOneFullRunDoes() throws Exception {
    Path out = WORK.resolve("clean-analyze");
    RunSummary clean = run("clean", "--input", SAMPLE.toString(), "--output", out.toString());
    assertEquals(ChorusJob.CLEAN_TABLES, List.copyOf(clean.rowsPerTable().keySet()));
    assertEquals(0, spark.read().parquet(out.resolve("articles").toString()).filter("event_id is not null").count(),
        "clean leaves events to analyze");
    run("analyze", "--output", out.toString());
    assertSameTables(FULL, out);
  }

  @Test
  void twoAppendedHalvesAndAFileReadTwicePublishWhatOneFullRunDoes() throws Exception {
    Path out = WORK.resolve("appended");
    // copies across the halves: the mirror's original, the NPA reprints and the flood reprint (an
    // old article its original) are split between batches
    run("clean", "--output", out.toString(),
        "--input", sample("northgate-herald"), "--input", sample("meridian-post"), "--input", sample("mirror"),
        "--input", sample("harbourline-envoy-orvel-npa.txt"), "--input", sample("courant-vostrikov-envoy-marathon.txt"),
        "--input", sample("empty.txt"));
    RunSummary appended = run("all", "--append", "--output", out.toString(),
        "--input", sample("tidewater-observer"), "--input", sample("civic-ledger-orvel-talks.html"),
        "--input", sample("eastbank-chronicle-orvel.txt.gz"), "--input", sample("lowfield-gazette-kadrovo-envoy.txt"),
        "--input", sample("pinecrest-times-kadrovo.html"), "--input", sample("scan.bin"),
        "--input", sample("valemont-review-orvel.txt"), "--input", sample("lakeside-courier"),
        "--input", sample("northgate-herald/nh-brennick-flood.txt"));
    assertEquals(sampleFiles(), appended.filesRead(), "the file read in both batches counts once");
    assertSameTables(FULL, out);
  }

  @Test
  void aProgressLinePerStageWithCountsTheTablesAgreeWith() {
    List<String> stages = ChorusJob.stages(ChorusOptions.Command.ALL);
    assertEquals(stages.size(), progressLines.size(), String.join("\n", progressLines));
    Pattern line = Pattern.compile("\\[(\\d+)/9] (\\S+) +(.+?) +(\\d+\\.\\d) s");
    Map<String, String> what = new LinkedHashMap<>();
    for (int i = 0; i < progressLines.size(); i++) {
      Matcher m = line.matcher(progressLines.get(i));
      assertTrue(m.matches(), progressLines.get(i));
      assertEquals(i + 1, Integer.parseInt(m.group(1)));
      assertEquals(stages.get(i), m.group(2));
      what.put(m.group(2), m.group(3));
    }
    long articles = rows(FULL, "articles");
    long rejects = rows(FULL, "rejects");
    long duplicates = spark.read().parquet(FULL.resolve("articles").toString()).filter("duplicate_of is not null").count();
    long events = spark.read().parquet(FULL.resolve("articles").toString()).select("event_id").distinct().count();
    assertEquals("1 input -> " + sampleFiles() + " files, " + ChorusJob.size(sampleBytes()), what.get("list"));
    assertEquals(String.format("%d records -> %d pages, %d rejected", articles + rejects, articles, rejects),
        what.get("ingest+clean"));
    assertEquals(String.format("%d articles -> %d sentences", articles, rows(FULL, "sentences")), what.get("nlp"));
    assertEquals(String.format("%d articles, %d marked duplicate", articles, duplicates), what.get("duplicates"));
    assertTrue(what.get("events").startsWith(String.format("%d articles -> %d events; ", articles, events)),
        what.get("events"));
    assertTrue(what.get("entities").endsWith(String.format(" -> %d entities", rows(FULL, "entities"))));
    assertTrue(what.get("claims").endsWith(String.format(" -> %d claims", rows(FULL, "claims"))));
    assertEquals(String.format("%d claims -> %d clusters, %d conflict rows, %d source pairs, %d sources",
        rows(FULL, "claims"), rows(FULL, "claim_frequency"), rows(FULL, "conflicts"), rows(FULL, "source_agreement"),
        rows(FULL, "source_trust")), what.get("agreement/trust"));
    assertEquals("10 tables -> " + FULL, what.get("publish"));
    assertTrue(fullSummary.render().endsWith(String.format(Locale.ROOT, "total time %.1f s", fullSummary.seconds())));
  }

  @Test
  void theRunRecordIsPublishedWithTheTablesAndDescribesTheRun() throws Exception {
    JsonNode record = new ObjectMapper().readTree(FULL.resolve(OutputFolder.RUN_RECORD).toFile());
    assertEquals(ChorusOptions.version(), record.get("chorus_version").asText());
    assertEquals(spark.version(), record.get("spark_version").asText());
    assertEquals("all", record.get("command").asText());
    assertFalse(record.get("demo").asBoolean());
    assertEquals(SAMPLE.toString(), record.at("/options/inputs/0").asText());
    assertEquals(FULL.toString(), record.at("/options/output").asText());
    assertEquals("file:" + SAMPLE, record.at("/inputs/paths/0/path").asText());
    assertEquals(sampleFiles(), record.at("/inputs/files").asLong());
    assertEquals(sampleBytes(), record.at("/inputs/bytes").asLong());
    assertEquals(rows(FULL, "articles"), record.at("/inputs/articles").asLong());
    assertEquals(rows(FULL, "rejects"), record.at("/inputs/rejects").asLong());
    List<String> tables = new ArrayList<>();
    record.get("tables").fieldNames().forEachRemaining(tables::add);
    assertEquals(ChorusJob.TABLES, tables);
    for (String table : ChorusJob.TABLES) {
      assertEquals(rows(FULL, table), record.at("/tables/" + table).asLong(), table);
    }
    List<String> stages = new ArrayList<>();
    double stageSeconds = 0;
    for (JsonNode stage : record.get("stages")) {
      stages.add(stage.get("name").asText());
      assertTrue(stage.get("seconds").asDouble() >= 0, stage.toString());
      stageSeconds += stage.get("seconds").asDouble();
    }
    // written before it is published, with the tables: every stage but publishing
    assertEquals(ChorusJob.stages(ChorusOptions.Command.ALL).subList(0, 8), stages);
    assertEquals(rows(FULL, "sentences"), record.at("/stages/2/counts/sentences").asLong());
    double total = record.get("seconds").asDouble();
    assertTrue(stageSeconds <= total + 0.1 * stages.size() && total <= fullSummary.seconds() + 0.05,
        stageSeconds + " s in stages, " + total + " s in all, " + fullSummary.seconds() + " s with publishing");
  }

  @Test
  void aFolderThatIsNoChorusOutputIsRefusedAndDemoReplacesOnlyADemosTables() throws Exception {
    Path mine = Files.createDirectories(WORK.resolve("not-an-output"));
    Files.writeString(mine.resolve("notes.txt"), "mine");
    var refused = assertThrows(IllegalArgumentException.class,
        () -> run("--input", SAMPLE.toString(), "--output", mine.toString()));
    assertTrue(refused.getMessage().startsWith("output folder " + mine + " is not empty and not a Chorus output:"
        + " it holds notes.txt."), refused.getMessage());
    try (Stream<Path> left = Files.list(mine)) {
      assertEquals(List.of(mine.resolve("notes.txt")), left.toList(), "nothing written into it");
    }
    var demo = assertThrows(IllegalArgumentException.class, () -> run("demo", "--output", FULL.toString()));
    assertTrue(demo.getMessage().startsWith(FULL + " holds the tables of a run on [\"" + SAMPLE + "\"], not of the"
        + " demo"), demo.getMessage());
  }

  private static long sampleFiles() {
    try (Stream<Path> files = Files.walk(SAMPLE)) {
      return files.filter(Files::isRegularFile).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long sampleBytes() {
    try (Stream<Path> files = Files.walk(SAMPLE)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
