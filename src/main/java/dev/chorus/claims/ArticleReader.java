package dev.chorus.claims;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import dev.chorus.entities.ArticleNames;
import dev.chorus.entities.Mention;
import dev.chorus.entities.MentionFinder;
import dev.chorus.tables.Schemas;
import java.util.ArrayList;
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

  /** One row per article: article_id, published, and its sentences (idx, text, begin) in order. */
  public static Dataset<Row> articleSentences(Dataset<Row> sentences, Dataset<Row> articles) {
    return sentences
        .groupBy("article_id")
        .agg(sort_array(collect_list(struct(col("sentence_idx"), col("text"), col("begin")))).as("sentences"))
        .join(articles.select("article_id", "published"), "article_id");
  }

  /** {@link Schemas#MENTIONS} rows. */
  public static Dataset<Row> mentions(Dataset<Row> articleSentences) {
    return articleSentences.flatMap((FlatMapFunction<Row, Row>) ArticleReader::mentionsOf,
        Encoders.row(Schemas.MENTIONS));
  }

  /** {@link Schemas#RAW_CLAIMS} rows, offsets relative to the article body. */
  public static Dataset<Row> claims(Dataset<Row> articleSentences) {
    return articleSentences.flatMap((FlatMapFunction<Row, Row>) ArticleReader::claimsOf,
        Encoders.row(Schemas.RAW_CLAIMS));
  }

  static Iterator<Row> mentionsOf(Row article) {
    String id = article.getString(0);
    List<Row> sentences = article.getList(1);
    List<List<Mention>> found = new ArrayList<>();
    for (Row s : sentences) {
      found.add(MentionFinder.find(s.getString(1)));
    }
    List<List<Mention>> resolved = ArticleNames.resolve(found);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < sentences.size() && i < resolved.size(); i++) {
      String text = sentences.get(i).getString(1);
      int base = sentences.get(i).getInt(2);
      List<Mention> original = found.get(i);
      List<Mention> names = resolved.get(i);
      for (int m = 0; m < names.size() && m < original.size(); m++) {
        Mention o = original.get(m);
        Mention r = names.get(m);
        String surface = text.substring(Math.max(0, o.begin()), Math.min(text.length(), o.end()));
        out.add(RowFactory.create(id, sentences.get(i).getInt(0), surface, r.text(), r.kind(), r.role(),
            base + o.begin(), base + o.end()));
      }
    }
    return out.iterator();
  }

  static Iterator<Row> claimsOf(Row article) {
    String id = article.getString(0);
    List<Row> sentences = article.getList(1);
    String published = article.isNullAt(2) ? null : isoDate(article.getString(2));
    Set<String> people = new LinkedHashSet<>();
    String previous = null;
    List<Row> out = new ArrayList<>();
    for (Row s : sentences) {
      String text = s.getString(1);
      int base = s.getInt(2);
      List<Claim> claims = ClaimExtractor.extract(text, new ClaimContext(published, previous, List.copyOf(people)));
      for (Claim c : claims) {
        out.add(RowFactory.create(id, s.getInt(0), text, base + c.begin(), base + c.end(), c.kind(), c.slot(),
            c.subject(), c.value(), c.valueNum(), c.unit(), c.qualifier(), c.speaker()));
      }
      for (String name : ClaimExtractor.personNames(text)) {
        // most recently named last: "he" in the next sentence is far likelier to be them
        people.remove(name);
        people.add(name);
      }
      previous = text;
    }
    return out.iterator();
  }

  /** The date part of an ISO date or timestamp. */
  private static String isoDate(String published) {
    return published.length() >= 10 ? published.substring(0, 10) : published;
  }
}
