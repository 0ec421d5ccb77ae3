package dev.chorus.tables;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A row of one of {@link Schemas}' types built field by field by name, not by position: a row of
 * twenty fields written positionally breaks silently when a field is added or two are swapped.
 * Unset fields are null; {@link #build()} refuses a row whose non-nullable field is unset.
 */
public final class NamedRow {

  private final StructType schema;
  private final Object[] values;

  private NamedRow(StructType schema) {
    this.schema = schema;
    this.values = new Object[schema.size()];
  }

  /** An empty row of the schema. */
  public static NamedRow of(StructType schema) {
    return new NamedRow(schema);
  }

  /**
   * Sets a field.
   *
   * @throws IllegalArgumentException when the schema has no such field
   */
  public NamedRow set(String field, Object value) {
    values[schema.fieldIndex(field)] = value;
    return this;
  }

  /**
   * The row, in the schema's order.
   *
   * @throws IllegalStateException naming the first non-nullable field left null
   */
  public Row build() {
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      if (values[i] == null && !fields[i].nullable()) {
        throw new IllegalStateException("field " + fields[i].name() + " may not be null");
      }
    }
    return RowFactory.create(values.clone());
  }
}
