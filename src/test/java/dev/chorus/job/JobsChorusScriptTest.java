package dev.chorus.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jobs/chorus answers --help and --version itself: at once, on stdout, without building or starting Java. */
class JobsChorusScriptTest {

  private static final Path SCRIPT = Path.of("jobs/chorus").toAbsolutePath();

  private record Result(int status, String stdout, String stderr) {}

  // JUnit deletes it after each test: every run used to leave three temporary files in /tmp
  @TempDir Path tmp;

  private Result run(String... args) throws Exception {
    Path out = Files.createTempFile(tmp, "chorus-script", ".out");
    Path err = Files.createTempFile(tmp, "chorus-script", ".err");
    List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    // a PATH of the few tools the script's shell needs, without java and mvn: an answer that
    // built or started the job would fail
    Path bin = Files.createTempDirectory(tmp, "chorus-script-bin");
    for (String tool : List.of("bash", "cat", "sed", "head", "dirname")) {
      Files.createSymbolicLink(bin.resolve(tool), Path.of("/usr/bin", tool).toRealPath());
    }
    builder.environment().put("PATH", bin.toString());
    builder.environment().remove("JAVA_HOME");
    Process p = builder.start();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "jobs/chorus " + String.join(" ", args) + " answered in time");
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void helpPrintsTheJobsOwnUsageOnStdout() throws Exception {
    for (String flag : List.of("--help", "-h")) {
      Result r = run("--input", "x", flag);
      assertEquals(0, r.status(), r.stderr());
      assertEquals(ChorusOptions.USAGE + "\n", r.stdout());
      assertEquals("", r.stderr(), "nothing built");
    }
  }

  @Test
  void versionPrintsThePomsVersion() throws Exception {
    Result r = run("--version");
    assertEquals(0, r.status(), r.stderr());
    assertEquals("chorus " + ChorusOptions.version() + "\n", r.stdout());
  }
}
