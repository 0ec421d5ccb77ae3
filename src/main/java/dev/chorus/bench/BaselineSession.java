package dev.chorus.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What both benchmark baselines share with the job: the same session settings as
 * {@code ChorusJob.main} and the same file scan as {@code InputFiles.read}, so that bench/run
 * compares pipelines, not configurations.
 */
final class BaselineSession {

  private BaselineSession() {}

  /** args: --input PATH --output DIR, in that order. */
  static String[] inputAndOutput(String[] args, String usage) {
    if (args.length != 4 || !args[0].equals("--input") || !args[2].equals("--output")) {
      System.err.println("usage: " + usage + " --input PATH --output DIR");
      System.exit(2);
    }
    return new String[] {args[1], args[3]};
  }

  static SparkSession start(String appName) {
    SparkSession spark = SparkSession.builder().appName(appName)
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .config("spark.kryoserializer.buffer.max", "512m")
        .getOrCreate();
    spark.conf().set("spark.sql.files.openCostInBytes", String.valueOf(64 * 1024));
    return spark;
  }

  /** (path, text): every file's bytes read as UTF-8, no decoding rules, no cleaning. */
  static Dataset<Row> texts(SparkSession spark, String input) {
    return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
        .selectExpr("path", "cast(content as string) as text");
  }
}
