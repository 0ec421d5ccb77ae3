package dev.chorus.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.HostileInputs;
import dev.chorus.testing.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job in local[2] on inputs built to break it (see {@link HostileInputs}): it must
 * finish, and every file or record must end up in articles or rejects with the expected reason.
 */
class HostileInputsRunTest {

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static HostileInputs inputs;
  private static RunSummary summary;
  private static Map<String, Row> outcomes;

  @BeforeAll
  static void runOnHostileInputs() throws Exception {
    // root reads a chmod 000 file anyway, so the unreadable case only exists for other users
    boolean root = (Integer) Files.getAttribute(tmp, "unix:uid") == 0;
    inputs = new HostileInputs(tmp.resolve("hostile")).writeAll(!root);
    spark = SparkTestSession.start();
    Path out = tmp.resolve("out");
    summary = ChorusJob.run(spark, ChorusOptions.parse("--input", tmp.resolve("hostile").toString(),
        "--output", out.toString()));
    outcomes = new HashMap<>();
    for (String table : List.of("articles", "rejects")) {
      for (Row r : spark.read().parquet(out.resolve(table).toString()).collectAsList()) {
        String path = r.getAs("path");
        Row previous = outcomes.put(path.substring(path.lastIndexOf('/') + 1), r);
        assertTrue(previous == null, path + " is in articles or rejects only once");
      }
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String outcome(Row r) {
    return r.schema().getFieldIndex("reason").isDefined() ? r.getAs("reason") : "article";
  }

  @Test
  void everyFileAndRecordIsAnArticleOrARejectWithTheExpectedReason() {
    Map<String, String> actual = new HashMap<>();
    outcomes.forEach((name, row) -> actual.put(name, outcome(row)));
    assertEquals(inputs.expected(), actual);
    assertEquals(inputs.expected().size(), summary.filesRead());
  }

  @Test
  void symlinksThatLeadNowhereAreUnreadableRejectsThatSayWhy() {
    // Hadoop's listing drops links it cannot resolve; Chorus lists them itself so that none is lost
    for (String link : inputs.unresolvableLinks()) {
      Row reject = outcomes.get(link);
      assertNotNull(reject, link + " is reported");
      assertEquals("unreadable", reject.getAs("reason"), link);
      assertTrue(reject.<String>getAs("detail").contains(link), link + ": " + reject.getAs("detail"));
    }
  }

  @Test
  void filesThatAreNoRegularFileAreUnreadableRejectsNamingTheirTypeAndNeverRead() {
    inputs.notRegular().forEach((name, type) -> {
      Row reject = outcomes.get(name);
      assertEquals("unreadable", reject.getAs("reason"), name);
      assertEquals(type + ", not a regular file: not read", reject.getAs("detail"), name);
    });
  }

  @Test
  void undeclaredCharsetsAreDetectedAndOtherLanguagesKeptButNotAnalysed() {
    inputs.otherLanguages().forEach((name, expected) -> {
      Row article = outcomes.get(name);
      assertEquals(expected[1], article.getAs("charset"), name);
      assertEquals(expected[0].equals("UTF-8") ? "utf8" : "detected", article.getAs("charset_source"), name);
      assertEquals(expected[2], article.getAs("language"), name);
      assertTrue(article.<String>getAs("body").contains(expected[3]), name);
      assertNull(article.getAs("event_id"), name + " is not analysed");
    });
    assertEquals(Map.of("ru", 1L, "ja", 1L, "zh", 1L, "de", 1L), summary.notAnalysedByLanguage());
    // the English pages are analysed: every one of them is in an event
    outcomes.forEach((name, row) -> {
      if ("article".equals(outcome(row)) && "en".equals(row.getAs("language"))) {
        assertNotNull(row.getAs("event_id"), name);
      }
    });
  }

  @Test
  void recordsThatAreNoPageAreCountedNotRejected() {
    assertEquals(inputs.skipped(), summary.skippedRecords());
  }

  @Test
  void everyRowCarriesTheSha256OfItsBytesExceptWhatCouldNotBeRead() {
    outcomes.forEach((name, row) -> {
      String hash = row.getAs("content_hash");
      // an unreadable file or link, and a damaged record, have no bytes to hash (README: rejects)
      if (outcome(row).equals("unreadable") || outcome(row).equals("corrupt_gzip") && name.contains("#")) {
        assertTrue(hash == null, name + " has no bytes to hash");
        return;
      }
      assertNotNull(hash, name);
      assertTrue(hash.matches("[0-9a-f]{64}"), name + " " + hash);
    });
  }

  @Test
  void theHugeFileAndTheBombAreRefusedBySizeNotRead() {
    Row huge = outcomes.get("huge.html");
    assertTrue(huge.<Long>getAs("bytes") > HostileInputs.HUGE_BYTES);
    assertTrue(huge.<String>getAs("detail").contains("the limit is 67108864"), huge.<String>getAs("detail"));
    assertTrue(outcomes.get("bomb.txt.gz").<String>getAs("detail").startsWith("inflates past 67108864 bytes"));
  }

  @Test
  void warcAndJsonLinePagesNameTheirSourceFromTheirUrlAndKeepTheirMetadata() {
    Row warc = outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("crawl.warc.gz#"))
        .map(Map.Entry::getValue).filter(r -> "article".equals(outcome(r)))
        .filter(r -> "https://www.eastbank-chronicle.test/talks".equals(r.getAs("url")))
        .findFirst().orElseThrow();
    assertEquals("eastbank-chronicle.test", warc.getAs("source"));
    assertEquals("page", warc.getAs("source_evidence"));
    assertEquals("2025-03-07T08:02:00Z", warc.getAs("published"), "the capture date stands in for a missing date");
    Row json = outcomes.get("news.jsonl#line=1");
    assertEquals("tidewater.test", json.getAs("source"));
    assertEquals("JSON first", json.getAs("title"));
    assertEquals("Jonas Wrede", json.getAs("byline"));
    assertEquals("2025-03-06T19:30:00", json.getAs("published"));
    assertTrue(json.<String>getAs("body").contains("json-first reconstruction plan"));
    assertEquals(0, json.<Integer>getAs("boilerplate_chars"));
  }

  @Test
  void aRunWhoseEveryInputIsRejectedStillPublishesEveryTable() throws Exception {
    Path bad = Files.createDirectories(tmp.resolve("only-bad"));
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    Files.write(bad.resolve("binary.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    Path out = tmp.resolve("only-bad-out");
    RunSummary s = ChorusJob.run(spark, ChorusOptions.parse("--input", bad.toString(), "--output", out.toString()));
    assertEquals(0, s.articles());
    assertEquals(Map.of("binary", 1L, "empty", 1L), s.rejectsByReason());
    for (String table : ChorusJob.TABLES) {
      assertTrue(Files.isDirectory(out.resolve(table)), table);
      if (!table.equals("rejects")) {
        assertEquals(0, spark.read().parquet(out.resolve(table).toString()).count(), table);
      }
    }
  }
}
