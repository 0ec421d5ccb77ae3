package dev.chorus.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place name that names a site inside a town rather than a town or a region: a building, a
 * ground, an institution's seat ("the Vell Arena", "Brenn Crown Court", "Corvo Hall"), or an
 * acronym read as a place (an agency's, not a country's). One report of a happening gives the
 * venue and another the town it stands in, so a site and a town are not two places that clash;
 * two sites of different names, or two towns, are. Plain text logic, no Spark.
 */
public final class Sites {

  /** The last word of a site's name. */
  private static final Set<String> SITE_WORDS = Set.of(
      "arena", "theatre", "theater", "court", "courthouse", "stadium", "hall", "hotel", "palace",
      "hospital", "clinic", "center", "centre", "museum", "church", "cathedral", "mosque", "temple",
      "synagogue", "airport", "station", "school", "university", "college", "prison", "jail", "building",
      "tower", "plaza", "mall", "store", "supermarket", "restaurant", "club", "base", "embassy",
      "headquarters", "office", "house", "studio", "studios", "field", "park", "garden", "gardens",
      "factory", "plant", "mine", "refinery", "pavilion", "residence", "library", "ground", "grounds",
      "circuit", "speedway", "coliseum", "colosseum", "dome", "ballpark", "auditorium", "chapel",
      "cemetery", "barracks", "compound", "campus", "terminal", "pier");
  /** Capitals only, dots allowed between them ("FBI", "U.N."). */
  private static final Pattern ACRONYM = Pattern.compile("^(?:\\p{Lu}\\.?){2,6}$");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  private Sites() {}

  /** @param name a place as written ("SAP Arena"), or null */
  public static boolean isSite(String name) {
    if (name == null || name.isBlank()) {
      return false;
    }
    String trimmed = name.strip();
    if (ACRONYM.matcher(trimmed).matches()) {
      return !Countries.isCountry(trimmed);
    }
    String[] words = NON_LETTERS.split(trimmed);
    return words.length > 1 && SITE_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }
}
