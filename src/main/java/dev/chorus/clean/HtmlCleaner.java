package dev.chorus.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Removes the parts of a page that are never article text, before the body is looked for. */
final class HtmlCleaner {

  private static final String NEVER_CONTENT =
      "script, style, noscript, template, nav, aside, footer, iframe, svg, canvas, object, embed,"
          + " button, select, input, textarea, label, figure, figcaption, picture, video, audio, dialog,"
          + " [hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo],"
          + " [role=dialog], [style~=display:\\s*none], [style~=visibility:\\s*hidden]";
  /** class/id words of widgets that sit in or around articles. */
  private static final Pattern WIDGET = Pattern.compile(
      "(?i)comment|share|sharing|social|related|newsletter|subscri|promo|advert|(?:^|[\\s_-])ads?(?:$|[\\s_-])"
          + "|sponsor|outbrain|taboola|cookie|consent|popup|modal|breadcrumb|recommend|paywall|signup"
          + "|sidebar|masthead|footer|(?:^|[\\s_-])nav|menu|(?:^|[\\s_-])tags?(?:$|[\\s_-])|byline|author"
          + "|caption|credit|disclaimer|toolbar|trending|most-?popular|read-?more|more-?stories|newsfeed");
  /**
   * A widget-looking wrapper that holds this share of the page's text is the article itself; some
   * sites wrap the whole page in a form or put the article inside a header.
   */
  private static final double WRAPPER_SHARE = 0.5;

  private HtmlCleaner() {}

  static void clean(Element body) {
    body.select(NEVER_CONTENT).remove();
    removeWidgets(body);
  }

  private static void removeWidgets(Element body) {
    TextStats stats = TextStats.of(body);
    double wrapperChars = WRAPPER_SHARE * stats.text(body);
    Set<Element> holdsMarkedBody = new HashSet<>();
    for (Element marked : body.select("[itemprop=articleBody]")) {
      holdsMarkedBody.addAll(marked.parents());
    }
    List<Element> widgets = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e != body && isRemovable(e) && stats.text(e) < wrapperChars && !holdsMarkedBody.contains(e)) {
        widgets.add(e);
      }
    }
    for (Element e : widgets) {
      e.remove();
    }
  }

  private static boolean isRemovable(Element e) {
    return isWidget(e) || e.normalName().equals("form") || e.normalName().equals("header");
  }

  private static boolean isWidget(Element e) {
    String tag = e.normalName();
    if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")
        || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    return !names.isBlank() && WIDGET.matcher(names).find();
  }
}
