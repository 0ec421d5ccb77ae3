package dev.chorus.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where an article's own text ends, for both extractors: a press release ends at its boilerplate
 * section ("About the Company", "Media contact", "Notes to editors", "###"), a news story may
 * end with its author's biography ("Jane Doe is the paper's correspondent for ..."), and a
 * paywalled page's visible part ends where it asks the reader to subscribe to continue reading.
 * All are conventions of the genres, not of any outlet.
 */
final class ArticleEnd {

  private static final Pattern SECTION = Pattern.compile(
      "^(?:(?i:about)\\s+(?:the\\s+)?\\p{Lu}[^.!?]{0,80}|(?i:media|press|investor) (?i:contacts?|enquiries|inquiries)\\b.{0,60}"
          + "|(?i:notes? (?:to|for) editors?)|#{3}|-\\s*(?i:ends)\\s*-)$");
  private static final int MAX_SECTION_WORDS = 10;
  private static final Pattern BIO = Pattern.compile(
      "^\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}\\s+is\\s+(?:a|an|the)\\s+[^.]{0,80}?\\b(?:correspondent|reporter"
          + "|journalist|editor|writer|columnist|contributor)\\b");

  private ArticleEnd() {}

  /** How many of {@code paragraphs} are the article; never cuts the first one. */
  static int length(List<String> paragraphs) {
    int end = paragraphs.size();
    for (int i = 1; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (DumpLine.countWords(p) <= MAX_SECTION_WORDS && SECTION.matcher(p).matches() || PageKind.cutsOff(p)) {
        end = i;
        break;
      }
    }
    while (end > 1 && BIO.matcher(paragraphs.get(end - 1)).find()) {
      end--;
    }
    return end;
  }
}
