package dev.chorus.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
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
 * file walk (local folders are walked once more, for the links Spark's listing drops and the FIFOs
 * and devices it lists as files). Each file keeps its path relative to the input root it was found under: that, not
 * the absolute path, is its identity, so moving a corpus does not change its ids.
 */
public final class InputFiles {

  private static final StructType EMPTY_FILE = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("length", DataTypes.LongType, false);
  private static final StructType WALKED_FILE = EMPTY_FILE.add("not_regular", DataTypes.StringType, true);
  // file types in st_mode (POSIX sys/stat.h)
  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFSOCK = 0140000;

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
   * One row per file: path, rel_path, bytes, not_regular (schema {@link Schemas#FILES}). Only the
   * listing is taken from binaryFile: selecting no {@code content} column means Spark never reads
   * the bytes (nor enforces its 2 GB {@code binaryFile.maxLength}); ingest streams each file itself.
   */
  public static Dataset<Row> read(SparkSession spark, List<Root> roots) {
    String[] paths = roots.stream().map(Root::qualified).toArray(String[]::new);
    Dataset<Row> scanned = spark.read()
        .format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(paths);
    List<Row> walked = walkLocalRoots(spark.sparkContext().hadoopConfiguration(), roots);
    List<String> notRegular = walked.stream().filter(r -> !r.isNullAt(2)).map(r -> r.getString(0)).toList();
    Dataset<Row> listed = scanned.select("path", "length").unionByName(emptyFiles(spark, scanned, notRegular));
    if (!notRegular.isEmpty()) {
      // Spark lists a FIFO or a device as a file: it is reported once, from the walk, with its type
      listed = listed.filter(not(col("path").isin(notRegular.toArray())));
    }
    Dataset<Row> files = listed.withColumn("not_regular", lit(null).cast(DataTypes.StringType))
        .unionByName(spark.createDataFrame(walked, WALKED_FILE));
    if (paths.length > 1) {
      // overlapping inputs (a folder and a glob inside it) must not read a file twice
      files = files.dropDuplicates("path");
    }
    // checkpointed: the rows move to the executors, and the driver lets go of Spark's file index,
    // which holds every file's status (about 750 bytes a file) for as long as a plan refers to it
    return files.select(
        col("path"),
        relativePath(col("path"), roots).as("rel_path"),
        col("length").as("bytes"),
        col("not_regular")).localCheckpoint();
  }

  /**
   * Spark's file scans skip zero-byte files, so they would vanish without a trace; they are taken
   * from the listing Spark has already made on the driver (no second walk) and added back.
   */
  static Dataset<Row> emptyFiles(SparkSession spark, Dataset<Row> scanned, List<String> except) {
    List<Row> empty = new ArrayList<>();
    scala.collection.Iterator<LogicalPlan> leaves = scanned.queryExecution().analyzed().collectLeaves().iterator();
    while (leaves.hasNext()) {
      if (leaves.next() instanceof LogicalRelation relation
          && relation.relation() instanceof HadoopFsRelation fsRelation
          && fsRelation.location() instanceof PartitioningAwareFileIndex index) {
        for (FileStatus status : JavaConverters.seqAsJavaList(index.allFiles())) {
          if (status.getLen() == 0 && !except.contains(status.getPath().toString())) {
            empty.add(RowFactory.create(status.getPath().toString(), 0L));
          }
        }
      }
    }
    return spark.createDataFrame(empty, EMPTY_FILE);
  }

  /**
   * What Hadoop's listing gets wrong under local roots, found by a walk of directory entries that
   * opens no file: symbolic links that resolve to nothing (dangling, or a loop), which the listing
   * drops (ingest fails to open them and reports them as {@code unreadable} with the file system's
   * reason), and files that are no regular file (FIFOs, devices, sockets, or links to one), which
   * it lists as empty files although reading one may block or never end (they are rows with
   * {@code not_regular} set, which ingest rejects without opening them). Only local file systems
   * have such files; names Hadoop hides ({@code _x}, {@code .x}) stay hidden.
   */
  static List<Row> walkLocalRoots(Configuration hadoop, List<Root> roots) {
    List<Row> rows = new ArrayList<>();
    for (Root root : roots) {
      URI uri = new Path(root.qualified()).toUri();
      if (!"file".equals(uri.getScheme())) {
        continue;
      }
      for (java.nio.file.Path start : localMatches(hadoop, root, uri)) {
        walk(start, rows);
      }
    }
    return rows;
  }

  /** The local paths a root names: itself, or what its glob matches. */
  private static List<java.nio.file.Path> localMatches(Configuration hadoop, Root root, URI uri) {
    if (!hasGlobChar(uri.getPath())) {
      return List.of(Paths.get(uri));
    }
    try {
      Path glob = new Path(root.qualified());
      FileStatus[] matches = glob.getFileSystem(hadoop).globStatus(glob);
      List<java.nio.file.Path> local = new ArrayList<>();
      for (FileStatus m : matches == null ? new FileStatus[0] : matches) {
        local.add(Paths.get(m.getPath().toUri()));
      }
      return local;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root.input(), e);
    }
  }

  private static void walk(java.nio.file.Path start, List<Row> rows) {
    if (!Files.isDirectory(start)) {
      String kind = notRegular(start);
      if (kind != null) {
        rows.add(walked(start, kind));
      }
      return;
    }
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(java.nio.file.Path dir, BasicFileAttributes attrs) {
          return !dir.equals(start) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs) {
          if (hidden(file) || attrs.isRegularFile()) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink() && !Files.exists(file)) {
            rows.add(walked(file, null));
          } else if (attrs.isOther() || attrs.isSymbolicLink()) {
            String kind = notRegular(file);
            if (kind != null) {
              rows.add(walked(file, kind));
            }
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
      throw new UncheckedIOException("cannot list " + start, e);
    }
  }

  private static Row walked(java.nio.file.Path file, String notRegular) {
    return RowFactory.create(new Path(file.toUri()).toString(), 0L, notRegular);
  }

  /**
   * What a file is when it is none of a regular file, a folder or a link to either ("a FIFO", "a
   * character device (symbolic link to /dev/zero)"), from its status alone; null otherwise.
   */
  static String notRegular(java.nio.file.Path file) {
    try {
      BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
      if (!target.isOther()) {
        return null;
      }
      String kind = switch (((Integer) Files.getAttribute(file, "unix:mode")) & S_IFMT) {
        case S_IFIFO -> "a FIFO (named pipe)";
        case S_IFCHR -> "a character device";
        case S_IFBLK -> "a block device";
        case S_IFSOCK -> "a socket";
        default -> "a special file";
      };
      return Files.isSymbolicLink(file) ? kind + " (symbolic link to " + Files.readSymbolicLink(file) + ")" : kind;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no status (vanished) or no unix view: ingest opens it and says what went wrong
      return null;
    }
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
