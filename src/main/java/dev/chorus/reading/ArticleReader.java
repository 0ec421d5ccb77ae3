package dev.chorus.reading;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import dev.chorus.tables.NamedRow;
import dev.chorus.tables.Schemas;
import dev.chorus.text.ArticleNames;
import dev.chorus.text.Mention;
import dev.chorus.text.MentionFinder;
import dev.chorus.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Reads each article's sentences in order, the way a person would: names are resolved against the
 * article's earlier full names, and each sentence's claims are extracted knowing the previous
 * sentence, the people named so far and the article's published date.
 */
public final class ArticleReader {

  private ArticleReader() {}

  /**
   * One row per article: article_id, its sentences (idx, text, begin, reprinted) in order, and
   * published. Nothing is reprinted.
   */
  public static Dataset<Row> articleSentences(Dataset<Row> sentences, Dataset<Row> articles) {
    return articleSentences(sentences.withColumn("reprinted", lit(false)), articles, null);
  }

  /**
   * The same, where a copy's sentence that its original has too ({@link dev.chorus.events.Copies#reprinted}) is
   * marked reprinted: read as context, but its mentions and claims are the original's.
   *
   * @param reprinted article_id, sentence_idx of reprinted sentences
   */
  public static Dataset<Row> articleSentences(Dataset<Row> sentences, Dataset<Row> articles, Dataset<Row> reprinted) {
    Dataset<Row> marked = reprinted == null ? sentences
        : sentences.join(reprinted.select(col("article_id"), col("sentence_idx"), lit(true).as("reprinted")),
            new String[] {"article_id", "sentence_idx"}, "left");
    return marked
        .groupBy("article_id")
        .agg(sort_array(collect_list(struct(col("sentence_idx"), col("text"), col("begin"),
            coalesce(col("reprinted"), lit(false)).as("reprinted")))).as("sentences"))
        .join(articles.select("article_id", "published"), "article_id");
  }

  /** Whether a sentence row of {@link #articleSentences} is a copy's reprint of its original's. */
  private static boolean reprinted(Row sentence) {
    return sentence.size() > 3 && !sentence.isNullAt(3) && sentence.getBoolean(3);
  }

  /**
   * {@link Schemas#READ} rows: each article read once for its mentions and its claims, each
   * sentence's names found once for both ({@link MentionFinder#read}); {@link #mentionRows} and
   * {@link #claimRows} part them.
   */
  public static Dataset<Row> read(Dataset<Row> articleSentences) {
    return articleSentences.flatMap((FlatMapFunction<Row, Row>) ArticleReader::readOf, Encoders.row(Schemas.READ));
  }

  /** The {@link Schemas#MENTIONS} rows of {@link #read}'s. */
  public static Dataset<Row> mentionRows(Dataset<Row> read) {
    return read.filter(col("mention").isNotNull()).select("mention.*");
  }

  /** The {@link Schemas#RAW_CLAIMS} rows of {@link #read}'s, offsets relative to the article body. */
  public static Dataset<Row> claimRows(Dataset<Row> read) {
    return read.filter(col("claim").isNotNull()).select("claim.*");
  }

  /** One article's {@link #read} rows: its mentions, then its claims. */
  public static Iterator<Row> readOf(Row article) {
    List<List<Mention>> found = new ArrayList<>();
    for (Row s : article.<Row>getList(1)) {
      MentionFinder.Reading reading = MentionFinder.read(s.getString(1));
      found.add(reading.mentions());
      Names.remember(s.getString(1), reading.names());
    }
    List<Row> out = new ArrayList<>();
    mentionsOf(article, found).forEachRemaining(m -> out.add(RowFactory.create(m, null)));
    claimsOf(article).forEachRemaining(c -> out.add(RowFactory.create(null, c)));
    return out.iterator();
  }

  /** One article's {@link Schemas#MENTIONS} rows. */
  public static Iterator<Row> mentionsOf(Row article) {
    List<List<Mention>> found = new ArrayList<>();
    for (Row s : article.<Row>getList(1)) {
      found.add(MentionFinder.find(s.getString(1)));
    }
    return mentionsOf(article, found);
  }

