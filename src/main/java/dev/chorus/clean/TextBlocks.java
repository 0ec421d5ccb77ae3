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
  /** A button label between two blocks of one article: "Share", "Copy link". */
  private static final int MAX_LABEL_WORDS = 2;

  private TextBlocks() {}

  /** Indexes of the best block's lines, trimmed of non-sentence lines at both ends; empty if none. */
  static List<Integer> best(List<DumpLine> lines) {
    List<List<Integer>> blocks = split(lines);
    int best = -1;
    int bestScore = MIN_ARTICLE_CHARS - 1;
    for (int b = 0; b < blocks.size(); b++) {
      int score = score(lines, blocks.get(b));
      if (score > bestScore) {
        best = b;
        bestScore = score;
      }
    }
    if (best < 0) {
      return List.of();
    }
    int from = best;
    int to = best;
    while (from > 0 && joined(lines, blocks.get(from - 1), blocks.get(from))) {
      from--;
    }
    while (to + 1 < blocks.size() && joined(lines, blocks.get(to), blocks.get(to + 1))) {
      to++;
    }
    List<Integer> merged = new ArrayList<>();
    for (int b = from; b <= to; b++) {
      merged.addAll(blocks.get(b));
    }
    return trim(lines, merged);
  }

  /**
   * Two blocks of prose split by one button label ("Share" under each entry of a live blog, a
   * one-word widget between paragraphs) are one article: nothing but that label lies between them
   * and both hold sentences.
   */
  private static boolean joined(List<DumpLine> lines, List<Integer> first, List<Integer> second) {
    int between = 0;
    for (int i = first.get(first.size() - 1) + 1; i < second.get(0); i++) {
      DumpLine line = lines.get(i);
      if (line.kind() == LineKind.BLANK) {
        continue;
      }
      if (++between > 1 || line.kind() != LineKind.BOILERPLATE || line.words() > MAX_LABEL_WORDS) {
        return false;
      }
    }
    return between == 1 && score(lines, first) > 0 && score(lines, second) > 0;
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
