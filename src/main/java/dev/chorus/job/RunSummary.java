package dev.chorus.job;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run did, counted from the tables it wrote; {@code skippedRecords} counts the WARC records
 * that are no page (requests, metadata, non-HTML responses) by kind, {@code notAnalysedByLanguage}
 * the articles the analysis skips by their language ("und" when none was found); {@code seconds} is
 * the run's wall time.
 */
public record RunSummary(String output, long articles, Map<String, Long> rejectsByReason, Map<String, Long> rowsPerTable,
    Map<String, Long> skippedRecords, Map<String, Long> notAnalysedByLanguage, double seconds) {

  RunSummary withSeconds(double total) {
    return new RunSummary(output, articles, rejectsByReason, rowsPerTable, skippedRecords, notAnalysedByLanguage, total);
  }

  /** Articles kept in articles but not analysed: not in the language the analysis is written for. */
  public long notAnalysed() {
    return notAnalysedByLanguage.values().stream().mapToLong(Long::longValue).sum();
  }

  public long rejects() {
    return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  public long skipped() {
    return skippedRecords.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every input file, or record of a WARC or JSON-lines file, is in exactly one of articles and rejects. */
  public long filesRead() {
    return articles + rejects();
  }

  public String render() {
    String reasons = rejectsByReason.isEmpty() ? "none"
        : rejectsByReason.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    String tables = rowsPerTable.entrySet().stream()
        .map(e -> String.format("  %-16s %,d rows", e.getKey(), e.getValue()))
        .collect(Collectors.joining("\n"));
    String skippedLine = skippedRecords.isEmpty() ? "" : String.format("  skipped records  %,d (not HTML pages: %s)%n",
        skipped(), skippedRecords.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")));
    String languages = notAnalysedByLanguage.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    String notAnalysedLine = notAnalysedByLanguage.isEmpty() ? "" : String.format("%n  not analysed     %,d"
        + " (not English, kept in articles without claims, entities or events: %s)", notAnalysed(), languages);
    return String.join("\n",
        "Chorus run summary",
        String.format("  input files read %,d", filesRead()),
        String.format("  articles kept    %,d", articles) + notAnalysedLine,
        String.format("  rejected         %,d (%s)", rejects(), reasons),
        skippedLine + "tables written under " + output + ":",
        tables,
        String.format(Locale.ROOT, "total time %.1f s", seconds));
  }
}
