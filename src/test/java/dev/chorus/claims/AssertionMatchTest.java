package dev.chorus.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chorus.reading.Assertions;
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

  /** Three more sentences of the article on the event's topic, otherwise in words no other sentence uses. */
  private static List<Row> topic(String article, String source, String first, String second, String third) {
    return List.of(assertion(article + "-t1", article, source, "The river flood " + first + "."),
        assertion(article + "-t2", article, source, "The flood of the river " + second + "."),
        assertion(article + "-t3", article, source, "By then the river flood " + third + "."));
  }

  private static Set<String> pairs(List<Row> rows) {
    return AssertionMatch.edges(spark.createDataFrame(rows, CLAIMS)).collectAsList().stream()
        .map(r -> r.getString(0) + "-" + r.getString(1)).collect(Collectors.toSet());
  }

  @Test
  void paraphrasesOfTwoOutletsJoinAndTopicWordsAloneDoNot() {
    List<Row> rows = new java.util.ArrayList<>(List.of(
        assertion("c1", "a1", "outlet-one", "The river flood damaged forty houses near the old mill, officials said."),
        assertion("c2", "a2", "outlet-two", "Officials said forty houses near the mill were damaged as the river flood rose."),
        // shares only the event's topic ("river", "flood", in several sentences of every article)
        assertion("c3", "a3", "outlet-three", "The river flood closed the town school on Monday."),
        // the first outlet again, in another article: an outlet does not confirm itself
        assertion("c4", "a4", "outlet-one", "Forty houses near the mill were damaged by the river flood."),
        // a typed claim is no assertion, however alike its words
        RowFactory.create("c5", "a3", "outlet-three", "e1", "Forty houses near the mill were damaged.", "quantity",
            "40", "c5")));
    rows.addAll(topic("a1", "outlet-one", "reached bakeries", "surprised anglers", "flattened kiosks"));
    rows.addAll(topic("a2", "outlet-two", "worried farmers", "covered orchards", "stranded tourists"));
    rows.addAll(topic("a3", "outlet-three", "swept caravans", "toppled fences", "soaked libraries"));
    rows.addAll(topic("a4", "outlet-one", "drowned sheep", "blocked railways", "uprooted hedges"));
    // outlet one states the fact twice: each of its sentences joins outlet two's, its closest there
    assertEquals(Set.of("c1-c2", "c2-c4"), pairs(rows));
  }

  @Test
  void aFactEveryOutletReportsMeetsThoughItsWordsAreInEveryArticle() {
    // the old rule took a key used by more than half the articles for the topic: it dropped the
    // words of exactly the facts most outlets report
    List<Row> rows = new java.util.ArrayList<>(List.of(
        assertion("c1", "a1", "outlet-one", "Prosecutors opened a criminal case into the collapse on Monday."),
        assertion("c2", "a2", "outlet-two", "A criminal case has been opened by regional prosecutors."),
        assertion("c3", "a3", "outlet-three", "Regional prosecutors said a criminal case was under way.")));
    rows.addAll(topic("a1", "outlet-one", "reached bakeries", "surprised anglers", "flattened kiosks"));
    rows.addAll(topic("a2", "outlet-two", "worried farmers", "covered orchards", "stranded tourists"));
    rows.addAll(topic("a3", "outlet-three", "swept caravans", "toppled fences", "soaked libraries"));
    assertEquals(Set.of("c1-c2", "c1-c3", "c2-c3"), pairs(rows));
  }

  @Test
  void anEventOneOutletReportsHasNoCandidates() {
    List<Row> rows = List.of(
        assertion("c1", "a1", "outlet-one", "The river flood damaged forty houses near the old mill, officials said."),
        assertion("c2", "a2", "outlet-one", "Officials said forty houses near the mill were damaged by the flood."));
    assertEquals(0, AssertionMatch.edges(spark.createDataFrame(rows, CLAIMS)).count());
  }

  @Test
  void aSentenceJoinsOnlyItsClosestInEachOtherOutlet() {
    List<AssertionPairs.Candidate> candidates = List.of(
        // a1 sums up two facts: close to b1 (fact one) and to b2 (fact two) of outlet b
        new AssertionPairs.Candidate("a1", "b1", "one", "two", 0.70),
        new AssertionPairs.Candidate("a1", "b2", "one", "two", 0.60),
        // b2's closest in outlet one is a2, which states fact two alone
        new AssertionPairs.Candidate("a2", "b2", "one", "two", 0.80),
        // a third outlet's sentence is judged on its own
        new AssertionPairs.Candidate("a1", "c1", "one", "three", 0.50));
    Set<String> kept = AssertionPairs.closestPerOutlet(candidates).stream()
        .map(p -> p.a() + "-" + p.b()).collect(Collectors.toSet());
    assertEquals(Set.of("a1-b1", "a2-b2", "a1-c1"), kept);
  }

  @Test
  void tiesGoToTheSmallerClusterWhateverTheOrderOfArrival() {
    List<AssertionPairs.Candidate> candidates = new java.util.ArrayList<>(List.of(
        new AssertionPairs.Candidate("a1", "b2", "one", "two", 0.50),
        new AssertionPairs.Candidate("a1", "b1", "one", "two", 0.50)));
    List<AssertionPairs.Pair> forward = AssertionPairs.closestPerOutlet(candidates);
    java.util.Collections.reverse(candidates);
    assertEquals(forward, AssertionPairs.closestPerOutlet(candidates));
    // a1's closest in outlet two is b1 (the tie's smaller id); b2's closest in outlet one is a1
    assertEquals(List.of(new AssertionPairs.Pair("a1", "b1"), new AssertionPairs.Pair("a1", "b2")), forward);
  }
}
