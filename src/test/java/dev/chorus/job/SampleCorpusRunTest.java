package dev.chorus.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chorus.testing.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole job in local[2] on the bundled sample corpus (data/README.md says what it holds). */
class SampleCorpusRunTest {

  private static final Path SAMPLE = Path.of("data/sample").toAbsolutePath();
  private static final Path OUT = Path.of("target/sample-run").toAbsolutePath();
  private static SparkSession spark;
  private static RunSummary summary;
  private static Map<String, Row> articlesByFile;

  @BeforeAll
  static void runOnTheSampleCorpus() throws Exception {
    spark = SparkTestSession.start();
    summary = ChorusJob.run(spark, ChorusOptions.parse("--input", SAMPLE.toString(), "--output", OUT.toString()));
    articlesByFile = new HashMap<>();
    for (Row r : table("articles").collectAsList()) {
      articlesByFile.put(fileName(r.getAs("path")), r);
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Dataset<Row> table(String name) {
    return spark.read().parquet(OUT.resolve(name).toString());
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static Row article(String file) {
    Row r = articlesByFile.get(file);
    assertTrue(r != null, file + " is in articles");
    return r;
  }

  @Test
  void theRunLeavesTheSessionSettingsAsItFoundThem() {
    // the test session sets shuffle partitions (kept: the user's choice) and no broadcast threshold
    // (the run chooses one for itself and takes it back: the session outlives the run)
    assertEquals("4", spark.conf().get(ChorusJob.SHUFFLE_PARTITIONS));
    assertFalse(spark.conf().contains(ChorusJob.BROADCAST_THRESHOLD));
    assertFalse(spark.conf().contains(ChorusJob.ADAPTIVE_BROADCAST_THRESHOLD));
    assertFalse(spark.conf().contains("spark.sql.files.openCostInBytes"));
    assertFalse(spark.conf().contains("spark.sql.hive.filesourcePartitionFileCacheSize"));
  }

  @Test
  void everyInputFileIsInExactlyOneOfArticlesAndRejects() throws IOException {
    Set<String> inputs;
    try (Stream<Path> walk = Files.walk(SAMPLE)) {
      inputs = walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    Set<String> rejected = table("rejects").collectAsList().stream()
        .map(r -> fileName(r.getAs("path"))).collect(Collectors.toSet());
    Set<String> both = new HashSet<>(articlesByFile.keySet());
    both.retainAll(rejected);
    assertEquals(Set.of(), both, "no file is both an article and a reject");
    Set<String> accounted = new HashSet<>(articlesByFile.keySet());
    accounted.addAll(rejected);
    assertEquals(inputs, accounted);
    assertEquals(inputs.size(), summary.filesRead());
  }

  @Test
  void rejectsSayWhyEachFileYieldedNoArticle() {
    Map<String, String> reasons = table("rejects").collectAsList().stream()
        .collect(Collectors.toMap(r -> fileName(r.getAs("path")), r -> r.getAs("reason")));
    assertEquals(Map.of(
        "empty.txt", "empty",
        "scan.bin", "binary",
        "mp-world-section-index.txt", "no_article",
        "lc-consent-wall.txt", "no_article"), reasons);
    assertEquals(Map.of("binary", 1L, "empty", 1L, "no_article", 2L), summary.rejectsByReason());
  }

  @Test
  void aConsentWallIsANoArticleRejectNamedAsSuch() {
    Row wall = table("rejects").collectAsList().stream()
        .filter(r -> fileName(r.getAs("path")).equals("lc-consent-wall.txt")).findFirst().orElseThrow();
    assertEquals("no_article", wall.getAs("reason"));
    assertTrue(wall.<String>getAs("detail").startsWith("consent_wall: "), wall.<String>getAs("detail"));
  }

  @Test
  void aReprintPublishedAfterItsOriginalIsTheDuplicate() {
    Row original = article("nh-brennick-flood.txt");
    Row reprint = article("lc-brennick-flood-reprint.txt");
    assertEquals("ok", original.getAs("status"));
    assertEquals("duplicate", reprint.getAs("status"));
    assertEquals(original.<String>getAs("article_id"), reprint.getAs("duplicate_of"));
    assertEquals("Lakeside Courier", reprint.getAs("source"));
  }

  @Test
  void aPaywalledPageKeepsTheParagraphsItShowsAndIsMarkedAsCut() {
    Row preview = article("tw-brennick-flood-paywall.txt");
    assertEquals("ok", preview.getAs("status"));
    assertEquals("paywall", preview.getAs("access"));
    String body = preview.getAs("body");
    assertTrue(body.startsWith("The Lusk river began to fall") && body.split("\n\n").length == 2, body);
    assertFalse(body.contains("Subscribe") || body.contains("subscriber"), body);
    articlesByFile.forEach((file, r) -> assertTrue(file.equals("tw-brennick-flood-paywall.txt")
        || r.getAs("access") == null, file + " is a whole article"));
  }

  @Test
  void decodesWindows1252GzipAndByteOrderMarkFiles() {
    Row cp1252 = article("lowfield-gazette-kadrovo-envoy.txt");
    assertEquals("windows-1252", cp1252.getAs("charset"));
    String body = cp1252.getAs("body");
    assertTrue(body.contains("communiqué") && body.contains("Žeravin") && body.contains("“"), body);
    Row civic = article("civic-ledger-orvel-talks.html");
    assertEquals("windows-1252", civic.getAs("charset"));
    assertTrue(civic.<String>getAs("body").contains("communiqué"));
    assertTrue(article("eastbank-chronicle-orvel.txt.gz").<String>getAs("body").contains("forty-eight detainees"));
    assertFalse(article("tw-kadrovo-three-hour-talks.txt").<String>getAs("body").startsWith("\uFEFF"));
  }

  @Test
  void titlesComeFromTheHeadlineNotTheMenu() {
    assertEquals("Halloran and Vostrikov hold three-hour talks in Kadrovo on Korrin Valley plan",
        article("nh-halloran-vostrikov-kadrovo.txt").getAs("title"));
    assertEquals("Halloran–Vostrikov meeting: what we know about the 12-point plan",
        article("pinecrest-times-kadrovo.html").getAs("title"));
    assertEquals("Envoy’s Kadrovo visit: three hours, a 12-point plan and a cautious “maybe”",
        article("lowfield-gazette-kadrovo-envoy.txt").getAs("title"));
    assertEquals("Vostrikov and Halloran in marathon talks: nearly five hours at the Granite Palace",
        article("courant-vostrikov-envoy-marathon.txt").getAs("title"), "a staff credit line is not the headline");
    assertEquals("Daily Courant Staff", article("courant-vostrikov-envoy-marathon.txt").getAs("byline"));
    assertEquals("Four hours in St. Orvel: what Halloran and Vostrikov settled, and what they didn't",
        article("valemont-review-orvel.txt").getAs("title"), "the standfirst is not the headline");
  }

  @Test
  void publishedDatesAreIsoWhateverThePagePrinted() {
    assertEquals("2025-03-06", article("nh-halloran-vostrikov-kadrovo.txt").getAs("published"));
    assertEquals("2025-03-07T10:04", article("mp-envoy-granite-palace-talks.txt").getAs("published"));
    assertEquals("2025-03-06T21:12Z", article("tw-kadrovo-three-hour-talks.txt").getAs("published"));
    assertEquals("2025-03-06T19:30:00Z", article("pinecrest-times-kadrovo.html").getAs("published"));
    assertNull(article("lowfield-gazette-kadrovo-envoy.txt").getAs("published"), "no date printed");
  }

  @Test
  void sourcesComeFromThePagesOwnEvidence() {
    assertEquals("The Pinecrest Times", article("pinecrest-times-kadrovo.html").getAs("source"));
    assertEquals(article("nh-brennick-flood.txt").<String>getAs("source"),
        article("nh-saint-orvel-second-round.txt").<String>getAs("source"), "one outlet, one source");
    assertEquals("Northgate Herald", article("nh-brennick-flood.txt").getAs("source"));
    for (String file : List.of("mp-brennick-flood-toll.txt", "mp-envoy-granite-palace-talks.txt", "mp-st-orvel-four-hours.txt")) {
      assertEquals("The Meridian Post", article(file).getAs("source"), file);
    }
    assertEquals("Daily Courant", article("courant-vostrikov-envoy-marathon.txt").getAs("source"), "year and 'Media' dropped");
  }

  @Test
  void boilerplateLinesAreNotInAnyBody() {
    List<String> leaks = List.of("All rights reserved", "Advertisement", "ALSO READ", "Share on Facebook",
        "Leave a Comment", "Font ResizerAa", "newsletter", "cookies");
    for (Row r : articlesByFile.values()) {
      String body = r.getAs("body");
      for (String leak : leaks) {
        assertFalse(body.contains(leak), r.getAs("path") + " body contains '" + leak + "'");
      }
    }
  }

  @Test
  void sentenceCountsMatchTheSentencesTable() {
    Map<String, Long> perArticle = table("sentences").groupBy("article_id").count().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    for (Row a : articlesByFile.values()) {
      assertEquals(perArticle.get(a.<String>getAs("article_id")), (long) a.<Integer>getAs("n_sentences"));
    }
  }

  @Test
  void anExactCopySharesItsOriginalsBodyHashAndOneOfThePairPointsToTheOther() {
    Row a = article("valemont-review-orvel.txt");
    Row b = article("valemont-review-orvel-reprint.txt");
    assertEquals(a.<String>getAs("body_hash"), b.<String>getAs("body_hash"));
    // same date on both: the stable tie-break (smallest id) decides which is the original
    Row original = a.<String>getAs("article_id").compareTo(b.getAs("article_id")) < 0 ? a : b;
    Row copy = original == a ? b : a;
    assertEquals("duplicate", copy.getAs("status"));
    assertEquals(original.<String>getAs("article_id"), copy.getAs("duplicate_of"));
    assertEquals("ok", original.getAs("status"));
    assertEquals(articlesByFile.size() - 1,
        table("articles").select("body_hash").distinct().count(), "only the mirror copy shares a body");
  }

  @Test
  void theTwoReprintsOfOneWireStoryAreGroupedAndNothingElseIs() {
    Row harbourline = article("harbourline-envoy-orvel-npa.txt");
    Row civic = article("civic-ledger-orvel-talks.html");
    String h = harbourline.getAs("article_id");
    String c = civic.getAs("article_id");
    assertTrue(c.equals(harbourline.getAs("duplicate_of")) ^ h.equals(civic.getAs("duplicate_of")),
        "exactly one NPA reprint points to the other");
    long duplicates = articlesByFile.values().stream().filter(r -> "duplicate".equals(r.getAs("status"))).count();
    assertEquals(3, duplicates, "the NPA reprint, the mirror copy and the Lakeside reprint of the flood story");
  }

  @Test
  void articleIdsAreUniqueAndARerunWritesTheSameRows() throws Exception {
    assertEquals(table("articles").count(), table("articles").select("article_id").distinct().count());
    Path again = OUT.resolveSibling("sample-run-again");
    ChorusJob.run(spark, ChorusOptions.parse("--input", SAMPLE.toString(), "--output", again.toString()));
    for (String name : List.of("articles", "sentences", "rejects")) {
      Dataset<Row> first = table(name);
      Dataset<Row> second = spark.read().parquet(again.resolve(name).toString());
      assertEquals(0, first.exceptAll(second).count() + second.exceptAll(first).count(), name + " differs on rerun");
    }
  }

  @Test
  void aMissingInputIsNamed() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> ChorusJob.run(spark, ChorusOptions.parse("--input", "no/such/folder", "--output", "target/x")));
    assertEquals("input path does not exist: no/such/folder", e.getMessage());
  }

  private String eventOf(String file) {
    return article(file).getAs("event_id");
  }

  @Test
  void twoMeetingsOfTheSamePeopleAndTheFloodAreThreeEvents() {
    List<String> kadrovo = List.of("nh-halloran-vostrikov-kadrovo.txt", "mp-envoy-granite-palace-talks.txt",
        "courant-vostrikov-envoy-marathon.txt", "lowfield-gazette-kadrovo-envoy.txt",
        "tw-kadrovo-three-hour-talks.txt", "pinecrest-times-kadrovo.html");
    List<String> orvel = List.of("nh-saint-orvel-second-round.txt", "mp-st-orvel-four-hours.txt",
        "harbourline-envoy-orvel-npa.txt", "civic-ledger-orvel-talks.html", "eastbank-chronicle-orvel.txt.gz",
        "valemont-review-orvel.txt", "valemont-review-orvel-reprint.txt");
    kadrovo.forEach(f -> assertEquals(eventOf(kadrovo.get(0)), eventOf(f), f));
    orvel.forEach(f -> assertEquals(eventOf(orvel.get(0)), eventOf(f), f));
    assertEquals(eventOf("nh-brennick-flood.txt"), eventOf("mp-brennick-flood-toll.txt"));
    assertEquals(3, Set.of(eventOf(kadrovo.get(0)), eventOf(orvel.get(0)), eventOf("nh-brennick-flood.txt")).size());
    assertEquals(3, table("events").count());
  }

  @Test
  void eachArticleGivesItsOwnReadingOfTheDateAndPlaceAndAReprintItsOriginals() {
    Row original = article("nh-brennick-flood.txt");
    Row reprint = article("lc-brennick-flood-reprint.txt");
    assertEquals("2025-03-16", original.getAs("event_date"));
    assertEquals(original.<String>getAs("event_date"), reprint.getAs("event_date"));
    assertEquals(original.<String>getAs("event_place"), reprint.getAs("event_place"));
    assertEquals("2025-03-06", article("nh-halloran-vostrikov-kadrovo.txt").getAs("event_date"));
    // an event's date and place are the readings most of its articles give
    Map<String, Set<String>> places = new HashMap<>();
    for (Row a : table("articles").filter("event_id is not null").collectAsList()) {
      places.computeIfAbsent(a.getAs("event_id"), k -> new HashSet<>()).add(a.getAs("event_place"));
    }
    for (Row e : table("events").collectAsList()) {
      assertTrue(places.get(e.<String>getAs("event_id")).contains(e.<String>getAs("event_place")),
          e.<String>getAs("event_place"));
    }
  }

  @Test
  void nameVariantsAcrossOutletsAreOneEntity() {
    Map<String, List<String>> variants = table("entities").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("canonical") + "/" + r.getAs("kind"), r -> r.getList(3),
            (a, b) -> a));
    // "Yury" is the form most articles use (a copy's reprinted sentences are no uses of their own)
    assertTrue(variants.get("Yury Sarnov/person").containsAll(List.of("Yury Sarnov", "Yuri Sarnov")));
    assertTrue(variants.get("Tomas Zheravin/person").containsAll(List.of("Tomas Žeravin", "Tomas Zheravin")));
    assertTrue(variants.get("Ilya Vostrikov/person").containsAll(List.of("Ilya Vostrikov", "Ilya Vostirkov")));
    assertTrue(variants.get("Saint Orvel/place").containsAll(List.of("Saint Orvel", "St. Orvel")));
  }

