package dev.chorus.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RunProgressTest {

  @Test
  void aLinePerFinishedStageWithItsCountsAndSeconds() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtomicLong clock = new AtomicLong(5_000_000_000L);
    RunProgress progress = new RunProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 9, clock::get);
    clock.addAndGet(1_000_000_000L);
    progress.start(null, "nlp");
    clock.addAndGet(41_240_000_000L);
    progress.finish(ChorusJob.counts("articles", 18_234, "sentences", 402_118), "%,d articles -> %,d sentences");
    progress.start(null, "duplicates");
    clock.addAndGet(50_000_000L);
    progress.finish(ChorusJob.counts("articles", 3, "duplicates", -1), "%,d articles, %,d marked duplicate");

    assertEquals(List.of(
        "[1/9] nlp" + " ".repeat(13) + "18,234 articles -> 402,118 sentences" + " ".repeat(12) + "    41.2 s",
        "[2/9] duplicates" + " ".repeat(6) + "3 articles, ? marked duplicate" + " ".repeat(18) + "     0.1 s"),
        bytes.toString(StandardCharsets.UTF_8).lines().toList());
    assertEquals(List.of("nlp", "duplicates"), progress.stages().stream().map(RunProgress.Stage::name).toList());
    assertEquals(41.24, progress.stages().get(0).seconds(), 1e-9);
    assertEquals(402_118L, progress.stages().get(0).counts().get("sentences"));
    assertEquals(-1L, progress.stages().get(1).counts().get("duplicates"), "an unreported count stays unknown");
    assertEquals(42.29, progress.seconds(), 1e-9, "from the start of the run, not of its first stage");
  }

  @Test
  void quietKeepsTheStagesForTheRunRecordButPrintsNothing() {
    RunProgress progress = new RunProgress(null, 2);
    progress.start(null, "publish");
    progress.finish(ChorusJob.counts("tables", 10), "%,d tables -> out");
    assertEquals(1, progress.stages().size());
  }

  @Test
  void describeFillsEachPlaceholderInOrder() {
    assertEquals("1 input -> 1,234,567 files, 2.0 MB",
        RunProgress.describe("%,d input -> %,d files, 2.0 MB", List.of(1L, 1_234_567L)));
    assertEquals("? found -> 0 claims", RunProgress.describe("%,d found -> %,d claims", List.of(-1L, 0L)));
  }

  @Test
  void theStagesOfEachCommand() {
    assertEquals(List.of("list", "ingest+clean", "nlp", "duplicates", "events", "entities", "claims", "agreement/trust",
        "publish"), ChorusJob.stages(ChorusOptions.Command.ALL));
    assertEquals(List.of("list", "ingest+clean", "nlp", "duplicates", "publish"),
        ChorusJob.stages(ChorusOptions.Command.CLEAN));
    assertEquals(List.of("events", "entities", "claims", "agreement/trust", "publish"),
        ChorusJob.stages(ChorusOptions.Command.ANALYZE));
  }

  @Test
  void sizesInTheUnitThatKeepsThemShort() {
    assertEquals("0.0 kB", ChorusJob.size(0));
    assertEquals("43.2 kB", ChorusJob.size(43_210));
    assertEquals("999.9 kB", ChorusJob.size(999_900));
    assertEquals("1.5 MB", ChorusJob.size(1_500_000));
    assertEquals("2.3 GB", ChorusJob.size(2_300_000_000L));
  }
}
