package dev.chorus.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chorus.testing.SparkTestSession;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssertionMatchTest {

  private static final StructType CLAIMS = new StructType()
      .add("claim_id", DataTypes.StringType).add("article_id", DataTypes.StringType)
      .add("source", DataTypes.StringType).add("event_id", DataTypes.StringType)
      .add("sentence", DataTypes.StringType).add("kind", DataTypes.StringType)
      .add("value", DataTypes.StringType).add("cluster_id", DataTypes.StringType);

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Row assertion(String id, String article, String source, String sentence) {
    return RowFactory.create(id, article, source, "e1", sentence, Assertions.KIND, Assertions.normalise(sentence), id);
  }

  @Test
  void paraphrasesOfTwoOutletsMeetAndTopicWordsAloneDoNot() {
    List<Row> rows = List.of(
        assertion("c1", "a1", "outlet-one", "The river flood damaged forty houses near the old mill, officials said."),
        assertion("c2", "a2", "outlet-two", "Officials said forty houses near the mill were damaged as the river flood rose."),
        // shares only the event's topic ("river", "flood", in every article) with the others
        assertion("c3", "a3", "outlet-three", "The river flood closed the town school on Monday."),
        // the first outlet again, in another article: an outlet does not confirm itself
        assertion("c4", "a4", "outlet-one", "Forty houses near the mill were damaged by the river flood."),
        // a typed claim is no assertion, however alike its words
        RowFactory.create("c5", "a3", "outlet-three", "e1", "Forty houses near the mill were damaged.", "quantity",
            "40", "c5"));
    Set<String> pairs = AssertionMatch.candidates(spark.createDataFrame(rows, CLAIMS)).collectAsList().stream()
        .map(r -> r.getString(0) + "-" + r.getString(1)).collect(Collectors.toSet());
    assertEquals(Set.of("c1-c2", "c2-c4"), pairs);
  }

  @Test
  void anEventOneOutletReportsHasNoCandidates() {
    List<Row> rows = List.of(
        assertion("c1", "a1", "outlet-one", "The river flood damaged forty houses near the old mill, officials said."),
        assertion("c2", "a2", "outlet-one", "Officials said forty houses near the mill were damaged by the flood."));
    assertEquals(0, AssertionMatch.candidates(spark.createDataFrame(rows, CLAIMS)).count());
  }
}
