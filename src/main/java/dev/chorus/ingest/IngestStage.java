package dev.chorus.ingest;

import dev.chorus.tables.Schemas;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** files → pages: decodes each file's bytes to text, or marks why it cannot be read. */
public final class IngestStage {

  private static final int PATH = Schemas.FILES.fieldIndex("path");
  private static final int REL_PATH = Schemas.FILES.fieldIndex("rel_path");
  private static final int BYTES = Schemas.FILES.fieldIndex("bytes");
  private static final int CONTENT = Schemas.FILES.fieldIndex("content");
  private static final int CONTENT_HASH = Schemas.FILES.fieldIndex("content_hash");

  private IngestStage() {}

  /** {@link Schemas#FILES} rows to {@link Schemas#PAGES} rows; a text or HTML file is one record. */
  public static Dataset<Row> pages(Dataset<Row> files) {
    return files.map((MapFunction<Row, Row>) IngestStage::decodeOne, Encoders.row(Schemas.PAGES));
  }

  static Row decodeOne(Row file) {
    String path = file.getString(PATH);
    String relPath = file.getString(REL_PATH);
    long bytes = file.getLong(BYTES);
    byte[] content = (byte[]) file.get(CONTENT);
    Decoded d = Decoder.decode(path, content);
    return RowFactory.create(path, relPath, bytes, d.charset(), d.html(), d.text(), d.rejectReason(), d.rejectDetail(),
        file.getString(CONTENT_HASH));
  }
}
