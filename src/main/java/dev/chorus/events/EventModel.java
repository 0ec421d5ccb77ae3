package dev.chorus.events;

import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * The fitted pair model: a logistic regression over {@link PairFeatures}, and the mean pair
 * probability at which average linkage merges two groups. Written by {@code jobs/train-events}
 * ({@link EventTraining}) into {@value #RESOURCE}; nothing here is set by hand.
 *
 * @param weights feature name to coefficient (features the file does not name weigh 0)
 * @param intercept the logistic regression's intercept
 * @param threshold average-linkage merge threshold, chosen by the training command
 * @param scoredOnly average over scored pairs only (file: "linkage": "scored_pairs") or over all
 *     pairs, unscored ones counting 0 ("all_pairs"); chosen by the training command
 * @param trainedOn what the weights were fitted on (for the reader of the file)
 */
public record EventModel(Map<String, Double> weights, double intercept, double threshold, boolean scoredOnly,
    String trainedOn) {

  public static final String RESOURCE = "/dev/chorus/events/pair-model.json";
  /** Names a model file to use instead of the bundled one (held-out evaluation, experiments). */
  public static final String OVERRIDE_ENV = "CHORUS_EVENT_MODEL";

  /** The model named by {@value #OVERRIDE_ENV}, else the bundled one. */
  public static EventModel load() {
    String override = System.getenv(OVERRIDE_ENV);
    try {
      if (override != null && !override.isBlank()) {
        return parse(Files.readString(Path.of(override)));
      }
      try (InputStream in = EventModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("no event pair model at " + RESOURCE + ": run jobs/train-events");
        }
        return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event pair model " + (override != null ? override : RESOURCE), e);
    }
  }

  static EventModel parse(String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    Map<String, Double> weights = new LinkedHashMap<>();
    root.get("weights").fields().forEachRemaining(e -> weights.put(e.getKey(), e.getValue().asDouble()));
    return new EventModel(weights, root.get("intercept").asDouble(), root.get("threshold").asDouble(),
        root.path("linkage").asText("all_pairs").equals("scored_pairs"), root.path("trained_on").asText(""));
  }

  String toJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("trained_on", trainedOn);
    root.put("intercept", intercept);
    root.put("threshold", threshold);
    root.put("linkage", scoredOnly ? "scored_pairs" : "all_pairs");
    ObjectNode w = root.putObject("weights");
    weights.forEach(w::put);
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The probability that a pair is one event, from the feature columns of {@link PairFeatures#columns}. */
  public Column probability() {
    Column z = lit(intercept);
    for (String name : PairFeatures.NAMES) {
      z = z.plus(PairFeatures.column(name).multiply(weights.getOrDefault(name, 0.0)));
    }
    return lit(1.0).divide(lit(1.0).plus(exp(z.multiply(-1))));
  }

  /** The same probability for one pair's feature values (in {@link PairFeatures#NAMES} order). */
  public double probability(double[] x) {
    double z = intercept;
    for (int i = 0; i < x.length; i++) {
      z += x[i] * weights.getOrDefault(PairFeatures.NAMES.get(i), 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }
}
