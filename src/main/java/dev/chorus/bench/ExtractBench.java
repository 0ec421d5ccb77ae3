package dev.chorus.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.clean.HtmlExtractor;
import dev.chorus.ingest.Decoded;
import dev.chorus.ingest.Decoder;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The HTML extractor alone, without Spark, on a folder of pages held in memory (decoded as the
 * job decodes them):
 * <ul>
 *   <li>{@code predict DIR OUT.json}: one prediction per page, in the article-extraction
 *       benchmark's format ({@code {"<id>": {"articleBody": ...}}}), for {@code aeb_score.py};
 *   <li>{@code speed DIR SECONDS}: pages per CPU second on one thread of
 *       {@code HtmlExtractor.extract} and of jsoup's bare parse of the same pages, after a warm-up.
 * </ul>
 */
public final class ExtractBench {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private ExtractBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !(args[0].equals("predict") || args[0].equals("speed"))) {
      System.err.println("usage: ExtractBench predict DIR OUT.json | ExtractBench speed DIR SECONDS");
      System.exit(2);
    }
    Map<String, String> pages = load(Path.of(args[1]));
    if (args[0].equals("predict")) {
      predict(pages, new File(args[2]));
    } else {
      double seconds = Double.parseDouble(args[2]);
      List<String> html = new ArrayList<>(pages.values());
      System.out.printf("pages %d%n", html.size());
      rate("jsoup_parse", html, seconds, p -> Jsoup.parse(p, "").body().childrenSize());
      rate("html_extractor", html, seconds, p -> HtmlExtractor.extract(p, "").body().length());
    }
  }

  /** Page id (file name without .html/.gz) to decoded text, sorted by id. */
  static Map<String, String> load(Path dir) throws IOException {
    Map<String, String> pages = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String name = f.getFileName().toString();
        Decoded d = Decoder.decode(name, Files.readAllBytes(f));
        if (d.text() != null) {
          pages.put(name.replaceFirst("\\.html?(\\.gz)?$", ""), d.text());
        }
      }
    }
    return pages;
  }

  private static void predict(Map<String, String> pages, File out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    pages.forEach((id, html) -> root.putObject(id).put("articleBody", HtmlExtractor.extract(html, "").body()));
    json.writerWithDefaultPrettyPrinter().writeValue(out, root);
    System.out.println(pages.size() + " predictions written to " + out);
  }

  private interface Work {
    int run(String page);
  }

  /**
   * A warm-up of {@code seconds}, then whole passes over the pages for {@code seconds}, both in
   * this thread's CPU time: the machine is shared, and CPU time is what a page costs a core
   * whatever else runs beside it.
   */
  private static void rate(String name, List<String> pages, double seconds, Work work) {
    long sink = 0;
    for (int round = 0; round < 2; round++) {
      long start = CPU.getCurrentThreadCpuTime();
      long deadline = start + (long) (seconds * 1e9);
      int done = 0;
      while (CPU.getCurrentThreadCpuTime() < deadline) {
        for (String p : pages) {
          sink += work.run(p);
        }
        done += pages.size();
      }
      double cpu = (CPU.getCurrentThreadCpuTime() - start) / 1e9;
      if (round == 1) {
        System.out.printf("%s %.1f pages/s/core (%d pages in %.1f s of this thread's CPU; checksum %d)%n", name,
            done / cpu, done, cpu, sink % 1000);
      }
    }
  }
}
