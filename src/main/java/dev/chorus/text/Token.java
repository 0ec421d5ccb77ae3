package dev.chorus.text;

/**
 * One token of a sentence. {@code word} is the token without a trailing possessive ("Smith" for
 * "Smith's"); {@code end} is the end of {@code word}, so mentions never include the possessive.
 */
public record Token(String word, int begin, int end, boolean possessive) {

  public boolean isWord() {
    return !word.isEmpty() && (Character.isLetterOrDigit(word.codePointAt(0)) || isTag());
  }

  /** A #hashtag or @handle. */
  public boolean isTag() {
    return word.length() > 1 && (word.charAt(0) == '#' || word.charAt(0) == '@');
  }

  public boolean isCapitalised() {
    String w = isTag() ? word.substring(1) : word;
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  public boolean isLower() {
    return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
  }

  public String lower() {
    return word.toLowerCase(java.util.Locale.ROOT);
  }

  public boolean is(String punctuation) {
    return word.equals(punctuation);
  }
}
