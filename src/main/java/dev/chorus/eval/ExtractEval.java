package dev.chorus.eval;

import dev.chorus.clean.Extraction;
import dev.chorus.clean.HtmlExtractor;
import dev.chorus.clean.TextDumpExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Runs the extractors over the labelled sets so their output can be scored.
 *
 * <pre>
 *   seeds DIR OUTDIR          writes OUTDIR/articles.jsonl for /work/shared/eval/score_run.py
 *   aeb HTMLDIR PREDICTIONS   writes {"id": {"articleBody": ...}} for aeb_score.py
 * </pre>
 */
public final class ExtractEval {

  private static final String GZ_SUFFIX = ".html.gz";

  private ExtractEval() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("seeds")) {
      seeds(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length == 3 && args[0].equals("aeb")) {
      aeb(Path.of(args[1]), Path.of(args[2]));
    } else {
      System.err.println("usage: ExtractEval seeds DIR OUTDIR | aeb HTMLDIR PREDICTIONS.json");
      System.exit(2);
    }
  }

  private static void seeds(Path dir, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    try (Writer out = Files.newBufferedWriter(outDir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      for (Path file : list(dir, ".txt")) {
        String name = file.getFileName().toString();
        Extraction e = TextDumpExtractor.extract(Files.readString(file, StandardCharsets.UTF_8));
        out.write("{\"article_id\":" + Json.quote(name.replaceFirst("\\.txt$", ""))
            + ",\"path\":" + Json.quote(name)
            + ",\"source\":" + Json.quote(e.source())
            + ",\"title\":" + Json.quote(e.title())
            + ",\"body\":" + Json.quote(e.body())
            + ",\"status\":" + Json.quote(e.hasArticle() ? "ok" : "no_article") + "}\n");
      }
    }
  }

  private static void aeb(Path htmlDir, Path predictions) throws IOException {
    try (Writer out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      out.write("{");
      String separator = "\n";
      for (Path file : list(htmlDir, GZ_SUFFIX)) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - GZ_SUFFIX.length());
        Extraction e = HtmlExtractor.extract(gunzip(file), null);
        out.write(separator + Json.quote(id) + ": {\"articleBody\": " + Json.quote(e.body()) + "}");
        separator = ",\n";
      }
      out.write("\n}\n");
    }
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** The benchmark pages are UTF-8. */
  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
