package dev.chorus.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Removes the parts of a page that are never article text, before the body is looked for. */
final class HtmlCleaner {

  /** Elements that never hold article text, whatever their content. */
  private static final Set<String> NEVER_CONTENT_TAGS = Set.of("script", "style", "noscript", "template", "nav",
      "aside", "footer", "iframe", "svg", "canvas", "object", "embed", "button", "select", "input", "textarea",
      "label", "figure", "figcaption", "picture", "video", "audio", "dialog");
  private static final Set<String> NEVER_CONTENT_ROLES = Set.of("navigation", "complementary", "contentinfo", "dialog");
  private static final Pattern INVISIBLE_STYLE = Pattern.compile("(?:display:\\s*none|visibility:\\s*hidden)");
  /**
   * class/id words of widgets that sit in or around articles, matched against lower-cased names:
   * plain words with {@code contains}, the few that need word edges with a regular expression (a
   * case-insensitive alternation of all of them tried at every position was a sixth of the
   * extractor's time).
   */
  private static final List<String> WIDGET_WORDS = List.of("comment", "share", "sharing", "social", "related",
      "newsletter", "subscri", "promo", "advert", "sponsor", "outbrain", "taboola", "cookie", "consent", "popup",
      "modal", "breadcrumb", "recommend", "paywall", "signup", "sidebar", "masthead", "footer", "menu", "byline",
      "author", "caption", "credit", "disclaimer", "toolbar", "trending", "newsfeed");
  private static final Pattern WIDGET = Pattern.compile(
      "(?:^|[\\s_-])ads?(?:$|[\\s_-])|(?:^|[\\s_-])nav|(?:^|[\\s_-])tags?(?:$|[\\s_-])"
          + "|most-?popular|read-?more|more-?stories");
  /**
   * A widget-looking wrapper that holds this share of the page's text is the article itself; some
   * sites wrap the whole page in a form or put the article inside a header.
   */
  private static final double WRAPPER_SHARE = 0.5;

  private HtmlCleaner() {}

  static void clean(Element body) {
    List<Element> never = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e != body && isNeverContent(e)) {
        never.add(e);
      }
    }
    // an element inside one already removed goes with it; removing it again is harmless
    for (Element e : never) {
      e.remove();
    }
    removeWidgets(body);
  }

  /**
   * Tags, roles and hidden markers of non-content elements, checked in one pass over the tree (a
   * selector of ~30 alternatives, two of them regular expressions, cost a tenth of the extractor).
   */
  private static boolean isNeverContent(Element e) {
    if (NEVER_CONTENT_TAGS.contains(e.normalName())) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
        || NEVER_CONTENT_ROLES.contains(e.attr("role").strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && INVISIBLE_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
  }

  private static void removeWidgets(Element body) {
    TextStats stats = TextStats.of(body);
    double wrapperChars = WRAPPER_SHARE * stats.text(body);
    Set<Element> holdsMarkedBody = new HashSet<>();
    for (Element marked : body.select("[itemprop=articleBody]")) {
      holdsMarkedBody.addAll(marked.parents());
    }
    List<Element> widgets = new ArrayList<>();
    // pages repeat the same few class names on hundreds of elements
    Map<String, Boolean> widgetNames = new HashMap<>();
    for (Element e : body.getAllElements()) {
      if (e != body && isRemovable(e, widgetNames) && stats.text(e) < wrapperChars && !holdsMarkedBody.contains(e)) {
        widgets.add(e);
      }
    }
    for (Element e : widgets) {
      e.remove();
    }
  }

  private static boolean isRemovable(Element e, Map<String, Boolean> widgetNames) {
    return isWidget(e, widgetNames) || e.normalName().equals("form") || e.normalName().equals("header");
  }

  private static boolean isWidget(Element e, Map<String, Boolean> widgetNames) {
    String tag = e.normalName();
    if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")
        || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    return !names.isBlank() && widgetNames.computeIfAbsent(names,
        n -> isWidgetName(n.toLowerCase(Locale.ROOT)));
  }

  private static boolean isWidgetName(String lower) {
    for (String word : WIDGET_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return WIDGET.matcher(lower).find();
  }
}
