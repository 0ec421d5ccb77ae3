package dev.chorus.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the article from a plain-text dump of a web page (menus, banners and teasers
 * included). Lines are classified one by one, grouped into blocks of prose separated by chrome,
 * and the block with the most sentence text is the body. The headline is found above it and its
 * repeats are then treated as chrome, which keeps it out of the body.
 */
public final class TextDumpExtractor {

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern BYLINE_PREFIX = Pattern.compile("(?i)^(?:written by|words by|by)\\s+");
  /** What follows the names: affiliation, role or a date ("By A, Staff Writer | Updated ..."). */
  private static final Pattern BYLINE_TAIL = Pattern.compile(
      "\\s*(?:[,|•·]|\\s[-–—]\\s|\\s(?i:published|updated|posted)\\b).*$");
  private static final Pattern DATE_PREFIX =
      Pattern.compile("(?i)^(?:published|updated|posted|last updated)(?: on)?\\s*:?\\s*");

  private TextDumpExtractor() {}

  /** Never throws: input it cannot make sense of gives an extraction with an empty body. */
  public static Extraction extract(String text) {
    try {
      return extractOrThrow(text == null ? "" : text);
    } catch (RuntimeException | StackOverflowError e) {
      return new Extraction(null, "", null, null, null, null, null, text == null ? 0 : text.length());
    }
  }

  private static Extraction extractOrThrow(String text) {
    List<DumpLine> lines = new ArrayList<>();
    for (String raw : LINE_BREAK.split(text, -1)) {
      lines.add(DumpLine.of(raw));
    }
    List<Integer> body = TextBlocks.best(lines);
    String title = DumpTitle.find(lines, body.isEmpty() ? lines.size() : body.get(0));
    if (title != null) {
      markHeadlines(lines, title);
      body = TextBlocks.best(lines);
    }
    int start = body.isEmpty() ? lines.size() : body.get(0);
    String bodyText = String.join("\n\n", NearDuplicates.remove(texts(lines, body)));
    return new Extraction(
        title,
        bodyText,
        DumpSource.find(outside(lines, body)),
        byline(lines, start),
        published(lines, start),
        null,
        null,
        Math.max(0, text.strip().length() - bodyText.length()));
  }

  private static void markHeadlines(List<DumpLine> lines, String title) {
    for (int i = 0; i < lines.size(); i++) {
      DumpLine line = lines.get(i);
      if (line.kind() != LineKind.BLANK && DumpTitle.echoes(line, title)) {
        lines.set(i, line.as(LineKind.HEADLINE));
      }
    }
  }

  private static List<String> texts(List<DumpLine> lines, List<Integer> indexes) {
    List<String> out = new ArrayList<>();
    for (int i : indexes) {
      out.add(lines.get(i).text());
    }
    return out;
  }

  private static List<DumpLine> outside(List<DumpLine> lines, List<Integer> body) {
    Set<Integer> inBody = new HashSet<>(body);
    List<DumpLine> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!inBody.contains(i) && lines.get(i).kind() != LineKind.BLANK) {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  /** Only lines above the body: bylines further down belong to teasers of other stories. */
  private static String byline(List<DumpLine> lines, int bodyStart) {
    DumpLine line = firstAbove(lines, bodyStart, LineKind.BYLINE);
    if (line == null) {
      return null;
    }
    String name = BYLINE_TAIL.matcher(BYLINE_PREFIX.matcher(line.text()).replaceFirst("")).replaceFirst("");
    return name.isBlank() ? null : name.strip();
  }

  private static String published(List<DumpLine> lines, int bodyStart) {
    DumpLine line = firstAbove(lines, bodyStart, LineKind.DATE);
    return line == null ? null : DATE_PREFIX.matcher(line.text()).replaceFirst("");
  }

  private static DumpLine firstAbove(List<DumpLine> lines, int bodyStart, LineKind kind) {
    for (int i = 0; i < bodyStart && i < lines.size(); i++) {
      if (lines.get(i).kind() == kind) {
        return lines.get(i);
      }
    }
    return null;
  }
}
