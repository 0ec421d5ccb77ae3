package dev.chorus.text;

/**
 * A name as written in a sentence: kind is "person", "org", "place" or "event"; role is a title/role written
 * next to it ("special envoy", "former foreign minister") or null; begin/end are offsets into the
 * sentence, end exclusive.
 */
public record Mention(String text, String kind, String role, int begin, int end) {

  public static final String PERSON = "person";
  public static final String ORG = "org";
  public static final String PLACE = "place";
  /** A named happening: "World War II". */
  public static final String EVENT = "event";

  /** The same mention under another name and kind; offsets keep pointing at the surface form. */
  Mention renamed(String newText, String newKind) {
    return new Mention(newText, newKind, role, begin, end);
  }
}
