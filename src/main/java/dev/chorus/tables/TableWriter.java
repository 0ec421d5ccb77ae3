package dev.chorus.tables;

import static org.apache.spark.sql.functions.col;

import dev.chorus.util.OneJob;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a run's tables as Parquet folders under one path (any Hadoop path; a run's staging
 * folder, see {@link OutputFolder}). Rows are sorted by the table's key within each file, so a
 * rerun on the same input writes the same rows in the same order.
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
   * A table written here, read with the schema it was written with: Spark would otherwise read a
   * file's footer to infer it, a Spark job of its own for every read.
   */
  public Dataset<Row> read(SparkSession spark, String table, StructType schema) {
    return spark.read().schema(schema).parquet(path(table));
  }

  /**
   * Replaces {@code table} with {@code rows}, holding exactly {@code schema}'s columns, hash-partitioned
   * by its keys into the session's shuffle partitions and sorted by {@code keys} within each.
   * Not a global sort: that samples its input to plan its ranges, so the upstream had to be
   * checkpointed first (one Spark job), sampled (another) and shuffled; here the table is one
   * shuffle and one write, planned without adaptive execution so that the write and every shuffle
   * before it are one Spark job ({@link OneJob}). The same input and partition count still write
   * the same rows to the same files.
   *
   * @return the rows written (-1 if Spark did not report them)
   */
  public long write(String table, Dataset<Row> rows, StructType schema, String... keys) {
    int partitions = Integer.parseInt(rows.sparkSession().conf().get("spark.sql.shuffle.partitions"));
    Observed counted = Observed.of(rows.select(Schemas.columns(schema)));
    // an explicit partition count: adaptive execution leaves it as it is, so the files do not
    // depend on measured shuffle sizes
    OneJob.run(rows.sparkSession(), () -> {
      counted.rows()
          .repartition(partitions, Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new))
          .sortWithinPartitions(sortKeys(keys))
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(path(table));
      return null;
    });
    return counted.count();
  }

  /**
   * Like {@link #write}, for rows that arrive hash-partitioned by their key (the nlp stage's
   * sentences): each partition is sorted as it is, without the shuffle.
   *
   * @return the rows written (-1 if Spark did not report them)
   */
  public long writeSortedPartitions(String table, Dataset<Row> rows, StructType schema, String... keys) {
    Observed counted = Observed.of(rows.select(Schemas.columns(schema)));
    OneJob.run(rows.sparkSession(), () -> {
      counted.rows()
          .sortWithinPartitions(sortKeys(keys))
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(path(table));
      return null;
    });
    return counted.count();
  }

  private static Column[] sortKeys(String... keys) {
    return Arrays.stream(keys).map(k -> col(k).asc_nulls_first()).toArray(Column[]::new);
  }
}
