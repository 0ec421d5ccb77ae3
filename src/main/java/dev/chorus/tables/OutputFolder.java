package dev.chorus.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder and how a run replaces its tables without ever leaving a half-written one at
 * a published path (any Hadoop file system with atomic directory rename: local, HDFS).
 *
 * <pre>
 *   output/articles, output/sentences, ...     published tables: what readers see
 *   output/_chorus_run.json                    what the run that wrote them did (RunRecord)
 *   output/_staging/RUN/TABLE                  a run's tables while it writes them
 *   output/_staging/RUN/_COMMITTED             all of RUN's tables are complete: publish them
 *   output/_replaced/RUN/TABLE                 tables RUN replaced, deleted once RUN is published
 * </pre>
 *
 * A run writes every table under its staging folder. Only when all are complete does it create
 * {@code _COMMITTED} (one small file, the commit point) and swap each staged table in with two
 * renames (old table out to {@code _replaced}, staged table in). A run killed before the commit
 * point leaves the previous tables untouched and its staging folder is deleted by the next start;
 * a run killed during the swap is rolled forward by the next start, because the commit marker
 * says its tables are complete. Spark, DuckDB and pyarrow skip {@code _}-prefixed folders when
 * they read {@code output/TABLE}, and {@code output/TABLE} is never a staging folder.
 *
 * <p>A run only ever writes into a folder that is new, empty or a Chorus output: one holding the
 * run record, or nothing but tables and the folders above (an output of a run killed before its
 * first publish, or of a version before run records). Anything else may be a user's files, which
 * a mistyped --output must not mix tables into.
 */
public final class OutputFolder {

  static final String STAGING = "_staging";
  static final String REPLACED = "_replaced";
  static final String COMMITTED = "_COMMITTED";
  /** The run record, published with the tables it describes. */
  public static final String RUN_RECORD = "_chorus_run.json";

  private final FileSystem fs;
  private final Path root;

  private OutputFolder(FileSystem fs, Path root) {
    this.fs = fs;
    this.root = root;
  }

  /**
   * Opens the output folder, checks that it is a Chorus output (or new, or empty) and writable,
   * and finishes or discards what an earlier, killed run left behind.
   *
   * @param tables the names of the tables a Chorus output may hold
   * @throws IllegalArgumentException when the folder holds anything else, or cannot be created or
   *     written
   */
  public static OutputFolder open(Configuration hadoop, String output, Collection<String> tables) {
    Path root = new Path(output);
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      OutputFolder folder = new OutputFolder(fs, fs.makeQualified(root));
      folder.checkOwn(tables, output);
      folder.checkWritable();
      folder.recover();
      return folder;
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("output folder is not writable: " + output + " (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The check {@link #open} starts with, alone: nothing is created or changed.
   *
   * @throws IllegalArgumentException when the folder holds anything but a Chorus output
   */
  public static void requireOwn(Configuration hadoop, String output, Collection<String> tables) {
    Path root = new Path(output);
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      new OutputFolder(fs, fs.makeQualified(root)).checkOwn(tables, output);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read output folder " + output + " (" + e.getMessage() + ")", e);
    }
  }

  /** The published path of {@code table}. */
  public String table(String table) {
    return new Path(root, table).toString();
  }

  /** Bytes of the published {@code table}'s files (0 when it has none). */
  public long bytes(String table) {
    try {
      Path path = new Path(root, table);
      return fs.exists(path) ? fs.getContentSummary(path).getLength() : 0;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + table(table), e);
    }
  }

  /** Whether {@code table} has been published (a complete Parquet folder). */
  public boolean has(String table) {
    try {
      return fs.exists(new Path(new Path(root, table), "_SUCCESS"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + table(table), e);
    }
  }

  /** A writer whose tables go to a staging folder of their own, named {@code run}. */
  public TableWriter stage(String run) {
    Path staging = new Path(new Path(root, STAGING), run);
    try {
      if (!fs.mkdirs(staging)) {
        throw new IOException("cannot create " + staging);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("output folder is not writable: " + root + " (" + e.getMessage() + ")", e);
    }
    return new TableWriter(staging.toString());
  }

  /** Stages the run record: {@link #publish} publishes it with the tables. */
  public void stageRecord(TableWriter staged, String json) {
    Path path = new Path(new Path(staged.root()), RUN_RECORD);
    try (OutputStream out = fs.create(path, true)) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + path, e);
    }
  }

