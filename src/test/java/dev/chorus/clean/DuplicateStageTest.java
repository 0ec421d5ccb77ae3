package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.SparkTestSession;
import dev.chorus.util.Ids;
import java.util.ArrayList;
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

class DuplicateStageTest {

  private static final StructType ARTICLES = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("body", DataTypes.StringType)
      .add("body_hash", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("status", DataTypes.StringType)
      .add("duplicate_of", DataTypes.StringType);

  private static final List<String> WIRE = List.of(
      "The envoy and the president met for more than four hours in the harbour city on Friday, officials said.",
      "It was their second meeting in three weeks and the first outside the capital, according to the agency.",
      "The two men discussed the sequencing of the twelve point plan and the release of detainees held since spring.",
      "We made real progress today on the sequencing of the plan, the envoy told reporters after the talks ended.",
      "The chancellor said earlier this week she would consider meeting the president herself if the work bears fruit.",
      "A joint communique is expected on Monday, when both delegations return to their capitals for consultations.");

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Row article(String id, String published, List<String> paragraphs) {
    String body = String.join("\n\n", paragraphs);
    return RowFactory.create(id, body, Ids.of(body), published, "ok", null);
  }

  private static Map<String, String> duplicateOf(List<Row> rows) {
    Map<String, String> out = new HashMap<>();
    for (Row r : DuplicateStage.markDuplicates(spark.createDataFrame(rows, ARTICLES)).collectAsList()) {
      String dup = r.getAs("duplicate_of");
      assertEquals(dup == null ? "ok" : "duplicate", r.getAs("status"));
      out.put(r.getAs("article_id"), dup == null ? "-" : dup);
    }
    return out;
  }

  @Test
  void aReprintWithALocalIntroAndADroppedSentenceIsACopyOfTheEarliest() {
    List<String> withIntro = new ArrayList<>(WIRE);
    withIntro.add(0, "The talks are being watched closely in our town, whose ferry service was suspended last year.");
    List<String> dropped = new ArrayList<>(WIRE);
    dropped.remove(4);
    List<String> other = List.of(
        "Flood waters rose through the night and nineteen people died in the river town, the mayor said on Monday.",
        "Rescue crews in boats searched flooded streets for residents who had climbed onto roofs to escape the water.",
        "We have never seen the water come this fast, the mayor told a press conference in the town hall.");
    Map<String, String> result = duplicateOf(List.of(
        article("reprint-b", "2025-03-29", withIntro),
        article("wire-a", "2025-03-28", WIRE),
        article("reprint-c", null, dropped),
        article("flood", "2025-03-17", other)));
    assertEquals(Map.of("wire-a", "-", "reprint-b", "wire-a", "reprint-c", "wire-a", "flood", "-"), result);
  }

  @Test
  void articlesOnTheSameEventInTheirOwnWordsAreNotCopies() {
    List<String> rewritten = List.of(
        "Officials said the president and the envoy talked for over four hours in the port on Friday.",
        "It was the second such meeting within three weeks, and the first held away from the capital.",
        "According to the envoy, real progress was made on the order in which the plan's points are carried out.",
        "Both delegations are due home on Monday, when a joint statement is expected to be released.");
    Map<String, String> result = duplicateOf(List.of(article("wire", "2025-03-28", WIRE),
        article("rewrite", "2025-03-28", rewritten)));
    assertEquals(Map.of("wire", "-", "rewrite", "-"), result);
  }

  @Test
  void exactCopiesTooShortToShingleStillMatchAndUndatedCopiesLoseToDatedOnes() {
    Map<String, String> result = duplicateOf(List.of(
        article("z-first", "2025-01-02", List.of("Short notice.")),
        article("a-undated", null, List.of("Short notice.")),
        article("m-later", "2025-01-03", List.of("Short notice."))));
    assertEquals(Map.of("z-first", "-", "a-undated", "z-first", "m-later", "z-first"), result);
  }

  /**
   * Without dates, the original is the copy whose text the others hold plus lines of their own: a
   * reprint with a local intro and one with a closing note both point to the bare wire text,
   * though its id sorts last. Two copies that each add a line point to the one with fewer added.
   */
  @Test
  void undatedCopiesPointToTheTextTheOthersContainPlusAdditions() {
    List<String> withIntro = new ArrayList<>(WIRE);
    withIntro.add(0, "The talks are being watched closely in our town, whose ferry service was suspended last year.");
    List<String> withNote = new ArrayList<>(WIRE);
    withNote.add("This story was published under an agreement with the agency and may not be reproduced.");
    Map<String, String> result = duplicateOf(List.of(
        article("a-intro", null, withIntro),
        article("m-note", null, withNote),
        article("z-wire", null, WIRE)));
    assertEquals(Map.of("z-wire", "-", "a-intro", "z-wire", "m-note", "z-wire"), result);

    List<String> longerIntro = new ArrayList<>(withIntro);
    longerIntro.add(1, "Local business owners say the result matters to them more than to anyone else on the coast.");
    assertEquals(Map.of("b-intro", "-", "a-longer", "b-intro"), duplicateOf(List.of(
        article("a-longer", null, longerIntro), article("b-intro", null, withIntro))));
    // a dated copy still comes first, however much of it the others hold
    assertEquals(Map.of("z-wire", "a-intro", "a-intro", "-"), duplicateOf(List.of(
        article("a-intro", "2025-03-29", withIntro), article("z-wire", null, WIRE))));
  }

  /**
   * Sixty reprints of one story, each with its own intro line, are one group around the earliest,
   * and the candidates are a star per bucket, far fewer than the 1,770 pairs of a clique.
   */
  @Test
  void manyReprintsAreOneGroupFromLinearlyManyCandidates() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      List<String> reprint = new ArrayList<>(WIRE);
      reprint.add(0, "Readers of outlet number " + i + " asked us about this story, reported here in full.");
      if (i % 3 == 0) {
        java.util.Collections.swap(reprint, 3, 4);
      }
      rows.add(article(String.format("r%02d", i), String.format("2025-03-%02d", 28 - i % 20), reprint));
    }
    Map<String, String> result = duplicateOf(rows);
    // r19, r39 and r59 are published on the 9th, the earliest; r19 has the smallest id of them
    assertEquals(60, result.size());
    for (Map.Entry<String, String> e : result.entrySet()) {
      assertEquals(e.getKey().equals("r19") ? "-" : "r19", e.getValue(), e.getKey());
    }
    long candidates = DuplicateStage.candidatePairs(DuplicateStage.shingles(spark.createDataFrame(rows, ARTICLES))
        .select("article_id", "shingles")).count();
    // each bucket gives one pair per member; all pairs of the buckets would be nearly 1,770
    assertTrue(candidates < 600, "candidates: " + candidates);
  }
}
