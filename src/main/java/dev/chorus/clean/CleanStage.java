package dev.chorus.clean;

import dev.chorus.ingest.RejectReason;
import dev.chorus.tables.NamedRow;
import dev.chorus.tables.Schemas;
import dev.chorus.util.Ids;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.jsoup.Jsoup;

/**
 * pages → cleaned: extracts each page's article (jsoup for HTML, line rules for text dumps; a JSON
 * line's text is already the article) and its metadata, fills what the page leaves blank from its
 * container (WARC record, JSON line), names its source, and gives it its ids. A page without an
 * article stays in the output as a reject, so the caller can split articles from rejects without
 * losing a file; skipped WARC records pass through with reject_reason {@code skipped}.
 */
public final class CleanStage {

  public static final String STATUS_OK = "ok";
  public static final String STATUS_REJECTED = "rejected";

  // positional: rows handed over from the previous map carry no schema to look names up in
  private static final int PATH = Schemas.PAGES.fieldIndex("path");
  private static final int RECORD_ID = Schemas.PAGES.fieldIndex("record_id");
  private static final int BYTES = Schemas.PAGES.fieldIndex("bytes");
  private static final int CONTENT_HASH = Schemas.PAGES.fieldIndex("content_hash");
  private static final int CHARSET = Schemas.PAGES.fieldIndex("charset");
  private static final int CHARSET_SOURCE = Schemas.PAGES.fieldIndex("charset_source");
  private static final int IS_HTML = Schemas.PAGES.fieldIndex("is_html");
  private static final int EXTRACTED = Schemas.PAGES.fieldIndex("extracted");
  private static final int TEXT = Schemas.PAGES.fieldIndex("text");
  private static final int URL = Schemas.PAGES.fieldIndex("url");
  private static final int CAPTURED = Schemas.PAGES.fieldIndex("captured");
  private static final int TITLE = Schemas.PAGES.fieldIndex("title");
  private static final int BYLINE = Schemas.PAGES.fieldIndex("byline");
  private static final int PUBLISHED = Schemas.PAGES.fieldIndex("published");
  private static final int LANGUAGE = Schemas.PAGES.fieldIndex("language");
  private static final int SITE = Schemas.PAGES.fieldIndex("site");
  private static final int REJECT_REASON = Schemas.PAGES.fieldIndex("reject_reason");
  private static final int REJECT_DETAIL = Schemas.PAGES.fieldIndex("reject_detail");

  private CleanStage() {}

  /** {@link Schemas#PAGES} rows to {@link Schemas#CLEANED} rows, one per page. */
  public static Dataset<Row> clean(Dataset<Row> pages, SourceRules rules) {
    return pages.map((MapFunction<Row, Row>) page -> cleanOne(page, rules), Encoders.row(Schemas.CLEANED));
  }

