package dev.chorus.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Article metadata an HTML page states about itself: meta tags, microdata, JSON-LD (parsed as JSON,
 * see {@link JsonLd}), markup.
 */
record HtmlMetadata(String title, String source, String byline, String published, String url, String language) {

  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·•]\\s+[^|\\-–—:·•]{2,60}$");
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*(?:written |posted |words )?by[:\\s]+");
  private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^\\s*https?://");
  private static final String FOOTERS = "footer, [class~=(?i)footer|copyright], [id~=(?i)footer|copyright]";
  private static final int MIN_TITLE_WORDS = 3;
  private static final int MAX_BYLINE_CHARS = 100;

  /**
   * Every element lookup of this class, made in one pass over the page. No descendant queries:
   * jsoup memoises those per document in a thread-local map that only its own select clears.
   */
  private static final Map<String, Evaluator> QUERIES = FirstMatches.parse(List.of("link[rel=canonical]", "h1",
      "[rel=author]", "[itemprop=author]", ".byline, .author-name, .article-author",
      "[itemprop=datePublished]", "time[datetime]", "time"));

  static HtmlMetadata read(Document doc, String baseUri) {
    Metas metas = Metas.of(doc);
    FirstMatches found = FirstMatches.of(doc, QUERIES);
    JsonLd ld = JsonLd.read(doc);
    String language = language(doc, metas);
    String url = firstNonBlank(absAttr(found, "link[rel=canonical]", "href"), metas.get("og:url"), webAddress(baseUri));
    String site = SiteName.clean(firstNonBlank(metas.get("og:site_name"), ld.publisher(), metas.get("application-name")));
    return new HtmlMetadata(
        title(doc, found, metas, ld, site),
        source(doc, site, url),
        byline(found, metas, ld),
        published(doc, found, metas, ld, language),
        url,
        language);
  }

  /** The footer is only read when the page names no site and no address: it is a whole-page pass. */
  private static String source(Document doc, String site, String url) {
    String named = firstNonBlank(site, host(url));
    return named != null ? named : copyrightHolder(doc);
  }

  private static String title(Document doc, FirstMatches found, Metas metas, JsonLd ld, String site) {
    String og = firstNonBlank(metas.get("og:title"), ld.headline());
    if (og != null) {
      return stripSite(og, site, false);
    }
    Element h1 = found.get("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    return blankToNull(stripSite(doc.title(), site, true));
  }

  /** Drops " | Site" from a title: always when it names the site, else only for <title>. */
  private static String stripSite(String title, String site, boolean anySuffix) {
    String t = title.strip();
    Matcher m = TITLE_SUFFIX.matcher(t);
    if (!m.find()) {
      return t;
    }
    String head = t.substring(0, m.start()).strip();
    String suffix = m.group().replaceFirst("^\\s+\\S\\s+", "");
    boolean namesSite = site != null && compact(suffix).equals(compact(site));
    boolean headIsTitle = DumpLine.countWords(head) >= MIN_TITLE_WORDS;
    return (namesSite || anySuffix) && headIsTitle ? head : t;
  }

  private static String byline(FirstMatches found, Metas metas, JsonLd ld) {
    String author = firstLazy(
        () -> metas.get("author"),
        () -> text(found, "[rel=author]"),
        () -> authorName(found.get("[itemprop=author]")),
        () -> text(found, "[itemprop=author]"),
        () -> text(found, ".byline, .author-name, .article-author"),
        ld::author);
    if (author == null || author.startsWith("http")) {
      return null;
    }
    String name = BY_PREFIX.matcher(author).replaceFirst("").strip();
    return name.isEmpty() || name.length() > MAX_BYLINE_CHARS ? null : name;
  }

  /**
   * The footer's copyright line, for pages that give neither a site name nor a web address. Last
   * because the holder is sometimes the parent company ("... Interactive Inc") or a domain, while
   * the site name and host name the outlet itself. The page title joins the footer lines so that
   * "Harbor Gazette Media" can be checked against "... | Harbor Gazette".
   */
  private static String copyrightHolder(Document doc) {
    List<DumpLine> lines = new ArrayList<>();
    lines.add(DumpLine.of(doc.title()));
    for (Element footer : doc.select(FOOTERS)) {
      for (String paragraph : HtmlText.paragraphs(footer)) {
        lines.add(DumpLine.of(paragraph));
      }
    }
    return DumpSource.copyrightHolder(lines);
  }

  /**
   * Pages without date markup still style their date: an element whose class or itemprop names a
   * date ("date", "pubdate", "published", "timestamp", "post-time"). A whole-page pass, made only
   * when no marked-up date was found.
   */
  private static final String DATED_ELEMENTS = "[class~=(?i)date|publish|time], [itemprop~=(?i)date|publish]";

  /** The text of the first element of {@link #DATED_ELEMENTS} that holds a date, or null. */
  private static String datedElementText(Document doc) {
    for (Element e : doc.select(DATED_ELEMENTS)) {
      String text = e.text();
      if (DateNormalizer.normalize(text) != null) {
        return text;
      }
    }
    return null;
  }

  /**
   * The first stated date that reads as a real date, in ISO form (see {@link DateNormalizer}):
   * markup first, then an element styled as a date, then a date in the byline ("By X · 9 May
   * 2030"). Each source is only looked up when the ones before it gave nothing: every lookup is a
   * pass over the page.
   */
  private static String published(Document doc, FirstMatches found, Metas metas, JsonLd ld, String language) {
    List<Supplier<String>> stated = List.of(
        () -> metas.get("article:published_time"),
        () -> attr(found, "[itemprop=datePublished]", "content"),
        () -> attr(found, "[itemprop=datePublished]", "datetime"),
        ld::datePublished,
        () -> attr(found, "time[datetime]", "datetime"),
        () -> text(found, "time"),
        () -> datedElementText(doc),
        () -> text(found, ".byline, .author-name, .article-author"));
    DateNormalizer.Order order = null;
    for (Supplier<String> source : stated) {
      String value = source.get();
      if (value != null) {
        // the order needs the whole page's text, and only an all-numeric date needs the order
        if (order == null && DateNormalizer.hasNumericDate(value)) {
          order = DateNormalizer.numericOrder(doc.text(), language);
        }
        String iso = DateNormalizer.normalize(value, order);
        if (iso != null) {
          return iso;
        }
      }
    }
    return null;
  }

  private static String language(Document doc, Metas metas) {
    Element html = doc.children().isEmpty() ? null : doc.child(0);
    String lang = html == null || !html.normalName().equals("html") ? null : blankToNull(html.attr("lang"));
    return firstNonBlank(lang, metas.get("content-language"));
  }

  /** Callers may pass a file path as base URI; only a web address is the page's URL. */
  private static String webAddress(String baseUri) {
    return baseUri != null && WEB_ADDRESS.matcher(baseUri).find() ? baseUri.strip() : null;
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String attr(FirstMatches found, String query, String attr) {
    Element e = found.get(query);
    return e == null ? null : blankToNull(e.attr(attr));
  }

  private static String absAttr(FirstMatches found, String query, String attr) {
    Element e = found.get(query);
    return e == null ? null : blankToNull(e.absUrl(attr).isEmpty() ? e.attr(attr) : e.absUrl(attr));
  }

  /** The author's name inside the first author element, when it marks one. */
  private static String authorName(Element author) {
    Element name = author == null ? null : author.selectFirst("[itemprop=name]");
    return name == null ? null : blankToNull(name.text());
  }

  private static String text(FirstMatches found, String query) {
    Element e = found.get(query);
    return e == null ? null : blankToNull(e.text());
  }

  private static String compact(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  @SafeVarargs
  private static String firstLazy(Supplier<String>... values) {
    for (Supplier<String> v : values) {
      String value = v.get();
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
