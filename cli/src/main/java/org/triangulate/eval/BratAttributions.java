package org.triangulate.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triangulate.model.Span;

/**
 * Reads the attribution relations of a brat standoff file as PolNeAR writes them: {@code T} lines
 * give spans (several {@code ;}-separated fragments when discontinuous, not always in textual
 * order), {@code E} lines tie a trigger to its {@code Source}, {@code Cue} and {@code Content}
 * ({@code Content2} for a second content span). A line that starts neither a span, a relation nor
 * a note continues the covered text of the span before it, which is how brat writes text that
 * holds a newline.
 */
public final class BratAttributions {

  private BratAttributions() {}

  /** The relations of {@code ann}, in file order; relations that name unknown spans lose those roles. */
  public static List<GoldAttribution> parse(String ann) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String> relations = new ArrayList<>();
    for (String line : ann.split("\n", -1)) {
      if (line.matches("T\\d+\t.*")) {
        String[] fields = line.split("\t", 3);
        spans.put(fields[0], fragments(fields[1]));
      } else if (line.matches("E\\d+\t.*")) {
        relations.add(line.split("\t", 3)[1]);
      }
    }
    List<GoldAttribution> attributions = new ArrayList<>();
    for (String relation : relations) {
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      for (String argument : relation.trim().split(" +")) {
        int colon = argument.lastIndexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = argument.substring(0, colon).toLowerCase(Locale.ROOT);
        List<Span> span = spans.getOrDefault(argument.substring(colon + 1), List.of());
        if (role.equals("source")) {
          source.addAll(span);
        } else if (role.equals("cue")) {
          cue.addAll(span);
        } else if (role.startsWith("content")) {
          content.addAll(span);
        }
      }
      if (!content.isEmpty()) {
        attributions.add(new GoldAttribution(sorted(source), sorted(cue), sorted(content)));
      }
    }
    return List.copyOf(attributions);
  }

  /** {@code "Label 10 20;25 30"} as its fragments; an unreadable field gives none. */
  private static List<Span> fragments(String labelAndOffsets) {
    int space = labelAndOffsets.indexOf(' ');
    if (space < 0) {
      return List.of();
    }
    List<Span> fragments = new ArrayList<>();
    for (String fragment : labelAndOffsets.substring(space + 1).split(";")) {
      String[] offsets = fragment.trim().split(" +");
      try {
        fragments.add(new Span(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1])));
      } catch (RuntimeException e) {
        return List.of();
      }
    }
    return fragments;
  }

  private static List<Span> sorted(List<Span> spans) {
    List<Span> copy = new ArrayList<>(spans);
    copy.sort(null);
    return copy;
  }
}
