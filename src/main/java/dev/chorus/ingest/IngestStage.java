package dev.chorus.ingest;

import dev.chorus.tables.Schemas;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * files → pages: streams each file from its file system and turns it into its records (one for a
 * text or HTML file, one per WARC record or JSON line), decoded to text or marked with why they
 * cannot be read. Records are read lazily, so a multi-GB WARC never sits in memory or in one row.
 */
public final class IngestStage {

  private static final int PATH = Schemas.FILES.fieldIndex("path");
  private static final int REL_PATH = Schemas.FILES.fieldIndex("rel_path");
  private static final int BYTES = Schemas.FILES.fieldIndex("bytes");
  private static final int NOT_REGULAR = Schemas.FILES.fieldIndex("not_regular");

  private IngestStage() {}

  /** {@link Schemas#FILES} rows to {@link Schemas#PAGES} rows, read through {@code files}. */
  public static Dataset<Row> pages(Dataset<Row> fileRows, FileSource files) {
    return fileRows.flatMap((FlatMapFunction<Row, Row>) file -> rows(file, files), Encoders.row(Schemas.PAGES));
  }

  static Iterator<Row> rows(Row file, FileSource files) {
    Iterator<Page> pages = RecordReader.read(file.getString(PATH), file.getString(REL_PATH), file.getLong(BYTES),
        file.getString(NOT_REGULAR), files);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pages.hasNext();
      }

      @Override
      public Row next() {
        return pages.next().toRow();
      }
    };
  }
}