  /** The published run record, if there is one. */
  public Optional<String> record() {
    Path path = new Path(root, RUN_RECORD);
    try {
      if (!fs.exists(path)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(path)) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }

  /** Publishes every table {@code staged} wrote: the commit point, then the swap. */
  public void publish(TableWriter staged) {
    Path staging = new Path(staged.root());
    try {
      fs.create(new Path(staging, COMMITTED), false).close();
      swapIn(staging);
    } catch (IOException e) {
      throw new IllegalStateException("publishing " + staging + " failed; the next run finishes it", e);
    }
  }

  /** Refuses a folder that holds anything a Chorus run would not have put there (see the class comment). */
  private void checkOwn(Collection<String> tables, String output) throws IOException {
    if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory() || fs.exists(new Path(root, RUN_RECORD))) {
      return;
    }
    Set<String> own = Set.of(STAGING, REPLACED, RUN_RECORD);
    List<String> foreign = new ArrayList<>();
    for (FileStatus s : fs.listStatus(root)) {
      String name = s.getPath().getName();
      // Hadoop's local file system keeps a checksum file .NAME.crc beside each file it writes
      boolean checksum = name.startsWith(".") && name.endsWith(".crc");
      String of = checksum ? name.substring(1, name.length() - 4) : name;
      if (!own.contains(of) && !(tables.contains(of) && (checksum || s.isDirectory()))) {
        foreign.add(name);
      }
    }
    if (!foreign.isEmpty()) {
      foreign.sort(null);
      throw new IllegalArgumentException("output folder " + output + " is not empty and not a Chorus output: it holds "
          + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
          + (foreign.size() > 3 ? " and " + (foreign.size() - 3) + " more" : "")
          + ". Chorus writes only into a new or empty folder, or one an earlier Chorus run wrote (with "
          + RUN_RECORD + "): give --output another folder");
    }
  }

  private void checkWritable() throws IOException {
    if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
      throw new IllegalArgumentException("output folder is not writable: " + root + " is a file");
    }
    Path probe = new Path(new Path(root, STAGING), "_probe-" + ProcessHandle.current().pid());
    if (!fs.mkdirs(probe.getParent())) {
      throw new IOException("cannot create " + probe.getParent());
    }
    fs.create(probe, true).close();
    fs.delete(probe, false);
  }

  /** Rolls committed runs forward, deletes uncommitted ones and what published runs replaced. */
  void recover() throws IOException {
    Path stagingRoot = new Path(root, STAGING);
    for (Path run : children(stagingRoot)) {
      if (fs.exists(new Path(run, COMMITTED))) {
        swapIn(run);
      } else {
        fs.delete(run, true);
      }
    }
    fs.delete(new Path(root, REPLACED), true);
  }

  /**
   * Moves each staged table to its published path. Idempotent: a table still in staging has not
   * been swapped in yet, so whatever is at its published path is the old one.
   */
  private void swapIn(Path staging) throws IOException {
    Path replaced = new Path(new Path(root, REPLACED), staging.getName());
    for (Path staged : children(staging)) {
      boolean table = !staged.getName().startsWith("_") && fs.getFileStatus(staged).isDirectory();
      if (!table && !staged.getName().equals(RUN_RECORD)) {
        continue;
      }
      Path published = new Path(root, staged.getName());
      if (fs.exists(published)) {
        fs.mkdirs(replaced);
        rename(published, new Path(replaced, staged.getName()));
      }
      rename(staged, published);
    }
    fs.delete(staging, true);
    // one run at a time per output folder, so whatever was replaced is this run's
    fs.delete(replaced.getParent(), true);
  }

  private void rename(Path from, Path to) throws IOException {
    // Hadoop's rename reports most failures by returning false, and moves into an existing folder
    if (fs.exists(to) || !fs.rename(from, to)) {
      throw new IOException("cannot rename " + from + " to " + to);
    }
  }

  private List<Path> children(Path dir) throws IOException {
    List<Path> paths = new ArrayList<>();
    if (fs.exists(dir)) {
      for (FileStatus s : fs.listStatus(dir)) {
        paths.add(s.getPath());
      }
    }
    paths.sort(null);
    return paths;
  }
}
