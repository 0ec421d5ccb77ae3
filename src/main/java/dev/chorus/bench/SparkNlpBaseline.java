package dev.chorus.bench;

import static org.apache.spark.sql.functions.col;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark baseline 1: the bare Spark NLP pipeline (DocumentAssembler, SentenceDetector,
 * Tokenizer, default settings) over the raw files, tokens written to Parquet. The floor any
 * Spark NLP job over the same files pays; bench/run divides the job's throughput by it.
 */
public final class SparkNlpBaseline {

  private SparkNlpBaseline() {}

  public static void main(String[] args) {
    String[] io = BaselineSession.inputAndOutput(args, "SparkNlpBaseline");
    SparkSession spark = BaselineSession.start("baseline-sparknlp");
    try {
      spark.sparkContext().setJobGroup("baseline-sparknlp", "baseline-sparknlp", false);
      Dataset<Row> texts = BaselineSession.texts(spark, io[0]);
      DocumentAssembler document = new DocumentAssembler();
      document.setInputCol("text");
      document.setOutputCol("document");
      SentenceDetector sentences = new SentenceDetector();
      sentences.setInputCols(new String[] {"document"});
      sentences.setOutputCol("sentence");
      Tokenizer tokenizer = new Tokenizer();
      tokenizer.setInputCols(new String[] {"sentence"});
      tokenizer.setOutputCol("token");
      Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {document, sentences, tokenizer});
      pipeline.fit(texts).transform(texts)
          .select(col("path"), col("token.result").as("tokens"))
          .write().mode(SaveMode.Overwrite).parquet(io[1]);
    } finally {
      spark.stop();
    }
  }
}
