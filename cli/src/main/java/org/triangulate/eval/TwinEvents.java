package org.triangulate.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * ECB+'s hard negatives: each topic holds two similar events, labelled {@code N-ecb} and {@code
 * N-plus} (two celebrities entering rehab). A topic's twins are merged when some predicted cluster
 * holds articles of both.
 */
public final class TwinEvents {

  private TwinEvents() {}

  /** The topics (the {@code N} of the labels) whose two events share a predicted cluster, sorted. */
  public static List<String> mergedTopics(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, Set<String>> eventsPerCluster = new HashMap<>();
    for (Map.Entry<String, String> entry : gold.entrySet()) {
      String cluster = predicted.get(entry.getKey());
      if (cluster != null) {
        eventsPerCluster.computeIfAbsent(cluster, c -> new HashSet<>()).add(entry.getValue());
      }
    }
    Set<String> merged = new TreeSet<>();
    for (Set<String> events : eventsPerCluster.values()) {
      Set<String> topicsSeen = new HashSet<>();
      for (String event : events) {
        String topic = topic(event);
        if (topic != null && !topicsSeen.add(topic)) {
          merged.add(topic);
        }
      }
    }
    return List.copyOf(merged);
  }

  /** Whether labels look like ECB+ events ({@code N-ecb}, {@code N-plus}). */
  public static boolean applies(Map<String, String> gold) {
    return !gold.isEmpty() && gold.values().stream().allMatch(label -> topic(label) != null);
  }

  private static String topic(String label) {
    int dash = label.lastIndexOf('-');
    if (dash <= 0) {
      return null;
    }
    String kind = label.substring(dash + 1);
    return kind.equals("ecb") || kind.equals("plus") ? label.substring(0, dash) : null;
  }
}
