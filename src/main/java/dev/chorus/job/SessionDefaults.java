package dev.chorus.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.RuntimeConfig;

/**
 * Spark settings a run chooses where the user has set none, taken back when the run ends: the
 * session may be the user's (a notebook, a test class) and outlive the run.
 */
final class SessionDefaults implements AutoCloseable {

  private final RuntimeConfig conf;
  private final List<String> chosen = new ArrayList<>();

  SessionDefaults(RuntimeConfig conf) {
    this.conf = conf;
  }

  /** Sets {@code key} to the value unless it is set already; true when it was set here. */
  boolean choose(String key, Supplier<String> value) {
    if (conf.contains(key)) {
      return false;
    }
    conf.set(key, value.get());
    chosen.add(key);
    return true;
  }

  /** Unsets what {@link #choose} set. */
  @Override
  public void close() {
    chosen.forEach(conf::unset);
    chosen.clear();
  }
}
