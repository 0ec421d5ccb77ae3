package dev.chorus.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
