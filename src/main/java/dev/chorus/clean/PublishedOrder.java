package dev.chorus.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A sort key for the {@code published} values the extractors write (ISO dates, local times, times
 * with a zone), so that the earliest published copy of a story is its original: times with a
 * zone are compared in UTC ("17:05+01:00" is before "16:30Z"), and a bare date sorts after every
 * time of that day, since a page that gives only the day may have been published at any hour of
 * it and a copy that states its hour is the better evidence. Strings are compared as they are
 * otherwise. Null for null.
 */
public final class PublishedOrder {

  private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private PublishedOrder() {}

  public static String key(String published) {
    if (published == null || published.isBlank()) {
      return null;
    }
    String p = published.strip();
    try {
      return KEY.format(OffsetDateTime.parse(p).withOffsetSameInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notZoned) {
      // fall through: a local time or a bare date
    }
    try {
      return KEY.format(LocalDateTime.parse(p));
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    try {
      return LocalDate.parse(p) + "T~";
    } catch (DateTimeParseException notDate) {
      return p;
    }
  }
}
