package dev.chorus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chorus.testing.SparkTestSession;
import dev.chorus.tables.Schemas;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NlpStageTest {

  private static final StructType INPUT = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("body", DataTypes.StringType);

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static List<Row> sentencesOf(String body) {
    Dataset<Row> articles = spark.createDataFrame(List.of(RowFactory.create("a1", body)), INPUT);
    return NlpStage.sentences(articles).orderBy("sentence_idx").collectAsList();
  }

  @Test
  void splitsSentencesWithOffsetsIntoTheBody() {
    String body = "The envoy met the president on Thursday. Talks lasted three hours.";
    List<Row> rows = sentencesOf(body);
    assertEquals(2, rows.size());
    assertEquals(List.of(Schemas.SENTENCES.fieldNames()), List.of(rows.get(0).schema().fieldNames()));
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      assertEquals(i, r.getInt(1));
      assertEquals(r.getString(2), body.substring(r.getInt(3), r.getInt(4)), "offsets point into the body");
    }
    assertEquals("Talks lasted three hours.", rows.get(1).getString(2));
  }

  @Test
  void tokensArePlainStringsWithoutQuoteMarksAndNormalisedTokensDropPunctuationAndCase() {
    Row r = sentencesOf("“We made 12 points,” Halloran said.").get(0);
    assertEquals(List.of("We", "made", "12", "points", ",", "Halloran", "said", "."), r.getList(5));
    assertEquals(List.of("we", "made", "12", "points", "halloran", "said"), r.getList(6));
  }

  @Test
  void aParagraphBreakEndsASentenceEvenWithoutAFullStop() {
    List<Row> rows = sentencesOf("A crosshead without a stop\n\nThe next paragraph begins here.");
    assertEquals(2, rows.size());
    assertEquals("A crosshead without a stop", rows.get(0).getString(2));
  }

  @Test
  void listDetectionDoesNotSplitADateFromItsNumber() {
    List<Row> rows = sentencesOf("They met on April 25. Talks resumed later.");
    assertEquals("They met on April 25.", rows.get(0).getString(2));
    assertEquals(2, rows.size());
  }

  @Test
  void aQuoteBeforeABlankLineStillEndsTheSentenceWithOffsetsIntoTheBody() {
    String body = "Talks went on.\n\nIt was an 'ultimate peace deal.'\n\nShe added that talks go on.";
    List<Row> rows = sentencesOf(body);
    assertEquals(List.of("Talks went on.", "It was an 'ultimate peace deal.'", "She added that talks go on."),
        rows.stream().map(r -> r.getString(2)).toList());
    for (Row r : rows) {
      assertEquals(r.getString(2), body.substring(r.getInt(3), r.getInt(4)));
    }
    // the detector glues "deal.'" to "She" (the blank line dropped), so that one token is lost; the
    // sentence's other tokens are found again in the body and stay with their sentence
    List<String> norm = rows.get(2).getList(6);
    assertEquals(List.of("added", "that", "talks", "go", "on"), norm.subList(norm.size() - 5, norm.size()));
    assertEquals(List.of("it", "was", "an", "ultimate", "peace"), rows.get(1).<String>getList(6).subList(0, 5));
  }

  @Test
  void aClosingQuoteStaysWithItsSentence() {
    List<Row> rows = sentencesOf("“We agreed on 12 points.” Then he left.");
    assertEquals("“We agreed on 12 points.”", rows.get(0).getString(2));
    assertEquals("Then he left.", rows.get(1).getString(2));
    assertEquals(List.of("Then", "he", "left", "."), rows.get(1).getList(5));
  }

  /** Where the detector's own bound splits, in plain text (Spark NLP drops the matched whitespace). */
  private static List<String> split(String text) {
    return List.of(text.split(NlpStage.SENTENCE_END));
  }

  @Test
  void aSentenceEndsAtAStopBeforeACapitalOrADigitAndAfterItsClosingQuote() {
    assertEquals(List.of("It ended.", "Then they left."), split("It ended. Then they left."));
    assertEquals(List.of("“We agree.”", "Then he left."), split("“We agree.” Then he left."));
    assertEquals(List.of("He said so.", "28 people died."), split("He said so. 28 people died."));
    assertEquals(List.of("Why?", "“Because.”"), split("Why? “Because.”"));
  }

  @Test
  void initialsDecimalsAndLowerCaseDoNotEndASentence() {
    assertEquals(1, split("John F. Kennedy spoke.").size());
    assertEquals(1, split("Prices rose 3.5 percent in May.").size());
    assertEquals(1, split("“Why?” he asked.").size());
  }

  /** Tokens as RegexTokenizer makes them from a sentence: the split's pieces, empty ones dropped. */
  private static List<String> tokens(String sentence) {
    return java.util.Arrays.stream(sentence.split(NlpStage.TOKEN_SPLIT)).filter(t -> !t.isEmpty()).toList();
  }

  @Test
  void punctuationAtAWordsEdgesIsATokenOfItsOwnAndInsideAWordItStays() {
    assertEquals(List.of("They", "met", "(", "again", ")", "in", "the", "U.S", "."), tokens("They met (again) in the U.S."));
    assertEquals(List.of("1,200", "people", ",", "O’Brien", "said", ":", "well-known", "!", "?"),
        tokens("1,200 people, O’Brien said: well-known!?"));
    assertEquals(List.of("Was", "it", "'", "ultimate", "'", "?"), tokens("Was it 'ultimate'?"));
  }

  @Test
  void typographicDoubleQuotesAreDroppedAndStraightOnesKept() {
    assertEquals(List.of("We", "agree", ",", "he", "said"), tokens("“We agree,” he said"));
    assertEquals(List.of("Oui", ",", "dit-il"), tokens("«Oui», dit-il"));
    assertEquals(List.of("\"", "We", "agree", ",", "\"", "he", "said"), tokens("\"We agree,\" he said"));
  }
}
