package dev.chorus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceRulesTest {

  @Test
  void theLongestMatchingPrefixWins() {
    SourceRules rules = SourceRules.of(List.of("# outlets", "", "crawl/\tSome Crawl", "crawl/herald/\tThe Herald"), false);
    assertEquals("The Herald", rules.fromMap("file:/x/crawl/herald/a.txt", "crawl/herald/a.txt"));
    assertEquals("Some Crawl", rules.fromMap("file:/x/crawl/b.txt", "crawl/b.txt"));
    assertNull(rules.fromMap("file:/x/other/c.txt", "other/c.txt"));
  }

  @Test
  void acceptsCommaSeparatedLinesAndFullPaths() {
    SourceRules rules = SourceRules.of(List.of("file:/data/post/,The Post"), false);
    assertEquals("The Post", rules.fromMap("file:/data/post/a.txt", "a.txt"));
  }

  @Test
  void theFolderRuleNamesTheParentFolderOnlyWhenOn() {
    assertEquals("herald", SourceRules.of(List.of(), true).fromFolder("file:/c/herald/a.txt"));
    assertNull(SourceRules.none().fromFolder("file:/c/herald/a.txt"));
  }

  @Test
  void aLineWithoutSeparatorIsAnErrorNamingTheLine() {
    var e = assertThrows(IllegalArgumentException.class, () -> SourceRules.of(List.of("ok/\tOk", "broken"), false));
    assertEquals("source map line 2 is not 'prefix<TAB>source': broken", e.getMessage());
  }
}
