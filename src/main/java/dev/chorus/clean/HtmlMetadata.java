package dev.chorus.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Article metadata an HTML page states about itself: meta tags, microdata, JSON-LD, markup. */
record HtmlMetadata(String title, String source, String byline, String published, String url, String language) {

  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·•]\\s+[^|\\-–—:·•]{2,60}$");
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*(?:written |posted |words )?by[:\\s]+");
  private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
  private static final Pattern JSON_LD_AUTHOR = Pattern.compile(
      "\"author\"\\s*:\\s*\\[?\\s*\\{[^{}]{0,400}?\"name\"\\s*:\\s*\"([^\"]{2,80})\"");
  private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)^\\s*https?://");
  private static final String FOOTERS = "footer, [class~=(?i)footer|copyright], [id~=(?i)footer|copyright]";
  private static final int MIN_TITLE_WORDS = 3;
  private static final int MAX_BYLINE_CHARS = 100;

  static HtmlMetadata read(Document doc, String baseUri) {
    String url = firstNonBlank(absAttr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), webAddress(baseUri));
    String site = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
    return new HtmlMetadata(
        title(doc, site),
        firstNonBlank(site, host(url), copyrightHolder(doc)),
        byline(doc),
        published(doc),
        url,
        language(doc));
  }

  private static String title(Document doc, String site) {
    String og = meta(doc, "og:title");
    if (og != null) {
      return stripSite(og, site, false);
    }
    Element h1 = doc.selectFirst("h1");
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

  private static String byline(Document doc) {
    String author = firstNonBlank(
        meta(doc, "author"),
        text(doc, "[rel=author]"),
        text(doc, "[itemprop=author] [itemprop=name]"),
        text(doc, "[itemprop=author]"),
        text(doc, ".byline, .author-name, .article-author"),
        jsonLd(doc, JSON_LD_AUTHOR));
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

  /** The first stated date that reads as a real date, in ISO form (see {@link DateNormalizer}). */
  private static String published(Document doc) {
    String[] stated = {
        meta(doc, "article:published_time"),
        attr(doc, "[itemprop=datePublished]", "content"),
        attr(doc, "[itemprop=datePublished]", "datetime"),
        jsonLd(doc, JSON_LD_DATE),
        attr(doc, "time[datetime]", "datetime"),
        text(doc, "time")};
    DateNormalizer.Order order = null;
    for (String value : stated) {
      if (value != null) {
        if (order == null) {
          order = DateNormalizer.numericOrder(doc.text());
        }
        String iso = DateNormalizer.normalize(value, order);
        if (iso != null) {
          return iso;
        }
      }
    }
    return null;
  }

  private static String language(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? null : blankToNull(html.attr("lang"));
    return firstNonBlank(lang, attr(doc, "meta[http-equiv=content-language]", "content"));
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

  private static String meta(Document doc, String key) {
    return firstNonBlank(
        attr(doc, "meta[property=" + key + "]", "content"),
        attr(doc, "meta[name=" + key + "]", "content"));
  }

  private static String jsonLd(Document doc, Pattern field) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = field.matcher(script.data());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.attr(attr));
  }

  private static String absAttr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.absUrl(attr).isEmpty() ? e.attr(attr) : e.absUrl(attr));
  }

  private static String text(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.text());
  }

  private static String compact(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static String firstNonBlank(String... values) {
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
