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
  void noArgumentsAtAllRunTheDemoOnTheSampleIntoOut() throws Exception {
    for (ChorusOptions o : List.of(ChorusOptions.parse(), ChorusOptions.parse("demo"))) {
      assertTrue(o.demo());
      assertEquals(List.of("data/sample"), o.inputs());
      assertEquals("out", o.output());
      assertNull(o.master(), "the master is left to spark-submit unless given");
      assertEquals(ChorusOptions.Command.ALL, o.command());
      assertFalse(o.append());
      assertEquals(ChorusOptions.Verbosity.NORMAL, o.verbosity());
    }
    ChorusOptions elsewhere = ChorusOptions.parse("demo", "--output", "/tmp/o", "--master", "local[2]", "--quiet");
    assertEquals("/tmp/o", elsewhere.output());
    assertEquals(ChorusOptions.Verbosity.QUIET, elsewhere.verbosity());
    assertFalse(ChorusOptions.parse("--input", "a").demo());
  }

  @Test
  void demoFindsTheSampleWhereJobsChorusSaysItIs() throws Exception {
    String before = System.getProperty(ChorusOptions.SAMPLE_PROPERTY);
    System.setProperty(ChorusOptions.SAMPLE_PROPERTY, "/clone/data/sample");
    try {
      assertEquals(List.of("/clone/data/sample"), ChorusOptions.parse("demo").inputs());
    } finally {
      if (before == null) {
        System.clearProperty(ChorusOptions.SAMPLE_PROPERTY);
      } else {
        System.setProperty(ChorusOptions.SAMPLE_PROPERTY, before);
      }
    }
  }

  @Test
  void withoutDemoAnInputIsRequired() {
    for (String[] args : List.of(new String[] {"--output", "o"}, new String[] {"all"}, new String[] {"clean"},
        new String[] {"--append", "--output", "o"}, new String[] {"--quiet"})) {
      var e = assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse(args), List.of(args)::toString);
      assertEquals("--input is required (or run `chorus demo` to try Chorus on the bundled sample)", e.getMessage());
    }
  }

  @Test
  void theSampleIsNeverAppendedNorMixedWithOtherInputs() {
    var append = assertThrows(ChorusOptions.UsageException.class,
        () -> ChorusOptions.parse("demo", "--append", "--output", "mine"));
    assertTrue(append.getMessage().startsWith("demo never appends"), append.getMessage());
    for (String flag : List.of("--input", "--source-map")) {
      var e = assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse("demo", flag, "x"), flag);
      assertTrue(e.getMessage().startsWith("demo reads the bundled sample corpus"), e.getMessage());
    }
  }

  @Test
  void helpAndVersionAreAnsweredWhateverElseIsGiven() throws Exception {
    var help = assertThrows(ChorusOptions.InfoRequest.class, () -> ChorusOptions.parse("--help"));
    assertEquals(ChorusOptions.USAGE, help.text());
    assertTrue(help.text().startsWith("usage: chorus demo"), help.text());
    assertTrue(help.text().contains("--input PATH") && help.text().contains("--verbose"), help.text());
    assertEquals(ChorusOptions.USAGE,
        assertThrows(ChorusOptions.InfoRequest.class, () -> ChorusOptions.parse("clean", "-h", "--nonsense")).text());
    var version = assertThrows(ChorusOptions.InfoRequest.class, () -> ChorusOptions.parse("--output", "o", "--version"));
    assertEquals("chorus " + ChorusOptions.version(), version.text());
    // the build stamps the pom's version into the classes (resource filtering)
    assertTrue(ChorusOptions.version().matches("\\d+\\.\\d+\\.\\d+.*"), ChorusOptions.version());
  }

  @Test
  void quietAndVerboseExcludeEachOther() throws Exception {
    assertEquals(ChorusOptions.Verbosity.VERBOSE, ChorusOptions.parse("--input", "a", "--verbose").verbosity());
    assertEquals(ChorusOptions.Verbosity.QUIET, ChorusOptions.parse("--input", "a", "-q", "--quiet").verbosity());
    var e = assertThrows(ChorusOptions.UsageException.class,
        () -> ChorusOptions.parse("--input", "a", "--quiet", "--verbose"));
    assertEquals("--quiet and --verbose exclude each other", e.getMessage());
  }

  @Test
  void aCommandWordComesFirstAndAnalyzeReadsNoInput() throws Exception {
    assertEquals(ChorusOptions.Command.CLEAN, ChorusOptions.parse("clean", "--input", "a").command());
    assertTrue(ChorusOptions.parse("all", "--append", "--input", "a").append());
    ChorusOptions analyze = ChorusOptions.parse("analyze", "--output", "o");
    assertEquals(ChorusOptions.Command.ANALYZE, analyze.command());
    assertEquals(List.of(), analyze.inputs(), "no default input for analyze");
    var e = assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse("analyze", "--input", "a"));
    assertTrue(e.getMessage().startsWith("analyze reads the tables under --output"), e.getMessage());
    assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse("analyze", "--append"));
    assertEquals("unknown command: analyse (expected demo, all, clean or analyze)",
        assertThrows(ChorusOptions.UsageException.class, () -> ChorusOptions.parse("analyse")).getMessage());
  }

  @Test
  void acceptsTheMasterUrlsSparkKnows() throws Exception {
    for (String url : List.of("local", "local[2]", "local[*]", "local[4,3]", "local-cluster[2, 1, 1024]",
        "spark://host:7077", "yarn", "k8s://https://api:6443", "mesos://m:5050")) {
      assertEquals(url, ChorusOptions.parse("--master", url, "--input", "a").master());
    }
  }

  @Test
  void rejectsAnUnknownOrMalformedMasterBeforeAnySparkStarts() {
    for (String url : List.of("foo://x", "local[0]", "local[two]", "spark:/host", "yarn-cluster", "loca")) {
      var e = assertThrows(ChorusOptions.UsageException.class,
          () -> ChorusOptions.parse("--input", "a", "--master", url), url);
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
