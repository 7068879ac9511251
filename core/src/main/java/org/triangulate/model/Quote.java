package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * An attribution: a direct quotation, a paraphrase, or a reported belief or intention.
 *
 * @param content what is attributed; several fragments when a quotation is split by its cue
 * @param cue the words that mark the attribution ("said", "told Newsweek", "according to"), or null
 * @param source the words at this place that name the speaker, with any appositive, or null
 * @param speaker who the source resolves to across the article
 * @param direct whether the content is in quotation marks
 * @param recipient who was told, when the cue names them ("Newsweek" in "told Newsweek"), or null
 */
public record Quote(List<Span> content, Span cue, Span source, Speaker speaker, boolean direct, Span recipient) {

  public Quote {
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a quote has content");
    }
    Objects.requireNonNull(speaker, "speaker");
  }

  /** An attribution whose cue names no recipient. */
  public Quote(List<Span> content, Span cue, Span source, Speaker speaker, boolean direct) {
    this(content, cue, source, speaker, direct, null);
  }
}
