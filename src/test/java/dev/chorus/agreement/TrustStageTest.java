package dev.chorus.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.JobCounter;
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

  /** One round by hand: a fact nobody else tests keeps the prior trust, and its confidence follows. */
  @Test
  void anUntestedSourceKeepsThePriorAndItsFactTheLogisticOfItsScore() {
    Dataset<Row> p = spark.createDataFrame(List.of(RowFactory.create("A", "only-a")), PROVIDES);
    Dataset<Row> o = spark.createDataFrame(List.of(), OPPOSES);
    TrustStage.Result result = TrustStage.run(p, o);
    assertEquals(TrustStage.INITIAL_TRUST, result.trust().first().getDouble(1));
    double score = -Math.log(1 - TrustStage.INITIAL_TRUST);
    assertEquals(1 / (1 + Math.exp(-TrustStage.GAMMA * score)), result.confidence().first().getDouble(1), 1e-12);
  }

  /** Trust and confidence are sums of doubles: they must not depend on how Spark splits the rows. */
  @Test
  void resultsAreTheSameBitForBitWhateverThePartitioning() {
    List<Row> provides = new ArrayList<>();
    List<Row> opposes = new ArrayList<>();
    for (int q = 0; q < 60; q++) {
      for (int s = 0; s < 9; s++) {
        if ((q * 7 + s * 3) % 5 != 0) {
          provides.add(RowFactory.create("S" + s, "q" + q + (s % 3 == 0 ? "-b" : "-a")));
        }
      }
      opposes.add(RowFactory.create("q" + q + "-a", "q" + q + "-b"));
      opposes.add(RowFactory.create("q" + q + "-b", "q" + q + "-a"));
    }
    Dataset<Row> p = spark.createDataFrame(provides, PROVIDES);
    Dataset<Row> o = spark.createDataFrame(opposes, OPPOSES);
    TrustStage.Result one = TrustStage.run(p.repartition(1), o.repartition(1));
    TrustStage.Result many = TrustStage.run(p.repartition(7), o.repartition(5));
    assertEquals(sorted(one.trust()), sorted(many.trust()));
    assertEquals(sorted(one.confidence()), sorted(many.confidence()));
    assertEquals(9, one.trust().count());
    assertTrue(one.trust().collectAsList().stream().anyMatch(r -> r.getDouble(1) != TrustStage.INITIAL_TRUST),
        "trust moved from the prior");
  }

  /**
   * The rounds run on the driver when the facts are few and on Spark when they are many: the same
   * trust and confidences, bit for bit, either way (and the driver's rounds are no Spark jobs).
   */
  @Test
  void roundsOnTheDriverGiveWhatRoundsOnSparkGive() {
    List<Row> provides = new ArrayList<>();
    List<Row> opposes = new ArrayList<>();
    for (int q = 0; q < 40; q++) {
      for (int s = 0; s < 7; s++) {
        if ((q * 5 + s * 2) % 4 != 0) {
          provides.add(RowFactory.create("S" + s, "q" + q + (s % 3 == 1 ? "-b" : "-a")));
        }
      }
      opposes.add(RowFactory.create("q" + q + "-a", "q" + q + "-b"));
      opposes.add(RowFactory.create("q" + q + "-b", "q" + q + "-a"));
    }
    Dataset<Row> p = spark.createDataFrame(provides, PROVIDES);
    Dataset<Row> o = spark.createDataFrame(opposes, OPPOSES);
    JobCounter jobs = JobCounter.on(spark);
    TrustStage.Result onDriver = TrustStage.run(p, o, TrustStage.LOCAL_FACTS);
    long driverJobs = jobs.count();
    TrustStage.Result onSpark = TrustStage.run(p, o, 0);
    long sparkJobs = jobs.count() - driverJobs;
    jobs.stop();
    assertEquals(sorted(onSpark.trust()), sorted(onDriver.trust()));
    assertEquals(sorted(onSpark.confidence()), sorted(onDriver.confidence()));
    assertTrue(onDriver.trust().collectAsList().stream().anyMatch(r -> r.getDouble(1) != TrustStage.INITIAL_TRUST),
        "trust moved from the prior");
    assertTrue(driverJobs <= 4, "facts built and collected in at most 4 jobs, not one per round: " + driverJobs);
    assertTrue(sparkJobs > driverJobs, "the Spark path runs a job per round: " + sparkJobs + " vs " + driverJobs);
  }

  private static List<String> sorted(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(r -> r.getString(0) + "=" + Double.toHexString(r.getDouble(1)))
        .sorted().toList();
  }
}
