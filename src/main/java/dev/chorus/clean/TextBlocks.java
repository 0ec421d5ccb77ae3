package dev.chorus.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups TEXT lines into blocks separated by chrome, and picks the block that reads most like an
 * article: the one with the most characters in sentence-like lines.
 */
final class TextBlocks {

  /** A wire story ends with its agency tag, e.g. "... officials. (AP)"; what follows is chrome. */
  private static final Pattern SIGN_OFF = Pattern.compile("\\([A-Z]{2,}\\)$");

  /** Less sentence text than this is a promo or a quiz teaser, not an article. */
  private static final int MIN_ARTICLE_CHARS = 150;

  private TextBlocks() {}

  /** Indexes of the best block's lines, trimmed of non-sentence lines at both ends; empty if none. */
  static List<Integer> best(List<DumpLine> lines) {
    List<Integer> best = List.of();
    int bestScore = MIN_ARTICLE_CHARS - 1;
    for (List<Integer> block : split(lines)) {
      int score = score(lines, block);
      if (score > bestScore) {
        best = block;
        bestScore = score;
      }
    }
    return trim(lines, best);
  }

  private static List<List<Integer>> split(List<DumpLine> lines) {
    List<List<Integer>> blocks = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    boolean afterBareMarker = false;
    for (int i = 0; i < lines.size(); i++) {
      DumpLine line = lines.get(i);
      if (line.kind() == LineKind.BLANK) {
        continue;
      }
      if (line.kind().breaksBlock()) {
        current = close(blocks, current);
      } else if (line.kind() == LineKind.INLINE) {
        // a bare "RELATED" marker puts the teaser headline on the next line
        afterBareMarker = line.words() <= 3;
        continue;
      } else if (!(afterBareMarker && !line.sentence())) {
        current.add(i);
        if (SIGN_OFF.matcher(line.text()).find()) {
          current = close(blocks, current);
        }
      }
      afterBareMarker = false;
    }
    close(blocks, current);
    return blocks;
  }

  private static List<Integer> close(List<List<Integer>> blocks, List<Integer> current) {
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return new ArrayList<>();
  }

  private static int score(List<DumpLine> lines, List<Integer> block) {
    int score = 0;
    for (int i : block) {
      DumpLine line = lines.get(i);
      if (line.sentence()) {
        score += line.text().length();
      }
    }
    return score;
  }

  private static List<Integer> trim(List<DumpLine> lines, List<Integer> block) {
    int from = 0;
    int to = block.size();
    while (from < to && !lines.get(block.get(from)).sentence()) {
      from++;
    }
    while (to > from && !lines.get(block.get(to - 1)).sentence()) {
      to--;
    }
    return block.subList(from, to);
  }
}
