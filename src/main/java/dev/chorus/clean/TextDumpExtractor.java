package dev.chorus.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
  /**
   * A reporter's name alone ("Nora Quill", "Anna de Vries"): two to four capitalised words, not
   * shouting capitals, no digits.
   */
  private static final Pattern BARE_NAME = Pattern.compile(
      "^\\p{Lu}[\\p{Ll}’'-]+(?:\\s+(?:(?:van|von|de|da|del|der|di|du|la|le|bin|al)\\s+)?"
          + "(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}’'-]+)){1,3}$");
  /** Words of section labels, which look like names in title case ("World News"). */
  static final Pattern SECTION_WORD = Pattern.compile(
      "(?i)\\b(?:news|world|politics|business|sports?|opinion|home|latest|breaking|local|analysis|live|updates?"
          + "|europe|region|national|international|culture|economy|science|health|tech|technology|weather)\\b");

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
    markBareNameBylines(lines, body.isEmpty() ? lines.size() : body.get(0));
    String title = DumpTitle.find(lines, body.isEmpty() ? lines.size() : body.get(0));
    if (title != null) {
      markHeadlines(lines, title);
      body = TextBlocks.best(lines);
    }
    int start = body.isEmpty() ? lines.size() : body.get(0);
    List<String> paragraphs = NearDuplicates.remove(texts(lines, body));
    String bodyText = String.join("\n\n", paragraphs.subList(0, ArticleEnd.length(paragraphs)));
    return new Extraction(
        title,
        bodyText,
        DumpSource.find(outside(lines, body), above(lines, start)),
        byline(lines, start),
        published(lines, start, DateNormalizer.numericOrder(text)),
        null,
        null,
        Math.max(0, text.strip().length() - bodyText.length()));
  }

  private static void markHeadlines(List<DumpLine> lines, String title) {
    String titleKey = DumpLine.of(title).key();
    for (int i = 0; i < lines.size(); i++) {
      DumpLine line = lines.get(i);
      if (line.kind() != LineKind.BLANK && DumpTitle.echoes(line, titleKey)) {
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

  private static int above(List<DumpLine> lines, int bodyStart) {
    int n = 0;
    for (int i = 0; i < bodyStart && i < lines.size(); i++) {
      n += lines.get(i).kind() != LineKind.BLANK ? 1 : 0;
    }
    return n;
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

  /**
   * The first date above the body that reads as a real date, in ISO form. Date lines come first;
   * a byline may carry the date too ("By Nora Quill | Updated 3 March 2024").
   */
  private static String published(List<DumpLine> lines, int bodyStart, DateNormalizer.Order order) {
    for (LineKind kind : List.of(LineKind.DATE, LineKind.BYLINE)) {
      for (int i = 0; i < bodyStart && i < lines.size(); i++) {
        if (lines.get(i).kind() == kind) {
          String iso = DateNormalizer.normalize(lines.get(i).text(), order);
          if (iso != null) {
            return iso;
          }
        }
      }
    }
    return null;
  }

  /**
   * A name printed without "By" next to the timestamp above the body is the byline ("6 Mar 2025" /
   * "Nora Quill"). It must not repeat elsewhere on the page: an outlet's name shaped like a
   * person's ("Harbor Gazette") also appears in its footer or share bar.
   */
  private static void markBareNameBylines(List<DumpLine> lines, int bodyStart) {
    for (int i = 0; i < bodyStart && i < lines.size(); i++) {
      if (lines.get(i).kind() != LineKind.DATE) {
        continue;
      }
      for (int j : new int[] {neighbour(lines, i, -1), neighbour(lines, i, 1)}) {
        if (j >= 0 && j < bodyStart && isBareName(lines.get(j)) && !mentionedElsewhere(lines, j)) {
          lines.set(j, lines.get(j).as(LineKind.BYLINE));
        }
      }
    }
  }

  private static boolean isBareName(DumpLine line) {
    return line.kind() == LineKind.TEXT && line.words() <= 6 && BARE_NAME.matcher(line.text()).matches()
        && !SECTION_WORD.matcher(line.text()).find();
  }

  private static boolean mentionedElsewhere(List<DumpLine> lines, int index) {
    String name = lines.get(index).text().toLowerCase(Locale.ROOT);
    for (int i = 0; i < lines.size(); i++) {
      if (i != index && lines.get(i).text().toLowerCase(Locale.ROOT).contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Index of the nearest non-blank line in direction {@code step}, or -1. */
  private static int neighbour(List<DumpLine> lines, int from, int step) {
    for (int i = from + step; i >= 0 && i < lines.size(); i += step) {
      if (lines.get(i).kind() != LineKind.BLANK) {
        return i;
      }
    }
    return -1;
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
