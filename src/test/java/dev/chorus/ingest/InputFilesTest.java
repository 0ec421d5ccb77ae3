package dev.chorus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chorus.testing.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  private static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkTestSession.start();
    write("corpus/herald/a.txt", "Story A.");
    write("corpus/herald/b.html", "<html><body><p>Story B.</p></body></html>");
    write("corpus/post/c.txt", "Story C.");
    write("corpus/post/empty.txt", "");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static void write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static Map<String, Long> relPathsAndSizes(String... inputs) {
    List<InputFiles.Root> roots = InputFiles.resolve(spark.sparkContext().hadoopConfiguration(), List.of(inputs));
    return InputFiles.read(spark, roots).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("rel_path"), r -> r.<Long>getAs("bytes")));
  }

  @Test
  void aFolderIsReadRecursivelyWithPathsRelativeToIt() {
    assertEquals(Map.of("herald/a.txt", 8L, "herald/b.html", 41L, "post/c.txt", 8L, "post/empty.txt", 0L),
        relPathsAndSizes(dir.resolve("corpus").toString()));
  }

  @Test
  void aGlobIsRelativeToItsFolderAndASingleFileToItsParent() {
    assertEquals(Map.of("herald/a.txt", 8L, "post/c.txt", 8L), relPathsAndSizes(dir.resolve("corpus/*/?.txt").toString()));
    assertEquals(Map.of("c.txt", 8L), relPathsAndSizes(dir.resolve("corpus/post/c.txt").toString()));
  }

  @Test
  void overlappingInputsReadEachFileOnce() {
    Map<String, Long> files = relPathsAndSizes(dir.resolve("corpus").toString(), dir.resolve("corpus/herald").toString());
    assertEquals(4, files.size());
  }

  @Test
  void severalRootsArePathedFromTheirCommonFolderSoSameNamesStayDistinct() {
    assertEquals(java.util.Set.of("herald/a.txt", "herald/b.html", "post/c.txt", "post/empty.txt"),
        relPathsAndSizes(dir.resolve("corpus/herald").toString(), dir.resolve("corpus/post").toString()).keySet());
  }

  @Test
  void theCommonBaseStopsAtAFolderBoundary() {
    assertEquals("file:/d/news", InputFiles.commonBase(List.of("file:/d/news/2024", "file:/d/news/2025", "file:/d/news")));
    assertEquals("file:/d", InputFiles.commonBase(List.of("file:/d/news", "file:/d/newsroom")));
  }

  @Test
  void anInputThatMatchesNothingIsNamed() {
    String missing = dir.resolve("corpus/nowhere/*.txt").toString();
    var e = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.resolve(spark.sparkContext().hadoopConfiguration(), List.of(missing)));
    assertEquals("input path does not exist: " + missing, e.getMessage());
  }

  @Test
  void fifosDevicesAndSocketsAreListedWithTheirTypeOnceWithoutBeingOpened() throws Exception {
    Path special = Files.createDirectories(dir.resolve("special"));
    Files.writeString(special.resolve("story.txt"), "Story.");
    Path fifo = special.resolve("pipe");
    // a FIFO without a writer: opening it for reading would block the run for ever
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Files.createSymbolicLink(special.resolve("zeros"), Path.of("/dev/zero"));
    try (var socket = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      socket.bind(java.net.UnixDomainSocketAddress.of(special.resolve("sock")));
      List<InputFiles.Root> roots = InputFiles.resolve(spark.sparkContext().hadoopConfiguration(),
          List.of(special.toString()));
      Map<String, String> types = new java.util.TreeMap<>();
      for (Row r : InputFiles.read(spark, roots).collectAsList()) {
        String previous = types.put(r.getAs("rel_path"), String.valueOf(r.<String>getAs("not_regular")));
        assertEquals(null, previous, r.getAs("rel_path") + " listed once");
      }
      assertEquals(Map.of(
          "story.txt", "null",
          "pipe", "a FIFO (named pipe)",
          "zeros", "a character device (symbolic link to /dev/zero)",
          "sock", "a socket"), types);
    }
  }

  @Test
  void aGlobOrASingleFileNamingAFifoFindsItToo() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("fifo-only"));
    Path fifo = folder.resolve("feed.txt");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    for (String input : List.of(fifo.toString(), folder.resolve("*.txt").toString())) {
      List<InputFiles.Root> roots = InputFiles.resolve(spark.sparkContext().hadoopConfiguration(), List.of(input));
      List<Row> rows = InputFiles.read(spark, roots).collectAsList();
      assertEquals(1, rows.size(), input);
      assertEquals("a FIFO (named pipe)", rows.get(0).getAs("not_regular"), input);
    }
  }
}
