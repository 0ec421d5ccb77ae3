package dev.chorus.text;

import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.split;

import java.util.regex.Pattern;
import org.apache.spark.sql.Column;

/**
 * Words as the matching stages compare them: runs of letters and digits, everything else a break
 * ("U.S.-led" is "u", "s", "led"). One definition for near-duplicates, event content, quote and
 * statement overlap, and name folding, so that two stages never count words differently.
 */
public final class Words {

  /** What separates words: a run of anything but letters and digits. */
  public static final String BREAK = "[^\\p{L}\\p{N}]+";
  /** {@link #BREAK}, compiled once: String.split compiles its pattern on every call. */
  public static final Pattern BREAK_PATTERN = Pattern.compile(BREAK);

  /** Whitespace runs, compiled once: the extractors split sentences on them for every sentence. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Words() {}

  /** {@code text.split("\\s+")}, without compiling the pattern on every call. */
  public static String[] bySpaces(String text) {
    return SPACES.split(text);
  }

  /** The words of a text column as written, no empty ones. */
  public static Column of(Column text) {
    return array_remove(split(text, BREAK), "");
  }

  /** The words of a text column in lower case, no empty ones. */
  public static Column lowerCase(Column text) {
    return of(lower(text));
  }
}
