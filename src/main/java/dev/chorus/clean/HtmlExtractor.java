package dev.chorus.clean;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from an HTML page. Chrome is removed first (navigation, asides, forms,
 * widgets named share/related/comment...), then the article container is the element with the
 * most long, link-poor paragraph text; siblings that read like more of the same article join it.
 * A schema.org articleBody, when the page marks one, is trusted over the scoring.
 */
public final class HtmlExtractor {

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'”’)\\]]*$");
  private static final double MAX_BLOCK_LINK_DENSITY = 0.5;
  private static final Set<String> LINK_BLOCKS = Set.of("ul", "ol", "div", "section", "table", "p", "li");
  private static final double SIBLING_SHARE = 0.2;
  private static final double MIN_SIBLING_SCORE = 10;
  private static final int LONG_PARAGRAPH = 80;
  private static final int MIN_ARTICLE_BODY_CHARS = 200;
  /** Paragraphs the line rules of text dumps recognise as chrome or article metadata. */
  private static final Set<LineKind> NOT_ARTICLE_TEXT =
      EnumSet.of(LineKind.BOILERPLATE, LineKind.INLINE, LineKind.BYLINE, LineKind.DATE);

  private HtmlExtractor() {}

  /** Never throws: a page it cannot make sense of gives an extraction with an empty body. */
  public static Extraction extract(String html, String baseUri) {
    String page = html == null ? "" : html;
    try {
      return extractOrThrow(page, baseUri);
    } catch (RuntimeException | StackOverflowError e) {
      return new Extraction(null, "", null, null, null, baseUri, null, page.length());
    }
  }

  private static Extraction extractOrThrow(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    HtmlMetadata meta = HtmlMetadata.read(doc, baseUri);
    Element body = doc.body();
    int pageChars = body.text().length();
    HtmlCleaner.clean(body);
    List<String> paragraphs = new ArrayList<>();
    for (Element part : articleParts(body)) {
      pruneLinkLists(part);
      paragraphs.addAll(HtmlText.paragraphs(part));
    }
    String text = String.join("\n\n", keepArticleText(paragraphs, meta.title()));
    return new Extraction(meta.title(), text, meta.source(), meta.byline(), meta.published(), meta.url(),
        meta.language(), Math.max(0, pageChars - text.length()));
  }

  private static List<Element> articleParts(Element body) {
    Element marked = body.selectFirst("[itemprop=articleBody]");
    if (marked != null && marked.text().length() >= MIN_ARTICLE_BODY_CHARS) {
      return List.of(marked);
    }
    TextStats stats = TextStats.of(body);
    Map<Element, Double> scores = HtmlScoring.scores(body, stats);
    Element top = HtmlScoring.top(scores);
    if (top == null) {
      return List.of();
    }
    double threshold = Math.max(MIN_SIBLING_SCORE, scores.get(top) * SIBLING_SHARE);
    top = HtmlScoring.widen(top, scores, body);
    if (top.parent() == null || top == body) {
      return List.of(top);
    }
    List<Element> parts = new ArrayList<>();
    for (Element sibling : top.parent().children()) {
      if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold || readsLikeProse(sibling, stats)) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  /** A loose paragraph next to the article container that continues the article. */
  private static boolean readsLikeProse(Element e, TextStats stats) {
    if (!e.normalName().equals("p")) {
      return false;
    }
    String text = e.text();
    double links = stats.linkDensity(e);
    return text.length() > LONG_PARAGRAPH ? links < 0.25 : links == 0 && SENTENCE_END.matcher(text).find();
  }

  /**
   * Lists and boxes made mostly of links inside the article are related-story teasers. Counted
   * bottom-up so that a paragraph is judged without the link lists already dropped from it.
   */
  private static void pruneLinkLists(Element part) {
    TextStats stats = TextStats.count(part, (s, e) -> LINK_BLOCKS.contains(e.normalName())
        && s.text(e) > 0 && s.linkDensity(e) > MAX_BLOCK_LINK_DENSITY);
    for (Element e : stats.dropped()) {
      e.remove();
    }
  }

  private static List<String> keepArticleText(List<String> paragraphs, String title) {
    String titleKey = title == null ? null : title.toLowerCase(Locale.ROOT);
    List<String> kept = new ArrayList<>();
    for (String p : paragraphs) {
      boolean isTitle = p.toLowerCase(Locale.ROOT).equals(titleKey);
      if (!isTitle && !NOT_ARTICLE_TEXT.contains(DumpLine.kindOf(p))) {
        kept.add(p);
      }
    }
    return kept.subList(0, ArticleEnd.length(kept));
  }
}
