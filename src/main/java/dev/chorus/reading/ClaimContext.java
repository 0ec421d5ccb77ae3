package dev.chorus.reading;

import java.util.List;

/**
 * What the extractor may know beyond the sentence. published: the article's ISO date
 * (yyyy-MM-dd...) or null; previous: the previous sentence of the same article or null (for a
 * quote that continues, and "he said" resolution); people: full person names mentioned earlier in
 * the article, in order of first mention (for resolving "Sarnov" or "he" to a full name; may be
 * empty).
 */
public record ClaimContext(String published, String previous, List<String> people) {

  /** A context that knows nothing beyond the sentence. */
  public static ClaimContext empty() {
    return new ClaimContext(null, null, List.of());
  }
}
