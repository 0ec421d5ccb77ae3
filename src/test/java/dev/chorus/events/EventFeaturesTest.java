package dev.chorus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.claims.SentenceEmbedder;
import dev.chorus.tables.Schemas;
import dev.chorus.testing.SparkTestSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article columns the pair model reads that come from the real sentence-embedding model. */
class EventFeaturesTest {

  private static final StructType ARTICLES = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, true)
      .add("published", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("body", DataTypes.StringType, true);

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void headlinesThatSayOneThingInOtherWordsHaveAlikeVectors() {
    List<Row> articles = List.of(
        RowFactory.create("quake", "a.example", null, "Earthquake kills eight in mountain province",
            "The earthquake struck at dawn."),
        RowFactory.create("toll", "b.example", null, "Death toll from tremor in the mountains rises to 8",
            "Rescuers searched the villages."),
        RowFactory.create("match", "c.example", null, "City beat United 3-1 to top the league",
            "The home side scored twice."),
        RowFactory.create("untitled", "d.example", null, null, "A page without a headline."));
    Map<String, float[]> vectors = new HashMap<>();
    for (Row r : EventFeatures.build(spark.createDataFrame(articles, ARTICLES),
        spark.createDataFrame(List.of(), Schemas.MENTIONS), spark.createDataFrame(List.of(), Schemas.RAW_CLAIMS))
        .select("article_id", "title_vector").collectAsList()) {
      List<Float> v = r.getList(1);
      float[] out = new float[v.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = v.get(i);
      }
      vectors.put(r.getString(0), out);
    }
    assertEquals(4, vectors.size(), "every article keeps its row");
    assertEquals(384, vectors.get("quake").length);
    double same = SentenceEmbedder.cosine(vectors.get("quake"), vectors.get("toll"));
    double other = SentenceEmbedder.cosine(vectors.get("quake"), vectors.get("match"));
    assertTrue(same > other + 0.2, "one happening in other words " + same + " against another story " + other);
    assertEquals(0.0, SentenceEmbedder.cosine(vectors.get("untitled"), vectors.get("quake")), 1e-9,
        "no headline, no similarity");
  }
}
