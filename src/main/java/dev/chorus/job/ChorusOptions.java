package dev.chorus.job;

import java.util.ArrayList;
import java.util.List;

/** The job's options, parsed and checked once at start-up. */
public record ChorusOptions(
    List<String> inputs, String output, String master, String sourceMap, boolean sourceFromFolder) {

  public static final String DEFAULT_INPUT = "data/sample";
  public static final String DEFAULT_OUTPUT = "out";

  public static final String USAGE = String.join("\n",
      "usage: chorus [--input PATH]... [--output DIR] [--master URL] [--source-map FILE] [--source-from-folder]",
      "",
      "  --input PATH          a file, a folder (read recursively) or a glob; repeat for several.",
      "                        Any Hadoop path (file://, hdfs://, s3a://). Default: " + DEFAULT_INPUT,
      "  --output DIR          folder the Parquet tables are written under (replaced). Default: " + DEFAULT_OUTPUT,
      "  --master URL          Spark master, e.g. local[*] or spark://host:7077. Default: whatever",
      "                        spark-submit or the spark.master system property sets.",
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
    List<String> inputs = new ArrayList<>();
    String output = DEFAULT_OUTPUT;
    String master = null;
    String sourceMap = null;
    boolean fromFolder = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--input" -> inputs.add(value(args, ++i, arg));
        case "--output" -> output = value(args, ++i, arg);
        case "--master" -> master = value(args, ++i, arg);
        case "--source-map" -> sourceMap = value(args, ++i, arg);
        case "--source-from-folder" -> fromFolder = true;
        case "--help", "-h" -> throw new UsageException("");
        default -> throw new UsageException("unknown argument: " + arg);
      }
    }
    if (inputs.isEmpty()) {
      inputs.add(DEFAULT_INPUT);
    }
    return new ChorusOptions(List.copyOf(inputs), output, master, sourceMap, fromFolder);
  }

  private static String value(String[] args, int i, String flag) throws UsageException {
    if (i >= args.length || args[i].startsWith("--") || args[i].isBlank()) {
      throw new UsageException(flag + " needs a value");
    }
    return args[i];
  }
}
