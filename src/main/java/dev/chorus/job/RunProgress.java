package dev.chorus.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.spark.sql.SparkSession;

/**
 * A run's stages as they finish: one line each on stderr (unless quiet), and their seconds and
 * counts for the run record. Counts are ones the stage knows already (see {@code Observed}).
 */
final class RunProgress {

  /** A finished stage; a count of -1 is one Spark did not report. */
  record Stage(String name, double seconds, Map<String, Long> counts) {}

  private final PrintStream out;
  private final int total;
  private final LongSupplier nanos;
  private final long started;
  private final List<Stage> finished = new ArrayList<>();
  private String current;
  private long currentStarted;

  /**
   * @param out where the lines go, or null for none
   * @param total how many stages the run has
   */
  RunProgress(PrintStream out, int total, LongSupplier nanos) {
    this.out = out;
    this.total = total;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
  }

  RunProgress(PrintStream out, int total) {
    this(out, total, System::nanoTime);
  }

  /**
   * Starts a stage, and labels the Spark jobs that follow with its name (Spark UI and event log),
   * so that bench/run can add up time and memory per stage.
   */
  void start(SparkSession spark, String name) {
    if (spark != null) {
      ChorusJob.stage(spark, name);
    }
    current = name;
    currentStarted = nanos.getAsLong();
  }

  /**
   * Finishes the current stage.
   *
   * @param counts what the stage read and made, in the order the line names them
   * @param what the line's middle, e.g. {@code "%,d articles -> %,d sentences"}, one {@code %,d} per count
   */
  void finish(Map<String, Long> counts, String what) {
    double seconds = (nanos.getAsLong() - currentStarted) / 1e9;
    finished.add(new Stage(current, seconds, new LinkedHashMap<>(counts)));
    if (out != null) {
      out.println(line(finished.size(), total, current, describe(what, counts.values()), seconds));
      out.flush();
    }
  }

  List<Stage> stages() {
    return List.copyOf(finished);
  }

  /** Seconds since the run started. */
  double seconds() {
    return (nanos.getAsLong() - started) / 1e9;
  }

  /** {@code [3/9] nlp             18,234 articles -> 402,118 sentences            41.2 s} */
  static String line(int index, int total, String name, String what, double seconds) {
    String counter = "[" + index + "/" + total + "]";
    return String.format(Locale.ROOT, "%-5s %-15s %-48s %7.1f s", counter, name, what, seconds);
  }

  /** Fills {@code what}'s {@code %,d} with the counts; a count Spark did not report shows as {@code ?}. */
  static String describe(String what, Iterable<Long> counts) {
    StringBuilder b = new StringBuilder();
    int from = 0;
    for (long n : counts) {
      int at = what.indexOf("%,d", from);
      if (at < 0) {
        break;
      }
      b.append(what, from, at).append(n < 0 ? "?" : String.format(Locale.ROOT, "%,d", n));
      from = at + 3;
    }
    return b.append(what.substring(from)).toString();
  }
}
