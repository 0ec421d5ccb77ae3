package dev.chorus.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import dev.chorus.tables.Schemas;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Lists and reads the input files through Spark's own binaryFile source, so that every Hadoop
 * path (file://, hdfs://, s3a://) works alike and the listing runs in Spark, not in a driver-side
 * file walk. Each file keeps its path relative to the input root it was found under: that, not
 * the absolute path, is its identity, so moving a corpus does not change its ids.
 */
public final class InputFiles {

  private InputFiles() {}

  /** An input as the user gave it, qualified, with the folder its files' relative paths start at. */
  public record Root(String input, String qualified, String base) {}

  /**
   * Checks that every input exists (a glob must match something) before any work starts.
   *
   * @throws IllegalArgumentException naming the first input that matches nothing
   */
  public static List<Root> resolve(Configuration hadoop, List<String> inputs) {
    List<Root> roots = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(hadoop);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new IllegalArgumentException("input path does not exist: " + input);
        }
        Path qualified = fs.makeQualified(path);
        roots.add(new Root(input, qualified.toString(), baseOf(qualified, matches, fs)));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read input path " + input + ": " + e.getMessage(), e);
      }
    }
    return roots;
  }

  /** One row per file: path, rel_path, bytes, content (schema {@link Schemas#FILES}). */
  public static Dataset<Row> read(SparkSession spark, List<Root> roots) {
    String[] paths = roots.stream().map(Root::qualified).toArray(String[]::new);
    Dataset<Row> files = spark.read()
        .format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(paths);
    if (paths.length > 1) {
      // overlapping inputs (a folder and a glob inside it) must not read a file twice
      files = files.dropDuplicates("path");
    }
    return files.select(
        col("path"),
        relativePath(col("path"), roots).as("rel_path"),
        col("length").as("bytes"),
        col("content"));
  }

  /** The path after its root's base folder; the longest base wins when inputs nest. */
  static Column relativePath(Column path, List<Root> roots) {
    List<String> bases = roots.stream().map(Root::base).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    Column rel = path;
    for (int i = bases.size() - 1; i >= 0; i--) {
      String prefix = bases.get(i).endsWith("/") ? bases.get(i) : bases.get(i) + "/";
      rel = when(path.startsWith(prefix), substring(path, prefix.length() + 1, Integer.MAX_VALUE)).otherwise(rel);
    }
    return when(length(rel).equalTo(lit(0)), path).otherwise(rel);
  }

  private static String baseOf(Path qualified, FileStatus[] matches, FileSystem fs) throws IOException {
    boolean isGlob = !qualified.toString().equals(matches[0].getPath().toString()) || matches.length > 1;
    if (!isGlob && matches[0].isDirectory()) {
      return qualified.toString();
    }
    if (!isGlob) {
      return qualified.getParent().toString();
    }
    Path base = qualified;
    while (base.getParent() != null && hasGlobChar(base.toUri().getPath())) {
      base = base.getParent();
    }
    return base.toString();
  }

  private static boolean hasGlobChar(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }
}
