package dev.chorus.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrustStageTest {

  private static final StructType PROVIDES = new StructType()
      .add("source", DataTypes.StringType).add("cluster_id", DataTypes.StringType);
  private static final StructType OPPOSES = new StructType()
      .add("cluster_id", DataTypes.StringType).add("other", DataTypes.StringType);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /**
   * Reliable A and B are corroborated by F, G and H on four questions where unreliable C, D and E
   * are contradicted. On the last question only A and B (value "y") face C, D and E (value "x"):
   * the majority says x, TruthFinder says y.
   */
  @Test
  void trustedSourcesOutweighAMajorityOfSourcesTheCorpusContradicts() {
    List<Row> provides = new ArrayList<>();
    List<Row> opposes = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      for (String s : List.of("A", "B", "F", "G", "H")) {
        provides.add(RowFactory.create(s, "q" + q + "-true"));
      }
      for (String s : List.of("C", "D", "E")) {
        provides.add(RowFactory.create(s, "q" + q + "-false"));
      }
      opposes.add(RowFactory.create("q" + q + "-true", "q" + q + "-false"));
      opposes.add(RowFactory.create("q" + q + "-false", "q" + q + "-true"));
    }
    List.of("A", "B").forEach(s -> provides.add(RowFactory.create(s, "q5-y")));
    List.of("C", "D", "E").forEach(s -> provides.add(RowFactory.create(s, "q5-x")));
    opposes.add(RowFactory.create("q5-y", "q5-x"));
    opposes.add(RowFactory.create("q5-x", "q5-y"));
    Dataset<Row> p = spark.createDataFrame(provides, PROVIDES);
    Dataset<Row> o = spark.createDataFrame(opposes, OPPOSES);

    long majorityForX = p.filter("cluster_id = 'q5-x'").count();
    long majorityForY = p.filter("cluster_id = 'q5-y'").count();
    assertTrue(majorityForX > majorityForY, "a plain majority vote picks x");

    TrustStage.Result result = TrustStage.run(p, o);
    Map<String, Double> confidence = result.confidence().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getDouble(1)));
    assertTrue(confidence.get("q5-y") > confidence.get("q5-x"), "TruthFinder picks y: " + confidence);
    Map<String, Double> trust = result.trust().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getDouble(1)));
    assertTrue(trust.get("A") > trust.get("C"), "trust: " + trust);

    Row c = TrustStage.table(result, p, o).filter("source = 'C'").first();
    assertEquals(5, c.<Integer>getAs("n_claims"));
    assertEquals(5, c.<Integer>getAs("n_contradicted"), "C lost every conflict");
    assertEquals(0, c.<Integer>getAs("n_exclusive"));
  }
}
