package dev.chorus.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article: paragraphs vote for their ancestors with a weight that
 * grows with their length and comma count, and votes are discounted by link density, so the
 * container of many long, link-poor paragraphs wins over menus and teaser lists.
 */
final class HtmlScoring {

  private static final Pattern POSITIVE = Pattern.compile(
      "(?i)article|body|content|entry|hentry|main|page|post|text|blog|story");
  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int CLASS_WEIGHT = 25;
  private static final int ANCESTOR_LEVELS = 3;
  private static final double RIVAL_SHARE = 0.3;
  private static final int MIN_RIVALS = 2;

  private HtmlScoring() {}

  /** Each voted-for element's score, link density applied, in a deterministic order. */
  static Map<Element, Double> scores(Element root, TextStats stats) {
    Map<Element, Double> votes = new LinkedHashMap<>();
    for (Element p : root.select("p, pre, td, blockquote, div, section")) {
      if (isParagraph(p)) {
        vote(p, votes);
      }
    }
    Map<Element, Double> scores = new LinkedHashMap<>();
    votes.forEach((e, v) -> scores.put(e, v * (1 - stats.linkDensity(e))));
    return scores;
  }

  /** The best-scoring element, the first one on ties; null when the page has no paragraph text. */
  static Element top(Map<Element, Double> scores) {
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }

  /**
   * Widens the top candidate to the nearest ancestor that also holds several other candidates with
   * a good share of its score: articles split into sections by pictures or ads score per section.
   */
  static Element widen(Element top, Map<Element, Double> scores, Element root) {
    Map<Element, Integer> level = new HashMap<>();
    List<Element> ancestors = new ArrayList<>();
    for (Element a = top; a != null && a != root.parent(); a = a.parent()) {
      level.put(a, ancestors.size());
      ancestors.add(a);
    }
    int[] rivalsJoiningAt = new int[ancestors.size()];
    double bar = scores.get(top) * RIVAL_SHARE;
    scores.forEach((e, score) -> {
      if (score >= bar && !level.containsKey(e)) {
        Integer meet = lowestSharedAncestor(e, level);
        if (meet != null && meet > 0) {
          rivalsJoiningAt[meet]++;
        }
      }
    });
    int held = 0;
    for (int i = 1; i < ancestors.size(); i++) {
      held += rivalsJoiningAt[i];
      if (held >= MIN_RIVALS) {
        return ancestors.get(i);
      }
    }
    return top;
  }

  /** Level of the first of top's ancestors above e; 0 when e lies inside top. */
  private static Integer lowestSharedAncestor(Element e, Map<Element, Integer> level) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      Integer l = level.get(a);
      if (l != null) {
        return l;
      }
    }
    return null;
  }

  /**
   * Containers that nest count only their own text: a div counts as a paragraph when it holds
   * text directly, and whole subtrees would be read once per nesting level.
   */
  private static boolean ownTextOnly(Element e) {
    String tag = e.normalName();
    return !tag.equals("p") && !tag.equals("pre");
  }

  private static boolean isParagraph(Element e) {
    String text = ownTextOnly(e) ? e.ownText() : e.text();
    return text.length() >= MIN_PARAGRAPH_CHARS;
  }

  private static void vote(Element p, Map<Element, Double> scores) {
    String text = ownTextOnly(p) ? p.ownText() : p.text();
    double weight = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3);
    Element ancestor = ownTextOnly(p) ? p : p.parent();
    for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
      double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
      double base = scores.containsKey(ancestor) ? 0 : initial(ancestor);
      scores.merge(ancestor, base + weight * share, Double::sum);
      ancestor = ancestor.parent();
    }
  }

  private static double initial(Element e) {
    double tag = switch (e.normalName()) {
      case "article" -> 10;
      case "div", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "li", "dl", "dd", "dt", "address" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String names = e.className() + " " + e.id();
    double cls = POSITIVE.matcher(names).find() ? CLASS_WEIGHT : 0;
    if (e.attr("itemprop").equals("articleBody")) {
      cls += CLASS_WEIGHT * 2;
    }
    return tag + cls;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
