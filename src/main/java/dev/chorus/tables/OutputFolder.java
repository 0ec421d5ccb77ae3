package dev.chorus.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 */
public final class OutputFolder {

  static final String STAGING = "_staging";
  static final String REPLACED = "_replaced";
  static final String COMMITTED = "_COMMITTED";

  private final FileSystem fs;
  private final Path root;

  private OutputFolder(FileSystem fs, Path root) {
    this.fs = fs;
    this.root = root;
  }

  /**
   * Opens the output folder, checks that it is writable and finishes or discards what an earlier,
   * killed run left behind.
   *
   * @throws IllegalArgumentException when the folder cannot be created or written
   */
  public static OutputFolder open(Configuration hadoop, String output) {
    Path root = new Path(output);
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      OutputFolder folder = new OutputFolder(fs, fs.makeQualified(root));
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
      if (staged.getName().startsWith("_") || !fs.getFileStatus(staged).isDirectory()) {
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
