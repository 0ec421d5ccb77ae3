package dev.chorus.clean;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in its JSON-LD blocks, parsed as JSON: every object of every block,
 * including those in an {@code @graph}, in arrays and nested in other objects, is a candidate, and
 * the first one typed as an article (NewsArticle, BlogPosting, Report, ...) gives the fields.
 * A block that is not valid JSON is skipped, as browsers and search engines skip it.
 */
record JsonLd(String headline, String datePublished, String author, String publisher) {

  static final JsonLd NONE = new JsonLd(null, null, null, null);

  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build())
      .configure(JsonParser.Feature.ALLOW_COMMENTS, true)
      .configure(JsonParser.Feature.ALLOW_TRAILING_COMMA, true)
      .configure(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS, true);
  /** Objects looked at per page: a product catalogue's JSON-LD must not cost more than its HTML. */
  private static final int MAX_OBJECTS = 2000;

  static JsonLd read(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.getElementsByAttributeValue("type", "application/ld+json")) {
      try {
        collect(JSON.readTree(script.data()), objects);
      } catch (Exception e) {
        // invalid JSON-LD: the page's other metadata still counts
      }
    }
    JsonNode article = null;
    for (JsonNode o : objects) {
      if (isArticle(o)) {
        article = o;
        break;
      }
    }
    if (article == null) {
      return objects.isEmpty() ? NONE : new JsonLd(null, null, null, publisherOf(objects));
    }
    return new JsonLd(text(article.get("headline")), text(article.get("datePublished")),
        name(article.get("author")), firstNonNull(name(article.get("publisher")), publisherOf(objects)));
  }

  /** Every object, depth first in document order, without recursion (nesting is bounded by the parser). */
  private static void collect(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty() && out.size() < MAX_OBJECTS) {
      JsonNode n = stack.pop();
      if (n.isObject()) {
        out.add(n);
      }
      if (n.isContainerNode()) {
        List<JsonNode> children = new ArrayList<>();
        n.elements().forEachRemaining(children::add);
        for (int i = children.size() - 1; i >= 0; i--) {
          stack.push(children.get(i));
        }
      }
    }
  }

  private static boolean isArticle(JsonNode o) {
    for (String type : types(o)) {
      String t = type.toLowerCase(Locale.ROOT);
      if (t.endsWith("article") || t.equals("blogposting") || t.equals("report") || t.equals("liveblogposting")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> types(JsonNode o) {
    List<String> out = new ArrayList<>();
    JsonNode t = o.get("@type");
    if (t != null && t.isTextual()) {
      out.add(t.asText());
    } else if (t != null && t.isArray()) {
      t.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  /** A site-wide Organization or WebSite block names the publisher when the article does not. */
  private static String publisherOf(List<JsonNode> objects) {
    for (JsonNode o : objects) {
      for (String type : types(o)) {
        if (type.equalsIgnoreCase("NewsMediaOrganization") || type.equalsIgnoreCase("WebSite")) {
          String name = text(o.get("name"));
          if (name != null) {
            return name;
          }
        }
      }
    }
    return null;
  }

  /** A name given as a string, an object with "name", or an array of either (the first). */
  private static String name(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        String name = name(x);
        if (name != null) {
          return name;
        }
      }
      return null;
    }
    return n.isObject() ? text(n.get("name")) : text(n);
  }

  private static String text(JsonNode n) {
    if (n != null && n.isArray() && n.size() > 0) {
      n = n.get(0);
    }
    return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText().strip() : null;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
