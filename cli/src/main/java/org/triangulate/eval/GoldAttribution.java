package org.triangulate.eval;

import java.util.List;
import org.triangulate.model.Span;

/**
 * One annotated attribution relation: each role as the fragments of its span, in textual order.
 * {@code source} is empty for an attribution without a named source.
 */
public record GoldAttribution(List<Span> source, List<Span> cue, List<Span> content) {

  public GoldAttribution {
    source = List.copyOf(source);
    cue = List.copyOf(cue);
    content = List.copyOf(content);
  }
}
