package dev.chorus.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by {@code property}, {@code name} or {@code http-equiv} (lower
 * case; the first non-blank content wins), read in one pass instead of one selector per key.
 */
final class Metas {

  private final Map<String, String> content = new HashMap<>();

  private Metas() {}

  static Metas of(Document doc) {
    Metas metas = new Metas();
    for (Element meta : doc.getElementsByTag("meta")) {
      String value = meta.attr("content").strip();
      if (value.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "http-equiv"}) {
        String k = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!k.isEmpty()) {
          metas.content.putIfAbsent(k, value);
        }
      }
    }
    return metas;
  }

  /** @param key lower case, e.g. {@code og:site_name} */
  String get(String key) {
    return content.get(key);
  }
}
