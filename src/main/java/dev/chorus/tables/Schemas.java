package dev.chorus.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Every table's schema, declared once. The published tables (articles, sentences, rejects) are
 * documented column by column in README.md; the others are internal hand-offs between stages.
 */
public final class Schemas {

  /**
   * ingest's input: one row per file as Spark lists it, plus its identity. The bytes are not in
   * the row: ingest streams each file from its file system, so a multi-GB WARC is never one row.
   */
  public static final StructType FILES = struct(
      field("path", StringType, false),
      field("rel_path", StringType, false),
      field("bytes", LongType, false),
      // what the file is when the listing found it is no regular file (a FIFO, a device): never opened
      field("not_regular", StringType, true));

  /**
   * ingest's output: one row per input record (a file, a WARC response, a JSON line), decoded to
   * text or marked as rejected. {@code extracted} pages (JSON lines) carry the article text and
   * its metadata already; the others carry what their container states (a WARC record's target
   * URI and capture date) for clean to fall back on.
   */
  public static final StructType PAGES = struct(
      field("path", StringType, false),
      field("record_id", StringType, false),
      field("bytes", LongType, false),
      field("content_hash", StringType, true),
      field("charset", StringType, true),
      field("charset_source", StringType, true),
      field("is_html", BooleanType, false),
      field("extracted", BooleanType, false),
      field("text", StringType, true),
      field("url", StringType, true),
      field("captured", StringType, true),
      field("title", StringType, true),
      field("byline", StringType, true),
      field("published", StringType, true),
      field("language", StringType, true),
      field("site", StringType, true),
      field("reject_reason", StringType, true),
      field("reject_detail", StringType, true));

  /** clean's output before NLP counts are joined: an article, or a reject (reject_reason set). */
  public static final StructType CLEANED = struct(
      field("article_id", StringType, false),
      field("body_hash", StringType, true),
      field("path", StringType, false),
      field("url", StringType, true),
      field("source", StringType, true),
      field("source_evidence", StringType, true),
      field("title", StringType, true),
      field("byline", StringType, true),
      field("published", StringType, true),
      field("language", StringType, true),
      field("body", StringType, true),
      // "paywall" when the body is the part of an article shown above a subscribe-to-continue prompt
      field("access", StringType, true),
      field("status", StringType, false),
      field("duplicate_of", StringType, true),
      field("bytes", LongType, false),
      field("content_hash", StringType, true),
      field("charset", StringType, true),
      field("charset_source", StringType, true),
      field("boilerplate_chars", IntegerType, true),
      field("reject_reason", StringType, true),
      field("reject_detail", StringType, true));

  public static final StructType ARTICLES = struct(
      field("article_id", StringType, false),
      field("body_hash", StringType, true),
      field("path", StringType, false),
      field("url", StringType, true),
      field("source", StringType, true),
      field("source_evidence", StringType, true),
      field("title", StringType, true),
      field("byline", StringType, true),
      field("published", StringType, true),
      field("language", StringType, true),
      field("declared_language", StringType, true),
      field("body", StringType, true),
      // "paywall" when the body is the part of an article shown above a subscribe-to-continue prompt
      field("access", StringType, true),
      field("status", StringType, false),
      field("duplicate_of", StringType, true),
      field("event_id", StringType, true),
      // the date (yyyy-MM-dd) and place this article gives for the happening it reports, its own
      // reading (events/EventSignature): outlets may differ, and events.event_date/event_place
      // are the most common of its articles'. A syndicated copy gives its original's.
      field("event_date", StringType, true),
      field("event_place", StringType, true),
      field("n_sentences", IntegerType, false),
      field("n_tokens", IntegerType, false),
      field("bytes", LongType, false),
      field("content_hash", StringType, true),
      field("charset", StringType, true),
      field("charset_source", StringType, true),
      field("boilerplate_chars", IntegerType, true));

  public static final StructType SENTENCES = struct(
      field("article_id", StringType, false),
      field("sentence_idx", IntegerType, false),
      field("text", StringType, false),
      field("begin", IntegerType, false),
      field("end", IntegerType, false),
      field("tokens", createArrayType(StringType, true), false),
      field("norm_tokens", createArrayType(StringType, true), false));

  public static final StructType EVENTS = struct(
      field("event_id", StringType, false),
      field("label", StringType, true),
      field("date", StringType, true),
      field("event_date", StringType, true),
      field("event_place", StringType, true),
      field("places", createArrayType(StringType, true), true),
      field("participants", createArrayType(StringType, true), true),
      field("article_ids", createArrayType(StringType, true), false),
      field("n_articles", IntegerType, false),
      field("n_sources", IntegerType, false));

  public static final StructType ENTITIES = struct(
      field("entity_id", StringType, false),
      field("canonical", StringType, false),
      field("kind", StringType, false),
      field("variants", createArrayType(StringType, true), false),
      field("n_articles", IntegerType, false),
      field("n_sources", IntegerType, false));

  public static final StructType CLAIMS = struct(
      field("claim_id", StringType, false),
      field("article_id", StringType, false),
      field("source", StringType, true),
      field("event_id", StringType, true),
      field("sentence_idx", IntegerType, false),
      field("sentence", StringType, false),
      field("begin", IntegerType, false),
      field("end", IntegerType, false),
      field("kind", StringType, false),
      field("subject", StringType, true),
      field("slot", StringType, false),
      field("value", StringType, true),
      field("value_num", DoubleType, true),
      field("unit", StringType, true),
      field("qualifier", StringType, true),
      field("speaker", StringType, true),
      field("cluster_id", StringType, false));

