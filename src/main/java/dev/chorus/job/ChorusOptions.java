package dev.chorus.job;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The job's options, parsed and checked once at start-up. */
public record ChorusOptions(Command command, List<String> inputs, String output, String master, String sourceMap,
    boolean sourceFromFolder, boolean append) {

  public static final String DEFAULT_INPUT = "data/sample";
  public static final String DEFAULT_OUTPUT = "out";

  /** What a run does: clean input files into articles, analyze those, or both. */
  public enum Command {
    ALL, CLEAN, ANALYZE;

    boolean cleans() {
      return this != ANALYZE;
    }

    boolean analyzes() {
      return this != CLEAN;
    }
  }

  /** The master URLs Spark 3.5 knows; anything else would only fail once the session starts. */
  private static final Pattern MASTER = Pattern.compile(
      "local|local\\[(\\*|[1-9]\\d*)(,\\d+)?]|local-cluster\\[\\d+, *\\d+, *\\d+]|yarn|(spark|k8s|mesos)://\\S+");

  public static final String USAGE = String.join("\n",
      "usage: chorus [all|clean|analyze] [--input PATH]... [--output DIR] [--append] [--master URL]",
      "              [--source-map FILE] [--source-from-folder]",
      "",
      "  all (default)         clean, then analyze, published together.",
      "  clean                 read input files; write articles, sentences, rejects.",
      "  analyze               read articles and sentences from --output; write events, entities,",
      "                        claims, claim_frequency, conflicts, source_agreement, source_trust,",
      "                        and articles again with their event_id.",
      "  --input PATH          a file, a folder (read recursively) or a glob; repeat for several.",
      "                        Any Hadoop path (file://, hdfs://, s3a://). Default: " + DEFAULT_INPUT,
      "                        (not with analyze).",
      "  --output DIR          folder the Parquet tables are published under. Default: " + DEFAULT_OUTPUT,
      "                        A run replaces the tables it writes only once all of them are complete.",
      "  --append              add the input files to the tables already in --output: files read",
      "                        before (same path and content) are skipped, old articles are kept,",
      "                        duplicates and every corpus-level table are recomputed over all.",
      "  --master URL          Spark master: local, local[N], local[*], spark://HOST:PORT, yarn,",
      "                        k8s://URL. Default: whatever spark-submit or spark.master sets.",
      "  --source-map FILE     lines 'path-prefix<TAB>source' naming the outlet of files whose",
      "                        pages do not name it; the longest matching prefix wins.",
      "  --source-from-folder  name an unnamed page's outlet after its parent folder.",
      "  --help                print this text.");

  /** Thrown for arguments the job cannot run with; its message says which. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  public static ChorusOptions parse(String... args) throws UsageException {
    Command command = Command.ALL;
    int first = 0;
    if (args.length > 0 && !args[0].startsWith("-")) {
      command = command(args[0]);
      first = 1;
    }
    List<String> inputs = new ArrayList<>();
    String output = DEFAULT_OUTPUT;
    String master = null;
    String sourceMap = null;
    boolean fromFolder = false;
    boolean append = false;
    for (int i = first; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--input" -> inputs.add(value(args, ++i, arg));
        case "--output" -> output = value(args, ++i, arg);
        case "--master" -> master = master(value(args, ++i, arg));
        case "--source-map" -> sourceMap = value(args, ++i, arg);
        case "--source-from-folder" -> fromFolder = true;
        case "--append" -> append = true;
        case "--help", "-h" -> throw new UsageException("");
        default -> throw new UsageException("unknown argument: " + arg);
      }
    }
    if (!command.cleans() && (!inputs.isEmpty() || append || sourceMap != null || fromFolder)) {
      throw new UsageException("analyze reads the tables under --output; --input, --append, --source-map and"
          + " --source-from-folder belong to clean or all");
    }
    if (inputs.isEmpty() && command.cleans()) {
      inputs.add(DEFAULT_INPUT);
    }
    return new ChorusOptions(command, List.copyOf(inputs), output, master, sourceMap, fromFolder, append);
  }

  private static Command command(String word) throws UsageException {
    return switch (word) {
      case "all" -> Command.ALL;
      case "clean" -> Command.CLEAN;
      case "analyze" -> Command.ANALYZE;
      default -> throw new UsageException("unknown command: " + word + " (expected all, clean or analyze)");
    };
  }

  private static String master(String url) throws UsageException {
    if (!MASTER.matcher(url).matches()) {
      throw new UsageException("unknown master URL: " + url
          + " (expected local, local[N], local[*], spark://HOST:PORT, yarn, k8s://URL or mesos://URL)");
    }
    return url;
  }

  private static String value(String[] args, int i, String flag) throws UsageException {
    if (i >= args.length || args[i].startsWith("--") || args[i].isBlank()) {
      throw new UsageException(flag + " needs a value");
    }
    return args[i];
  }
}
