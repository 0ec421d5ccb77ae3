package dev.chorus.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units of measure after a number, normalised so that one quantity reads one way: "25 km",
 * "25km" and "25 kilometres" are 25,000 m; "220 tonnes" is 220,000 kg; "4%" and "4 per cent" are
 * 4 %. A measure's slot is its dimension (distance, area, weight, volume, percent), its value is in
 * the dimension's base unit. A lone "m" stays a million ("£5m"), as it was read before.
 */
public final class Measures {

  /** A measure: its dimension (the slot), the base unit, and how many base units one unit is. */
  public record Unit(String dimension, String base, double factor) {}

  private static final Unit KM = new Unit("distance", "m", 1000);
  private static final Unit METRE = new Unit("distance", "m", 1);
  private static final Unit MILE = new Unit("distance", "m", 1609.344);
  private static final Unit KM2 = new Unit("area", "m2", 1e6);
  private static final Unit HECTARE = new Unit("area", "m2", 1e4);
  private static final Unit ACRE = new Unit("area", "m2", 4046.8564224);
  private static final Unit SQ_MILE = new Unit("area", "m2", 2589988.110336);
  private static final Unit TONNE = new Unit("weight", "kg", 1000);
  private static final Unit KG = new Unit("weight", "kg", 1);
  private static final Unit LITRE = new Unit("volume", "l", 1);
  private static final Unit CUBIC_METRE = new Unit("volume", "l", 1000);
  private static final Unit PERCENT = new Unit("percent", "%", 1);

  /** Longest forms first, so "square kilometres" is not read as "kilometres". */
  private static final Pattern UNIT = Pattern.compile("(?i)^\\s?(%|per\\s?cent|percent"
      + "|square\\s+(?:kilomet(?:re|er)s?|miles?)|sq\\.?\\s?km|km2|km²"
      + "|cubic\\s+met(?:re|er)s?|m3|m³"
      + "|kilomet(?:re|er)s?|kms?|met(?:re|er)s?|miles?"
      + "|hectares?|ha|acres?"
      + "|(?:metric\\s+)?tonnes?|tons?|kilo(?:gram|gramme)?s?|kgs?"
      + "|litres?|liters?)(?![\\p{L}\\d])");

  private static final Map<String, Unit> BY_WORD = Map.ofEntries(
      Map.entry("%", PERCENT), Map.entry("percent", PERCENT), Map.entry("square kilometre", KM2), Map.entry("square mile", SQ_MILE),
      Map.entry("sq km", KM2), Map.entry("km2", KM2), Map.entry("km²", KM2),
      Map.entry("cubic metre", CUBIC_METRE), Map.entry("m3", CUBIC_METRE), Map.entry("m³", CUBIC_METRE),
      Map.entry("kilometre", KM), Map.entry("km", KM), Map.entry("metre", METRE), Map.entry("mile", MILE),
      Map.entry("hectare", HECTARE), Map.entry("ha", HECTARE), Map.entry("acre", ACRE),
      Map.entry("tonne", TONNE), Map.entry("ton", TONNE), Map.entry("kilogram", KG), Map.entry("kilo", KG),
      Map.entry("kg", KG), Map.entry("litre", LITRE));

  private Measures() {}

  /** A unit read at {@code from} (right after a number), with where it ends; null when there is none. */
  public static Found after(String s, int from) {
    Matcher m = UNIT.matcher(s).region(from, s.length());
    if (!m.lookingAt()) {
      return null;
    }
    Unit u = BY_WORD.get(key(m.group(1)));
    return u == null ? null : new Found(u, m.end());
  }

  /** A unit and the offset where its word ends. */
  public record Found(Unit unit, int end) {}

  /** The dictionary form of a unit as written: lower case, one space, singular, British spelling. */
  static String key(String written) {
    String w = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^sq\\.? ?km$", "sq km")
        .replace("meter", "metre").replace("liter", "litre").replace("metric ", "").replace("gramme", "gram")
        .replace("per cent", "percent");
    if (w.equals("percent") || w.equals("%")) {
      return w;
    }
    if (w.equals("kms") || w.equals("kgs")) {
      return w.substring(0, 2);
    }
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

}
