package dev.chorus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The training command judges a model by clustering as the job does: copies join their original's event. */
class EventTrainingTest {

  /** A candidate pair (a, b, the features in PairFeatures order, cannot) with only a content cosine. */
  private static Row pair(String a, String b, double cosine) {
    List<Object> values = new ArrayList<>(List.of(a, b));
    for (String name : PairFeatures.NAMES) {
      values.add(name.equals("content_cosine") ? cosine : 0.0);
    }
    values.add(false);
    return RowFactory.create(values.toArray());
  }

  @Test
  void originalsAreClusteredAndEachCopyIsScoredInItsOriginalsEvent() {
    EventModel model = new EventModel(Map.of("content_cosine", 10.0), -5.0, 0.5, false, "");
    Map<String, String[]> gold = new HashMap<>();
    gold.put("o1", new String[] {"E1", "g", null});
    gold.put("o2", new String[] {"E1", "g", null});
    gold.put("c1", new String[] {"E1", "g", "o1"});
    gold.put("o3", new String[] {"E2", "g", null});
    gold.put("c3", new String[] {"E2", "g", "o3"});
    // as in the job, copies have no candidate pairs of their own
    List<Row> pairs = List.of(pair("o1", "o2", 0.9), pair("o1", "o3", 0.1), pair("o2", "o3", 0.1));
    double[] s = EventTraining.score(pairs, gold, "g", model, 0.5, false);
    assertEquals(5, (int) s[4], "every labelled article is scored, copies too");
    assertEquals(1.0, s[1], 1e-9, "B3 precision");
    assertEquals(1.0, s[2], 1e-9, "B3 recall: a copy left on its own would lower it");
  }
}