  /** The mention rows of an article whose sentences' mentions are {@code found}. */
  private static Iterator<Row> mentionsOf(Row article, List<List<Mention>> found) {
    String id = article.getString(0);
    List<Row> sentences = article.getList(1);
    List<List<Mention>> resolved = ArticleNames.resolve(found);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < sentences.size() && i < resolved.size(); i++) {
      if (reprinted(sentences.get(i))) {
        continue;
      }
      String text = sentences.get(i).getString(1);
      int base = sentences.get(i).getInt(2);
      List<Mention> original = found.get(i);
      List<Mention> names = resolved.get(i);
      for (int m = 0; m < names.size() && m < original.size(); m++) {
        Mention o = original.get(m);
        Mention r = names.get(m);
        String surface = text.substring(Math.max(0, o.begin()), Math.min(text.length(), o.end()));
        for (String form : forms(text, o, surface)) {
          out.add(NamedRow.of(Schemas.MENTIONS).set("article_id", id).set("sentence_idx", sentences.get(i).getInt(0))
              .set("surface", form).set("name", r.text()).set("kind", r.kind()).set("role", r.role())
              .set("begin", base + o.begin()).set("end", base + o.end()).build());
        }
      }
    }
    return out.iterator();
  }

  private static final int MAX_FORM_WORDS = 7;
  private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile(
      "^\\s*[,—–(]\\s*((?:a|an|the)\\s+)?$");

  /**
   * The forms a mention is written in: the name as written, with the title written right before it
   * ("government spokesperson Vera Marsh"), and a description in apposition ("a spokesman for the
   * Russian government"), which refers to the same person.
   */
  static List<String> forms(String text, Mention m, String surface) {
    List<String> out = new ArrayList<>(List.of(surface));
    String honorific = Mention.PERSON.equals(m.kind()) ? MentionFinder.honorificBefore(text, m.begin()) : null;
    if (honorific != null) {
      out.add(honorific + " " + surface);
    }
    String role = m.role();
    if (role == null || !Mention.PERSON.equals(m.kind()) || role.isBlank()) {
      return out;
    }
    // a title or description that runs on ("CEO of X and special envoy for Y") is no form of a name
    if (Words.bySpaces(role).length > MAX_FORM_WORDS || role.contains(" and ")) {
      return out;
    }
    String before = text.substring(0, Math.max(0, m.begin()));
    // "an envoy for former President X": a title before a name does not take "for"
    if (before.endsWith(role + " ") && !role.contains(" for ")) {
      out.add(role + " " + surface);
    }
    int at = text.indexOf(role, Math.min(text.length(), m.end()));
    if (at > m.end() && at - m.end() <= 8) {
      java.util.regex.Matcher lead = APPOSITION.matcher(text.substring(m.end(), at));
      if (lead.find()) {
        out.add((lead.group(1) == null ? "" : lead.group(1)) + role);
      }
    }
    return out;
  }

  /** One article's {@link Schemas#RAW_CLAIMS} rows. */
  public static Iterator<Row> claimsOf(Row article) {
    String id = article.getString(0);
    List<Row> sentences = article.getList(1);
    String published = article.isNullAt(2) ? null : isoDate(article.getString(2));
    Set<String> people = new LinkedHashSet<>();
    String previous = null;
    List<List<Claim>> found = new ArrayList<>();
    Set<String> stated = new HashSet<>();
    for (Row s : sentences) {
      String text = s.getString(1);
      // a reprinted sentence is read for the names it introduces, not extracted: its claims are the original's
      List<Claim> claims = reprinted(s) ? List.of()
          : ClaimExtractor.extract(text, new ClaimContext(published, previous, List.copyOf(people)));
      found.add(claims);
      if (!heading(text)) {
        claims.forEach(c -> stated.add(key(c)));
      }
      for (String name : ClaimExtractor.personNames(text)) {
        // most recently named last: "he" in the next sentence is far likelier to be them
        people.remove(name);
        people.add(name);
      }
      previous = text;
    }
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Row s = sentences.get(i);
      String text = s.getString(1);
      int base = s.getInt(2);
      boolean heading = heading(text);
      for (Claim c : found.get(i)) {
        // a crosshead ("Governor: twelve dead") announces the paragraph that states the same in full
        if (heading && stated.contains(key(c))) {
          continue;
        }
        out.add(claimRow(id, s.getInt(0), text, base, c));
      }
      // the sentence as a whole, besides its typed parts: most facts outlets share are of no kind
      // the extractors know, and AssertionMatch finds them in other outlets' words
      if (!reprinted(s) && Assertions.checkable(text)) {
        out.add(assertion(id, s.getInt(0), text, base, 0, text.length()));
        // and each of its clauses, when it joins several statements: another outlet may state one alone
        for (int[] clause : Assertions.clauses(text)) {
          out.add(assertion(id, s.getInt(0), text, base, clause[0], clause[1]));
        }
      }
    }
    return out.iterator();
  }

  /** Longest line read as a heading: crossheads and live-blog entry titles are short. */
  private static final int HEADING_WORDS = 12;

  /** A short line that ends without a sentence's closing mark: a heading within the body. */
  static boolean heading(String text) {
    String t = text.strip();
    if (t.isEmpty() || Words.bySpaces(t).length > HEADING_WORDS) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return ".!?…:;\"”’')]".indexOf(last) < 0;
  }

  private static String key(Claim c) {
    return c.kind() + "\u001f" + c.slot() + "\u001f" + c.value();
  }

  /** An assertion claim row: the words at [begin, end) of the sentence, which starts at base in the body. */
  private static Row assertion(String articleId, int sentenceIdx, String text, int base, int begin, int end) {
    return claimRow(articleId, sentenceIdx, text, base, new Claim(Assertions.KIND, Assertions.SLOT, null,
        Assertions.normalise(text.substring(begin, end)), null, null, null, null, begin, end));
  }

  /** A {@link Schemas#RAW_CLAIMS} row: a claim of the sentence that starts at base in the body. */
  private static Row claimRow(String articleId, int sentenceIdx, String text, int base, Claim c) {
    return NamedRow.of(Schemas.RAW_CLAIMS).set("article_id", articleId).set("sentence_idx", sentenceIdx)
        .set("sentence", text).set("begin", base + c.begin()).set("end", base + c.end()).set("kind", c.kind())
        .set("slot", c.slot()).set("subject", c.subject()).set("value", c.value()).set("value_num", c.valueNum())
        .set("unit", c.unit()).set("qualifier", c.qualifier()).set("speaker", c.speaker()).build();
  }

  /** The date part of an ISO date or timestamp. */
  private static String isoDate(String published) {
    return published.length() >= 10 ? published.substring(0, 10) : published;
  }
}
