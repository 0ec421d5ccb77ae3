package dev.chorus.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.chorus.testing.Languages;
import dev.chorus.testing.SparkTestSession;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageStageTest {

  private static final StructType CLEANED = new StructType()
      .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
      .add("reject_reason", DataTypes.StringType).add("title", DataTypes.StringType)
      .add("body", DataTypes.StringType).add("language", DataTypes.StringType);
  private static final StructType DETECTED = new StructType()
      .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
      .add("language", DataTypes.StringType)
      .add(LanguageStage.CANDIDATES, DataTypes.createArrayType(DataTypes.StringType));
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Map<String, String> languages(Dataset<Row> rows) {
    Map<String, String> byId = new HashMap<>();
    rows.collectAsList().forEach(r -> byId.put(r.getAs("article_id"), r.getAs("language")));
    return byId;
  }

  @Test
  void aHeadlineWithNoBodyTakesTheLanguageOfTheArticlesBesideIt() {
    String headline = "Envoy Marek Halloran told reporters";
    assertNotEquals("en", LanguageDetection.language(headline, null, null), "the premise: alone it is not English");
    Dataset<Row> cleaned = spark.createDataFrame(List.of(
        RowFactory.create("a1", "wire.test", null, "Budget passed", Languages.ENGLISH, null),
        RowFactory.create("a2", "wire.test", null, null, Languages.ENGLISH, null),
        RowFactory.create("a3", "wire.test", null, headline, null, null),
        RowFactory.create("r1", "wire.test", "empty", null, null, null)), CLEANED);
    Dataset<Row> settled = LanguageStage.settle(LanguageStage.detect(cleaned));
    Map<String, String> language = languages(settled);
    assertEquals("en", language.get("a3"));
    assertEquals("en", language.get("a1"));
    assertNull(language.get("r1"), "a reject has no language");
    assertFalse(Arrays.asList(settled.columns()).contains(LanguageStage.CANDIDATES));
  }

  @Test
  void aTieIsBrokenByTheSourceFirstThenTheBatchAndOnlyAmongItsCandidates() {
    Dataset<Row> detected = spark.createDataFrame(List.of(
        RowFactory.create("en1", "a.test", "en", List.of("en")),
        RowFactory.create("en2", "a.test", "en", List.of("en")),
        RowFactory.create("en3", "c.test", "en", List.of("en")),
        RowFactory.create("de1", "b.test", "de", List.of("de")),
        RowFactory.create("de2", "b.test", "de", List.of("de")),
        // b.test writes German: its own clear articles decide, not the batch's English
        RowFactory.create("b-tie", "b.test", "la", List.of("la", "en", "de")),
        // no clear article from d.test or from no source: the batch's language (en 3, de 2)
        RowFactory.create("d-tie", "d.test", "war", List.of("war", "en")),
        RowFactory.create("null-tie", null, "war", List.of("war", "en", "de")),
        // English is no candidate: the detector's first choice stands
        RowFactory.create("a-fr", "a.test", "la", List.of("la", "fr")),
        RowFactory.create("reject", "a.test", null, null)), DETECTED);
    Map<String, String> language = languages(LanguageStage.settle(detected));
    assertEquals("de", language.get("b-tie"));
    assertEquals("en", language.get("d-tie"));
    assertEquals("en", language.get("null-tie"));
    assertEquals("la", language.get("a-fr"));
    assertEquals("de", language.get("de1"));
    assertNull(language.get("reject"));
    assertEquals(10, language.size());
  }
}
