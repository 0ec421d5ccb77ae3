package dev.chorus.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The first element (in document order) matching each of a fixed list of CSS queries, found in
 * one pass over the page: what {@code selectFirst} gives query by query, without a pass per query.
 */
final class FirstMatches {

  private final Map<String, Element> first = new HashMap<>();

  private FirstMatches() {}

  /** @param queries parsed once by the caller ({@link #parse}) */
  static FirstMatches of(Document doc, Map<String, Evaluator> queries) {
    FirstMatches matches = new FirstMatches();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && matches.first.size() < queries.size()) {
          for (Map.Entry<String, Evaluator> q : queries.entrySet()) {
            if (!matches.first.containsKey(q.getKey()) && q.getValue().matches(doc, e)) {
              matches.first.put(q.getKey(), e);
            }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    }, doc);
    return matches;
  }

  static Map<String, Evaluator> parse(List<String> queries) {
    Map<String, Evaluator> parsed = new HashMap<>();
    for (String q : queries) {
      parsed.put(q, QueryParser.parse(q));
    }
    return parsed;
  }

  /** The first element matching {@code query} (one of those parsed), or null. */
  Element get(String query) {
    return first.get(query);
  }
}
