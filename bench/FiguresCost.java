// Measures what the figures stage adds to `analyze`: analyses the PolNeAR dev articles with the
// whole pipeline, then, over the same analysed articles, times the figure finder alone. Both in
// one warmed-up JVM (one round first, not counted), one thread, the median of the rounds.
// Run with bench/figures.sh, which builds and passes the classpath.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.triangulate.figures.FigureFinder;
import org.triangulate.figures.TokenFigureFinder;
import org.triangulate.ingest.Format;
import org.triangulate.ingest.RawDocument;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.pipeline.Pipeline;

public class FiguresCost {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<RawDocument> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        documents.add(new RawDocument(f.toString(), Format.TEXT, Files.readAllBytes(f), RawDocument.Given.nothing()));
      }
    }
    Pipeline pipeline = Pipeline.english();
    FigureFinder finder = new TokenFigureFinder();
    double[] whole = new double[rounds];
    double[] figures = new double[rounds];
    int claims = 0;
    for (int round = -1; round < rounds; round++) {
      List<AnalyzedArticle> analyzed = new ArrayList<>();
      long start = System.nanoTime();
      for (RawDocument d : documents) {
        analyzed.add(pipeline.analyze(d));
      }
      long middle = System.nanoTime();
      claims = 0;
      for (AnalyzedArticle a : analyzed) {
        claims += finder.find(a).size();
      }
      long end = System.nanoTime();
      if (round >= 0) {
        whole[round] = (middle - start) / 1e9;
        figures[round] = (end - middle) / 1e9;
      }
    }
    Arrays.sort(whole);
    Arrays.sort(figures);
    double w = whole[rounds / 2];
    double f = figures[rounds / 2];
    System.out.printf(Locale.ROOT, "| `analyze` of %d PolNeAR dev articles, every stage (warm, 1 thread) | %.2f s |%n", documents.size(), w);
    System.out.printf(Locale.ROOT, "| of which the figures stage (%d claims) | %.3f s |%n", claims, f);
    System.out.printf(Locale.ROOT, "| what figures add to `analyze` without them | %.1f%% |%n", 100 * f / (w - f));
  }
}
