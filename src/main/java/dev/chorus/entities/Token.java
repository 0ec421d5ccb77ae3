package dev.chorus.entities;

/**
 * One token of a sentence. {@code word} is the token without a trailing possessive ("Smith" for
 * "Smith's"); {@code end} is the end of {@code word}, so mentions never include the possessive.
 */
record Token(String word, int begin, int end, boolean possessive) {

  boolean isWord() {
    return !word.isEmpty() && (Character.isLetterOrDigit(word.codePointAt(0)) || isTag());
  }

  /** A #hashtag or @handle. */
  boolean isTag() {
    return word.length() > 1 && (word.charAt(0) == '#' || word.charAt(0) == '@');
  }

  boolean isCapitalised() {
    String w = isTag() ? word.substring(1) : word;
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  boolean isLower() {
    return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
  }

  String lower() {
    return word.toLowerCase(java.util.Locale.ROOT);
  }

  boolean is(String punctuation) {
    return word.equals(punctuation);
  }
}