  static Row cleanOne(Row page, SourceRules rules) {
    String path = page.getString(PATH);
    String recordId = page.getString(RECORD_ID);
    long bytes = page.getLong(BYTES);
    String hash = page.getString(CONTENT_HASH);
    String[] charset = {page.getString(CHARSET), page.getString(CHARSET_SOURCE)};
    String articleId = Ids.of(recordId);
    String reason = page.getString(REJECT_REASON);
    if (reason != null) {
      return reject(articleId, path, bytes, hash, charset, reason, page.getString(REJECT_DETAIL));
    }
    String text = page.getString(TEXT);
    boolean html = page.getBoolean(IS_HTML);
    boolean extracted = page.getBoolean(EXTRACTED);
    ContainerMetadata container = new ContainerMetadata(page.getString(URL), page.getString(SITE),
        page.getString(TITLE), page.getString(BYLINE), page.getString(PUBLISHED), page.getString(LANGUAGE),
        page.getString(CAPTURED));
    // a record's URL is the base its relative links resolve against, and names the page when it does not
    String base = container.url() != null ? container.url() : path;
    Extraction e = extracted ? ContainerMetadata.extracted(text)
        : html ? HtmlExtractor.extract(text, base) : TextDumpExtractor.extract(text);
    String kind = extracted ? null : wallKind(text, html, e);
    if (!e.hasArticle() && kind == null && !html) {
      // HTML is left out: a page's markup always holds more than its headline, and a page that shows
      // only a title (a consent wall's) is no report
      String headline = HeadlineOnly.body(e.title() != null ? e.title() : container.title(), text);
      if (headline != null) {
        e = new Extraction(e.title() != null ? e.title() : headline, headline, e.source(), e.byline(), e.published(),
            e.url(), e.language(), 0);
      }
    }
    if (!e.hasArticle() || kind != null) {
      return reject(articleId, path, bytes, hash, charset, RejectReason.NO_ARTICLE,
          (kind != null ? kind + ": " : "") + (extracted ? "extracted article" : html ? "HTML page" : "text page")
              + " of " + text.length() + " characters with no article text");
    }
    e = container.complete(e);
    String[] source = nameSource(e, rules, path, recordId, articleId);
    String body = e.body();
    String access = extracted ? null : PageKind.access(visibleText(text, html, true), body);
    // body_hash is set once the corpus-level template removal has settled the body (TemplateStage)
    return file(articleId, path, bytes, hash, charset).set("url", e.url()).set("source", source[0])
        .set("source_evidence", source[1]).set("title", e.title()).set("byline", e.byline())
        .set("published", e.published()).set("language", e.language()).set("body", body).set("access", access)
        .set("status", STATUS_OK).set("boilerplate_chars", e.boilerplateChars()).build();
  }

  /**
   * What kind of non-article page this is (consent wall, paywall, login, error page, listing), or
   * null. Only pages with little extracted text are looked at, so an HTML page is parsed a second
   * time only then.
   */
  private static String wallKind(String text, boolean html, Extraction e) {
    if (DumpLine.countWords(e.body()) >= PageKind.SHORT_BODY_WORDS) {
      return null;
    }
    return PageKind.notArticle(visibleText(text, html, false), e.body());
  }

  /**
   * A page's text one block per line: a dump as it is, an HTML page's visible paragraphs. With
   * {@code onlyIfCut}, an HTML page whose markup holds no prompt to read on is not parsed again
   * and gives "" (every article is looked at for a paywall, and most have none).
   */
  private static String visibleText(String text, boolean html, boolean onlyIfCut) {
    if (!html) {
      return text;
    }
    if (onlyIfCut && !PageKind.mayCutOff(text)) {
      return "";
    }
    return String.join("\n", HtmlText.paragraphs(Jsoup.parse(text).body()));
  }

  /**
   * The page's own evidence first, then the user's map, then the folder rule. An unnamed page
   * gets a source of its own ("unknown:" + its id): counting two unnamed pages as one outlet
   * would invent corroboration.
   */
  static String[] nameSource(Extraction e, SourceRules rules, String path, String recordId, String articleId) {
    if (e.source() != null && !e.source().isBlank()) {
      return new String[] {e.source().strip(), "page"};
    }
    String mapped = rules.fromMap(path, recordId);
    if (mapped != null) {
      return new String[] {mapped, "map"};
    }
    String folder = rules.fromFolder(path);
    if (folder != null) {
      return new String[] {folder, "folder"};
    }
    return new String[] {"unknown:" + articleId, "none"};
  }

  /** @param charset the charset and how it was chosen */
  private static Row reject(String articleId, String path, long bytes, String hash, String[] charset, String reason,
      String detail) {
    return file(articleId, path, bytes, hash, charset).set("status", STATUS_REJECTED).set("reject_reason", reason)
        .set("reject_detail", detail).build();
  }

  /** A {@link Schemas#CLEANED} row with what every input file has: its id, path, size, hash and charset. */
  private static NamedRow file(String articleId, String path, long bytes, String hash, String[] charset) {
    return NamedRow.of(Schemas.CLEANED).set("article_id", articleId).set("path", path).set("bytes", bytes)
        .set("content_hash", hash).set("charset", charset[0]).set("charset_source", charset[1]);
  }
}
