package dev.chorus.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChorusOptionsTest {

  @Test
  void defaultsToTheSampleCorpusAndOut() throws Exception {
    ChorusOptions o = ChorusOptions.parse();
    assertEquals(List.of("data/sample"), o.inputs());
    assertEquals("out", o.output());
    assertNull(o.master(), "the master is left to spark-submit unless given");
    assertEquals(ChorusOptions.Command.ALL, o.command());
    assertFalse(o.append());
  }

  @Test
  void aCommandWordComesFirstAndAnalyzeReadsNoInput() throws Exception {
    assertEquals(ChorusOptions.Command.CLEAN, ChorusOptions.parse("clean", "--input", "a").command());
    assertTrue(ChorusOptions.parse("all", "--append").append());
    ChorusOptions analyze = ChorusOptions.parse("analyze", "--output", "o");
    assertEquals(ChorusOptions.Command.ANALYZE, analyze.command());
    assertEquals(List.of(), analyze.inputs(), "no default input for analyze");
    var e = assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse("analyze", "--input", "a"));
    assertTrue(e.getMessage().startsWith("analyze reads the tables under --output"), e.getMessage());
    assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse("analyze", "--append"));
    assertEquals("unknown command: analyse (expected all, clean or analyze)",
        assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse("analyse")).getMessage());
  }

  @Test
  void acceptsTheMasterUrlsSparkKnows() throws Exception {
    for (String url : List.of("local", "local[2]", "local[*]", "local[4,3]", "local-cluster[2, 1, 1024]",
        "spark://host:7077", "yarn", "k8s://https://api:6443", "mesos://m:5050")) {
      assertEquals(url, ChorusOptions.parse("--master", url).master());
    }
  }

  @Test
  void rejectsAnUnknownOrMalformedMasterBeforeAnySparkStarts() {
    for (String url : List.of("foo://x", "local[0]", "local[two]", "spark:/host", "yarn-cluster", "loca")) {
      var e = assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse("--master", url), url);
      assertTrue(e.getMessage().startsWith("unknown master URL: " + url + " (expected local"), e.getMessage());
    }
  }

  @Test
  void takesRepeatedInputsAndEveryOption() throws Exception {
    ChorusOptions o = ChorusOptions.parse("--input", "a", "--input", "b/*.html", "--output", "o",
        "--master", "local[2]", "--source-map", "m.tsv", "--source-from-folder");
    assertEquals(List.of("a", "b/*.html"), o.inputs());
    assertEquals("o", o.output());
    assertEquals("local[2]", o.master());
    assertEquals("m.tsv", o.sourceMap());
    assertTrue(o.sourceFromFolder());
  }

  @Test
  void rejectsAnUnknownArgumentByName() {
    var e = assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse("--inptu", "x"));
    assertEquals("unknown argument: --inptu", e.getMessage());
  }

  @Test
  void rejectsAFlagWithoutItsValue() {
    var e = assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse("--output"));
    assertEquals("--output needs a value", e.getMessage());
    assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse("--input", "--output", "x"));
  }
}
