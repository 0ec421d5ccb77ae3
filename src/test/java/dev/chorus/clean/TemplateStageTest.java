package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chorus.tables.Schemas;
import dev.chorus.testing.SparkTestSession;
import dev.chorus.util.Ids;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TemplateStageTest {

  private static final String PROMPT = "Sign up for The Morning Brief, our free daily newsletter.";
  private static final String QUOTE = "“The talks were frank and useful,” the aide said.";
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Row page(String id, String source, String... paragraphs) {
    String body = String.join("\n\n", paragraphs);
    return RowFactory.create(id, null, "file:/c/" + id, null, source, "page", null, null, null, null, body, null,
        "ok", null, 100L, null, "UTF-8", "utf8", 10, null, null);
  }

  private static Map<String, Row> run(List<Row> pages) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : TemplateStage.removeTemplates(spark.createDataFrame(pages, Schemas.CLEANED)).collectAsList()) {
      out.put(r.getAs("article_id"), r);
    }
    return out;
  }

  @Test
  void aParagraphInMostPagesOfOneOutletIsRemovedAndCounted() {
    List<Row> pages = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      pages.add(page("h" + i, "Herald", "Story " + i + " begins here.", PROMPT, "Story " + i + " ends here."));
    }
    Map<String, Row> out = run(pages);
    assertEquals("Story 1 begins here.\n\nStory 1 ends here.", out.get("h1").getAs("body"));
    assertEquals(10 + PROMPT.length() + 2, (int) out.get("h1").<Integer>getAs("boilerplate_chars"));
  }

  @Test
  void aSentenceThatAnotherOutletAlsoCarriesIsNeverTemplate() {
    List<Row> pages = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      pages.add(page("h" + i, "Herald", "Story " + i + ".", QUOTE));
    }
    pages.add(page("p1", "Post", "Post story.", QUOTE));
    Map<String, Row> out = run(pages);
    assertEquals("Story 2.\n\n" + QUOTE, out.get("h2").getAs("body"));
  }

  @Test
  void aParagraphInFewPagesOfItsOutletStays() {
    List<Row> pages = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      pages.add(i <= 3 ? page("h" + i, "Herald", "Story " + i + ".", "The valley has been disputed since 2019.")
          : page("h" + i, "Herald", "Story " + i + "."));
    }
    assertEquals("Story 1.\n\nThe valley has been disputed since 2019.", run(pages).get("h1").getAs("body"));
  }

  @Test
  void aPageOfOnlyTemplateBecomesANoArticleRejectAndBodyHashesAreSet() {
    List<Row> pages = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      pages.add(page("h" + i, "Herald", "Story " + i + ".", PROMPT));
    }
    pages.add(page("h4", "Herald", PROMPT));
    Map<String, Row> out = run(pages);
    assertEquals("no_article", out.get("h4").getAs("reject_reason"));
    assertEquals("rejected", out.get("h4").getAs("status"));
    assertEquals(Ids.of("Story 3."), out.get("h3").getAs("body_hash"), "body_hash is the id hash of the body");
  }
}
