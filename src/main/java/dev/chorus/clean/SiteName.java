package dev.chorus.clean;

import java.util.regex.Pattern;

/**
 * A site's name as its page states it, reduced to the publishing site: an attribution to a parent
 * ("Northwind Herald (English service of Example Broadcasting)", "Site — part of Group") names the
 * owner, not the outlet, and another page of the same site may give the name alone.
 */
final class SiteName {

  private static final Pattern PARENT = Pattern.compile(
      "(?i)\\s*(?:\\(\\s*(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+)?(?:service|edition|division|unit|brand|site|part|member|publication|product)"
          + "\\s+of\\b[^)]*\\)|\\s[-–—|,]\\s*(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+)?(?:service|edition|division|brand|part|member|publication)"
          + "\\s+of\\b.*)$");

  private SiteName() {}

  static String clean(String name) {
    if (name == null) {
      return null;
    }
    String stripped = PARENT.matcher(name).replaceFirst("").strip();
    return stripped.isEmpty() ? name.strip() : stripped;
  }
}
