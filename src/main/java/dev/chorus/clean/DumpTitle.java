package dev.chorus.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the headline of a text dump: the nearest headline-shaped line above the body, preferring
 * one the page repeats (breadcrumbs, sticky headers and share widgets all echo the headline).
 */
final class DumpTitle {

  private static final Pattern HEADLINE_START = Pattern.compile("^[\\p{Lu}\\d\"'“‘]");
  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 25;
  /** How many non-blank lines above the body the headline may sit. */
  private static final int WINDOW = 12;
  /** Lines above the byline/date cluster the headline may sit (a standfirst, a kicker between). */
  private static final int MAX_LINES_OVER_BYLINE = 3;
  /** Fewer words than this above a candidate is a section label or kicker, not a headline. */
  private static final int MIN_HEADLINE_OVER_STANDFIRST_WORDS = 6;
  /** A standfirst is about as long as its headline or longer; a headline under a kicker is longer than it. */
  private static final double STANDFIRST_MIN_LENGTH_SHARE = 0.8;

  private DumpTitle() {}

  static String find(List<DumpLine> lines, int bodyStart) {
    String overByline = overByline(lines, bodyStart);
    if (overByline != null) {
      return overByline;
    }
    Map<String, Integer> counts = repetitions(lines);
    int nearest = -1;
    int seen = 0;
    for (int i = bodyStart - 1; i >= 0 && seen < WINDOW; i--) {
      DumpLine line = lines.get(i);
      if (line.kind() == LineKind.BLANK) {
        continue;
      }
      seen++;
      if (!isHeadlineShaped(line)) {
        continue;
      }
      if (counts.getOrDefault(line.key(), 0) > 1) {
        return line.text();
      }
      if (nearest < 0) {
        nearest = i;
      }
    }
    return nearest < 0 ? null : headlineOverStandfirst(lines, nearest).text();
  }

  /**
   * Pages print the headline, then (perhaps after a standfirst) the byline and timestamp lines,
   * then the body; what sits between those lines and the body (share bars, "4 min read", photo
   * captions, widget labels) is not the headline. So when a byline or date line sits above the
   * body, the headline is the nearest headline-shaped line above the topmost of that cluster.
   * Null when there is no such cluster or no such line close above it.
   */
  private static String overByline(List<DumpLine> lines, int bodyStart) {
    int top = -1;
    int seen = 0;
    for (int i = Math.min(bodyStart, lines.size()) - 1; i >= 0 && seen < WINDOW; i--) {
      LineKind kind = lines.get(i).kind();
      if (kind == LineKind.BLANK) {
        continue;
      }
      seen++;
      if (kind == LineKind.BYLINE || kind == LineKind.DATE) {
        top = i;
      } else if (top >= 0) {
        break;
      }
    }
    if (top < 0) {
      return null;
    }
    int looked = 0;
    for (int i = top - 1; i >= 0 && looked < MAX_LINES_OVER_BYLINE; i--) {
      DumpLine line = lines.get(i);
      if (line.kind() == LineKind.BLANK) {
        continue;
      }
      looked++;
      if (isHeadlineShaped(line)) {
        return headlineOverStandfirst(lines, i).text();
      }
    }
    return null;
  }

  /**
   * The nearest candidate may be the standfirst printed under the headline without a full stop.
   * When the line right above it is also headline-shaped, long, and not much longer than it, that
   * line is the headline: pages print headline, then standfirst, then byline and date.
   */
  private static DumpLine headlineOverStandfirst(List<DumpLine> lines, int nearest) {
    DumpLine candidate = lines.get(nearest);
    for (int i = nearest - 1; i >= 0; i--) {
      DumpLine above = lines.get(i);
      if (above.kind() == LineKind.BLANK) {
        continue;
      }
      boolean longEnough = above.words() >= MIN_HEADLINE_OVER_STANDFIRST_WORDS;
      boolean standfirstLength = candidate.text().length() >= STANDFIRST_MIN_LENGTH_SHARE * above.text().length();
      return isHeadlineShaped(above) && longEnough && standfirstLength ? above : candidate;
    }
    return candidate;
  }

  /**
   * Whether the line is the headline, or a breadcrumb/bullet echoing it.
   *
   * @param titleKey {@code DumpLine.of(title).key()}
   */
  static boolean echoes(DumpLine line, String titleKey) {
    return line.key().equals(titleKey) || line.lastCrumb().equals(titleKey);
  }

  private static boolean isHeadlineShaped(DumpLine line) {
    boolean kindOk = line.kind() == LineKind.TEXT || line.kind() == LineKind.HEADLINE;
    boolean endOk = !line.sentence() || line.text().endsWith("?") || line.text().endsWith("!");
    return kindOk && endOk && line.words() >= MIN_WORDS && line.words() <= MAX_WORDS
        && HEADLINE_START.matcher(line.text()).find();
  }

  private static Map<String, Integer> repetitions(List<DumpLine> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (DumpLine line : lines) {
      if (line.kind() == LineKind.BLANK) {
        continue;
      }
      counts.merge(line.key(), 1, Integer::sum);
      String crumb = line.lastCrumb();
      if (!crumb.equals(line.key())) {
        counts.merge(crumb, 1, Integer::sum);
      }
    }
    return counts;
  }
}
