package dev.chorus.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.Finisher;
import com.johnsnowlabs.nlp.annotators.Normalizer;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import dev.chorus.tables.Schemas;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * articles → sentences with Spark NLP's rule-based annotators (no pretrained model is needed):
 * DocumentAssembler, SentenceDetector (one row per sentence), Tokenizer, Normalizer, and a
 * Finisher so the table holds plain {@code array<string>} columns rather than annotation structs.
 */
public final class NlpStage {

  private NlpStage() {}

  /** (article_id, body) rows to {@link Schemas#SENTENCES} rows; offsets index into the body. */
  public static Dataset<Row> sentences(Dataset<Row> articles) {
    // spread over every core: packed small files arrive in very few partitions, and Spark NLP is
    // the costliest step per row (bench/run ran it in one task while the other core idled)
    int partitions = 4 * articles.sparkSession().sparkContext().defaultParallelism();
    Dataset<Row> input = articles.select(col("article_id"), col("body")).repartition(partitions, col("article_id"));
    Dataset<Row> annotated = pipeline().fit(input).transform(input);
    Column sentence = element_at(col("sentence"), 1);
    return annotated.select(
        col("article_id"),
        sentence.getField("metadata").getItem("sentence").cast("int").as("sentence_idx"),
        sentence.getField("result").as("text"),
        sentence.getField("begin").as("begin"),
        // Spark NLP's end is inclusive; an exclusive end lets users write body[begin:end]
        sentence.getField("end").plus(lit(1)).as("end"),
        col("finished_token").as("tokens"),
        col("finished_normalized").as("norm_tokens"))
        .select(Schemas.columns(Schemas.SENTENCES));
  }

  static Pipeline pipeline() {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("body");
    document.setOutputCol("document");
    // keep the body's characters as they are, so sentence offsets point into the stored body
    document.setCleanupMode("disabled");

    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");
    sentences.setExplodeSentences(true);
    // list detection splits "on April | 25. Talks ..." (measured; see shared spark-facts)
    sentences.setDetectLists(false);
    // a paragraph break always ends a sentence: crossheads and datelines have no full stop
    sentences.setCustomBounds(new String[] {"\n\n"});

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
    // keep letters and digits of every script: numbers matter to claims
    normalizer.setCleanupPatterns(new String[] {"[^\\p{L}\\p{N}]"});

    Finisher finisher = new Finisher();
    finisher.setInputCols(new String[] {"token", "normalized"});
    finisher.setOutputAsArray(true);
    finisher.setCleanAnnotations(false);
    finisher.setIncludeMetadata(false);

    return new Pipeline().setStages(new PipelineStage[] {document, sentences, tokenizer, normalizer, finisher});
  }
}
