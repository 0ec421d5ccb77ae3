package dev.chorus.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class NamedRowTest {

  private static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType, false).add("title", DataTypes.StringType, true)
      .add("bytes", DataTypes.LongType, false);

  @Test
  void fieldsLandInTheSchemasOrderWhateverOrderTheyAreSetIn() {
    Row r = NamedRow.of(SCHEMA).set("bytes", 12L).set("id", "a1").build();
    assertEquals("a1", r.getString(0));
    assertTrue(r.isNullAt(1), "an unset nullable field is null");
    assertEquals(12L, r.getLong(2));
  }

  @Test
  void anUnknownFieldOrAMissingRequiredOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> NamedRow.of(SCHEMA).set("titel", "x"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> NamedRow.of(SCHEMA).set("id", "a1").build());
    assertEquals("field bytes may not be null", e.getMessage());
  }
}
