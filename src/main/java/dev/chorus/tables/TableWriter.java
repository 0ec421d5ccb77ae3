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

  /** Replaces {@code table} with {@code rows}, holding exactly {@code schema}'s columns, sorted by {@code keys}. */
  public void write(String table, Dataset<Row> rows, StructType schema, String... keys) {
    Column[] sortKeys = Arrays.stream(keys).map(k -> col(k).asc_nulls_first()).toArray(Column[]::new);
    // checkpointed first: the sort samples its input to plan its ranges, which would otherwise
    // compute the whole upstream (e.g. the Spark NLP pipeline) a second time
    rows.select(Schemas.columns(schema))
        .localCheckpoint()
        .orderBy(sortKeys)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(path(table));
  }
}
