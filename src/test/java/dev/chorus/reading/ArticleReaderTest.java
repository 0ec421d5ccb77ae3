package dev.chorus.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.text.Mention;
import dev.chorus.text.MentionFinder;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

  private static List<String> forms(String sentence, String name) {
    for (Mention m : MentionFinder.find(sentence)) {
      if (m.text().equals(name)) {
        return ArticleReader.forms(sentence, m, sentence.substring(m.begin(), m.end()));
      }
    }
    throw new AssertionError("no mention " + name + " in " + MentionFinder.find(sentence));
  }

  @Test
  void aTitledNameIsAFormOfTheName() {
    assertEquals(List.of("Marek Holm", "Ostland spokesperson Marek Holm"),
        forms("Ostland spokesperson Marek Holm said talks would go on.", "Marek Holm"));
  }

  @Test
  void aDescriptionInAppositionIsAFormOfTheName() {
    assertEquals(List.of("Marek Holm", "a spokesman for the Ostland government"),
        forms("Marek Holm, a spokesman for the Ostland government, informed journalists.", "Marek Holm"));
  }

  @Test
  void aNameWithoutTitleHasOnlyItsWrittenForm() {
    assertEquals(List.of("Marek Holm"), forms("Marek Holm said talks would go on.", "Marek Holm"));
  }

  @Test
  void aTitleRunningOnIsNoFormOfTheName() {
    assertEquals(List.of("Anna Berg"),
        forms("Marek Holm, serving as a special envoy for former President Anna Berg, arrived.", "Anna Berg"));
    assertEquals(List.of("Arno Pelt"), forms("Arno Pelt, CEO of the Norvane Fund and Holm’s special envoy for trade, "
        + "spoke.", "Arno Pelt"));
  }

  @Test
  void aSentenceJoiningTwoStatementsIsAnAssertionAndSoIsEachClause() {
    String text = "The mill employs 300 people in Dalby and has halted production at the site.";
    // as Spark hands it over: the sentences are a Scala sequence
    Row article = RowFactory.create("a1",
        scala.collection.JavaConverters.asScalaBuffer(List.of(RowFactory.create(0, text, 100))).toSeq(), null);
    List<Row> assertions = new ArrayList<>();
    ArticleReader.claimsOf(article).forEachRemaining(r -> {
      if (Assertions.KIND.equals(r.getString(5))) {
        assertions.add(r);
      }
    });
    assertEquals(List.of(text, "The mill employs 300 people in Dalby", "has halted production at the site."),
        assertions.stream().map(r -> r.getString(8)).toList());
    // offsets in the article's text; every row keeps the whole sentence
    assertEquals(List.of(100, 100, 141), assertions.stream().map(r -> r.getInt(3)).toList());
    assertEquals(List.of(175, 136, 175), assertions.stream().map(r -> r.getInt(4)).toList());
    assertTrue(assertions.stream().allMatch(r -> r.getString(2).equals(text)));
  }

  @Test
  void aReprintedSentenceGivesNoClaimsButIsReadForTheNamesItIntroduces() {
    String reprinted = "Marek Holm, the mayor of Dalby, said 300 people had been evacuated.";
    String added = "\"We will rebuild every house,\" he told our reporter.";
    Row article = RowFactory.create("copy", scala.collection.JavaConverters.asScalaBuffer(List.of(
        RowFactory.create(0, reprinted, 0, true), RowFactory.create(1, added, 70, false))).toSeq(), null);
    List<Row> rows = new ArrayList<>();
    ArticleReader.claimsOf(article).forEachRemaining(rows::add);
    assertTrue(rows.stream().allMatch(r -> r.getInt(1) == 1), "only the added sentence gives claims");
    assertTrue(rows.stream().anyMatch(r -> "Marek Holm".equals(r.getString(12))),
        "the added quote is the reprinted sentence's speaker's: " + rows);
    // the same article with nothing reprinted gives claims of both sentences
    Row whole = RowFactory.create("copy", scala.collection.JavaConverters.asScalaBuffer(List.of(
        RowFactory.create(0, reprinted, 0, false), RowFactory.create(1, added, 70, false))).toSeq(), null);
    List<Row> all = new ArrayList<>();
    ArticleReader.claimsOf(whole).forEachRemaining(all::add);
    assertTrue(all.stream().anyMatch(r -> r.getInt(1) == 0), "the sentence is checkable: " + all);
  }

  @Test
  void aCrossheadRepeatingItsParagraphGivesNoClaimOfItsOwn() {
    String heading = "Mayor: forty homes flooded";
    String paragraph = "Mayor Anna Berg said forty homes were flooded overnight.";
    String other = "Rescue update: 12 boats deployed";
    Row article = RowFactory.create("a1", scala.collection.JavaConverters.asScalaBuffer(List.of(
        RowFactory.create(0, heading, 0, false), RowFactory.create(1, paragraph, 27, false),
        RowFactory.create(2, other, 84, false))).toSeq(), null);
    List<String> typed = new ArrayList<>();
    ArticleReader.claimsOf(article).forEachRemaining(r -> {
      if (!Assertions.KIND.equals(r.getString(5))) {
        typed.add(r.getInt(1) + " " + r.getString(6) + "=" + r.getString(8));
      }
    });
    assertTrue(typed.stream().anyMatch(t -> t.startsWith("1 ") && t.endsWith("=40")), typed.toString());
    assertTrue(typed.stream().noneMatch(t -> t.startsWith("0 ") && t.endsWith("=40")), typed.toString());
    // a heading no paragraph repeats is all the article says of it
    assertTrue(typed.stream().anyMatch(t -> t.startsWith("2 ") && t.endsWith("=12")), typed.toString());
    assertTrue(ArticleReader.heading(heading));
    assertTrue(!ArticleReader.heading(paragraph) && !ArticleReader.heading("\"We will rebuild,\" she said."));
  }

  @Test
  void oneReadGivesTheMentionsAndClaimsOfTheTwoPasses() {
    // a headline (no mentions, but names for the claims), a handle the extractors see blanked, a
    // surname resolved to the full name, a speaker and a role
    List<Row> sentences = List.of(
        RowFactory.create(0, "Ostland Envoy Marek Holm Meets Vesnian Leaders", 0, false),
        RowFactory.create(1, "Ostland envoy Marek Holm met President Ilya Vostrin in Kadrin on Tuesday.", 50, false),
        RowFactory.create(2, "@MarekHolm wrote that the talks lasted three hours.", 130, false),
        RowFactory.create(3, "Holm said the two sides agreed to meet again in May.", 190, false));
    Row article = RowFactory.create("a1", scala.collection.JavaConverters.asScalaBuffer(sentences).toSeq(), "2025-03-04");
    List<String> mentions = new ArrayList<>();
    List<String> claims = new ArrayList<>();
    ArticleReader.readOf(article).forEachRemaining(r -> {
      assertTrue(r.isNullAt(0) != r.isNullAt(1), "a read row is a mention or a claim: " + r);
      (r.isNullAt(0) ? claims : mentions).add((r.isNullAt(0) ? r.getStruct(1) : r.getStruct(0)).toString());
    });
    List<String> apartMentions = new ArrayList<>();
    ArticleReader.mentionsOf(article).forEachRemaining(r -> apartMentions.add(r.toString()));
    List<String> apartClaims = new ArrayList<>();
    ArticleReader.claimsOf(article).forEachRemaining(r -> apartClaims.add(r.toString()));
    assertEquals(apartMentions, mentions);
    assertEquals(apartClaims, claims);
    assertTrue(mentions.stream().anyMatch(m -> m.contains("Holm,Marek Holm")), mentions.toString());
    assertTrue(claims.stream().anyMatch(c -> c.contains("quote:Marek Holm")), claims.toString());
  }
}
