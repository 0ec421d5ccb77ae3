package dev.chorus.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

public final class HtmlExtractor {
  private HtmlExtractor() {}

  public static Extraction extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri);
    return new Extraction(doc.title(), doc.body() == null ? "" : doc.body().text(), null, null, null, null, null, 0);
  }
}