  public static final StructType CLAIM_FREQUENCY = struct(
      field("cluster_id", StringType, false),
      field("event_id", StringType, true),
      field("kind", StringType, false),
      field("slot", StringType, false),
      field("value", StringType, true),
      field("qualifier", StringType, true),
      field("text", StringType, true),
      field("n_sources", IntegerType, false),
      field("n_independent_sources", IntegerType, false),
      field("n_articles", IntegerType, false),
      field("sources", createArrayType(StringType, true), false),
      field("article_ids", createArrayType(StringType, true), false),
      field("first_published", StringType, true),
      field("confidence", DoubleType, true));

  /** One row per claim on either side of a conflict. */
  public static final StructType CONFLICTS = struct(
      field("conflict_id", StringType, false),
      field("event_id", StringType, true),
      field("slot", StringType, false),
      field("kind", StringType, false),
      field("value", StringType, true),
      field("source", StringType, true),
      field("article_id", StringType, false),
      field("sentence", StringType, false),
      field("n_sources", IntegerType, false),
      field("cluster_id", StringType, false),
      field("confidence", DoubleType, true),
      field("verdict", StringType, true));

  public static final StructType SOURCE_AGREEMENT = struct(
      field("source_a", StringType, false),
      field("source_b", StringType, false),
      field("event_id", StringType, true),
      field("shared", IntegerType, false),
      field("agree", IntegerType, false),
      field("conflict", IntegerType, false),
      field("only_a", IntegerType, false),
      field("only_b", IntegerType, false),
      field("agreement", DoubleType, true),
      field("coverage_jaccard", DoubleType, true));

  public static final StructType SOURCE_TRUST = struct(
      field("source", StringType, false),
      field("trust", DoubleType, false),
      field("n_claims", IntegerType, false),
      field("n_corroborated", IntegerType, false),
      field("n_contradicted", IntegerType, false),
      field("n_exclusive", IntegerType, false));

  /** A name as written in a sentence, with the article's full name it stands for. */
  public static final StructType MENTIONS = struct(
      field("article_id", StringType, false),
      field("sentence_idx", IntegerType, false),
      field("surface", StringType, false),
      field("name", StringType, false),
      field("kind", StringType, false),
      field("role", StringType, true),
      field("begin", IntegerType, false),
      field("end", IntegerType, false));

  /** A claim as extracted, before entities, events and clusters are known. */
  public static final StructType RAW_CLAIMS = struct(
      field("article_id", StringType, false),
      field("sentence_idx", IntegerType, false),
      field("sentence", StringType, false),
      field("begin", IntegerType, false),
      field("end", IntegerType, false),
      field("kind", StringType, false),
      field("slot", StringType, false),
      field("subject", StringType, true),
      field("value", StringType, true),
      field("value_num", DoubleType, true),
      field("unit", StringType, true),
      field("qualifier", StringType, true),
      field("speaker", StringType, true));

  /**
   * An article read once (reading.ArticleReader#read): each row one of its mentions or one of its
   * claims, the other field null.
   */
  public static final StructType READ = struct(
      field("mention", MENTIONS, true),
      field("claim", RAW_CLAIMS, true));

  /** A sentence's embedding (claims/SentenceEmbedder): 384 floats of length 1. */
  public static final StructType SENTENCE_VECTORS = struct(
      field("sentence", StringType, false),
      field("vector", createArrayType(org.apache.spark.sql.types.DataTypes.FloatType, false), false));

  /** What the events stage knows of each article (built from its entity mentions and claims). */
  public static final StructType EVENT_FEATURES = struct(
      field("article_id", StringType, false),
      field("source", StringType, true),
      field("published", StringType, true),
      field("people", createArrayType(StringType, true), false),
      field("places", createArrayType(StringType, true), false),
      field("mentioned", createArrayType(StringType, true), false),
      field("dates", createArrayType(StringType, true), false),
      field("weekdays", createArrayType(StringType, true), false),
      field("quotes", createArrayType(StringType, true), false),
      field("durations", createArrayType(DoubleType, true), false),
      field("words", createArrayType(StringType, true), false),
      field("event_date", StringType, true),
      // the place key (entities/NameVariants#placeKey) the pair model compares, and the place as
      // the article writes it, which the articles and events tables show
      field("event_place", StringType, true),
      field("event_place_name", StringType, true),
      field("cited_dates", createArrayType(StringType, true), false),
      field("numbers", createArrayType(StringType, true), false),
      field("years", createArrayType(StringType, true), false),
      // the headline's sentence embedding (claims/SentenceEmbedder); null in hand-made test rows
      field("title_vector", createArrayType(org.apache.spark.sql.types.DataTypes.FloatType, false), true));

  public static final StructType REJECTS = struct(
      field("path", StringType, false),
      field("reason", StringType, false),
      field("detail", StringType, true),
      field("bytes", LongType, false),
      field("content_hash", StringType, true));

  private Schemas() {}

  /** Column names of a schema, in order: for {@code select(...)} so a table holds exactly its schema. */
  public static org.apache.spark.sql.Column[] columns(StructType schema) {
    String[] names = schema.fieldNames();
    org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[names.length];
    for (int i = 0; i < names.length; i++) {
      cols[i] = org.apache.spark.sql.functions.col(names[i]).cast(schema.fields()[i].dataType());
    }
    return cols;
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, org.apache.spark.sql.types.Metadata.empty());
  }
}
