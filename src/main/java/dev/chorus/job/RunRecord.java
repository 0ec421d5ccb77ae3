package dev.chorus.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.chorus.ingest.InputFiles;
import dev.chorus.tables.OutputFolder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * {@value OutputFolder#RUN_RECORD}: what the run that wrote an output folder's tables did, published
 * with them. Keys are stable (notebooks and scripts read them); see README, "The run record".
 */
final class RunRecord {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunRecord() {}

  static String json(SparkSession spark, ChorusOptions options, List<InputFiles.Root> roots, InputFiles.Totals totals,
      RunSummary summary, List<RunProgress.Stage> stages, Instant started) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("chorus_version", ChorusOptions.version());
    record.put("spark_version", spark.version());
    record.put("master", spark.sparkContext().master());
    record.put("started", started.toString());
    record.put("command", options.command().name().toLowerCase(java.util.Locale.ROOT));
    record.put("demo", options.demo());
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("inputs", options.inputs());
    given.put("output", options.output());
    given.put("append", options.append());
    given.put("source_map", options.sourceMap());
    given.put("source_from_folder", options.sourceFromFolder());
    given.put("master", options.master());
    given.put("verbosity", options.verbosity().name().toLowerCase(java.util.Locale.ROOT));
    record.put("options", given);
    Map<String, Object> inputs = new LinkedHashMap<>();
    List<Map<String, String>> paths = new ArrayList<>();
    for (InputFiles.Root root : roots) {
      Map<String, String> path = new LinkedHashMap<>();
      path.put("given", root.input());
      path.put("path", root.qualified());
      paths.add(path);
    }
    inputs.put("paths", paths);
    inputs.put("files", totals.files());
    inputs.put("bytes", totals.bytes());
    inputs.put("articles", summary.articles());
    inputs.put("rejects", summary.rejects());
    inputs.put("rejects_by_reason", summary.rejectsByReason());
    inputs.put("skipped_records", summary.skippedRecords());
    record.put("inputs", inputs);
    record.put("tables", summary.rowsPerTable());
    List<Map<String, Object>> perStage = new ArrayList<>();
    for (RunProgress.Stage stage : stages) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", stage.name());
      s.put("seconds", Math.round(stage.seconds() * 10) / 10.0);
      s.put("counts", stage.counts());
      perStage.add(s);
    }
    record.put("stages", perStage);
    record.put("seconds", Math.round(summary.seconds() * 10) / 10.0);
    try {
      return JSON.writeValueAsString(record) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * demo writes the sample's tables only where no other corpus's are: a folder without a record
   * (new, empty, or from before run records) or one an earlier demo wrote.
   */
  static void requireDemoOrNone(Optional<String> record, String output) {
    if (record.isEmpty()) {
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(record.get());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(output + "/" + OutputFolder.RUN_RECORD + " is not a run record ("
          + e.getOriginalMessage() + "): give demo another --output", e);
    }
    if (!node.path("demo").asBoolean(false)) {
      throw new IllegalArgumentException(output + " holds the tables of a run on " + node.path("options")
          .path("inputs") + ", not of the demo: demo would replace them with the sample's; give it another --output");
    }
  }
}
