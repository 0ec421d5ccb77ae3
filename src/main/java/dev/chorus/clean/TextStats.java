package dev.chorus.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Non-space text characters, and how many of them are link text, for every element under a
 * root, counted in one pass: asking each element for its text would be quadratic on deeply
 * nested pages.
 */
final class TextStats {

  private final Map<Element, int[]> counts = new HashMap<>();
  private final List<Element> dropped = new ArrayList<>();

  private TextStats() {}

  static TextStats of(Element root) {
    return count(root, (stats, e) -> false);
  }

  /**
   * Counts bottom-up, leaving out of every ancestor's counts the elements {@code drop} rejects
   * once their own counts are known; those elements are listed by {@link #dropped()}.
   */
  static TextStats count(Element root, BiPredicate<TextStats, Element> drop) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(stats.new Counter(root, drop), root);
    return stats;
  }

  List<Element> dropped() {
    return dropped;
  }

  int text(Element e) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[0];
  }

  double linkDensity(Element e) {
    int[] c = counts.get(e);
    return c == null || c[0] == 0 ? 0 : Math.min(1.0, (double) c[1] / c[0]);
  }

  static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
        n++;
      }
    }
    return n;
  }

  private final class Counter implements NodeVisitor {
    private final Element root;
    private final BiPredicate<TextStats, Element> drop;
    private int openLinks;

    Counter(Element root, BiPredicate<TextStats, Element> drop) {
      this.root = root;
      this.drop = drop;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        counts.put(e, new int[2]);
        if (e.normalName().equals("a")) {
          openLinks++;
        }
      } else if (node instanceof TextNode t && t.parent() instanceof Element parent) {
        int chars = visibleChars(t.getWholeText());
        int[] c = counts.get(parent);
        c[0] += chars;
        c[1] += openLinks > 0 ? chars : 0;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      if (e.normalName().equals("a")) {
        openLinks--;
      }
      if (e == root || e.parent() == null) {
        return;
      }
      if (drop.test(TextStats.this, e)) {
        dropped.add(e);
      } else {
        int[] mine = counts.get(e);
        int[] parent = counts.get(e.parent());
        parent[0] += mine[0];
        parent[1] += mine[1];
      }
    }
  }
}
