package dev.chorus.clean;

/**
 * What the clean stage takes from one page: the article text and the metadata the page itself
 * shows. Fields the page does not show are null; {@code body} is empty when no article was found.
 * Paragraphs in {@code body} are separated by a blank line ("\n\n").
 *
 * @param boilerplateChars characters of the decoded page that were dropped as non-article text
 */
public record Extraction(
    String title,
    String body,
    String source,
    String byline,
    String published,
    String url,
    String language,
    int boilerplateChars) {

  public boolean hasArticle() {
    return body != null && !body.isBlank();
  }
}
