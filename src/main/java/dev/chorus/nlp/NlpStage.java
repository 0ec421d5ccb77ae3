package dev.chorus.nlp;

import static org.apache.spark.sql.functions.col;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.IAnnotation;
import com.johnsnowlabs.nlp.LightPipeline;
import com.johnsnowlabs.nlp.annotators.Normalizer;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import dev.chorus.tables.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * articles → sentences with Spark NLP's rule-based annotators (no pretrained model is needed):
 * DocumentAssembler, SentenceDetector, Tokenizer and Normalizer; then {@link SentenceBounds} repairs
 * the detector's boundaries around quotes, paragraph breaks and abbreviations, and each repaired
 * sentence gets the tokens that begin inside it as plain {@code array<string>} columns.
 */
public final class NlpStage {

  private NlpStage() {}

  /** (article_id, body) rows to {@link Schemas#SENTENCES} rows; offsets index into the body. */
  public static Dataset<Row> sentences(Dataset<Row> articles) {
    // spread over every core: packed small files arrive in very few partitions, and Spark NLP is
    // the costliest step per row (bench/run ran it in one task while the other core idled)
    int partitions = 4 * articles.sparkSession().sparkContext().defaultParallelism();
    Dataset<Row> input = articles.select(col("article_id"), col("body")).repartition(partitions, col("article_id"));
    // rule-based annotators: fitting reads no data, it only turns the settings into models
    PipelineModel model = pipeline().fit(input.limit(0));
    // Spark NLP's LightPipeline runs the same annotators on plain strings, one article at a time,
    // instead of converting every annotation column to and from Spark rows after each annotator:
    // bench/run measured the DataFrame pipeline at most of this stage's time
    return input.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      LightPipeline light = new LightPipeline(model, false);
      Iterable<Row> iterable = () -> rows;
      return StreamSupport.stream(iterable.spliterator(), false)
          .flatMap(r -> annotated(r.getString(0), r.getString(1), light).stream())
          .iterator();
    }, Encoders.row(Schemas.SENTENCES));
  }

  /**
   * One article through the pipeline, then {@link #repaired}. Spark NLP's Scala API: its Java one
   * copies every annotation and its metadata into Java objects first.
   */
  static List<Row> annotated(String id, String body, LightPipeline light) {
    scala.collection.immutable.Map<String, Seq<IAnnotation>> a = light.fullAnnotate(body, "");
    return repaired(id, body, Annotations.of(a, "sentence"), Annotations.of(a, "token"),
        Annotations.of(a, "normalized").lettersAndDigits());
  }

  /** One annotation column: each annotation's result, begin and sentence index (-1 when absent). */
  record Annotations(List<String> text, int[] begin, int[] sentence) {
    static Annotations of(scala.collection.Map<String, Seq<IAnnotation>> all, String column) {
      Seq<IAnnotation> found = all.get(column).getOrElse(() -> null);
      int n = found == null ? 0 : found.size();
      Annotations out = new Annotations(new ArrayList<>(n), new int[n], new int[n]);
      scala.collection.Iterator<IAnnotation> it = found == null ? null : found.iterator();
      for (int i = 0; i < n; i++) {
        Annotation x = (Annotation) it.next();
        out.text.add(x.result());
        out.begin[i] = x.begin();
        scala.Option<String> sentence = x.metadata().get("sentence");
        out.sentence[i] = sentence.isDefined() ? Integer.parseInt(sentence.get()) : -1;
      }
      return out;
    }

    /**
     * Only the letters and digits of every script in each result (numbers matter to claims), and
     * without the results that had none, as the normaliser's cleanup pattern {@code [^\p{L}\p{N}]}
     * would leave them.
     */
    Annotations lettersAndDigits() {
      Annotations out = new Annotations(new ArrayList<>(text.size()), new int[begin.length], new int[begin.length]);
      int n = 0;
      for (int i = 0; i < begin.length; i++) {
        String kept = lettersAndDigits(text.get(i));
        if (!kept.isEmpty()) {
          out.text.add(kept);
          out.begin[n] = begin[i];
          out.sentence[n] = sentence[i];
          n++;
        }
      }
      return new Annotations(out.text, java.util.Arrays.copyOf(out.begin, n), java.util.Arrays.copyOf(out.sentence, n));
    }

    static String lettersAndDigits(String s) {
      StringBuilder kept = null;
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        int width = Character.charCount(c);
        boolean keep = Character.isLetter(c) || isNumber(c);
        if (!keep && kept == null) {
          kept = new StringBuilder(s.length()).append(s, 0, i);
        } else if (keep && kept != null) {
          kept.appendCodePoint(c);
        }
        i += width;
      }
      return kept == null ? s : kept.toString();
    }

    /** \p{N}: decimal digits, letter numbers (Roman numerals) and other numbers (superscripts). */
    private static boolean isNumber(int c) {
      int type = Character.getType(c);
      return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER;
    }
  }

  /**
   * The article's sentences after {@link SentenceBounds#fix}, each with the tokens that begin inside
   * it, from the detector's sentences and the tokens and normalised tokens as Spark NLP returns them.
   */
  static List<Row> repaired(String id, String body, Annotations sentences, Annotations tokens,
      Annotations normalized) {
    List<int[]> located = locate(body, sentences.text());
    List<int[]> spans = new ArrayList<>();
    for (int[] span : located) {
      if (span != null) {
        spans.add(span);
      }
    }
    spans.sort(java.util.Comparator.comparingInt(x -> x[0]));
    List<int[]> fixed = SentenceBounds.fix(body, withGaps(body, spans));
    int[] tokenAt = relocate(body, located, tokens);
    int[] normAt = alongTokens(normalized, tokens, tokenAt);
    List<List<String>> tokenLists = assign(fixed, tokens.text(), tokenAt);
    List<List<String>> normLists = assign(fixed, normalized.text(), normAt);
    List<Row> out = new ArrayList<>(fixed.size());
    for (int i = 0; i < fixed.size(); i++) {
      int[] s = fixed.get(i);
      out.add(RowFactory.create(id, i, body.substring(s[0], s[1]), s[0], s[1],
          JavaConverters.asScalaBuffer(tokenLists.get(i)).toList(), JavaConverters.asScalaBuffer(normLists.get(i)).toList()));
    }
    return out;
  }

  /**
   * Where each detected sentence is in the body. The detector's offsets are not reliable (measured:
   * "deal.'" + blank line + "She added" came back as one sentence without the blank line, at offset
   * 0), its text nearly is: each sentence is found again after the previous one, ignoring whitespace
   * when it must. Null for a sentence not found.
   */
  static List<int[]> locate(String body, List<String> texts) {
    List<int[]> out = new ArrayList<>();
    int cursor = 0;
    for (String t : texts) {
      int at = body.indexOf(t, cursor);
      int[] span = at >= 0 ? new int[] {at, at + t.length()} : ignoringSpace(body, t, cursor);
      out.add(span);
      if (span != null) {
        cursor = span[1];
      }
    }
    return out;
  }

  private static int[] ignoringSpace(String body, String text, int from) {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        p.append(p.length() == 0 ? "" : "\\s*").append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    if (p.length() == 0) {
      return null;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(p.toString()).matcher(body);
    return m.find(Math.min(from, body.length())) ? new int[] {m.start(), m.end()} : null;
  }

  /** The spans plus any text between them that no sentence covers, so no words are lost. */
  private static List<int[]> withGaps(String body, List<int[]> spans) {
    List<int[]> out = new ArrayList<>();
    int last = 0;
    for (int[] s : spans) {
      if (s[0] > last && !body.substring(last, s[0]).isBlank()) {
        out.add(new int[] {last, s[0]});
      }
      if (s[0] >= last) {
        out.add(s);
        last = s[1];
      }
    }
    if (last < body.length() && !body.substring(last).isBlank()) {
      out.add(new int[] {last, body.length()});
    }
    return out;
  }

  /**
   * Body offsets of the tokens, each found after the previous token of its sentence inside that
   * sentence's span; -1 when not found.
   */
  private static int[] relocate(String body, List<int[]> located, Annotations tokens) {
    int[] out = new int[tokens.begin().length];
    int[] cursor = new int[located.size()];
    for (int i = 0; i < located.size(); i++) {
      cursor[i] = located.get(i) == null ? -1 : located.get(i)[0];
    }
    for (int t = 0; t < out.length; t++) {
      int s = tokens.sentence()[t];
      String word = tokens.text().get(t);
      int found = -1;
      if (s >= 0 && s < located.size() && located.get(s) != null) {
        int f = body.indexOf(word, cursor[s]);
        if (f >= 0 && f < located.get(s)[1]) {
          found = f;
          cursor[s] = f + word.length();
        }
      }
      out[t] = found;
    }
    return out;
  }

  /**
   * Body offsets of the normalised tokens: each keeps the begin and sentence of the token it was
   * made from, and they come in the tokens' order (the normaliser only drops tokens), so one walk
   * along both finds each one's token. -1 for one whose token is not found.
   */
  private static int[] alongTokens(Annotations normalized, Annotations tokens, int[] tokenAt) {
    int[] out = new int[normalized.begin().length];
    int p = 0;
    for (int n = 0; n < out.length; n++) {
      int q = p;
      while (q < tokenAt.length
          && (tokens.sentence()[q] != normalized.sentence()[n] || tokens.begin()[q] != normalized.begin()[n])) {
        q++;
      }
      out[n] = q < tokenAt.length ? tokenAt[q] : -1;
      if (q < tokenAt.length) {
        p = q + 1;
      }
    }
    return out;
  }

  /** Per span (sorted, not overlapping), the words whose begin offset falls inside it. */
  private static List<List<String>> assign(List<int[]> spans, List<String> words, int[] begins) {
    List<List<String>> out = new ArrayList<>(spans.size());
    int[] starts = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      out.add(new ArrayList<>());
      starts[i] = spans.get(i)[0];
    }
    for (int t = 0; t < begins.length; t++) {
      int b = begins[t];
      // the last span starting at or before b
      int i = java.util.Arrays.binarySearch(starts, b);
      i = i >= 0 ? i : -i - 2;
      if (i >= 0 && b < spans.get(i)[1]) {
        out.get(i).add(words.get(t));
      }
    }
    return out;
  }

  static final String SENTENCE_END =
      "(?<=[.!?][”’\"')\\]]?)(?<!(?:^|\\s)\\p{Lu}\\.)\\s+(?=[“‘\"'(\\[]?[\\p{Lu}\\p{N}])";

  static Pipeline pipeline() {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("body");
    document.setOutputCol("document");
    // keep the body's characters as they are, so sentence offsets point into the stored body
    document.setCleanupMode("disabled");

    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");
    sentences.setExplodeSentences(false);
    // list detection splits "on April | 25. Talks ..." (measured; see shared spark-facts)
    sentences.setDetectLists(false);
    // a paragraph break always ends a sentence: crossheads and datelines have no full stop; else a
    // sentence ends at . ! or ? (and any closing quote) before a capital or a digit, except after a
    // single initial ("John F. Kennedy"). Only these bounds: the pragmatic rules cost most of the
    // stage's time (bench/run), and SentenceBounds repairs titles and acronyms ("Mr.", "U.S.")
    sentences.setCustomBounds(new String[] {"\n\n", SENTENCE_END});
    sentences.setUseCustomBoundsOnly(true);

    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {"sentence"});
    tokenizer.setOutputCol("token");
    // the defaults plus typographic quotes and guillemets, which news text uses far more than '"'
    tokenizer.setContextChars(new String[] {
        ".", ",", ";", ":", "!", "?", "*", "-", "(", ")", "\"", "'", "“", "”", "‘", "’", "«", "»"});
    // double quotes are never part of a word: split there (dropping the mark, which the sentence
    // text keeps), else ",”" and "“We" stay one token; apostrophes are inside words (O’Brien)
    tokenizer.setSplitChars(new String[] {"“", "”", "«", "»"});

    Normalizer normalizer = new Normalizer();
    normalizer.setInputCols(new String[] {"token"});
    normalizer.setOutputCol("normalized");
    normalizer.setLowercase(true);
    // no cleanup patterns: NormalizerModel applies each with String.replaceAll, which compiles the
    // pattern again for every token (15% of the annotators' time, measured on 2,000 bench
    // articles); lettersAndDigits does the same cleanup after it
    normalizer.setCleanupPatterns(new String[0]);

    return new Pipeline().setStages(new PipelineStage[] {document, sentences, tokenizer, normalizer});
  }
}
