package dev.chorus.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The job's options, parsed and checked once at start-up.
 *
 * @param demo the run reads the bundled sample corpus ({@code chorus demo}, or no arguments at all)
 */
public record ChorusOptions(Command command, List<String> inputs, String output, String master, String sourceMap,
    boolean sourceFromFolder, boolean append, boolean demo, Verbosity verbosity) {

  /**
   * Where {@code demo} finds the sample corpus: jobs/chorus sets this property to the clone's
   * data/sample, so that demo works from any working directory.
   */
  public static final String SAMPLE_PROPERTY = "chorus.sample";
  public static final String DEFAULT_SAMPLE = "data/sample";
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

  /** How much a run prints on stderr besides errors. */
  public enum Verbosity {
    /** errors only */
    QUIET,
    /** a progress line per stage, and Spark's warnings */
    NORMAL,
    /** progress lines and Spark's own INFO log */
    VERBOSE
  }

  /** The master URLs Spark 3.5 knows; anything else would only fail once the session starts. */
  private static final Pattern MASTER = Pattern.compile(
      "local|local\\[(\\*|[1-9]\\d*)(,\\d+)?]|local-cluster\\[\\d+, *\\d+, *\\d+]|yarn|(spark|k8s|mesos)://\\S+");

  /** The usage text; a file of its own so that jobs/chorus prints it without building anything. */
  public static final String USAGE = resource("usage.txt").stripTrailing();

  /** Thrown for arguments the job cannot run with; its message says which. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  /** Thrown for --help and --version: nothing to run, {@link #text} goes to stdout. */
  public static final class InfoRequest extends Exception {
    private static final long serialVersionUID = 1L;

    InfoRequest(String text) {
      super(text, null, false, false);
    }

    public String text() {
      return getMessage();
    }
  }

  /** Chorus's version, as the build stamped it. */
  public static String version() {
    Properties p = new Properties();
    try (InputStream in = ChorusOptions.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  /** The sample corpus demo reads. */
  static String samplePath() {
    return System.getProperty(SAMPLE_PROPERTY, DEFAULT_SAMPLE);
  }

  public static ChorusOptions parse(String... args) throws UsageException, InfoRequest {
    for (String arg : args) {
      switch (arg) {
        case "--help", "-h" -> throw new InfoRequest(USAGE);
        case "--version" -> throw new InfoRequest("chorus " + version());
        default -> { }
      }
    }
    // no arguments at all: a first try, on the sample (never on a folder the user did not name)
    boolean demo = args.length == 0 || args[0].equals("demo");
    Command command = Command.ALL;
    int first = 0;
    if (args.length > 0 && !args[0].startsWith("-")) {
      command = demo ? Command.ALL : command(args[0]);
      first = 1;
    }
    List<String> inputs = new ArrayList<>();
    String output = DEFAULT_OUTPUT;
    String master = null;
    String sourceMap = null;
    boolean fromFolder = false;
    boolean append = false;
    Verbosity verbosity = Verbosity.NORMAL;
    for (int i = first; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--input" -> inputs.add(value(args, ++i, arg));
        case "--output" -> output = value(args, ++i, arg);
        case "--master" -> master = master(value(args, ++i, arg));
        case "--source-map" -> sourceMap = value(args, ++i, arg);
        case "--source-from-folder" -> fromFolder = true;
        case "--append" -> append = true;
        case "--quiet", "-q" -> verbosity = verbosity(verbosity, Verbosity.QUIET);
        case "--verbose", "-v" -> verbosity = verbosity(verbosity, Verbosity.VERBOSE);
        default -> throw new UsageException("unknown argument: " + arg);
      }
    }
    if (demo && append) {
      // the sample is fictional: appended to a real corpus it would mix into every table
      throw new UsageException("demo never appends: the sample corpus is fictional and would mix into the tables"
          + " under --output");
    }
    if (demo && (!inputs.isEmpty() || sourceMap != null || fromFolder)) {
      throw new UsageException("demo reads the bundled sample corpus; --input, --source-map and --source-from-folder"
          + " belong to all or clean");
    }
    if (!command.cleans() && (!inputs.isEmpty() || append || sourceMap != null || fromFolder)) {
      throw new UsageException("analyze reads the tables under --output; --input, --append, --source-map and"
          + " --source-from-folder belong to clean or all");
    }
    if (demo) {
      inputs.add(samplePath());
    } else if (inputs.isEmpty() && command.cleans()) {
      throw new UsageException("--input is required (or run `chorus demo` to try Chorus on the bundled sample)");
    }
    return new ChorusOptions(command, List.copyOf(inputs), output, master, sourceMap, fromFolder, append, demo,
        verbosity);
  }

  private static Verbosity verbosity(Verbosity current, Verbosity wanted) throws UsageException {
    if (current != Verbosity.NORMAL && current != wanted) {
      throw new UsageException("--quiet and --verbose exclude each other");
    }
    return wanted;
  }

  private static Command command(String word) throws UsageException {
    return switch (word) {
      case "all" -> Command.ALL;
      case "clean" -> Command.CLEAN;
      case "analyze" -> Command.ANALYZE;
      default -> throw new UsageException("unknown command: " + word + " (expected demo, all, clean or analyze)");
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

  private static String resource(String name) {
    try (InputStream in = ChorusOptions.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + ChorusOptions.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
