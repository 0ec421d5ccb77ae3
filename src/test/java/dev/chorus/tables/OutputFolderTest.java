package dev.chorus.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging, publishing and recovery on the local file system, with plain files standing in for Parquet. */
class OutputFolderTest {

  private static final Configuration HADOOP = new Configuration();
  private static final List<String> TABLES = List.of("articles", "sentences", "rejects", "events");

  @TempDir
  Path dir;

  /** A finished table: a data file and Spark's _SUCCESS marker. */
  private static void table(Path folder, String content) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("part-0.parquet"), content);
    Files.writeString(folder.resolve("_SUCCESS"), "");
  }

  private static String content(Path table) throws IOException {
    return Files.readString(table.resolve("part-0.parquet"));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void publishReplacesOnlyTheStagedTablesAndLeavesNoStagingBehind() throws IOException {
    Path out = dir.resolve("out");
    table(out.resolve("articles"), "old articles");
    table(out.resolve("events"), "old events");
    OutputFolder folder = OutputFolder.open(HADOOP, out.toString(), TABLES);
    TableWriter staged = folder.stage("run-1");
    table(Path.of(staged.path("articles").replace("file:", "")), "new articles");
    assertEquals("old articles", content(out.resolve("articles")), "nothing is published before publish()");
    folder.publish(staged);
    assertEquals("new articles", content(out.resolve("articles")));
    assertEquals("old events", content(out.resolve("events")), "a table the run did not write stays");
    assertEquals(List.of("_staging", "articles", "events"), names(out));
    assertEquals(List.of(), names(out.resolve("_staging")));
  }

  @Test
  void anUncommittedRunIsDiscardedAtTheNextStart() throws IOException {
    Path out = dir.resolve("out");
    table(out.resolve("articles"), "old articles");
    table(out.resolve("_staging/run-killed/articles"), "half a run");
    OutputFolder.open(HADOOP, out.toString(), TABLES);
    assertEquals("old articles", content(out.resolve("articles")));
    assertFalse(Files.exists(out.resolve("_staging/run-killed")));
  }

  @Test
  void aRunKilledMidSwapIsRolledForwardAtTheNextStart() throws IOException {
    Path out = dir.resolve("out");
    // killed after the commit marker: articles already swapped in, sentences moved out but not in,
    // rejects not started
    table(out.resolve("articles"), "new articles");
    table(out.resolve("_replaced/run-2/articles"), "old articles");
    table(out.resolve("_replaced/run-2/sentences"), "old sentences");
    table(out.resolve("rejects"), "old rejects");
    table(out.resolve("_staging/run-2/sentences"), "new sentences");
    table(out.resolve("_staging/run-2/rejects"), "new rejects");
    Files.writeString(out.resolve("_staging/run-2/_COMMITTED"), "");
    OutputFolder folder = OutputFolder.open(HADOOP, out.toString(), TABLES);
    for (String t : List.of("articles", "sentences", "rejects")) {
      assertEquals("new " + t, content(out.resolve(t)), t);
      assertTrue(folder.has(t), t);
    }
    assertEquals(List.of("_staging", "articles", "rejects", "sentences"), names(out));
  }

  @Test
  void anOutputFolderThatCannotBeCreatedIsNamedBeforeAnyWork() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    var e = assertThrows(IllegalArgumentException.class,
        () -> OutputFolder.open(HADOOP, file.resolve("out").toString(), TABLES));
    assertTrue(e.getMessage().startsWith("output folder is not writable: " + file.resolve("out")), e.getMessage());
    var onFile = assertThrows(IllegalArgumentException.class, () -> OutputFolder.open(HADOOP, file.toString(), TABLES));
    assertTrue(onFile.getMessage().startsWith("output folder is not writable: "), onFile.getMessage());
  }

  @Test
  void aFolderHoldingAnythingButChorusTablesIsRefusedAndLeftAsItWas() throws IOException {
    Path mine = dir.resolve("mine");
    table(mine.resolve("articles"), "looks like a table");
    Files.writeString(mine.resolve("thesis.tex"), "years of work");
    Files.createDirectories(mine.resolve("photos"));
    var e = assertThrows(IllegalArgumentException.class, () -> OutputFolder.open(HADOOP, mine.toString(), TABLES));
    assertEquals("output folder " + mine + " is not empty and not a Chorus output: it holds photos, thesis.tex."
        + " Chorus writes only into a new or empty folder, or one an earlier Chorus run wrote (with _chorus_run.json):"
        + " give --output another folder", e.getMessage());
    assertEquals(List.of("articles", "photos", "thesis.tex"), names(mine), "nothing was created or removed");
    Path plainFile = dir.resolve("tables-and-a-file");
    Files.createDirectories(plainFile);
    Files.writeString(plainFile.resolve("events"), "a file named like a table is not one");
    assertThrows(IllegalArgumentException.class, () -> OutputFolder.open(HADOOP, plainFile.toString(), TABLES));
  }

  @Test
  void newEmptyOldAndRecordedOutputsAreAccepted() throws IOException {
    OutputFolder.open(HADOOP, dir.resolve("new").toString(), TABLES);
    OutputFolder.open(HADOOP, Files.createDirectories(dir.resolve("empty")).toString(), TABLES);
    Path old = dir.resolve("before-run-records");
    table(old.resolve("articles"), "a");
    table(old.resolve("_staging/run-killed/events"), "half a run");
    OutputFolder.open(HADOOP, old.toString(), TABLES);
    Path recorded = dir.resolve("recorded");
    table(recorded.resolve("articles"), "a");
    Files.writeString(recorded.resolve(OutputFolder.RUN_RECORD), "{}");
    Files.writeString(recorded.resolve("notes.md"), "the user's notes beside a Chorus output");
    OutputFolder.open(HADOOP, recorded.toString(), TABLES);
    assertTrue(Files.exists(recorded.resolve("notes.md")));
  }

  @Test
  void theRunRecordIsPublishedWithTheTablesAndReplacesTheLastOne() throws IOException {
    Path out = dir.resolve("out");
    OutputFolder folder = OutputFolder.open(HADOOP, out.toString(), TABLES);
    assertTrue(folder.record().isEmpty());
    TableWriter first = folder.stage("run-1");
    table(Path.of(first.path("articles").replace("file:", "")), "first");
    folder.stageRecord(first, "{\"run\": 1}");
    assertTrue(folder.record().isEmpty(), "not published before publish()");
    folder.publish(first);
    assertEquals("{\"run\": 1}", folder.record().orElseThrow());

    TableWriter second = folder.stage("run-2");
    table(Path.of(second.path("articles").replace("file:", "")), "second");
    folder.stageRecord(second, "{\"run\": 2}");
    folder.publish(second);
    assertEquals("{\"run\": 2}", Files.readString(out.resolve(OutputFolder.RUN_RECORD)));
    assertEquals("second", content(out.resolve("articles")));
    assertEquals(List.of("_chorus_run.json", "_staging", "articles"),
        names(out).stream().filter(n -> !n.endsWith(".crc")).toList());
  }
}
