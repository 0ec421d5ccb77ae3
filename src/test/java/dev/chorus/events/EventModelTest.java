package dev.chorus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventModelTest {

  @Test
  void theBundledModelWeighsEveryPairFeatureAndNothingElse() {
    EventModel m = EventModel.load();
    assertEquals(PairFeatures.NAMES, List.copyOf(m.weights().keySet()),
        "the model file is out of date with PairFeatures: run jobs/train-events");
    assertTrue(m.threshold() > 0 && m.threshold() < 1, "threshold " + m.threshold());
    assertTrue(m.trainedOn().startsWith("jobs/train-events"), m.trainedOn());
  }

  @Test
  void aModelFileReadsBackAsWritten() throws Exception {
    EventModel m = new EventModel(Map.of("content_cosine", 2.5), -1.0, 0.4, true, "test");
    EventModel back = EventModel.parse(m.toJson());
    assertEquals(m, back);
    double[] x = new double[PairFeatures.NAMES.size()];
    x[PairFeatures.NAMES.indexOf("content_cosine")] = 1.0;
    assertEquals(1 / (1 + Math.exp(-1.5)), back.probability(x), 1e-12);
  }
}
