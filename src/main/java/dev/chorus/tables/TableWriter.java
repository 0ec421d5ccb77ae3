package dev.chorus.tables;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a run's tables as Parquet folders under one path (any Hadoop path; a run's staging
 * folder, see {@link OutputFolder}). Rows are sorted by the table's key, so a rerun on the same
 * input writes the same rows in the same order.
 */
public final class TableWriter {

  private final String outputDir;

  public TableWriter(String outputDir) {
    this.outputDir = outputDir.endsWith("/") ? outputDir.substring(0, outputDir.length() - 1) : outputDir;
  }

  public String root() {
    return outputDir;
  }

  public String path(String table) {
    return outputDir + "/" + table;
  }

  /**
   * Replaces {@code table} with {@code rows}, holding exactly {@code schema}'s columns, sorted by {@code keys}.
   *
   * @return the rows written (-1 if Spark did not report them)
   */
  public long write(String table, Dataset<Row> rows, StructType schema, String... keys) {
    // counted as they are checkpointed: the checkpoint is the first action on them
    Observed counted = Observed.of(rows.select(Schemas.columns(schema)));
    // checkpointed first: the sort samples its input to plan its ranges, which would otherwise
    // compute the whole upstream (e.g. the Spark NLP pipeline) a second time
    counted.rows()
        .localCheckpoint()
        .orderBy(sortKeys(keys))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(path(table));
    return counted.count();
  }

  /**
   * Like {@link #write}, for rows that arrive hash-partitioned by their key (the nlp stage's
   * sentences): each partition is sorted, not the whole table. A global sort samples its input to
   * plan its ranges, so the whole upstream must be checkpointed first, and then shuffles every row
   * once more. The same input and partition count still write the same rows to the same files.
   *
   * @return the rows written (-1 if Spark did not report them)
   */
  public long writeSortedPartitions(String table, Dataset<Row> rows, StructType schema, String... keys) {
    Observed counted = Observed.of(rows.select(Schemas.columns(schema)));
    counted.rows()
        .sortWithinPartitions(sortKeys(keys))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(path(table));
    return counted.count();
  }

  private static Column[] sortKeys(String... keys) {
    return Arrays.stream(keys).map(k -> col(k).asc_nulls_first()).toArray(Column[]::new);
  }
}
