package dev.chorus.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import dev.chorus.tables.Schemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.PartitioningAwareFileIndex;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Lists and reads the input files through Spark's own binaryFile source, so that every Hadoop
 * path (file://, hdfs://, s3a://) works alike and the listing runs in Spark, not in a driver-side
 * file walk (local folders are walked once more, for the links Spark's listing drops). Each file keeps its path relative to the input root it was found under: that, not
 * the absolute path, is its identity, so moving a corpus does not change its ids.
 */
public final class InputFiles {

  private static final StructType EMPTY_FILE = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("length", DataTypes.LongType, false);

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

  /** How many files {@link #read} lists and their bytes. */
  public record Totals(long files, long bytes) {}

  /** The files {@link #read} lists and their bytes (one small Spark job over the listing). */
  public static Totals totals(Dataset<Row> files) {
    Row total = files.agg(org.apache.spark.sql.functions.count(lit(1)), org.apache.spark.sql.functions.sum("bytes"))
        .first();
    return new Totals(total.getLong(0), total.isNullAt(1) ? 0 : total.getLong(1));
  }

  /**
   * One row per file: path, rel_path, bytes (schema {@link Schemas#FILES}). Only the listing is
   * taken from binaryFile: selecting no {@code content} column means Spark never reads the bytes
   * (nor enforces its 2 GB {@code binaryFile.maxLength}); ingest streams each file itself.
   */
  public static Dataset<Row> read(SparkSession spark, List<Root> roots) {
    String[] paths = roots.stream().map(Root::qualified).toArray(String[]::new);
    Dataset<Row> scanned = spark.read()
        .format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(paths);
    Dataset<Row> files = scanned.select("path", "length")
        .unionByName(emptyFiles(spark, scanned))
        .unionByName(spark.createDataFrame(unresolvableLinks(roots), EMPTY_FILE));
    if (paths.length > 1) {
      // overlapping inputs (a folder and a glob inside it) must not read a file twice
      files = files.dropDuplicates("path");
    }
    // checkpointed: the rows move to the executors, and the driver lets go of Spark's file index,
    // which holds every file's status (about 750 bytes a file) for as long as a plan refers to it
    return files.select(
        col("path"),
        relativePath(col("path"), roots).as("rel_path"),
        col("length").as("bytes")).localCheckpoint();
  }

  /**
   * Spark's file scans skip zero-byte files, so they would vanish without a trace; they are taken
   * from the listing Spark has already made on the driver (no second walk) and added back.
   */
  static Dataset<Row> emptyFiles(SparkSession spark, Dataset<Row> scanned) {
    List<Row> empty = new ArrayList<>();
    scala.collection.Iterator<LogicalPlan> leaves = scanned.queryExecution().analyzed().collectLeaves().iterator();
    while (leaves.hasNext()) {
      if (leaves.next() instanceof LogicalRelation relation
          && relation.relation() instanceof HadoopFsRelation fsRelation
          && fsRelation.location() instanceof PartitioningAwareFileIndex index) {
        for (FileStatus status : JavaConverters.seqAsJavaList(index.allFiles())) {
          if (status.getLen() == 0) {
            empty.add(RowFactory.create(status.getPath().toString(), 0L));
          }
        }
      }
    }
    return spark.createDataFrame(empty, EMPTY_FILE);
  }

  /**
   * Symbolic links under a local folder root that resolve to nothing (dangling, or a loop). Hadoop's
   * listing drops them without a word; listed here, ingest fails to open them and reports them as
   * {@code unreadable} with the file system's reason. Only local folders have such links, and their
   * walk reads directory entries, not files: names Hadoop hides ({@code _x}, {@code .x}) stay hidden.
   */
  static List<Row> unresolvableLinks(List<Root> roots) {
    List<Row> links = new ArrayList<>();
    for (Root root : roots) {
      URI uri = new Path(root.qualified()).toUri();
      if (!"file".equals(uri.getScheme()) || hasGlobChar(uri.getPath())) {
        continue;
      }
      java.nio.file.Path folder = Paths.get(uri);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(java.nio.file.Path dir,
              BasicFileAttributes attrs) {
            return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(java.nio.file.Path file,
              BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink() && !hidden(file) && !Files.exists(file)) {
              links.add(RowFactory.create(new Path(file.toUri()).toString(), 0L));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) {
            // an unreadable folder: Hadoop's listing has already failed or skipped it
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + folder, e);
      }
    }
    return links;
  }

  private static boolean hidden(java.nio.file.Path p) {
    String name = p.getFileName().toString();
    return name.startsWith("_") || name.startsWith(".");
  }

  /**
   * The path after the folder all roots share. With one root that is the root itself; with several
   * it is their common ancestor, so two roots' "index.html" files keep distinct identities.
   */
  static Column relativePath(Column path, List<Root> roots) {
    String base = commonBase(roots.stream().map(Root::base).toList());
    String prefix = base.endsWith("/") ? base : base + "/";
    Column rel = when(path.startsWith(prefix), substring(path, prefix.length() + 1, Integer.MAX_VALUE)).otherwise(path);
    return when(length(rel).equalTo(lit(0)), path).otherwise(rel);
  }

  static String commonBase(List<String> bases) {
    String common = bases.get(0);
    for (String b : bases) {
      while (!(b.equals(common) || b.startsWith(common.endsWith("/") ? common : common + "/"))) {
        int slash = common.lastIndexOf('/');
        if (slash <= 0) {
          return "";
        }
        common = common.substring(0, slash);
      }
    }
    return common;
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
