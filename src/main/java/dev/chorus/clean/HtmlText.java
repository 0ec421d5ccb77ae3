package dev.chorus.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders article elements as paragraphs: one per block element, inline text joined. */
final class HtmlText {

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "header", "address");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");

  private HtmlText() {}

  static List<String> paragraphs(Element root) {
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, root);
    collector.flush();
    return collector.paragraphs;
  }

  /** Iterative traversal: deeply nested pages must not overflow the stack. */
  private static final class Collector implements NodeVisitor {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        current.append(t.getWholeText());
      } else if (isBlock(node)) {
        flush();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (isBlock(node)) {
        flush();
      }
    }

    private static boolean isBlock(Node node) {
      return node instanceof Element e && BLOCKS.contains(e.normalName());
    }

    void flush() {
      if (current.length() == 0) {
        return;
      }
      String text = SPACES.matcher(current).replaceAll(" ").strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
      current.setLength(0);
    }
  }
}
