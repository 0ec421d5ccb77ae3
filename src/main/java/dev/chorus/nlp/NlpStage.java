package dev.chorus.nlp;

import static org.apache.spark.sql.functions.col;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.IAnnotation;
import com.johnsnowlabs.nlp.JavaAnnotation;
import com.johnsnowlabs.nlp.LightPipeline;
import com.johnsnowlabs.nlp.annotators.Normalizer;
import com.johnsnowlabs.nlp.annotators.RegexTokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import dev.chorus.tables.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * articles → sentences with Spark NLP's rule-based annotators (no pretrained model is needed):
 * DocumentAssembler, SentenceDetector, RegexTokenizer and Normalizer; then {@link SentenceBounds} repairs
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

  /** One article through the pipeline, then {@link #repaired}. */
  static List<Row> annotated(String id, String body, LightPipeline light) {
    Map<String, java.util.List<IAnnotation>> a = light.fullAnnotateJava(body);
    Annotations sentences = Annotations.of(a.get("sentence"));
    Annotations tokens = Annotations.of(a.get("token"));
    Annotations normalized = Annotations.of(a.get("normalized"));
    return repaired(id, body, sentences.text, tokens.text, tokens.begin, tokens.sentence,
        normalized.text, normalized.begin, normalized.sentence);
  }

  /** One annotation column as parallel lists: result, begin and the sentence index in metadata. */
  private record Annotations(List<String> text, List<Integer> begin, List<String> sentence) {
    static Annotations of(List<IAnnotation> annotations) {
      Annotations out = new Annotations(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      if (annotations != null) {
        for (IAnnotation i : annotations) {
          JavaAnnotation x = (JavaAnnotation) i;
          out.text.add(x.getResult());
          out.begin.add(x.getBegin());
          out.sentence.add(x.getMetadata().get("sentence"));
        }
      }
      return out;
    }
  }

  /**
   * The article's sentences after {@link SentenceBounds#fix}, each with the tokens that begin inside
   * it. The lists are the detector's sentences, and the tokens and normalised tokens with their
   * begin offsets and sentence indexes, as Spark NLP returns them.
   */
  static List<Row> repaired(String id, String body, List<String> sentenceTexts, List<String> tokenTexts,
      List<Integer> tokenBegins, List<String> tokenSentences, List<String> normTexts, List<Integer> normBegins,
      List<String> normSentences) {
    List<int[]> located = locate(body, sentenceTexts);
    List<int[]> spans = new ArrayList<>();
    for (int[] span : located) {
      if (span != null) {
        spans.add(span);
      }
    }
    spans.sort(java.util.Comparator.comparingInt(x -> x[0]));
    List<int[]> fixed = SentenceBounds.fix(body, withGaps(body, spans));
    java.util.Map<String, Integer> at = new java.util.HashMap<>();
    List<Integer> tokenAt = relocate(body, located, tokenTexts, tokenBegins, tokenSentences, at);
    List<Integer> normAt = new ArrayList<>();
    for (int t = 0; t < normBegins.size(); t++) {
      // a normalised token keeps its token's begin
      normAt.add(at.getOrDefault(normSentences.get(t) + ":" + normBegins.get(t), -1));
    }
    List<List<String>> tokens = assign(fixed, tokenTexts, tokenAt);
    List<List<String>> norm = assign(fixed, normTexts, normAt);
    List<Row> out = new ArrayList<>(fixed.size());
    for (int i = 0; i < fixed.size(); i++) {
      int[] s = fixed.get(i);
      out.add(RowFactory.create(id, i, body.substring(s[0], s[1]), s[0], s[1],
          JavaConverters.asScalaBuffer(tokens.get(i)).toList(), JavaConverters.asScalaBuffer(norm.get(i)).toList()));
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
   * sentence's span; {@code at} maps "sentence:original begin" to the body offset. -1 when not found.
   */
  private static List<Integer> relocate(String body, List<int[]> located, List<String> words, List<Integer> begins,
      List<String> sentence, java.util.Map<String, Integer> at) {
    List<Integer> out = new ArrayList<>(words.size());
    int[] cursor = new int[located.size()];
    for (int i = 0; i < located.size(); i++) {
      cursor[i] = located.get(i) == null ? -1 : located.get(i)[0];
    }
    for (int t = 0; t < words.size(); t++) {
      int s = sentence.get(t) == null ? -1 : Integer.parseInt(sentence.get(t));
      int found = -1;
      if (s >= 0 && s < located.size() && located.get(s) != null) {
        int f = body.indexOf(words.get(t), cursor[s]);
        if (f >= 0 && f < located.get(s)[1]) {
          found = f;
          cursor[s] = f + words.get(t).length();
        }
      }
      out.add(found);
      at.put(sentence.get(t) + ":" + begins.get(t), found);
    }
    return out;
  }

  /** Per span, the words whose begin offset falls inside it. */
  private static List<List<String>> assign(List<int[]> spans, List<String> words, List<Integer> begins) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      out.add(new ArrayList<>());
    }
    for (int t = 0; t < words.size(); t++) {
      int b = begins.get(t);
      for (int i = 0; i < spans.size(); i++) {
        if (b >= spans.get(i)[0] && b < spans.get(i)[1]) {
          out.get(i).add(words.get(t));
          break;
        }
      }
    }
    return out;
  }

  static final String SENTENCE_END =
      "(?<=[.!?][”’\"')\\]]?)(?<!(?:^|\\s)\\p{Lu}\\.)\\s+(?=[“‘\"'(\\[]?[\\p{Lu}\\p{N}])";

  /** Punctuation that can end a word: it is split off as tokens of its own. */
  private static final String TRAILING = "[.,;:!?)\\]\"'’*…-]";
  /** Punctuation that can begin a word. */
  private static final String LEADING = "[(\\[\"'‘*-]";
  /** Double quotes that are never part of a word, and are dropped (the sentence text keeps them). */
  private static final String QUOTES = "[“”«»]";

  /**
   * Where RegexTokenizer splits a sentence, dropping what it matches: at whitespace and typographic
   * double quotes (dropped), before each mark of a run of {@link #TRAILING} punctuation that ends a
   * word, and after up to three {@link #LEADING} marks that begin one. Marks inside a word stay
   * ("1,200", "U.S", "O’Brien", "well-known"). This gives the same tokens as Spark NLP's rule-based
   * Tokenizer with these marks as context characters and the double quotes as split characters, on
   * all 1,961 articles of the 2,000-file bench corpus (821,734 tokens), at less of the stage's time:
   * the Tokenizer tries its prefix, infix and suffix rules on every word.
   */
  static final String TOKEN_SPLIT = "\\s+|" + QUOTES + "+"
      + "|(?=" + TRAILING + "+(?:\\s|$|" + QUOTES + "))"
      + "|(?<=(?:^|\\s|" + QUOTES + ")" + LEADING + "{1,3})(?=\\S)";

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
    // single initial ("John F. Doe"). Only these bounds: the pragmatic rules cost most of the
    // stage's time (bench/run), and SentenceBounds repairs titles and acronyms ("Mr.", "U.S.")
    sentences.setCustomBounds(new String[] {"\n\n", SENTENCE_END});
    sentences.setUseCustomBoundsOnly(true);

    RegexTokenizer tokenizer = new RegexTokenizer();
    tokenizer.setInputCols(new String[] {"sentence"});
    tokenizer.setOutputCol("token");
    tokenizer.setPattern(TOKEN_SPLIT);
    // its begin offsets assume one-character splits; relocate finds every token in the body again

    Normalizer normalizer = new Normalizer();
    normalizer.setInputCols(new String[] {"token"});
    normalizer.setOutputCol("normalized");
    normalizer.setLowercase(true);
    // keep letters and digits of every script: numbers matter to claims
    normalizer.setCleanupPatterns(new String[] {"[^\\p{L}\\p{N}]"});

    return new Pipeline().setStages(new PipelineStage[] {document, sentences, tokenizer, normalizer});
  }
}