  private Row cluster(String slot, String value, String file) {
    String event = eventOf(file);
    List<Row> rows = table("claim_frequency")
        .filter(org.apache.spark.sql.functions.col("slot").equalTo(slot)
            .and(org.apache.spark.sql.functions.col("value").equalTo(value))
            .and(org.apache.spark.sql.functions.col("event_id").equalTo(event)))
        .collectAsList();
    assertEquals(1, rows.size(), slot + "=" + value + " is one cluster in the event of " + file);
    return rows.get(0);
  }

  @Test
  void theFirstMeetingsDurationIsReportedByItsFiveOutletsAndThreeLookingBackAndTheOutlierStandsAlone() {
    // Eastbank, Harbourline and the Civic Ledger report the second meeting, and look back: "The first
    // meeting between the two, at the Granite Palace in Kadrovo on March 6, lasted three hours"
    Row threeHours = cluster("meeting.duration", "PT3H", "nh-halloran-vostrikov-kadrovo.txt");
    assertEquals(List.of("Eastbank Chronicle", "Harbourline Daily", "Lowfield Gazette", "Northgate Herald",
        "The Civic Ledger", "The Meridian Post", "The Pinecrest Times", "Tidewater Observer"),
        threeHours.getList(threeHours.fieldIndex("sources")));
    Row fiveHours = cluster("meeting.duration", "PT5H", "courant-vostrikov-envoy-marathon.txt");
    assertEquals(List.of("Daily Courant"), fiveHours.getList(fiveHours.fieldIndex("sources")));
  }

