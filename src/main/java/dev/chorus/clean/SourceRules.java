package dev.chorus.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The user's fallbacks for naming a page's outlet when the page itself does not: a list of
 * path-prefix → source pairs (longest prefix wins) and/or the parent folder's name.
 */
public final class SourceRules implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<String[]> prefixes;
  private final boolean parentFolder;

  private SourceRules(List<String[]> prefixes, boolean parentFolder) {
    this.prefixes = prefixes;
    this.parentFolder = parentFolder;
  }

  public static SourceRules none() {
    return new SourceRules(List.of(), false);
  }

  /**
   * @param mapLines lines of a source map: {@code prefix<TAB>source} or {@code prefix,source};
   *     blank lines and lines starting with '#' are ignored
   * @throws IllegalArgumentException for a line without a separator, naming the line
   */
  public static SourceRules of(List<String> mapLines, boolean parentFolder) {
    List<String[]> pairs = new ArrayList<>();
    int lineNo = 0;
    for (String line : mapLines) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int sep = t.indexOf('\t') >= 0 ? t.indexOf('\t') : t.lastIndexOf(',');
      if (sep <= 0 || sep == t.length() - 1) {
        throw new IllegalArgumentException("source map line " + lineNo + " is not 'prefix<TAB>source': " + t);
      }
      pairs.add(new String[] {t.substring(0, sep).strip(), t.substring(sep + 1).strip()});
    }
    pairs.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
    return new SourceRules(List.copyOf(pairs), parentFolder);
  }

  /** The source the map gives a file, or null; a prefix matches the relative or the full path. */
  public String fromMap(String path, String relPath) {
    for (String[] p : prefixes) {
      if (relPath != null && relPath.startsWith(p[0]) || path != null && path.startsWith(p[0])) {
        return p[1];
      }
    }
    return null;
  }

  /** The name of the file's parent folder when that rule is on, else null. */
  public String fromFolder(String path) {
    if (!parentFolder || path == null) {
      return null;
    }
    String[] parts = path.split("/");
    return parts.length >= 2 && !parts[parts.length - 2].isEmpty() ? parts[parts.length - 2] : null;
  }
}
