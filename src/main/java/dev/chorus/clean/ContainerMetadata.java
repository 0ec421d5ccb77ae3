package dev.chorus.clean;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a page's container states about it, for the fields the page itself leaves blank: a WARC
 * record's target URI and capture date, a JSON line's url, title, authors, dates, language and
 * site. The page's own evidence always wins; the capture date is only the last resort for
 * {@code published} (a page is published on or before the day it was crawled).
 */
record ContainerMetadata(String url, String site, String title, String byline, String published, String language,
    String captured) {

  /** An already-extracted article (a JSON line's text): paragraphs one per line, as crawlers write them. */
  static Extraction extracted(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : (text == null ? "" : text).split("\\R")) {
      String p = line.strip();
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return new Extraction(null, String.join("\n\n", paragraphs), null, null, null, null, null, 0);
  }

  Extraction complete(Extraction e) {
    String pageUrl = firstNonBlank(e.url(), url);
    String source = firstNonBlank(e.source(), siteName(site), host(pageUrl));
    String date = firstNonBlank(e.published(), DateNormalizer.normalize(published), DateNormalizer.normalize(captured));
    return new Extraction(firstNonBlank(e.title(), strip(title)), e.body(), source, firstNonBlank(e.byline(), strip(byline)),
        date, pageUrl, firstNonBlank(e.language(), strip(language)), e.boilerplateChars());
  }

  /** A site given as a domain ("www.example.com") is named like a page's host; a name is kept. */
  static String siteName(String site) {
    String s = strip(site);
    if (s == null) {
      return null;
    }
    return s.contains(".") && !s.contains(" ") ? s.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "") : s;
  }

  static String host(String url) {
    if (url == null || !url.strip().matches("(?i)^https?://.*")) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
