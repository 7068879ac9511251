package org.triangulate.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.stories.DisjointSets;

/**
 * The plain baseline that story assignment is measured against: title and text as lowercase word
 * tokens, TF-IDF with sublinear term frequency, cosine over all pairs, and single-link clustering
 * of the pairs at or above a threshold. No lemmas, entities, stopwords or dates. The default
 * threshold was tuned on the AllSides training split only.
 */
public final class TfIdfBaseline {

  /** The best B-cubed F1 on AllSides train over thresholds 0.05 to 0.60 in steps of 0.025. */
  public static final double THRESHOLD = 0.275;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** A document to cluster. */
  public record Document(String id, String title, String text) {}

  private final double threshold;

  public TfIdfBaseline(double threshold) {
    this.threshold = threshold;
  }

  /** Each document's cluster, as the id of one of its members; in the order of the input. */
  public Map<String, String> cluster(List<Document> documents) {
    List<Map<String, Double>> vectors = vectors(documents);
    DisjointSets clustersOf = new DisjointSets(documents.size());
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      Map<Integer, Double> dots = new TreeMap<>();
      for (Map.Entry<String, Double> term : vectors.get(i).entrySet()) {
        for (int j : postings.getOrDefault(term.getKey(), List.of())) {
          dots.merge(j, term.getValue() * vectors.get(j).get(term.getKey()), Double::sum);
        }
      }
      for (Map.Entry<Integer, Double> dot : dots.entrySet()) {
        if (dot.getValue() >= threshold) {
          clustersOf.join(dot.getKey(), i);
        }
      }
      for (String term : vectors.get(i).keySet()) {
        postings.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
      }
    }
    Map<String, String> clusters = new LinkedHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      clusters.put(documents.get(i).id(), documents.get(clustersOf.root(i)).id());
    }
    return clusters;
  }

  private static List<Map<String, Double>> vectors(List<Document> documents) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> frequencies = new HashMap<>();
    for (Document document : documents) {
      Map<String, Integer> tf = new TreeMap<>();
      Matcher m = WORD.matcher((document.title() == null ? "" : document.title()) + "\n" + document.text());
      while (m.find()) {
        tf.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
      tf.keySet().forEach(term -> frequencies.merge(term, 1, Integer::sum));
      counts.add(tf);
    }
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (Map<String, Integer> tf : counts) {
      Map<String, Double> vector = new TreeMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> entry : tf.entrySet()) {
        double idf = Math.log((documents.size() + 1.0) / (frequencies.get(entry.getKey()) + 1.0)) + 1.0;
        double weight = (1 + Math.log(entry.getValue())) * idf;
        vector.put(entry.getKey(), weight);
        norm += weight * weight;
      }
      double length = Math.sqrt(norm);
      vector.replaceAll((term, weight) -> weight / length);
      vectors.add(vector);
    }
    return vectors;
  }

}
