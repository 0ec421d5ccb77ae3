package dev.chorus.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real model, run as the claims stage runs it. */
class SentenceEmbedderTest {

  @Test
  void vectorsAreTheLibrarysOwnAndOfLengthOne() {
    String s = "Rescue teams pulled two survivors from the rubble on Tuesday.";
    float[] ours = SentenceEmbedder.embed(List.of(s)).get(0);
    float[] library = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(s).content().vector();
    assertEquals(SentenceEmbedder.DIMENSION, ours.length);
    // our session runs one thread per call; the vectors must not change for it
    assertArrayEquals(library, ours, 1e-5f);
    assertEquals(1.0, SentenceEmbedder.cosine(ours, ours), 1e-4);
  }

  @Test
  void aParaphraseIsCloserThanAnotherFact() {
    List<float[]> v = SentenceEmbedder.embed(List.of(
        "The talks were frank and useful.",
        "The conversation was candid and helpful.",
        "The river burst its banks after three days of rain."));
    double paraphrase = SentenceEmbedder.cosine(v.get(0), v.get(1));
    double other = SentenceEmbedder.cosine(v.get(0), v.get(2));
    assertTrue(paraphrase > other + 0.2, () -> "paraphrase " + paraphrase + ", other " + other);
  }

  @Test
  void blankTextsGetZeroVectorsInTheirPlace() {
    List<float[]> v = SentenceEmbedder.embed(Arrays.asList("  ", null, "Prices rose by 4% in March."));
    assertEquals(3, v.size());
    assertEquals(0.0, SentenceEmbedder.cosine(v.get(0), v.get(2)));
    assertEquals(1.0, SentenceEmbedder.cosine(v.get(2), v.get(2)), 1e-4);
  }
}