  @Test
  void aWireStoryReprintedByTwoOutletsIsOneIndependentSource() {
    Row quote = cluster("quote:Marek Halloran", "We made real progress today on the sequencing of the plan",
        "nh-saint-orvel-second-round.txt");
    assertEquals(6, quote.<Integer>getAs("n_sources"));
    assertEquals(5, quote.<Integer>getAs("n_independent_sources"), "Harbourline and Civic Ledger carry one NPA story");
    assertEquals(7, quote.<Integer>getAs("n_articles"), "the mirror copy is an article, not a source");
  }

  @Test
  void theTwoPlantedConflictsAreFoundAndNothingElse() {
    Map<String, Set<String>> sides = new java.util.TreeMap<>();
    for (Row r : table("conflicts").collectAsList()) {
      sides.computeIfAbsent(r.getAs("slot"), k -> new java.util.TreeSet<>()).add(r.getAs("source") + "=" + r.getAs("value"));
    }
    // the second meeting's reports that look back at the first: Eastbank and the NPA story (a
    // reprint of it is no side of its own: its sentence is its original's)
    Set<String> lookingBack = new java.util.TreeSet<>(Set.of("Eastbank Chronicle=PT3H"));
    Row harbourline = article("harbourline-envoy-orvel-npa.txt");
    Row civic = article("civic-ledger-orvel-talks.html");
    lookingBack.add((harbourline.getAs("duplicate_of") == null ? harbourline : civic).getAs("source") + "=PT3H");
    Set<String> duration = new java.util.TreeSet<>(Set.of("Daily Courant=PT5H", "Lowfield Gazette=PT3H",
        "Northgate Herald=PT3H", "The Meridian Post=PT3H", "The Pinecrest Times=PT3H", "Tidewater Observer=PT3H"));
    duration.addAll(lookingBack);
    assertEquals(Map.of(
        "meeting.duration", duration,
        "role:Anton Lisk", Set.of("Daily Courant=former foreign minister", "Northgate Herald=foreign minister",
            "The Meridian Post=foreign minister", "The Pinecrest Times=foreign minister")), sides);
    assertEquals(2, table("conflicts").select("conflict_id").distinct().count());
  }

  @Test
  void theOutletCarryingBothMinorityValuesIsTrustedLeastAndLosesBothConflicts() {
    List<Row> trust = table("source_trust").orderBy("trust").collectAsList();
    assertEquals("Daily Courant", trust.get(0).getAs("source"));
    assertEquals(2, trust.get(0).<Integer>getAs("n_contradicted"));
    for (Row side : table("conflicts").collectAsList()) {
      boolean courant = "Daily Courant".equals(side.getAs("source"));
      assertEquals(courant ? "likely_false" : "likely_true", side.getAs("verdict"), side.toString());
    }
    Row pair = table("source_agreement")
        .filter("event_id is null and source_a = 'Daily Courant' and source_b = 'Northgate Herald'").first();
    assertEquals(2, pair.<Integer>getAs("conflict"));
  }
}
